"""空置房 / 出租单元 pressed as the desk does: the steward records a vacant unit's check with a finding to
repair (a repair order exists, the unit page lists the check), a finding without its note is refused at
its field with nothing written; the clerk registers a tenant (a lease ending before it starts is refused),
sees the ending lease, presses 通知业主 (the notice is drafted), and sees a tenant past the lease in red."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from modal_answers import (
    scroll_to_section,
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_save_file, type_text,
)

from deskapp.contracts.reception import RepairFilter
from deskapp.domain.occupancy import CheckItem, FindingAction, TenantInput
from deskapp.gui.occupancy.dialogs import VacantCheckDialog, TenantDialog
from deskapp.services.occupancy import rentals
from deskapp.services.reception import notices
from deskapp.services.reception.repairs import repair_register
from deskapp.services.registry import units as registry_units
from modal_answers import cell

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def homes(community, admin):
    """3-1-101 vacant, 3-1-102 lived in by its owner."""
    return [registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": room,
                                                          "building_area": "90", "state": state},
                                       delivered_on=date(2020, 1, 1))
            for room, state in (("101", "空置"), ("102", "自住"))]


def _texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _finding(qtbot, note: str, action: FindingAction, seen: dict | None = None):
    def fill(dialog: VacantCheckDialog) -> None:
        ok, box, combo = dialog.items[CheckItem.LEAKS]
        click(qtbot, ok)
        if note:
            type_text(qtbot, box, note)
        combo.setCurrentIndex(combo.findData(action))
        click(qtbot, dialog.buttons.button(SAVE))
        if seen is not None:
            seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is box
            dialog.reject()
    return fill


def test_a_check_with_a_finding_to_repair_makes_a_repair_order(homes, community, qtbot, admin):
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "occupancy")
    unchecked, checked = view.vacant.tr("not checked"), view.vacant.tr("checked")  # in the language shown
    assert _texts(view.vacant.table) == [["3-1-101", "", unchecked]]
    click_row(qtbot, view.vacant.table, 0)
    answers = ModalAnswers(qtbot)
    answers.dialog(VacantCheckDialog, _finding(qtbot, "厨房水管滴水", FindingAction.REPAIR), accept=False)
    click(qtbot, button_named(view, "vacantCheck"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _texts(view.vacant.table) == [["3-1-101", "2026-11-27", checked]])
    order, = repair_register(community, admin, RepairFilter()).rows
    assert order.unit_code == "3-1-101" and "厨房水管滴水" in order.fault
    page = window.open_unit(homes[0])
    checks = scroll_to_section(qtbot, page, "occupancy").checks
    assert _texts(checks)[0][:2] == ["2026-11-27", "steward"] and order.number in _texts(checks)[0][2]


def test_a_finding_without_its_note_is_refused_and_nothing_written(homes, community, qtbot, admin):
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "occupancy")
    click_row(qtbot, view.vacant.table, 0)
    answers = ModalAnswers(qtbot)
    seen: dict = {}
    answers.dialog(VacantCheckDialog, _finding(qtbot, "", FindingAction.REPAIR, seen), accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(view, "vacantCheck"))
    answers.wait_all()
    assert seen == {"open": True, "focus": True}
    assert CheckItem.LEAKS.value in refusal.text
    assert _texts(view.vacant.table) == [["3-1-101", "", view.vacant.tr("not checked")]]
    assert repair_register(community, admin, RepairFilter()).rows == []


def _tenant(qtbot, unit: str, start: str, end: str, seen: dict | None = None):
    def fill(dialog: TenantDialog) -> None:
        type_text(qtbot, dialog.unit, unit)
        type_text(qtbot, dialog.name, "赵六")
        type_text(qtbot, dialog.phone, "13800001111")
        type_text(qtbot, dialog.start, start)
        type_text(qtbot, dialog.end, end)
        click(qtbot, dialog.buttons.button(SAVE))
        if seen is not None:
            seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is dialog.end
            dialog.reject()
    return fill


def test_a_lease_ending_before_it_starts_is_refused(homes, community, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "occupancy")
    click_tab(qtbot, view.tabs, view.rentals)
    answers = ModalAnswers(qtbot)
    seen: dict = {}
    answers.dialog(TenantDialog, _tenant(qtbot, "3-1-101", "2026-12-01", "2026-11-30", seen), accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(view, "rentalsRegister"))
    answers.wait_all()
    assert seen == {"open": True, "focus": True} and "租期结束" in refusal.text
    assert rentals.tenants(community, window.session.actor) == []


def test_register_a_tenant_see_the_ending_lease_and_notify_the_owner(homes, community, qtbot, monkeypatch, tmp_path):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "occupancy")
    click_tab(qtbot, view.tabs, view.rentals)
    answers = ModalAnswers(qtbot)
    answers.dialog(TenantDialog, _tenant(qtbot, "3-1-101", "2025-12-20", "2026-12-19"), accept=False)
    click(qtbot, button_named(view, "rentalsRegister"))
    answers.wait_all()
    table = view.rentals.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert _texts(table)[0] == ["3-1-101", "赵六", "138****1111", "2025-12-20", "2026-12-19", ""]
    click_row(qtbot, table, 0)
    answers = ModalAnswers(qtbot)
    asked, told = answers.message_box(), answers.message_box()
    click(qtbot, button_named(view, "rentalsNotify"))
    answers.wait_all()
    assert "3-1-101" in asked.text and "赵六" in asked.text and "2026-12-19" in asked.text
    assert "Notices" in told.text or "通知" in told.text
    qtbot.waitUntil(lambda: _texts(table)[0][5] == "2026-11-27")
    drafted = [n for n in notices.notices(community, window.session.actor) if n.target_codes == "3-1-101"]
    assert [n.title for n in drafted] == ["3-1-101 租约到期提醒"]
    # pressed again: the question says the owner was told already; No drafts nothing more
    click_row(qtbot, table, 0)
    answers = ModalAnswers(qtbot)
    again = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(view, "rentalsNotify"))
    answers.wait_all()
    assert "2026-11-27" in again.text
    assert len([n for n in notices.notices(community, window.session.actor) if n.target_codes == "3-1-101"]) == 1
    out = tmp_path / "出租.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box()
    click(qtbot, button_named(view, "rentalsExport"))
    answers.wait_all()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert any(r[1] == "3-1-101" and r[2] == "赵六" for r in rows)
    today = window.show_view("reception").today
    kinds = [cell(today.items, r, 1) for r in range(today.items.model().rowCount())]
    assert "租约到期" in kinds


def test_a_tenant_past_the_lease_end_is_red_on_the_unit_page(homes, community, qtbot, clerk):
    window = desk_window(qtbot, community, "CLERK")
    calm = scroll_to_section(qtbot, window.open_unit(homes[0]), "occupancy")
    assert calm.over.isHidden()  # nothing past its end: no blank line above 租户
    rentals.register_tenant(community, clerk, homes[1], TenantInput("钱七", "13900002222", date(2025, 11, 1),
                                                                    date(2026, 10, 31)))
    page = window.open_unit(homes[1])
    section = scroll_to_section(qtbot, page, "occupancy")
    assert section.over.isVisible() and "钱七" in section.over.text() and "2026-10-31" in section.over.text()
    assert section.tenants.item(0, 0).foreground().color().name() == "#c00000"


def test_an_unchecked_vacant_unit_is_on_the_stewards_morning_list(homes, community, qtbot):
    window = desk_window(qtbot, community, "STEWARD")
    today = window.show_view("reception").today
    rows = [(cell(today.items, r, 1), cell(today.items, r, 3)) for r in range(today.items.model().rowCount())]
    assert ("空置房检查", "3-1-101") in rows


def test_buttons_with_nothing_chosen_say_what_to_choose(homes, community, qtbot):
    """记录巡查… and 通知业主 with no row chosen said nothing at all; now each names what to choose."""
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "occupancy")
    view.vacant.table.setCurrentCell(-1, -1)
    for tab, name, text in ((view.vacant, "vacantCheck", view.vacant.tr("Choose the vacant unit in the list first.")),
                            (view.rentals, "rentalsNotify", view.rentals.tr("Choose a tenant in the list first."))):
        click_tab(qtbot, view.tabs, tab)
        answers = ModalAnswers(qtbot)
        said = answers.message_box()
        click(qtbot, button_named(view, name))
        answers.wait_all()
        assert said.text == text


def test_a_finding_typed_with_ok_still_ticked_is_a_finding(homes, community, qtbot, admin):
    """The steward typed what was found and chose 报修 but left 正常 ticked: the note was kept as a remark
    and no repair order was made, without a word. Typing the finding unticks 正常 now."""
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "occupancy")
    click_row(qtbot, view.vacant.table, 0)
    seen = {}

    def fill(dialog: VacantCheckDialog) -> None:
        ok, box, combo = dialog.items[CheckItem.LEAKS]
        type_text(qtbot, box, "厨房水管滴水")
        seen["ok"] = ok.isChecked()
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # 仅记录 → 报修, as the keyboard chooses
        seen["action"] = combo.currentData()
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(VacantCheckDialog, fill, accept=False)
    click(qtbot, button_named(view, "vacantCheck"))
    answers.wait_all()
    assert seen == {"ok": False, "action": FindingAction.REPAIR}
    order, = repair_register(community, admin, RepairFilter()).rows
    assert "厨房水管滴水" in order.fault


def test_renew_then_move_out_from_the_rentals_tab(homes, community, qtbot, clerk):
    """续租… and 退租… on the chosen tenant: the renewal form proposes a year on and refuses an end not
    after the old one at its field; the move-out form asks the day and what the unit becomes, and the
    tenant leaves the list with the unit 空置 on its page."""
    from deskapp.gui.occupancy.dialogs import MoveOutDialog, RenewDialog

    rentals.register_tenant(community, clerk, homes[0], TenantInput("赵六", "13800001111", date(2025, 11, 1),
                                                                    date(2026, 10, 31)))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "occupancy")
    click_tab(qtbot, view.tabs, view.rentals)
    table = view.rentals.table
    click_row(qtbot, table, 0)
    seen: dict = {}

    def renew(dialog: RenewDialog) -> None:
        seen["proposed"] = dialog.end.text()
        dialog.end.setFocus()
        qtbot.keyClick(dialog.end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, dialog.end, "2026-10-01")
        click(qtbot, dialog.buttons.button(SAVE))
        seen["kept"] = dialog.isVisible()
        qtbot.keyClick(dialog.end, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_text(qtbot, dialog.end, "2027-04-30")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(RenewDialog, renew, accept=False)
    refusal = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view, "rentalsRenew"))
    answers.wait_all()
    assert seen == {"proposed": "2027-10-31", "kept": True} and "新租期结束" in refusal.text
    qtbot.waitUntil(lambda: table.rowCount() == 0)  # no longer ending within 30 days
    click(qtbot, view.rentals.ending)  # every tenant
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert _texts(table)[0][4] == "2027-04-30"

    click_row(qtbot, table, 0)

    def move_out(dialog: MoveOutDialog) -> None:
        seen["day"] = dialog.on.text()
        dialog.becomes.setCurrentIndex(dialog.becomes.findText("空置"))
        type_text(qtbot, dialog.note, "钥匙已交回")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(MoveOutDialog, move_out, accept=False)
    click(qtbot, button_named(view, "rentalsMoveOut"))
    answers.wait_all()
    assert seen["day"] == "2026-11-27"
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    assert registry_units.unit_page(community, clerk, homes[0]).state.value == "空置"


def test_the_move_out_form_proposes_the_lease_end_and_says_when_the_unit_stays_rented(homes, community, qtbot, clerk):
    """A lease already over: the tenant most likely left on its last day, which the form proposes; with
    another tenant still living there, 房屋改为 is greyed and the form says the unit stays 出租."""
    from deskapp.gui.occupancy.dialogs import MoveOutDialog

    for name, phone in (("赵六", "13800001111"), ("孙八", "13700003333")):
        rentals.register_tenant(community, clerk, homes[0], TenantInput(name, phone, date(2025, 11, 1),
                                                                        date(2026, 10, 31)))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "occupancy")
    click_tab(qtbot, view.tabs, view.rentals)
    click_row(qtbot, view.rentals.table, 0)
    first = _texts(view.rentals.table)[0][1]
    seen: dict = {}

    def look(dialog: MoveOutDialog) -> None:
        seen["day"], seen["becomes"] = dialog.on.text(), dialog.becomes.isEnabled()
        seen["note"] = dialog.findChild(QWidget, "moveOutOthers").text()
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(MoveOutDialog, look, accept=False)
    click(qtbot, button_named(view, "rentalsMoveOut"))
    answers.wait_all()
    other = "孙八" if first == "赵六" else "赵六"
    assert seen["day"] == "2026-10-31" and seen["becomes"] is False and other in seen["note"]
    qtbot.waitUntil(lambda: view.rentals.table.rowCount() == 1)
    assert registry_units.unit_page(community, clerk, homes[0]).state.value == "出租"
