"""The monthly count as a clerk does it: blank lines, 按账面填入, Enter to the next line, and
filing that names every undocumented difference at once."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from deskapp.domain.keys import CountItem, HoldReason, KeyKind
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys, inventory as keys_inventory


@pytest.fixture
def two_keys(desk_session):
    ctx, admin = desk_session.ctx, desk_session.actor
    out = []
    for room in ("1501", "1502"):
        uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": room,
                                                "building_area": "98.50", "state": "空置"})
        out.append(keys.register_key(ctx, admin, uid, KeyKind.ENTRANCE, 2, f"A柜-{room[-1]}",
                                     HoldReason.VACANT, "业主书面委托"))
    keys_inventory.receive_stock(ctx, admin, CountItem.BLANK_ACCESS, 3)
    return out


@pytest.fixture
def messages(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2]) or 0))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2]) or 0))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return shown


def test_lines_start_blank_and_enter_moves_to_the_next_count(main_window, two_keys, qtbot):
    view = main_window.show_view("keys")
    tab = view.inventory
    view.setCurrentWidget(tab)
    qtbot.waitUntil(tab.start_btn.isVisible)  # a view added to a shown tab appears on the next event loop
    qtbot.mouseClick(tab.start_btn, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() > 3
    assert all(spin.text() == "" for spin in tab.spins)
    assert "短缺" not in " ".join(tab.table.item(r, 5).text() for r in range(tab.table.rowCount()))
    assert "未清点" in tab.table.item(0, 5).text()
    qtbot.keyClicks(tab.spins[0], "2")
    qtbot.keyClick(tab.spins[0], Qt.Key.Key_Return)
    assert main_window.focusWidget() is tab.spins[1] and tab.table.currentRow() == 1
    qtbot.keyClicks(tab.spins[1], "1")
    assert tab.table.item(1, 5).text() == "短缺 1"
    assert tab.table.item(0, 5).text() == ""


def test_fill_from_records_then_filing_names_every_undocumented_difference(main_window, desk_session, two_keys,
                                                                          qtbot, messages):
    view = main_window.show_view("keys")
    tab = view.inventory
    view.setCurrentWidget(tab)
    qtbot.waitUntil(tab.start_btn.isVisible)  # a view added to a shown tab appears on the next event loop
    qtbot.mouseClick(tab.start_btn, Qt.MouseButton.LeftButton)
    rows = {e.ref: r for r, e in enumerate(tab.sheet.items)}
    k1, k2 = (k.tag for k in two_keys)
    qtbot.mouseClick(tab.file_btn, Qt.MouseButton.LeftButton)  # nothing counted: every line is named
    assert "尚未清点" in messages[-1] and all(e.label in messages[-1] for e in tab.sheet.items)
    qtbot.keyClicks(tab.spins[rows[k1]], "1")
    qtbot.mouseClick(tab.fill_btn, Qt.MouseButton.LeftButton)
    assert tab.spins[rows[k1]].text() == "1"  # what was typed stays
    assert tab.spins[rows[k2]].text() == "2"
    assert tab.spins[rows[CountItem.BLANK_ACCESS.name]].text() == "3"
    tab.spins[rows[k2]].clear()
    qtbot.keyClicks(tab.spins[rows[k2]], "0")
    qtbot.mouseClick(tab.file_btn, Qt.MouseButton.LeftButton)
    assert "2 项差异还没有说明" in messages[-1]
    assert f"{k1} A柜-1" in messages[-1] and f"{k2} A柜-2" in messages[-1]
    assert keys_inventory.counts(desk_session.ctx, desk_session.actor) == []
    tab.table.item(rows[k1], 6).setText("一把在工程部")
    tab.table.item(rows[k2], 6).setText("业主取走")
    qtbot.mouseClick(tab.file_btn, Qt.MouseButton.LeftButton)
    assert messages[-1] == "盘点已归档，差异 2 项。"
    filed = keys_inventory.counts(desk_session.ctx, desk_session.actor)
    assert {d.ref: d.note for d in filed[0].differences} == {k1: "一把在工程部", k2: "业主取走"}
    assert "2026-11-27" in tab.status.text()


def _started(main_window, qtbot):
    view = main_window.show_view("keys")
    tab = view.inventory
    view.setCurrentWidget(tab)
    qtbot.waitUntil(tab.start_btn.isVisible)
    qtbot.mouseClick(tab.start_btn, Qt.MouseButton.LeftButton)
    return tab


def test_each_count_button_has_its_own_letter(main_window, two_keys, qtbot, messages):
    """按账面填入(&F), 盘点归档(&F) and the menu 文件(&F) shared Alt+F: it opened the File menu and
    Enter there exported the unit register instead of filing the count."""
    tab = _started(main_window, qtbot)
    qtbot.mouseClick(tab.fill_btn, Qt.MouseButton.LeftButton)
    keys = [QKeySequence.mnemonic(b.text()).toString()
            for b in (tab.start_btn, tab.fill_btn, tab.file_btn, tab.print_btn, tab.export_btn)]
    keys += [QKeySequence.mnemonic(a.text()).toString() for a in main_window.menuBar().actions()]
    assert len(keys) == len(set(keys)), keys
    main_window.activateWindow()  # a button's Alt+letter goes to the active window only
    qtbot.waitUntil(main_window.isActiveWindow)
    file_key = QKeySequence.mnemonic(tab.file_btn.text())[0]
    qtbot.keyClick(tab.spins[0], Qt.Key(file_key.key()), file_key.keyboardModifiers())
    qtbot.waitUntil(lambda: bool(messages))  # a button's Alt+letter clicks it a moment later
    assert messages[-1] == "盘点已归档，差异 0 项。"


def test_a_wide_difference_is_shown_whole(main_window, two_keys, qtbot):
    """The 差异 column was fitted to 未清点 when the count started: 多出 13 showed as 多…"""
    tab = _started(main_window, qtbot)
    qtbot.keyClicks(tab.spins[0], "15")
    text = tab.table.item(0, 5).text()
    assert text == "多出 13"
    assert tab.table.columnWidth(5) >= tab.table.sizeHintForColumn(5)  # what the text needs, with its margins


def test_a_filed_count_takes_no_more_typing(main_window, two_keys, qtbot, messages):
    """After 盘点归档 the lines stayed editable, and a number typed into one crashed the desk (the
    count it compared with was gone)."""
    tab = _started(main_window, qtbot)
    qtbot.mouseClick(tab.fill_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.file_btn, Qt.MouseButton.LeftButton)
    assert messages[-1] == "盘点已归档，差异 0 项。"
    before = tab.spins[0].text()
    qtbot.keyClicks(tab.spins[0], "7")
    assert tab.spins[0].text() == before
    assert all(s.isReadOnly() for s in tab.spins)
    assert not tab.table.item(0, 6).flags() & Qt.ItemFlag.ItemIsEditable


def test_a_count_that_is_not_a_whole_number_is_refused_naming_the_field(main_window, desk_session, two_keys,
                                                                        qtbot, messages):
    """Typing 1.5 on a count line became 15 (the dot was swallowed as typed) and was filed as 多出 13;
    1,5 crashed the line. The line keeps what was typed, says it is not a whole number, and filing
    names 实点数 and the line, and files nothing."""
    tab = _started(main_window, qtbot)
    qtbot.mouseClick(tab.fill_btn, Qt.MouseButton.LeftButton)
    tab.spins[0].clear()
    qtbot.keyClicks(tab.spins[0], "1.5")
    assert tab.spins[0].text() == "1.5"
    assert tab.table.item(0, 5).text() == "不是整数"
    tab.spins[1].clear()
    qtbot.keyClicks(tab.spins[1], "1,5")
    assert tab.table.item(1, 5).text() == "不是整数"
    qtbot.mouseClick(tab.file_btn, Qt.MouseButton.LeftButton)
    assert "实点数：“1.5”不是整数" in messages[-1] and "实点数：“1,5”不是整数" in messages[-1]
    assert tab.sheet.items[0].label in messages[-1]
    assert keys_inventory.counts(desk_session.ctx, desk_session.actor) == []
    assert main_window.focusWidget() is tab.spins[0]
    qtbot.keyClicks(tab.spins[0], "x")  # letters are refused as typed
    assert tab.spins[0].text() == "1.5"
    for spin in tab.spins[:2]:
        spin.clear()
    qtbot.mouseClick(tab.fill_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.file_btn, Qt.MouseButton.LeftButton)
    assert messages[-1] == "盘点已归档，差异 0 项。"
