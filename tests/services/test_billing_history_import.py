"""历史缴费 (issue 16 §1): the old system's payments imported as history — our template and
HC小区's 房屋缴费历史 — all or nothing, refused naming sheet, row and column; never receipts."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from history_support import HC_ROWS, OUR_ROWS, hc_workbook, make_units, our_workbook, serial
from sqlalchemy import func, select, text

from deskapp.domain.errors import Conflict, PermissionDenied
from deskapp.services.billing import history
from deskapp.services.importing.common import ImportOptions, ImportRefused
from deskapp.services.importing.payments import import_payments, preview_payments
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.billing import Receipt
from deskapp.store.models.billing_history import PaymentHistory, PaymentHistoryBatch


@pytest.fixture
def units(community, admin):
    return make_units(community, admin)


def _count(ctx, model) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar()


def test_hc_sheet_is_previewed_with_its_serial_dates_and_totals_per_item(community, units, supervisor, tmp_path):
    p = preview_payments(community, supervisor, hc_workbook(tmp_path / "hc.xlsx"))
    assert p.sheet == "房屋缴费历史" and p.errors == 0 and len(p.rows) == 4 and p.units == 2
    assert p.notes == ["垃圾清运费：1 笔，应缴 50.00 元，实缴 50.00 元",
                       "物业费：3 笔，应缴 3,600.50 元，实缴 3,550.50 元",
                       "合计：4 笔，应缴 3,650.50 元，实缴 3,600.50 元"]
    assert _count(community, PaymentHistory) == 0


def test_hc_import_keeps_history_apart_from_receipts(community, units, supervisor, tmp_path):
    result = import_payments(community, supervisor, hc_workbook(tmp_path / "hc.xlsx"))
    assert result.summary().splitlines()[-1] == "合计：4 笔，应缴 3,650.50 元，实缴 3,600.50 元"
    rows = history.unit_history(community, supervisor, units["3-1-101"])
    assert [(r.paid_on, r.item, r.period, r.billed, r.paid, r.cashier, r.receipt_no) for r in rows] == [
        (date(2024, 4, 8), "物业费", "2024-04-01至2024-06-30", Decimal("600.00"), Decimal("550.00"), "李娜", ""),
        (date(2024, 1, 5), "物业费", "2024-01-01至2024-03-31", Decimal("600.00"), Decimal("600.00"), "李娜", ""),
    ]
    assert _count(community, Receipt) == 0  # never our receipts
    with community.reader() as uow:
        batch = uow.session.execute(select(PaymentHistoryBatch)).scalar_one()
        entry = uow.session.execute(select(AuditEntry).where(AuditEntry.action == "billing.history.import")).scalar_one()
        assert (batch.file, batch.sheet, batch.rows, batch.billed, batch.paid) == (
            "hc.xlsx", "房屋缴费历史", 4, Decimal("3650.50"), Decimal("3600.50"))
        assert len(batch.sha256) == 64 and batch.created_by == supervisor.display_name
        assert "合计：4 笔" in entry.summary and "物业费：3 笔，应缴 3,600.50 元，实缴 3,550.50 元" in str(entry.after)


def test_our_template_keeps_the_old_receipt_number_as_text(community, units, supervisor, tmp_path):
    import_payments(community, supervisor, our_workbook(tmp_path / "ours.xlsx"))
    rows = history.unit_history(community, supervisor, units["3-1-102"])
    assert [(r.receipt_no, r.paid_on, r.item, r.period, r.method, r.notes) for r in rows] == [
        ("SJ2023-0102", date(2023, 7, 2), "车位管理费", "2023-07", "现金", "欠 20"),
        ("SJ2023-0101", date(2023, 6, 1), "物业费", "2023年第2季度", "微信", ""),
    ]


def test_the_same_file_twice_is_refused(community, units, supervisor, tmp_path):
    path = hc_workbook(tmp_path / "hc.xlsx")
    import_payments(community, supervisor, path)
    copy = tmp_path / "again.xlsx"
    copy.write_bytes(path.read_bytes())
    with pytest.raises(Conflict, match="hc.xlsx 已于 2026-11-27 09:30 由 supervisor 导入"):
        preview_payments(community, supervisor, path)
    with pytest.raises(Conflict, match="不能重复导入"):
        import_payments(community, supervisor, copy)
    assert _count(community, PaymentHistory) == 4 and _count(community, PaymentHistoryBatch) == 1


def _refused(ctx, actor, path, where: str, message: str) -> None:
    with pytest.raises(ImportRefused) as info:
        import_payments(ctx, actor, path)
    problems = info.value.preview.problems()
    assert any(where in p and message in p for p in problems), problems
    assert _count(ctx, PaymentHistory) == 0 and _count(ctx, PaymentHistoryBatch) == 0


@pytest.mark.parametrize("index,value,where,message", [
    (0, "3-1-999", "第 2 行 A 列（房号）", "档案中没有房屋 3-1-999"),
    (5, serial(date(2026, 11, 28)), "第 2 行 F 列（缴费日期）", "晚于今天"),
    (6, -600, "第 2 行 G 列（应缴金额）", "不能为负数"),
    (7, 700, "第 2 行 H 列（实缴金额）", "实缴 700.00 元大于应缴 600.00 元"),
    (5, "明天", "第 2 行 F 列（缴费日期）", "不是日期"),
])
def test_bad_rows_are_refused_naming_sheet_row_and_column(community, units, supervisor, tmp_path,
                                                          index, value, where, message):
    first = list(HC_ROWS[0])
    first[index] = value
    path = hc_workbook(tmp_path / "bad.xlsx", [tuple(first), *HC_ROWS[1:]])
    _refused(community, supervisor, path, f"工作表 房屋缴费历史 {where}", message)


def test_the_same_receipt_line_twice_is_refused(community, units, supervisor, tmp_path):
    path = our_workbook(tmp_path / "dup.xlsx", [*OUR_ROWS, OUR_ROWS[0]])
    _refused(community, supervisor, path, "工作表 历史缴费 第 4 行 A 列（收据号）", "在第 2 行已有")


def test_only_supervisors_import_history(community, units, clerk, tmp_path):
    with pytest.raises(PermissionDenied):
        preview_payments(community, clerk, hc_workbook(tmp_path / "hc.xlsx"))


@pytest.mark.sqlite_only  # reads SQLite's own catalogue and trigger syntax
def test_history_is_append_only_and_checked_against_its_import(community, units, supervisor, tmp_path):
    import_payments(community, supervisor, hc_workbook(tmp_path / "hc.xlsx"))
    with community.reader() as uow:
        assert history.history_matches_imports(uow.session, community)[0].problems == []
    with community.uow() as uow:
        with pytest.raises(Exception, match="append-only"):
            uow.session.execute(text("UPDATE payment_history SET paid = 1"))
    with community.uow() as uow:  # what a hand edit around the triggers would leave
        uow.session.execute(text("DROP TRIGGER payment_history_no_delete"))
        uow.session.execute(text("DELETE FROM payment_history WHERE id = 1"))
        result = history.history_matches_imports(uow.session, community)[0]
    assert result.problems == ["历史缴费 hc.xlsx（工作表 房屋缴费历史）：导入记录 4 笔、应缴 3650.50、实缴 3600.50，"
                               "现有 3 笔、应缴 3050.50、实缴 3000.50"]


def test_a_cancelled_import_writes_nothing(community, units, supervisor, tmp_path):
    from deskapp.domain.errors import Cancelled

    with pytest.raises(Cancelled):
        import_payments(community, supervisor, hc_workbook(tmp_path / "hc.xlsx"), ImportOptions(),
                        cancelled=lambda: True)
    assert _count(community, PaymentHistory) == 0


def test_the_same_line_twice_in_hc_sheet_names_the_house_column(community, units, supervisor, tmp_path):
    path = hc_workbook(tmp_path / "dup.xlsx", [*HC_ROWS, HC_ROWS[2]])
    _refused(community, supervisor, path, "工作表 房屋缴费历史 第 6 行 A 列（房号）", "在第 4 行已有")


def test_a_line_paid_today_is_history_too(community, units, supervisor, tmp_path):
    first = list(HC_ROWS[0])
    first[5] = serial(date(2026, 11, 27))  # the clock's today
    assert preview_payments(community, supervisor, hc_workbook(tmp_path / "today.xlsx", [tuple(first)])).errors == 0


def test_hc_older_layout_with_three_place_columns_and_one_amount(community, units, supervisor, tmp_path):
    """HC's earlier 房屋缴费历史 (ImportRoomFee): 楼栋编号, 单元编号, 房屋编号 apart and one 缴费金额."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "房屋缴费历史"
    ws.append(["楼栋编号", "单元编号", "房屋编号", "收费项目", "缴费周期", "开始时间", "结束时间", "缴费时间", "缴费金额", "备注"])
    ws.append([3, 2, 1502, "物业费", 6, serial(date(2024, 1, 1)), serial(date(2024, 6, 30)), serial(date(2024, 1, 3)),
               1200, ""])
    wb.save(tmp_path / "old.xlsx")
    import_payments(community, supervisor, tmp_path / "old.xlsx")
    [row] = history.unit_history(community, supervisor, units["3-2-1502"])
    assert (row.paid_on, row.period, row.billed, row.paid) == (
        date(2024, 1, 3), "2024-01-01至2024-06-30", Decimal("1200.00"), Decimal("1200.00"))


def test_the_import_hands_its_lines_over_in_the_stored_columns_order():
    from deskapp.services.importing.payments import _Line

    assert _Line._fields == history.COLUMNS[1:]
