"""Search → unit page, the unit register's actions, and the completeness check view."""
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from openpyxl import load_workbook

from deskapp.domain.people import Relation
from deskapp.gui.registry.export_actions import start_export
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput


@pytest.fixture
def units(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    a = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                          "building_area": "98.50", "state": "自住"}, delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, a, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    b = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "1", "room": "0801",
                                          "building_area": "88", "state": "自住"}, delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, b, PersonInput("李四", "13900131234"), Relation.OWNER)  # no ID number
    c = registry_units.create_unit(ctx, actor, {"building": "S", "room": "105", "building_area": "45", "kind": "商铺",
                                          "state": "空置", "floor": "1"}, delivered_on=date(2021, 1, 1))  # no owner
    return {"a": a, "b": b, "c": c}


@pytest.mark.parametrize("text, code", [("1502", "3-2-1502"), ("3-2-15", "3-2-1502"), ("张三", "3-2-1502"),
                                        ("zs", "3-2-1502"), ("ls", "3-1-0801"), ("1234", "3-1-0801"),
                                        ("S-1", "S-105")])
def test_search_as_you_type_then_enter_opens_the_unit(main_window, units, qtbot, text, code):
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    if text.isascii():
        qtbot.keyClicks(main_window.search, text)
    else:
        main_window.search.insert(text)
        main_window.search.textEdited.emit(text)
    assert [h.code for h in main_window.search.hits()][0] == code
    main_window.search.completer().popup().hide()
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)
    page = main_window.tabs.currentWidget()
    assert page.objectName().startswith("unitPage_") and page.code == code
    assert main_window.search.text() == ""


def test_register_filters_and_new_unit_action_for_supervisors(main_window, units):
    view = main_window.show_view("registry")
    view.reload()  # the register was built with the window, before the fixture's units
    assert view.model.total == 3
    view.state.setCurrentIndex(view.state.findText("空置"))
    assert view.model.total == 1 and view.model.row_at(0).code == "S-105"
    view.state.setCurrentIndex(0)
    view.kind.setCurrentIndex(view.kind.findText("住宅"))
    assert view.model.total == 2
    assert view.act_new.isVisible() and view.act_new.shortcut().toString() == "Ctrl+N"
    view.table.selectRow(0)
    assert view.selected_unit_id() == view.model.row_at(0).id
    view.open_selected()
    assert main_window.tabs.currentWidget().objectName() == f"unitPage_{view.model.row_at(0).id}"


def test_completeness_view_runs_filters_and_opens_the_unit(main_window, units, qtbot, qtmodeltester):
    view = main_window.show_view("completeness")
    assert not view.act_print.isEnabled()
    job = view.run_check()
    job.wait()
    qtbot.waitUntil(lambda: view.report is not None)
    assert "检查房屋 3 户" in view.summary.text()
    items = {(view.model.finding(r).unit_code, view.model.finding(r).item) for r in range(view.model.rowCount())}
    assert items == {("3-1-0801", "证件号码"), ("S-105", "业主")}
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    view.item.setCurrentIndex(view.item.findData("业主"))
    assert view.proxy.rowCount() == 1 and view.shown_count.text() == "显示 1 项"
    view.item.setCurrentIndex(0)
    view.text.setText("李四")
    assert [f.unit_code for f in view.shown_findings()] == ["3-1-0801"]
    index = view.proxy.index(0, 0)
    view.table.doubleClicked.emit(index)
    assert main_window.tabs.currentWidget().objectName() == f"unitPage_{units['b']}"


def test_completeness_print_and_export_off_the_gui_thread(main_window, units, qtbot, tmp_path):
    view = main_window.show_view("completeness")
    view.run_check().wait()
    qtbot.waitUntil(lambda: view.report is not None)
    job = view.print_preview()
    job.wait()
    qtbot.waitUntil(lambda: getattr(view, "preview", None) is not None)
    assert view.preview.pdf.startswith(b"%PDF") and view.preview.windowTitle() == "档案完整性检查"
    view.preview.close()
    view.export_to(tmp_path / "c.xlsx").wait()
    qtbot.waitUntil(lambda: (tmp_path / "c.xlsx").exists())
    ws = load_workbook(tmp_path / "c.xlsx").worksheets[0]
    assert ws.title == "业户档案完整性检查表" and ws.max_row == 4


def test_export_menu_job_writes_the_register(main_window, units, qtbot, tmp_path):
    titles = [a.text() for a in main_window.file_menu.actions()]
    assert "导出业户档案（房屋）到 Excel(&U)…" in titles and "导出业户档案（人员）到 Excel(&P)…" in titles
    job = start_export(main_window, main_window.session, "people", tmp_path / "people.xlsx")
    job.wait()
    qtbot.waitUntil(lambda: job.result is not None)
    assert job.result == 2  # the shop has nobody
    ws = load_workbook(tmp_path / "people.xlsx").worksheets[0]
    assert ws["C3"].value == "李四" and ws["D3"].value == "139****1234"  # stairwell 1 before 2


def test_the_check_runs_by_its_keys_as_soon_as_its_tab_is_chosen(desk_session, units, qtbot):
    """档案完整性检查 says 按"开始检查"（Ctrl+R）, but right after its tab was clicked Ctrl+R did
    nothing — the focus was on the tab bar, outside the view its keys were bound to — and the
    button's (R) was not underlined, so Alt+R did nothing either."""
    from PySide6.QtWidgets import QToolButton
    from modal_answers import click_tab, desk_window

    window = desk_window(qtbot, desk_session.ctx, "CLERK")
    holder = window.findChild(type(window.tabs.widget(0)), "holder_completeness")
    click_tab(qtbot, window.tabs, holder)
    view = window.show_view("completeness")
    qtbot.waitUntil(view.isVisible)
    assert not view.isAncestorOf(window.focusWidget())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.report is not None)
    assert "检查房屋 3 户" in view.summary.text()
    run = next(b for b in view.findChildren(QToolButton) if b.defaultAction() is view.act_run)
    assert run.text() == "开始检查(&R)"  # drawn with the R underlined, Alt+R pressing it


def test_a_persons_finding_opens_the_unit_with_that_person_chosen_for_editing(main_window, units, qtbot):
    """档案完整性检查 → the tenant 赵六 has no ID number: the unit opens with 赵六 chosen (not the owner on
    the top row), and 编辑人员 completes it."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolButton

    from deskapp.domain.idcard import check_digit

    his = "110105198001010019"[:17] + check_digit("110105198001010019"[:17])
    ctx, actor = main_window.session.ctx, main_window.session.actor
    registry_people.add_person(ctx, actor, units["a"], PersonInput("赵六", "13700137000"), Relation.TENANT,
                               lease_start=date(2026, 1, 1), lease_end=date(2027, 12, 31))
    view = main_window.show_view("completeness")
    job = view.run_check()
    job.wait()
    qtbot.waitUntil(lambda: view.report is not None)
    view.text.setText("赵六")
    view.item.setCurrentIndex(view.item.findData("证件号码"))
    assert view.proxy.rowCount() == 1
    view.table.doubleClicked.emit(view.proxy.index(0, 0))
    page = main_window.tabs.currentWidget()
    assert page.objectName() == f"unitPage_{units['a']}"
    assert page.people.item(0, 1).text() == "张三"  # the owner on top; the tenant is the one chosen
    assert page.selected_person() is not None and page.selected_person().name == "赵六"
    seen = []

    def complete():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        dialog.id_number.setText(his)
        ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, complete)
    button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is page.act_edit_person)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen == ["编辑租户 赵六"]
    assert page.people.item(1, 3).text() == f"居民身份证 110***********{his[-4:]}"


def test_search_says_what_a_person_found_is_to_the_unit(main_window, units, qtbot):
    """Typing a tenant's name listed “3-2-1502  王五  [自住]”, as if 王五 owned it."""
    ctx, actor = main_window.session.ctx, main_window.session.actor
    registry_people.add_person(ctx, actor, units["a"], PersonInput("王五", "13700137000"), Relation.TENANT,
                               lease_start=date(2026, 1, 1), lease_end=date(2027, 12, 31))
    qtbot.keyClick(main_window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(main_window.search, "ww")
    popup = main_window.search.completer().completionModel()
    assert popup.data(popup.index(0, 0)) == "3-2-1502  王五（租户）  [自住]"
    main_window.search.clear()
    qtbot.keyClicks(main_window.search, "zs")  # an owner is named as before
    assert popup.data(popup.index(0, 0)) == "3-2-1502  张三  [自住]"
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)
    assert main_window.tabs.currentWidget().objectName() == f"unitPage_{units['a']}"


def test_a_narrowed_completeness_print_says_it_is_part_of_the_check(main_window, units, qtbot, tmp_path):
    """Printing only the 证件号码 problems gave a sheet saying “发现问题 1 项” of a check that found 2, and
    no date of the check: the paper now gives the check's date and figures, then what it lists."""
    from io import BytesIO

    from pypdf import PdfReader

    view = main_window.show_view("completeness")
    view.act_run.trigger()  # 开始检查 (Ctrl+R)
    view.job.wait()
    qtbot.waitUntil(lambda: view.report is not None)
    day = f"{view.report.checked_on:%Y-%m-%d}"
    view.item.setCurrentIndex(view.item.findData("证件号码"))
    assert view.proxy.rowCount() == 1
    view.act_print.trigger()
    view.job.wait()
    qtbot.waitUntil(lambda: getattr(view, "preview", None) is not None)
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(view.preview.pdf)).pages).replace("\n", "")
    assert f"检查日期 {day}：检查房屋 3 户，发现问题 2 项，涉及 2 户。本表只列筛选出的 1 项（项目：证件号码）。" in text
    view.preview.close()
    view.export_to(tmp_path / "c.xlsx").wait()
    qtbot.waitUntil(lambda: (tmp_path / "c.xlsx").exists())
    title = load_workbook(tmp_path / "c.xlsx").worksheets[0]["A1"].value
    assert f"检查日期 {day}" in title and "问题 2 项，本表只列筛选出的 1 项（项目：证件号码）" in title
