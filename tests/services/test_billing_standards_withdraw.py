"""撤销 a fee standard entered by mistake: withdrawn while no bill used it, then left out by the bill
run, the notices, the 公示 and the date check of a new standard; kept on the list and the register
marked 已撤销 with who, when and why. Runs on SQLite and, when installed, PostgreSQL (`ctx`)."""
from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from deskapp.domain.billing import FeeItem, StandardState
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.services import exports
from deskapp.services.billing import notices, price_notice, run, standards
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.billing import BillLine

WRONG = "3.10"  # typed instead of 2.50's successor, from 2026-08-16: the quarter would split


@pytest.fixture
def mistyped(community, admin):
    """The billed community of billing_helpers (物业费 2.50 since 2020, 2026Q3 read, not posted),
    with a wrong 物业费 3.10 from 2026-08-16 added by mistake."""
    ids, _ = billed_community(community, admin)
    wrong = standards.add_standard(community, admin, FeeItem.PROPERTY, WRONG, date(2026, 8, 16), unit_kind="住宅")
    return community, ids, wrong


def _by_id(ctx, actor):
    return {s.id: s for s in standards.list_standards(ctx, actor)}


def _property_lines(ctx, unit_id):
    with ctx.reader() as uow:
        return [(ln.key, ln.amount, ln.unit_price) for ln in uow.session.execute(
            select(BillLine).where(BillLine.unit_id == unit_id, BillLine.item == FeeItem.PROPERTY)
            .order_by(BillLine.id)).scalars()]


def test_withdrawn_before_the_run_the_quarter_is_billed_at_the_old_price(mistyped, supervisor):
    ctx, ids, wrong = mistyped
    before = {c.key: c.amount for c in next(u for u in run.preview(ctx, supervisor, "2026Q3").units
                                            if u.code == "3-1-101").lines}
    assert before["物业费@08-16"] == D("235.00")  # the mistake would split the quarter
    first = next(s for s in standards.list_standards(ctx, supervisor) if s.item is FeeItem.PROPERTY)
    assert _by_id(ctx, supervisor)[first.id].state is StandardState.SUPERSEDED
    assert _by_id(ctx, supervisor)[wrong].state is StandardState.IN_FORCE

    view = standards.withdraw_standard(ctx, supervisor, wrong, "  单价录错，应为 2.50  ")
    assert view.state is StandardState.WITHDRAWN and view.withdraw_reason == "单价录错，应为 2.50"

    listed = _by_id(ctx, supervisor)
    assert listed[wrong].withdrawn and listed[wrong].withdrawn_by == supervisor.display_name
    assert listed[wrong].state is StandardState.WITHDRAWN
    assert listed[first.id].state is StandardState.IN_FORCE  # the price before it applies again
    after = {c.key: c.amount for c in next(u for u in run.preview(ctx, supervisor, "2026Q3").units
                                           if u.code == "3-1-101").lines}
    assert after["物业费"] == D("375.00") and "物业费@08-16" not in after  # 50 ㎡ × 2.50 × 3
    run.post(ctx, supervisor, "2026Q3")
    assert _property_lines(ctx, ids[0]) == [("物业费", D("375.00"), D("2.5000"))]
    # the notice asks for the one line at 2.5, never 3.1
    pdf, quarter = notices.unit_notice(ctx, supervisor, ids[0])
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert quarter == "2026Q3" and "× 2.5 元/㎡·月" in text and "3.1" not in text


def test_the_notice_of_prices_leaves_a_withdrawn_standard_out(mistyped, supervisor):
    ctx, _, wrong = mistyped

    def said() -> str:
        pdf = price_notice.price_notice(ctx, supervisor, date(2026, 11, 27), "A4")
        return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)

    assert "3.1 元/㎡·月" in said()
    standards.withdraw_standard(ctx, supervisor, wrong, "单价录错")
    text = said()
    assert "3.1 元/㎡·月" not in text and "2.5 元/㎡·月" in text


def test_a_correct_standard_takes_the_date_of_the_withdrawn_one(mistyped, supervisor):
    ctx, ids, wrong = mistyped
    with pytest.raises(Conflict, match="已有收费标准"):
        standards.add_standard(ctx, supervisor, FeeItem.PROPERTY, "2.80", date(2026, 8, 16), unit_kind="住宅")
    standards.withdraw_standard(ctx, supervisor, wrong, "单价录错，应为 2.80")
    standards.add_standard(ctx, supervisor, FeeItem.PROPERTY, "2.80", date(2026, 8, 16), unit_kind="住宅")
    lines = {c.key: (c.unit_price, c.amount) for c in next(u for u in run.preview(ctx, supervisor, "2026Q3").units
                                                           if u.code == "3-1-101").lines}
    assert lines["物业费@08-16"] == (D("2.80"), D("212.26"))  # 50 × 2.8 × 47/31 = 212.258…


def test_a_standard_a_bill_used_is_refused_naming_the_quarter(mistyped, supervisor):
    ctx, ids, wrong = mistyped
    run.post(ctx, supervisor, "2026Q3")
    with pytest.raises(Conflict, match="已用于 2026Q3 的账单，不能撤销") as refused:
        standards.check_withdrawable(ctx, supervisor, wrong)
    assert "物业费（住宅）3.1 元/㎡·月 自 2026-08-16 起" in str(refused.value)
    with pytest.raises(Conflict, match="2026Q3"):
        standards.withdraw_standard(ctx, supervisor, wrong, "单价录错")
    assert not _by_id(ctx, supervisor)[wrong].withdrawn
    # the standard before it was used too (Jul 1 – Aug 15), the water one by the water lines, the
    # power one by the 公摊 lines; the community has no shared water meter: 公摊水费's was not used
    for s in standards.list_standards(ctx, supervisor):
        if s.item is FeeItem.SHARED_WATER:
            standards.check_withdrawable(ctx, supervisor, s.id)
            continue
        with pytest.raises(Conflict, match="2026Q3"):
            standards.check_withdrawable(ctx, supervisor, s.id)


def test_a_standard_starting_after_the_posted_quarters_is_not_used(mistyped, supervisor):
    ctx, _, _ = mistyped
    run.post(ctx, supervisor, "2026Q3")
    later = standards.add_standard(ctx, supervisor, FeeItem.PROPERTY, "25.0", date(2027, 1, 1), unit_kind="住宅")
    assert _by_id(ctx, supervisor)[later].state is StandardState.COMING
    standards.check_withdrawable(ctx, supervisor, later)  # no bill of 2027Q1 yet
    standards.withdraw_standard(ctx, supervisor, later, "单价多打了一位")
    assert _by_id(ctx, supervisor)[later].state is StandardState.WITHDRAWN


def test_a_reason_is_required_and_nothing_is_written_without_one(mistyped, supervisor):
    ctx, _, wrong = mistyped
    for blank in ("", "   ", "\u3000"):
        with pytest.raises(ValidationError) as refused:
            standards.withdraw_standard(ctx, supervisor, wrong, blank)
        assert refused.value.field == "撤销原因"
    with pytest.raises(ValidationError, match="200"):
        standards.withdraw_standard(ctx, supervisor, wrong, "错" * 201)
    assert not _by_id(ctx, supervisor)[wrong].withdrawn


def test_only_who_sets_standards_may_withdraw_them(mistyped, clerk, steward):
    ctx, _, wrong = mistyped
    for actor in (clerk, steward):
        with pytest.raises(PermissionDenied):
            standards.withdraw_standard(ctx, actor, wrong, "单价录错")
        with pytest.raises(PermissionDenied):
            standards.check_withdrawable(ctx, actor, wrong)
    assert not _by_id(ctx, clerk)[wrong].withdrawn


def test_withdrawing_twice_is_refused_and_the_audit_says_what_was_withdrawn(mistyped, supervisor):
    ctx, _, wrong = mistyped
    standards.withdraw_standard(ctx, supervisor, wrong, "单价录错")
    with pytest.raises(Conflict, match="已于 2026-11-27 09:30 由"):
        standards.withdraw_standard(ctx, supervisor, wrong, "again")
    with ctx.reader() as uow:
        entries = uow.session.execute(select(
            AuditEntry.entity, AuditEntry.entity_id, AuditEntry.summary, AuditEntry.before, AuditEntry.after)
            .where(AuditEntry.action == "billing.standard.withdraw")).all()
    assert len(entries) == 1
    entity, entity_id, summary, before, after = entries[0]
    assert entity == "fee_standard" and entity_id == str(wrong)
    assert summary == "撤销收费标准 物业费（住宅）3.1 元/㎡·月 自 2026-08-16 起：单价录错"
    assert "3.1" in before and "2026-08-16" in before, before
    assert "单价录错" in after, after


def test_the_register_marks_a_withdrawn_standard_with_who_when_and_why(mistyped, supervisor, tmp_path):
    ctx, _, wrong = mistyped
    standards.withdraw_standard(ctx, supervisor, wrong, "单价录错")
    path = tmp_path / "收费标准.xlsx"
    exports.run_export(ctx, supervisor, "fee-standards", path, exports.ExportOptions())
    sheet = load_workbook(path).active
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    header = next(r for r in rows if r[0] == "收费项目")
    assert header[5:] == ["状态", "备注", "录入人", "撤销人", "撤销时间", "撤销原因"]
    marked = next(r for r in rows if r[0] == "物业费" and r[3] == 3.1)
    assert marked[5] == "已撤销" and marked[8] == supervisor.display_name
    assert marked[9] == "2026-11-27 09:30" and marked[10] == "单价录错"
    standing = next(r for r in rows if r[0] == "物业费" and r[3] == 2.5)
    assert standing[5] == "执行中" and standing[8:] == [None, None, None]
