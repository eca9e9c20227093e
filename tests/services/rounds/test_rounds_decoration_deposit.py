"""A decoration's deposit is given back, less its deductions, by 退押金 once 复验 has passed — not
from the 押金台账, which refuses it while the decoration is not closed and says where it is
settled. A deposit the ledger gave back before it refused (old data) makes 退押金 say so, and
write nothing."""
from __future__ import annotations

from decimal import Decimal

import pytest
from support import PlainSQL, given_back_from_the_ledger_before

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import DepositMoney, RefundSource
from deskapp.domain.decoration import CheckInput, CheckOutcome, Deduction, DecorationState, ItemResult
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.units import UnitState
from deskapp.services.accounts import check
from deskapp.services.billing import deposits, refunds
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import decoration


def _deposit(ctx, actor) -> int:
    (row,) = deposits.deposit_page(ctx, actor, DepositFilter(state=None)).rows
    return row.id


def _accepted(ctx, steward, units, site, clock) -> None:
    """Checked once, 初验 passed, 复验 passed 30 days later: 已验收, waiting for 退押金."""
    ok = CheckInput(CheckOutcome.CHECKED, {i: ItemResult.OK for i in decoration.check_items(ctx)})
    decoration.record_check(ctx, steward, units.vacant, ok)
    decoration.first_inspection(ctx, steward, site, passed=True)
    clock.advance(days=30)
    decoration.second_inspection(ctx, steward, site, passed=True)


def _refused(ctx, clerk, supervisor, deposit_id: int, state: str) -> None:
    for attempt in (lambda: deposits.check_settle_here(ctx, clerk, deposit_id),
                    lambda: refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "3000", "完工", "王芳",
                                          deposit_id=deposit_id),
                    lambda: deposits.apply_forfeit(ctx, supervisor, deposit_id, "100", "违规")):
        with pytest.raises(Conflict) as e:
            attempt()
        assert f"为“{state}”，尚未退押金" in str(e.value) and "楼宇管家 ▸ 装修申请 ▸ 退押金…" in str(e.value)


def test_the_ledger_leaves_a_decoration_deposit_to_its_refund(community, units, site, steward, supervisor, clerk,
                                                              clock):
    ctx = community
    dep = _deposit(ctx, clerk)
    number = decoration.detail(ctx, clerk, site).number
    _refused(ctx, clerk, supervisor, dep, "装修中")
    decoration.stop(ctx, steward, site, "违规拆改")
    _refused(ctx, clerk, supervisor, dep, "停工")
    decoration.resume(ctx, steward, site, "已整改")
    _accepted(ctx, steward, units, site, clock)
    _refused(ctx, clerk, supervisor, dep, "已验收")
    assert number in str(pytest.raises(Conflict, deposits.check_settle_here, ctx, clerk, dep).value)
    assert decoration.refund_deposit(ctx, supervisor, site, []) == Decimal("3000.00")
    assert deposits.held_on(ctx, clerk, dep) == 0


def test_a_refund_after_the_ledger_gave_the_deposit_back_says_so(community, units, site, steward, supervisor, clerk,
                                                                 clock):
    ctx = community
    _accepted(ctx, steward, units, site, clock)
    given_back_from_the_ledger_before(ctx, clerk, f"decoration:{site}", "3000")
    with pytest.raises(Conflict) as e:
        decoration.refund_deposit(ctx, supervisor, site, [])
    number = decoration.detail(ctx, clerk, site).number
    assert str(e.value) == (f"装修押金 {number} 已在押金台账退还 3,000.00 元（退款单 TF2026-00001），不能再退还 3,000.00 元："
                            "请主管在 收费 ▸ 押金台账 核对")
    d = decoration.detail(ctx, clerk, site)
    assert (d.state, d.refund_amount) == (DecorationState.ACCEPTED, None)  # nothing written


def test_works_stopped_for_good_are_terminated_and_their_deposit_settled(community, units, site, steward,
                                                                         supervisor, clerk, admin):
    """停工 and never resumed: no acceptance ever reaches 退押金 and the ledger refuses the deposit;
    the supervisor ends the works with a reason, refunding or keeping the deposit (deposits3 §3)."""
    ctx = community
    dep = _deposit(ctx, clerk)
    items = decoration.check_items(ctx)
    found = decoration.record_check(ctx, steward, units.vacant, CheckInput(
        CheckOutcome.CHECKED, {i: ItemResult.VIOLATION if i == items[0] else ItemResult.OK for i in items},
        violation_text="拆改承重墙"))
    decoration.stop(ctx, steward, site, "违规拆改承重墙")
    assert "楼宇管家 ▸ 装修申请 ▸ 终止装修…" in str(pytest.raises(Conflict, deposits.check_settle_here, ctx, clerk,
                                                                  dep).value)
    with pytest.raises(PermissionDenied):
        decoration.terminate(ctx, steward, site, "业主放弃装修", [])
    with pytest.raises(ValidationError) as e:
        decoration.terminate(ctx, supervisor, site, " ", [])
    assert e.value.field == "终止原因"
    assert decoration.detail(ctx, clerk, site).state is DecorationState.STOPPED  # nothing written
    refunded = decoration.terminate(ctx, supervisor, site, "业主放弃装修",
                                    [Deduction("恢复承重墙费用", "1000")], DepositMoney(PayMethod.TRANSFER, "ZZ20261127"))
    assert refunded == Decimal("2000.00")
    d = decoration.detail(ctx, clerk, site)
    assert d.state is DecorationState.TERMINATED and d.refund_no.startswith("TK") and d.refund_amount == 2000
    assert d.end_reason == "业主放弃装修"
    # its 整改通知书 ends with it, saying so: no open notice of works no longer under way
    (notice,) = d.rectifications
    assert notice.number == found.rectification_number and notice.rectified_at is not None
    assert decoration.rectifications(ctx, clerk) == []
    assert not [p for p in check.run_check(ctx, admin).problems if "整改" in p]
    assert deposits.held_on(ctx, clerk, dep) == 0
    (row,) = deposits.deposit_page(ctx, clerk, DepositFilter(state=None)).rows
    assert (row.refunded, row.forfeited, row.state) == (Decimal("2000.00"), Decimal("1000.00"), "已结清")
    assert registry_units.unit_page(ctx, supervisor, units.vacant).state is UnitState.VACANT  # as before the works
    sql = PlainSQL(ctx)
    try:
        (said,) = sql.execute("SELECT summary FROM audit_log WHERE action = 'rounds.decoration.terminate'").fetchall()
    finally:
        sql.close()
    assert "终止装修：业主放弃装修" in said[0] and "恢复承重墙费用 1000.00 元" in said[0] and d.refund_no in said[0]
    with pytest.raises(Conflict):  # settled once
        decoration.terminate(ctx, supervisor, site, "再终止", [])


def test_only_stopped_works_are_terminated(community, site, supervisor):
    with pytest.raises(Conflict, match="不能终止装修"):
        decoration.terminate(community, supervisor, site, "业主放弃装修", [])
