"""二次装修: state machine through the services, today's list with a fixed clock, violations
and escalation, acceptance rules, refund."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from rounds_data import application

from deskapp.domain.decoration import CheckInput, CheckOutcome, Deduction, DecorationState, ItemResult, WorkerInput
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.units import UnitState
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration


def ok_check(ctx) -> CheckInput:
    return CheckInput(CheckOutcome.CHECKED, {i: ItemResult.OK for i in decoration.check_items(ctx)})


def violation_check(ctx, item="承重墙") -> CheckInput:
    results = {i: ItemResult.OK for i in decoration.check_items(ctx)}
    results[item] = ItemResult.VIOLATION
    return CheckInput(CheckOutcome.CHECKED, results, violation_text="拆除卫生间与卧室之间承重墙约 1 平方米")


def test_approval_puts_the_unit_under_decoration(community, units, site, admin):
    page = registry_units.unit_page(community, admin, units.vacant)
    assert page.state is UnitState.DECORATING
    assert decoration.detail(community, admin, site).state is DecorationState.WORKING
    assert any("装修" in e.text for e in page.chronicle)


def test_only_a_supervisor_approves(community, units, clerk):
    did = decoration.apply(community, clerk, application(units.vacant, community.clock.today()))
    with pytest.raises(PermissionDenied):
        decoration.approve(community, clerk, did)


def test_a_worker_without_id_is_refused_and_nothing_saved(community, units, clerk, admin):
    bad = application(units.vacant, community.clock.today(), workers=(WorkerInput("孙大力", ""),))
    with pytest.raises(ValidationError) as e:
        decoration.apply(community, clerk, bad)
    assert e.value.field == "工人身份证号"
    assert decoration.for_unit(community, admin, units.vacant) == []


def test_second_open_application_for_a_unit_is_refused(community, units, site, clerk):
    with pytest.raises(Conflict, match="未结束的装修申请"):
        decoration.apply(community, clerk, application(units.vacant, community.clock.today()))


def test_undelivered_unit_cannot_apply(community, units, clerk):
    with pytest.raises(Conflict, match="尚未交房"):
        decoration.apply(community, clerk, application(units.undelivered, community.clock.today()))


def test_todays_list_is_every_site_not_yet_checked_today(community, units, site, steward, clock):
    assert [r.decoration_id for r in decoration.todays_sites(community, steward)] == [site]
    decoration.record_check(community, steward, units.vacant, ok_check(community))
    assert decoration.todays_sites(community, steward) == []
    clock.advance(days=1)
    rows = decoration.todays_sites(community, steward)
    assert [r.decoration_id for r in rows] == [site]
    assert rows[0].last_check == clock.today() - timedelta(days=1)


def test_check_for_a_unit_not_under_decoration_is_refused(community, units, steward):
    with pytest.raises(ValidationError, match="不在装修中"):
        decoration.record_check(community, steward, units.occupied, ok_check(community))


def test_a_site_is_checked_once_a_day(community, units, site, steward):
    decoration.record_check(community, steward, units.vacant, ok_check(community))
    with pytest.raises(Conflict, match="今天已检查"):
        decoration.record_check(community, steward, units.vacant, ok_check(community))


def test_every_item_needs_a_result(community, units, site, steward):
    partial = CheckInput(CheckOutcome.CHECKED, {"承重墙": ItemResult.OK})
    with pytest.raises(ValidationError, match="未填写"):
        decoration.record_check(community, steward, units.vacant, partial)


def test_nobody_home_counts_as_visited(community, units, site, steward):
    decoration.record_check(community, steward, units.vacant, CheckInput(CheckOutcome.NOBODY, {}))
    assert decoration.todays_sites(community, steward) == []


def test_violation_issues_a_rectification_notice_with_deadline(community, units, site, steward, admin):
    res = decoration.record_check(community, steward, units.vacant, violation_check(community))
    assert res.rectification_number.startswith("ZG2026-")
    open_ = decoration.rectifications(community, admin)
    assert len(open_) == 1 and open_[0].deadline == community.clock.today() + timedelta(days=3)
    pdf = decoration.rectification_pdf(community, admin, res.rectification_id)
    from io import BytesIO

    from pypdf import PdfReader

    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert "整改通知书" in text and res.rectification_number in text and "承重墙" in text


def test_rectification_notice_keeps_its_date_and_prints_its_outcome(community, units, site, steward, admin, clock):
    from io import BytesIO

    from pypdf import PdfReader

    res = decoration.record_check(community, steward, units.vacant, violation_check(community))
    clock.advance(days=2)
    decoration.mark_rectified(community, steward, res.rectification_id, "已恢复墙体")
    clock.advance(days=4)  # printed after its own deadline: still dated the day it was issued
    text = PdfReader(BytesIO(decoration.rectification_pdf(community, admin, res.rectification_id))).pages[0].extract_text()
    assert "2026年11月27日" in text and "补打日期：2026年12月03日" in text
    assert "已整改（2026-11-29，复查人 " in text and "已恢复墙体" in text and "□ 已整改" not in text


def test_unrectified_violation_escalates_to_the_supervisor_once(community, units, site, steward, supervisor, clock):
    res = decoration.record_check(community, steward, units.vacant, violation_check(community))
    clock.advance(days=3)  # the deadline day itself is still allowed
    assert decoration.escalate_overdue(community, steward) == []
    clock.advance(days=1)
    assert decoration.escalate_overdue(community, steward) == [res.rectification_number]
    assert decoration.escalate_overdue(community, steward) == []
    escalated = decoration.rectifications(community, supervisor, escalated_only=True)
    assert [r.number for r in escalated] == [res.rectification_number] and escalated[0].overdue
    chronicle = registry_units.unit_page(community, supervisor, units.vacant).chronicle
    assert any("上报客服主管" in e.text for e in chronicle)


def test_rectified_in_time_is_not_escalated(community, units, site, steward, clock):
    res = decoration.record_check(community, steward, units.vacant, violation_check(community))
    decoration.mark_rectified(community, steward, res.rectification_id, "已恢复墙体")
    clock.advance(days=10)
    assert decoration.escalate_overdue(community, steward) == []


def test_refusal_then_stop_and_resume(community, units, site, steward, admin):
    decoration.record_check(community, steward, units.vacant, CheckInput(CheckOutcome.REFUSED, {}))
    decoration.stop(community, steward, site, "拒不开门接受检查")
    assert decoration.detail(community, admin, site).state is DecorationState.STOPPED
    from io import BytesIO

    from pypdf import PdfReader

    permit = decoration.detail(community, admin, site).permit_no
    # Printed by the administrator, it still names the steward who stopped the works, under its own number.
    text = PdfReader(BytesIO(decoration.stop_notice_pdf(community, admin, site))).pages[0].extract_text()
    assert "停工通知书" in text and "编号：TG2026-0001" in text and f"许可证号 {permit}" in text
    assert f"检查人 {steward.display_name}" in text.replace("\n", " ") and admin.display_name not in text
    decoration.resume(community, steward, site, "业主到中心说明情况")
    assert decoration.detail(community, admin, site).state is DecorationState.WORKING


def test_acceptance_before_any_inspection_is_refused(community, units, site, steward):
    with pytest.raises(Conflict, match="尚无任何日检记录"):
        decoration.first_inspection(community, steward, site, passed=True)


def test_acceptance_with_open_rectification_is_refused(community, units, site, steward):
    decoration.record_check(community, steward, units.vacant, violation_check(community))
    with pytest.raises(Conflict, match="尚未整改"):
        decoration.first_inspection(community, steward, site, passed=True)


def test_full_life_to_refund(community, units, site, steward, supervisor, clerk, admin, clock):
    decoration.request_power(community, clerk, site)
    decoration.power_done(community, clerk, site)
    decoration.extend(community, clerk, site, clock.today() + timedelta(days=90), "业主追加厨房改造")
    decoration.record_check(community, steward, units.vacant, ok_check(community))
    decoration.first_inspection(community, steward, site, passed=True, note="现场整洁")
    d = decoration.detail(community, admin, site)
    assert d.state is DecorationState.FIRST_ACCEPTED and d.second_due_on == clock.today() + timedelta(days=30)
    assert registry_units.unit_page(community, admin, units.vacant).state is UnitState.VACANT
    with pytest.raises(Conflict, match="起复验"):
        decoration.second_inspection(community, steward, site, passed=True)
    clock.advance(days=30)
    decoration.second_inspection(community, steward, site, passed=True)
    with pytest.raises(ValidationError, match="超过押金"):
        decoration.refund_deposit(community, supervisor, site, [Deduction("损坏公共墙面", Decimal("3000.01"))])
    amount = decoration.refund_deposit(community, supervisor, site, [Deduction("公共走廊墙面修补", Decimal("350.00")),
                                                                     Deduction("垃圾清运", Decimal("120.50"))])
    assert amount == Decimal("2529.50")
    d = decoration.detail(community, admin, site)
    assert d.state is DecorationState.CLOSED and d.refund_amount == Decimal("2529.50")
    assert [x.amount for x in d.deductions] == [Decimal("350.00"), Decimal("120.50")]
    assert len(d.extensions) == 1
    # the 押金台账: taken at approval, refunded on the 押金退还单, the deductions kept; not refundable again
    from deskapp.contracts.billing import DepositFilter
    from deskapp.domain.billing_deposits import RefundSource
    from deskapp.services.billing import deposits, refunds

    row = next(r for r in deposits.deposit_page(community, admin, DepositFilter(state=None)).rows
               if r.source_ref == d.number)
    assert (row.kind, row.amount, row.refunded, row.forfeited, row.held, row.state) == (
        "装修", Decimal("3000.00"), Decimal("2529.50"), Decimal("470.50"), Decimal("0.00"), "已结清")
    with pytest.raises(ValidationError, match="已退还，不能再退"):
        refunds.apply(community, clerk, RefundSource.DEPOSIT, "1", "再退", "业主", deposit_id=row.id)
    # the cashier's drawer: taken in cash by the approving supervisor, the 2529.50 given back in cash
    from deskapp.services.billing import handover

    drawer = handover.draft(community, supervisor, clock.today())
    assert [(x.taken, x.method, x.amount) for x in drawer.deposits] == [
        (True, "现金", Decimal("3000.00")), (False, "现金", Decimal("2529.50"))]
    assert drawer.cash_expected == Decimal("470.50")
    # not handed over on the day it was taken: the next sheet is that day's, dated that day, with the
    # 3000.00 alone; the 2529.50 given back goes on today's (one sheet a day, docs/areas/billing.md)
    first = handover.draft(community, supervisor)
    assert first.day == clock.today() - timedelta(days=30) and first.cash_expected == Decimal("3000.00")
    assert [(p.day, p.handed) for p in first.pending] == [(first.day, False), (clock.today(), False)]


def test_a_decoration_deposit_taken_by_transfer_is_not_cash(community, units, supervisor, clerk):
    from deskapp.domain.billing import PayMethod
    from deskapp.domain.billing_deposits import DepositMoney
    from deskapp.services.billing import handover
    from rounds_data import application as app

    did = decoration.apply(community, clerk, app(units.vacant, community.clock.today()))
    with pytest.raises(ValidationError) as e:
        decoration.approve(community, supervisor, did, deposit_money=DepositMoney(PayMethod.TRANSFER, ""))
    assert e.value.field == "交易流水号"
    assert decoration.detail(community, supervisor, did).state is DecorationState.APPLIED
    decoration.approve(community, supervisor, did, deposit_money=DepositMoney(PayMethod.TRANSFER, "TR-0001"))
    drawer = handover.draft(community, supervisor)
    assert [(x.method, x.pay_ref) for x in drawer.deposits] == [("转账", "TR-0001")] and drawer.cash_expected == 0


def test_permit_prints_worker_passes_masked(community, units, site, admin):
    from io import BytesIO

    from pypdf import PdfReader

    text = PdfReader(BytesIO(decoration.permit_pdf(community, admin, site))).pages[0].extract_text()
    assert "装修许可证" in text and "孙大力" in text
    assert "11010519491231002X" not in text and "110***********002X" in text


def test_open_notices_and_stopped_works_warn_before_items_leave(community, units, site, steward, clerk):
    from deskapp.services.rounds import release

    assert release.warnings(community, clerk, units.vacant) == []
    res = decoration.record_check(community, steward, units.vacant, violation_check(community))
    decoration.stop(community, steward, site, "拒不整改")
    found = release.warnings(community, clerk, units.vacant)
    assert f"整改通知书 {res.rectification_number} 未整改（期限 2026-11-30）" in found
    assert "装修 ZX2026-0001 已停工：拒不整改" in found
