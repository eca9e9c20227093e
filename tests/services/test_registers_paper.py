"""Every registered Excel export, written from a demo community and read back with openpyxl, is
readable on paper: A4 landscape fitted to one page wide with the header row repeated, a page
footer, a title row saying whose, which period, when and by whom, text at 8 pt or more after
the fit-to-width shrink, and dates stored as dates (issue 13 §6).

A machine-import file for finance software (`ExportSpec.machine_file`, declared by the export
itself: the 金蝶 K/3 凭证引入 workbook) is written too, but its layout is the importing program's
(sheet Page1, header in row 1): it is held to that layout here instead of the registers' title
row and page setup."""
from __future__ import annotations

import re
from datetime import date, datetime

import openpyxl
import pytest
from support import CST, make_actor

from deskapp.documents import xlsx
from deskapp.domain.clock import FixedClock
from deskapp.domain.permissions import Role
from deskapp.services import demo, exports
from deskapp.services.keys import inventory as keys_inventory
from deskapp.services.exports import ExportOptions

TODAY = date(2026, 11, 27)
DATE_TEXT = re.compile(r"^\d{4}-\d{2}-\d{2}( \d{2}:\d{2}(:\d{2})?)?$")
PERIOD_WORDS = {"month": ("2026年11月", "2026-11"), "quarter": ("2026年第四季度",), "as_of": ("截至", "当日")}  # 当日: a day's list (收款方式日清单)


@pytest.fixture(scope="module")
def written(tmp_path_factory, _template_db):
    """name -> (spec, workbook) for every export, all written from one demo community."""
    from deskapp.services.app import open_context
    from deskapp.store.db import sqlite_backup

    folder = tmp_path_factory.mktemp("registers")
    sqlite_backup(_template_db, folder / "desk.sqlite")
    ctx = open_context(folder / "desk.sqlite", clock=FixedClock(datetime(2026, 11, 27, 9, 30, tzinfo=CST)))
    admin = make_actor(Role.ADMIN)
    demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=40))
    sheet = keys_inventory.count_sheet(ctx, admin)  # the inventory register needs a filed count
    keys_inventory.file_count(ctx, admin, {e.ref: e.in_place for e in sheet.items},
                              {e.ref: "借出看房" for e in sheet.items})
    books = {}
    for name, spec in exports.all_exports().items():
        out = folder / f"{name}.xlsx"
        exports.run_export(ctx, admin, name, out, ExportOptions(month="2026-11", quarter="2026Q4", as_of=TODAY))
        books[name] = (spec, openpyxl.load_workbook(out), admin.display_name)
    yield books
    ctx.db.dispose()


def _sheets(written):
    """Every sheet of every register a supervisor prints: machine-import files are not registers."""
    for name, (spec, wb, exporter) in written.items():
        if spec.machine_file:
            continue
        for ws in wb.worksheets:
            yield name, spec, ws, exporter


def test_every_register_is_exported(written):
    assert set(written) == set(exports.all_exports())
    assert len(written) >= 25


def test_machine_import_files_keep_the_importing_programs_layout(written):
    machine = {name for name, (spec, _, _) in written.items() if spec.machine_file}
    assert machine == {"vouchers"}  # a new one is declared by its export, and checked here
    ws, = written["vouchers"][1].worksheets
    assert ws.title == "Page1" and ws.max_column == 37
    assert ws["A1"].value == "凭证日期"  # K/3's header in row 1: no title row above it
    assert "翠湖花园" not in str(ws["A1"].value)


def test_page_setup_of_every_sheet(written):
    for name, _, ws, _ in _sheets(written):
        where = f"{name}/{ws.title}"
        assert ws.page_setup.orientation == "landscape", where
        assert int(ws.page_setup.paperSize) == 9, where  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, where
        assert (int(ws.page_setup.fitToWidth), int(ws.page_setup.fitToHeight)) == (1, 0), where
        assert ws.print_title_rows == "$2:$2", where
        footer = ws.oddFooter.center.text or ""
        assert "&P" in footer and "&N" in footer and footer.startswith("第"), where
        assert ws.page_margins.left <= 0.5 and ws.page_margins.right <= 0.5, where


def test_title_row_names_centre_period_date_and_exporter(written):
    for name, spec, ws, exporter in _sheets(written):
        title = ws["A1"].value
        where = f"{name}/{ws.title}: {title}"
        assert "翠湖花园" in title, where
        assert f"导出日期 {TODAY:%Y-%m-%d}" in title and f"导出人 {exporter}" in title, where
        if spec.period in PERIOD_WORDS:
            assert any(word in title for word in PERIOD_WORDS[spec.period]), where


def test_every_register_prints_at_8_pt_or_more(written):
    for name, _, ws, _ in _sheets(written):
        widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width
                  for i in range(1, ws.max_column + 1)]
        scale = xlsx.print_scale(widths)
        smallest = min(c.font.sz or 11 for row in ws.iter_rows(min_row=2) for c in row)
        assert smallest * scale / 100 >= 8, f"{name}/{ws.title}: {smallest} pt at {scale:.0f} % (width {sum(widths)})"


def test_dates_are_dates_not_text(written):
    seen = 0
    for name, _, ws, _ in _sheets(written):
        for row in ws.iter_rows(min_row=3):
            for c in row:
                assert not (isinstance(c.value, str) and DATE_TEXT.match(c.value)), f"{name}/{ws.title}!{c.coordinate}"
                if isinstance(c.value, (date, datetime)):
                    assert c.is_date and c.number_format.startswith("yyyy-mm-dd"), f"{name}!{c.coordinate}"
                    seen += 1
    assert seen > 100


def test_key_loan_dates_are_dates(written):
    ws = written["key-loans"][1].worksheets[0]
    lent = [r[0].value for r in ws.iter_rows(min_row=3)]
    assert lent and all(isinstance(v, datetime) for v in lent)


def test_long_text_columns_wrap_within_bounded_widths(written):
    ws = written["requests"][1].worksheets[0]
    headers = [c.value for c in ws[2]]
    col = headers.index("内容") + 1
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width < 40
    assert all(r[col - 1].alignment.wrap_text for r in ws.iter_rows(min_row=3) if isinstance(r[col - 1].value, str))


def test_free_text_columns_wrap_even_when_the_sheet_fits(written):
    ws = written["rounds"][1].worksheets[0]  # 162 characters wide: nothing narrowed
    headers = [c.value for c in ws[2]]
    col = headers.index("发现问题")
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(col + 1)].width == 30 >= xlsx.WRAP_FROM
    cells = [r[col] for r in ws.iter_rows(min_row=3) if isinstance(r[col].value, str) and r[col].value]
    assert cells and all(c.alignment.wrap_text for c in cells)


def test_too_wide_registers_keep_essentials_first_and_the_rest_on_a_second_sheet(written):
    wb = written["decorations"][1]
    first, rest = wb.worksheets
    assert rest.title == "装修登记（续）"
    assert [c.value for c in rest[2]][:3] == ["序号", "许可证号", "房号"]
    assert "押金" in [c.value for c in first[2]] and "初验" in [c.value for c in rest[2]]
    assert first.max_row == rest.max_row


def test_audit_changes_are_readable_lines_in_a_bounded_column(written):
    ws = written["audit"][1].worksheets[0]
    headers = [c.value for c in ws[2]]
    col = next(i for i, h in enumerate(headers) if h.startswith("修改内容"))
    assert ws.column_dimensions[openpyxl.utils.get_column_letter(col + 1)].width <= 50
    texts = [r[col].value for r in ws.iter_rows(min_row=3) if r[col].value]
    assert texts and all("{" not in t and len(t) <= 320 for t in texts)
    assert any("：" in t for t in texts)
