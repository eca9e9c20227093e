"""期初欠费 import: our template and the district fee ledger, previewed then posted as one
opening bill per unit; every refusal names sheet, row and column and writes nothing."""
from __future__ import annotations

import sqlite3
from decimal import Decimal as D

import pytest
from opening_workbooks import GOOD_ROWS, LEDGER, ledger, template, units
from sqlalchemy import text

from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.services import hooks
from deskapp.services.billing import arrears, payments
from deskapp.services.importing.common import ImportOptions, ImportRefused
from deskapp.services.importing.opening import import_opening, preview_opening


def _bills(ctx):
    with ctx.reader() as uow:
        return uow.session.execute(text("select count(*), coalesce(sum(total), 0) from bills where opening")).one()


def _refused(ctx, admin, path, *words, options=None):
    with pytest.raises(ImportRefused) as e:
        import_opening(ctx, admin, path, options)
    problems = "\n".join(e.value.preview.problems())
    for w in words:
        assert w in problems, problems
    assert _bills(ctx) == (0, 0)
    return problems


def test_template_preview_then_import_posts_one_opening_bill_per_unit(community, admin, supervisor, tmp_path):
    ids = units(community, admin)
    path = template(tmp_path / "期初.xlsx", GOOD_ROWS)
    p = preview_opening(community, supervisor, path)
    assert p.errors == 0 and p.units == 2
    assert p.notes[0] == "期初欠费 2 户，4 条，合计 792.75 元"
    assert not any("本季度" in n for n in p.notes)  # 2026Q1 is the latest period; today is in 2026Q4
    assert "  物业费：2 条，750.00 元" in p.notes
    assert any("金额为 0，跳过" in line for line in p.problems(notes=True))
    assert _bills(community) == (0, 0)  # the preview writes nothing

    result = import_opening(community, supervisor, path)
    assert result.lines[0] == "期初账单 2 张，明细 4 条，合计 792.75 元"
    assert "  滞纳金：1 条，30.25 元" in result.lines
    assert _bills(community)[0] == 2
    owed = payments.account(community, supervisor, ids["3-1-101"]).lines
    assert [(o.quarter, o.item, o.owed) for o in owed] == [
        ("2025Q3", "物业费（期初）", D("375.00")), ("2025Q3", "公摊电费（期初）", D("12.50")),
        ("2025Q4", "物业费（期初）", D("375.00"))]
    assert owed[0].period == "2025.07.01–2025.09.30"
    # aged by their own periods: 2025Q3 is five quarters before 2026Q4
    a = arrears.unit_arrears(community, supervisor, ids["3-1-101"])
    assert a.by_age == {"一年以上": D("387.50"), "2个季度以上": D("375.00")}
    assert ("2025Q3", "物业费（期初）", "2025.07.01–2025.09.30", D("375.00")) in a.lines
    with community.reader() as uow:
        rec = uow.session.execute(text("select file, rows, units, lines, total, length(sha256), created_by "
                                       "from opening_imports")).one()
        audit = uow.session.execute(text("select summary from audit_log where action='billing.opening'")).scalar()
    assert rec == ("期初.xlsx", 5, 2, 4, 79275, 64, supervisor.display_name)
    assert "物业费：2 条，750.00 元" in audit


def test_the_ledger_is_read_across_its_district_sheets(community, admin, supervisor, tmp_path):
    ids = units(community, admin, ("101", "102", "201", "202"))
    path = ledger(tmp_path / "台账.xlsx", LEDGER)
    p = preview_opening(community, supervisor, path)
    assert p.errors == 0, p.problems()
    assert p.sheet == "A区、B区、C区"
    assert "工作表 说明 是空表，已跳过" in p.notes
    assert any("本期应收记为 2026年第三季度，前期欠费记为 2026年第二季度" in n for n in p.notes)
    assert p.notes[0] == "期初欠费 3 户，8 条，合计 1,663.50 元"
    import_opening(community, supervisor, path)
    lines = {(o.quarter, o.item, o.owed) for o in payments.account(community, supervisor, ids["3-1-101"]).lines}
    assert lines == {("2026Q3", "物业费（期初）", D("375.00")), ("2026Q2", "物业费（期初）", D("750.00")),
                     ("2026Q2", "公摊电费（期初）", D("20.00")), ("2026Q2", "公摊水费（期初）", D("10.00")),
                     ("2026Q2", "滞纳金（期初）", D("5.50"))}
    assert payments.account(community, supervisor, ids["3-1-201"]).lines == ()


def test_a_ledger_without_its_period_asks_for_it(community, admin, supervisor, tmp_path):
    units(community, admin, ("101", "102", "201", "202"))
    path = ledger(tmp_path / "台账.xlsx", LEDGER, heading=None)
    with pytest.raises(ValidationError) as e:
        preview_opening(community, supervisor, path)
    assert "--period 2025Q3" in e.value.message and "A区" in e.value.message
    p = preview_opening(community, supervisor, path, ImportOptions(period="2026Q2"))
    assert any("本期应收记为 2026年第二季度" in n for n in p.notes)
    with pytest.raises(ValidationError) as e:
        preview_opening(community, supervisor, path, ImportOptions(period="2027Q1"))
    assert "尚未开始" in e.value.message


def test_ledger_subtotal_and_total_are_checked(community, admin, supervisor, tmp_path):
    units(community, admin, ("101", "102", "201", "202"))
    bad = {"A区": [("3-1-101", 375, 750, 20, 10, 5.5, 700)], "B区": [("3-1-102", 375, 0, 0, 0, 0, 0, 999)]}
    problems = _refused(community, supervisor, ledger(tmp_path / "台账.xlsx", bad),
                        "工作表 A区 第 4 行 J 列（前期欠费小计）：小计 700.00 ≠ 各项之和 785.50",
                        "工作表 B区 第 4 行 K 列（合计）：合计 999.00 ≠ 各项之和 375.00")
    assert "C区" not in problems


@pytest.mark.parametrize("row, words", [
    (("3", "1", "909", "物业管理费", "2025Q3", 10), "第 3 行 C 列（房号）：档案中没有房屋 3-1-909"),
    (("3", "1", "101", "物业管理费", "2027Q1", 10), "第 3 行 E 列（所属期间）：期间 2027年第一季度 尚未开始"),
    (("3", "1", "101", "物业管理费", "2025Q3", -10), "第 3 行 F 列（金额）：金额 -10 为负数"),
    (("3", "1", "101", "电费", "2025Q3", 10), "第 3 行 D 列（收费项目）：“电费”不是本系统收取的项目"),
    (("3", "1", "101", "停车位租金", "2025Q3", 10), "第 3 行 D 列（收费项目）：“停车位租金”不是已知的收费项目"),
    (("3", "1", "101", "物业管理费", "2025年13月", 10), "第 3 行 E 列（所属期间）：“2025年13月”的月份应在 1 到 12 之间"),
])
def test_bad_rows_are_refused_naming_sheet_row_and_column(community, admin, supervisor, tmp_path, row, words):
    units(community, admin)
    path = template(tmp_path / "期初.xlsx", [row, ("3", "1", "102", "物业管理费", "2025Q3", 10)])
    problems = _refused(community, supervisor, path, "工作表 期初欠费 " + words)
    assert "第 4 行" not in problems  # the good row is not blamed


def test_the_same_unit_item_and_period_twice(community, admin, supervisor, tmp_path):
    units(community, admin)
    rows = [("3", "1", "101", "物业管理费", "2025Q3", 10), ("3", "1", "101", "物业费", "2025年第3季度", 20)]
    _refused(community, supervisor, template(tmp_path / "期初.xlsx", rows),
             "第 4 行 D 列（收费项目）：3-1-101 物业费 2025年第三季度 在第 3 行已有")


def test_a_second_import_of_a_unit_is_refused(community, admin, supervisor, tmp_path):
    units(community, admin)
    import_opening(community, supervisor, template(tmp_path / "一.xlsx", [("3", "1", "101", "物业费", "2025Q3", 10)]))
    before = _bills(community)
    with pytest.raises(ImportRefused) as e:
        import_opening(community, supervisor, template(tmp_path / "二.xlsx", [
            ("3", "1", "101", "物业费", "2025Q4", 10), ("3", "1", "102", "物业费", "2025Q4", 10)]))
    assert "第 3 行 C 列（房号）：房屋 3-1-101 已有期初账单" in "\n".join(e.value.preview.problems())
    assert _bills(community) == before


def test_a_unit_code_column_is_read_as_the_roster_writes_codes(community, admin, supervisor, tmp_path):
    ids = units(community, admin)
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["房屋编号", "费用项目", "开始日期", "结束日期", "欠费金额"])
    ws.append(["3-1-101", "公共用水分摊", 45658, 45747, "88.80"])  # Excel serial dates 2025-01-01 … 2025-03-31
    wb.save(tmp_path / "codes.xlsx")
    import_opening(community, supervisor, tmp_path / "codes.xlsx")
    (line,) = payments.account(community, supervisor, ids["3-1-101"]).lines
    assert (line.quarter, line.item, line.period, line.owed) == ("2025Q1", "公摊水费（期初）", "2025.01.01–2025.03.31",
                                                                 D("88.80"))


def test_only_supervisors_import_opening_balances(community, admin, clerk, tmp_path):
    units(community, admin)
    with pytest.raises(PermissionDenied):
        preview_opening(community, clerk, template(tmp_path / "期初.xlsx", GOOD_ROWS))


@pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax
def test_check_finds_an_opening_bill_that_no_longer_equals_its_import(community, admin, supervisor, tmp_path):
    units(community, admin)
    import_opening(community, supervisor, template(tmp_path / "期初.xlsx", GOOD_ROWS))

    def opening_check():
        with community.reader() as uow:
            results = hooks.collect(hooks.Hook.CHECKS, uow.session, community)
        return next(r for r in results if r.name == "期初账单 = 期初导入记录")

    assert opening_check().problems == [] and opening_check().checked == 1
    community.db.dispose()
    con = sqlite3.connect(community.db.path, isolation_level=None)
    con.execute("DROP TRIGGER bill_lines_no_update")  # lines are append-only: a tamperer drops it first
    con.execute("UPDATE bill_lines SET amount = amount + 100 WHERE key LIKE '期初:%' AND item = 'LATE'")
    con.close()
    problems = opening_check().problems
    assert problems == ["期初导入 1（期初.xlsx）滞纳金：导入记录 1 条 30.25 元，期初账单 1 条 31.25 元"]


def test_dunning_letters_show_the_opening_lines_by_their_periods(community, admin, supervisor, tmp_path):
    from io import BytesIO

    from pypdf import PdfReader

    from deskapp.services.billing import prints

    ids = units(community, admin)
    import_opening(community, supervisor, template(tmp_path / "期初.xlsx", GOOD_ROWS))
    letters = arrears.issue_dunning(community, admin, [ids["3-1-101"]])
    pdf = prints.dunning_pdf(community, admin, letters)
    words = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).replace("\n", "")
    assert "物业费（期初）" in words and "2025.07.01–2025.09.30" in words and "762.50" in words


def test_a_quarterly_run_leaves_the_opening_lines_alone(community, admin, supervisor, tmp_path):
    from billing_helpers import billed_community

    from deskapp.services.billing import run

    ids, _ = billed_community(community, admin)
    import_opening(community, supervisor, template(tmp_path / "期初.xlsx", [("3", "1", "101", "物业费", "2026Q3", 99)]))
    current = template(tmp_path / "本季.xlsx", [("3", "1", "102", "物业费", "2026Q4", 99)])
    assert "其中 1 条属于本季度 2026Q4" in "".join(preview_opening(community, supervisor, current).notes)
    first = run.post(community, admin, "2026Q3")
    assert (first.bills, first.adjustments) == (3, 0)  # the opening bill is not the quarter's bill
    assert run.post(community, admin, "2026Q3").bills == 0  # and not a difference to adjust away
    owed = payments.account(community, supervisor, ids[0]).lines
    assert ("物业费（期初）", D("99.00")) in [(o.item, o.owed) for o in owed]
    assert payments.account(community, supervisor, ids[0]).total_owed == D("768.01") + D("99.00")


def test_a_file_of_zero_amounts_only_is_refused_and_writes_nothing(community, admin, supervisor, tmp_path):
    """steps.all_or_nothing's `nothing`: no row in error, but nothing to post."""
    units(community, admin)
    path = template(tmp_path / "零.xlsx", [GOOD_ROWS[-1]])  # 水费 0: skipped
    with pytest.raises(ImportRefused, match="文件中没有金额不为 0 的期初欠费"):
        import_opening(community, supervisor, path)
    assert _bills(community) == (0, 0)


def test_cancel_pressed_while_the_bills_are_posted_writes_nothing(community, admin, supervisor, tmp_path,
                                                                  monkeypatch):
    """The last look at Cancel comes after the kind's writing, before the commit."""
    from deskapp.domain.errors import Cancelled
    from deskapp.services.billing import opening

    units(community, admin)
    path = template(tmp_path / "期初.xlsx", GOOD_ROWS)
    posted = []
    post = opening.post_opening
    monkeypatch.setattr(opening, "post_opening", lambda *a: posted.append(1) or post(*a))
    with pytest.raises(Cancelled):
        import_opening(community, supervisor, path, cancelled=lambda: bool(posted))
    assert posted and _bills(community) == (0, 0)
