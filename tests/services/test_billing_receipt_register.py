"""《收据登记表》 (deskapp export receipts, the 收据 tab's 导出 Excel…): the days from–to both included,
each voided receipt with its 作废时间 and 作废原因, the title row and the audit naming the days; a
period ending before it starts refused naming 截止日期, nothing written. 《欠费账龄表》 kept to an
age (--age) says so; an age that is none refused naming 账龄."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from billing_helpers import three_handovers
from support import CST

from deskapp.domain.errors import ValidationError
from deskapp.services import exports
from deskapp.services.billing import payments
from deskapp.store.models.accounts import AuditEntry


@pytest.fixture
def three_days(community, admin, clock):
    """Receipts of 11-24 (three, the third voided at 10:00: 重复收款), 11-25 and 11-26."""
    three_handovers(community, admin, clock)
    return community


def _sheet(path):
    ws = load_workbook(path)["收据登记表"]
    head = [c.value for c in ws[2]]
    return ws["A1"].value, [dict(zip(head, r)) for r in ws.iter_rows(min_row=3, values_only=True)]


def test_the_register_keeps_to_its_days_and_says_when_and_why_a_receipt_was_voided(three_days, supervisor,
                                                                                   tmp_path):
    out = tmp_path / "收据.xlsx"
    n = exports.run_export(three_days, supervisor, "receipts", out,
                           exports.ExportOptions(day_from=date(2026, 11, 24), day_to=date(2026, 11, 24)))
    title, rows = _sheet(out)
    assert n == 3 and len(rows) == 3 and "收据登记表　2026-11-24 至 2026-11-24" in title
    void = [r for r in rows if r["状态"] == "作废"]
    assert len(void) == 1 and void[0]["作废原因"] == "重复收款"
    assert void[0]["作废时间"] == datetime(2026, 11, 24, 10, 0)  # the desk's wall clock
    assert all(r["作废原因"] is None and r["作废时间"] is None for r in rows if r["状态"] != "作废")
    with three_days.reader() as uow:
        said = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "export")
                                   .order_by(AuditEntry.id.desc())).scalars().first()
    assert "2026-11-24 至 2026-11-24" in said

    exports.run_export(three_days, supervisor, "receipts", out, exports.ExportOptions(day_from=date(2026, 11, 25)))
    title, rows = _sheet(out)
    assert len(rows) == 2 and "2026-11-25 起" in title and {r["状态"] for r in rows} == {"已移交"}


def test_a_period_ending_before_it_starts_is_refused_and_nothing_written(three_days, supervisor, tmp_path):
    out = tmp_path / "收据.xlsx"
    with pytest.raises(ValidationError) as refused:
        exports.run_export(three_days, supervisor, "receipts", out,
                           exports.ExportOptions(day_from=date(2026, 11, 26), day_to=date(2026, 11, 24)))
    assert refused.value.field == "截止日期" and not out.exists()


def test_sorted_by_void_time_the_voided_come_first_on_either_database(three_days, supervisor):
    page = payments.receipts_page(three_days, supervisor, sort="voided_at", descending=True)
    assert [r.status for r in page.rows][:1] == ["作废"] and page.rows[0].void_reason == "重复收款"
    assert page.rows[0].voided_at.astimezone(CST) == datetime(2026, 11, 24, 10, 0, tzinfo=CST)


def test_an_age_that_is_none_is_refused_naming_the_field(three_days, supervisor, tmp_path):
    out = tmp_path / "欠费.xlsx"
    with pytest.raises(ValidationError) as refused:
        exports.run_export(three_days, supervisor, "arrears", out,
                           exports.ExportOptions(as_of=date(2026, 11, 27), min_age="三年以上"))
    assert refused.value.field == "账龄" and not out.exists()
