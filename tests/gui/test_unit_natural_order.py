"""Unit codes in natural order on screen and in the Excel file: 2-1-201 before 10-1-101, 201 before 1001."""
from datetime import date

import pytest
from PySide6.QtCore import Qt
from modal_answers import click_header, sort_arrow
from openpyxl import load_workbook

from deskapp.gui import file_dialogs
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import units as registry_units

NATURAL = ["2-1-201", "2-1-1001", "10-1-101"]


@pytest.fixture
def units(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    for building in ("10", "2"):  # building 10 made first, so neither id nor text order is natural
        registry_community.add_building(ctx, actor, building)
    for b, room in (("10", "101"), ("2", "1001"), ("2", "201")):
        registry_units.create_unit(ctx, actor, {"building": b, "stairwell": "1", "room": room, "building_area": "90",
                                          "state": "自住"}, delivered_on=date(2020, 1, 1))


def _shown_codes(view) -> list[str]:
    codes = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    return [c for c in codes if c.count("-") == 2 and c[0] != "3"]


def test_clicking_the_code_header_sorts_codes_as_numbers(main_window, units, qtbot):
    view = main_window.show_view("registry")
    view.reload()
    assert view.model.headerData(0, Qt.Orientation.Horizontal) == "房屋"
    click_header(qtbot, view.table, 0)
    qtbot.waitUntil(lambda: len(_shown_codes(view)) == 3)
    expected = NATURAL if sort_arrow(view.table) == "▲" else NATURAL[::-1]
    assert _shown_codes(view) == expected
    click_header(qtbot, view.table, 0)
    qtbot.waitUntil(lambda: _shown_codes(view) == expected[::-1])


def test_unit_register_export_lists_buildings_as_numbers(main_window, units, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "units.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    action = next(a for a in main_window.file_menu.actions() if a.text() == "导出业户档案（房屋）到 Excel(&U)…")
    action.trigger()
    qtbot.waitUntil(lambda: "units.xlsx" in main_window.statusBar().currentMessage(), timeout=20000)
    ws = load_workbook(out).worksheets[0]
    codes = [row[0] for row in ws.iter_rows(min_row=3, values_only=True) if row[0]]
    assert codes == NATURAL


def test_completeness_findings_sort_units_as_numbers(main_window, units, qtbot):
    view = main_window.show_view("completeness")
    view.run_check().wait()
    qtbot.waitUntil(lambda: view.report is not None)
    click_header(qtbot, view.table, 0)
    if sort_arrow(view.table) != "▲":
        click_header(qtbot, view.table, 0)
    shown = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    firsts = [c for i, c in enumerate(shown) if c in NATURAL and c not in shown[:i]]
    assert firsts == NATURAL
