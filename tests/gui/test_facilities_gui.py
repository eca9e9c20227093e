"""公共设施 pressed as the desk does: book through the form and see the row; an overlapping booking
refused at its field with the form kept open; 停用维护 marks the booking 因停用取消 and lists its
holder; a check with a finding gives a repair order; the 预约确认单 printed (PDF text read back);
the supervisor adds a facility in the editor and approves a pending booking seen on the morning list."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit
from facilities_support import at, booking, make_world
from modal_answers import (
    ModalAnswers, button_named, click, click_header, click_row, click_tab, desk_window, open_view, sort_arrow, type_text,
)
from support import make_actor

from deskapp.contracts.facilities import BookingFilter
from deskapp.domain.facilities import BookingState
from deskapp.domain.permissions import Role
from deskapp.gui.facilities.booking_dialog import BookingDialog
from deskapp.gui.forms import FormDialog
from deskapp.gui.facilities.checks_tab import CheckDialog
from deskapp.gui.facilities.facility_dialogs import ClosureDialog
from deskapp.services.facilities import bookings
from modal_answers import cell


@pytest.fixture
def world(community):
    return make_world(community)


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, text)


def _fill_booking(qtbot, facility: str, start: str, end: str, seen: dict | None = None):
    def fill(dialog: BookingDialog) -> None:
        type_text(qtbot, dialog.unit, "3-1-1502")
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Tab)  # leaving the field loads the unit's people
        assert dialog.person.currentText().startswith("张伟")
        dialog.facility.setCurrentIndex(dialog.facility.findText(facility, Qt.MatchFlag.MatchStartsWith))
        _retype(qtbot, dialog.starts, start)
        _retype(qtbot, dialog.ends, end)
        type_text(qtbot, dialog.purpose, "打球")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        if seen is not None:
            seen["open"] = dialog.isVisible()
            seen["focus"] = dialog.focusWidget() is dialog.starts
            dialog.reject()
    return fill


STATE = 8  # the register's 状态 column (收费 follows it)


def _cells(view, row: int) -> list[str]:
    m = view.model()
    return [m.index(row, c).data() for c in range(m.columnCount())]


def test_book_see_the_row_and_an_overlap_is_refused_at_its_field(world, community, qtbot, desk_app):
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "facilities").bookings
    answers = ModalAnswers(qtbot)
    answers.dialog(BookingDialog, _fill_booking(qtbot, "网球场", "2026-11-28 09:00", "2026-11-28 10:30"), accept=False)
    click(qtbot, button_named(tab, "bookFacility"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert _cells(tab.table, 0)[1:5] == ["2026-11-28 09:00–10:30", "网球场", "3-1-1502", "张伟"]
    assert _cells(tab.table, 0)[6:] == ["50.00", "0.00", "已批准", "未收"]

    seen: dict = {}
    answers.dialog(BookingDialog, _fill_booking(qtbot, "网球场", "2026-11-28 10:00", "2026-11-28 11:00", seen),
                   accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(tab, "bookFacility"))
    answers.wait_all()
    assert seen == {"open": True, "focus": True}
    assert "开始时间" in refusal.text and "时间重叠" in refusal.text
    assert tab.model.rowCount() == 1


def test_closing_for_maintenance_marks_the_booking_and_lists_its_holder(world, community, qtbot):
    made = bookings.book(community, make_actor(Role.CLERK), booking(world, "网球场", at(28, 9), at(28, 10)))
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "facilities")
    click_tab(qtbot, view, view.facilities)
    answers = ModalAnswers(qtbot)

    def fill(dialog: ClosureDialog) -> None:
        dialog.facility.setCurrentIndex(dialog.facility.findText("网球场"))
        _retype(qtbot, dialog.starts, "2026-11-28 07:00")
        _retype(qtbot, dialog.ends, "2026-11-28 21:00")
        type_text(qtbot, dialog.reason, "更换围网")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(ClosureDialog, fill, accept=False)
    told = answers.message_box()
    click(qtbot, button_named(view.facilities, "closeFacility"))
    answers.wait_all()
    assert made.number in told.text and "张伟" in told.text and "3-1-1502" in told.text
    assert view.facilities.closures.item(0, 3).text() == "更换围网"
    click_tab(qtbot, view, view.bookings)
    qtbot.waitUntil(lambda: _cells(view.bookings.table, 0)[STATE] == BookingState.CLOSED_OFF.value)


def test_a_check_with_a_finding_becomes_a_repair_order(world, community, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "facilities")
    click_tab(qtbot, view, view.checks)
    answers = ModalAnswers(qtbot)

    def fill(dialog: CheckDialog) -> None:
        dialog.facility.setCurrentIndex(dialog.facility.findText("健身房"))
        _item, ok, note = dialog.lines[1]  # 照明
        type_text(qtbot, note, "东侧两盏灯不亮")  # typing what was found unticks OK (left ticked, no repair order)
        assert not ok.isChecked()
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(CheckDialog, fill, accept=False)
    click(qtbot, button_named(view.checks, "openingCheck"))
    answers.wait_all()
    qtbot.waitUntil(lambda: view.checks.table.rowCount() == 1)
    finding = view.checks.table.item(0, 4).text()
    assert finding.startswith("照明：东侧两盏灯不亮（WX")
    number = finding.split("（")[1].rstrip("）")
    assert number in view.checks.repairs.text()


def test_print_the_confirmation(world, community, qtbot):
    made = bookings.book(community, make_actor(Role.CLERK),
                         booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30, "生日会"))
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "facilities").bookings
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    shown = answers.pdf_preview()
    click(qtbot, button_named(tab, "printBooking"))
    answers.wait_all()
    text = shown.pdf_text
    for part in ("公共设施预约确认单", made.number, "会所多功能厅", "2026-11-28 14:00", "张伟", "¥500.00", "禁止吸烟"):
        assert part in text, part


def test_the_supervisor_adds_a_facility_in_the_editor(world, community, qtbot):
    from deskapp.gui.facilities.facility_dialogs import FacilityDialog

    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "facilities")
    click_tab(qtbot, view, view.facilities)
    answers = ModalAnswers(qtbot)

    def fill(dialog: FacilityDialog) -> None:
        type_text(qtbot, dialog.name, "羽毛球馆")
        dialog.kind.setCurrentIndex(dialog.kind.findText("球场"))
        _retype(qtbot, dialog.fee, "30")
        type_text(qtbot, dialog.rules, "穿平底运动鞋")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(FacilityDialog, fill, accept=False)
    click(qtbot, button_named(view.facilities, "newFacility"))
    answers.wait_all()
    qtbot.waitUntil(lambda: view.facilities.table.rowCount() == 6)
    names = [view.facilities.table.item(r, 0).text() for r in range(view.facilities.table.rowCount())]
    assert "羽毛球馆" in names
    row = names.index("羽毛球馆")
    assert view.facilities.table.item(row, 4).text() == "30.00"
    assert view.facilities.table.item(row, 2).text() == "08:00–21:00"


def test_a_clerk_has_no_editor_or_closure_buttons(world, community, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "facilities")
    click_tab(qtbot, view, view.facilities)
    assert not button_named(view.facilities, "newFacility").isVisible()
    assert not button_named(view.facilities, "closeFacility").isVisible()
    assert view.facilities.table.rowCount() == 5


def test_the_supervisor_approves_a_pending_booking_from_the_morning_list_to_the_register(world, community, qtbot):
    bookings.book(community, make_actor(Role.CLERK), booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30))
    window = desk_window(qtbot, community, "SUPERVISOR")
    today = window.show_view("reception").today
    assert "设施预约待审批" in [cell(today.items, r, 1) for r in range(today.items.model().rowCount())]
    tab = open_view(qtbot, window, "facilities").bookings
    assert _cells(tab.table, 0)[STATE] == "待审批"
    click_row(qtbot, tab.table, 0)
    click(qtbot, button_named(tab, "approveBooking"))
    qtbot.waitUntil(lambda: _cells(tab.table, 0)[STATE] == "已批准")


def test_the_form_proposes_an_hour_the_facility_is_open(world, community, qtbot):
    """At 06:17 the form proposed 07:00 and then refused it for the 会所 (09:00–21:00): it now proposes
    the facility's first bookable hour, again when another facility is chosen, and saves as proposed."""
    community.clock.set(datetime(2026, 11, 27, 6, 17))
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "facilities").bookings
    seen = {}

    def fill(dialog: BookingDialog) -> None:
        type_text(qtbot, dialog.unit, "3-1-1502")
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Tab)
        for name in ("会所多功能厅", "健身房", "会所多功能厅"):
            dialog.facility.setCurrentIndex(dialog.facility.findText(name, Qt.MatchFlag.MatchStartsWith))
            seen[name] = (dialog.starts.text(), dialog.ends.text())
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    answers.dialog(BookingDialog, fill, accept=False)
    click(qtbot, button_named(tab, "bookFacility"))
    answers.wait_all()
    # the booking is saved and listed before what the form proposed is compared
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert seen == {"会所多功能厅": ("2026-11-27 09:00", "2026-11-27 10:00"),
                    "健身房": ("2026-11-27 07:00", "2026-11-27 08:00")}
    assert _cells(tab.table, 0)[1:3] == ["2026-11-27 09:00–10:00", "会所多功能厅"]


def test_a_copy_printed_on_a_later_day_says_so(world, community, qtbot, clock):
    """The 预约确认单 carries the day the booking was made; printed again days later it said nothing of
    it — now it says 补打 with the print date."""
    made = bookings.book(community, make_actor(Role.CLERK),
                         booking(world, "会所多功能厅", at(30, 14), at(30, 17), 30, "生日会"))
    clock.advance(days=2)  # 2026-11-29
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "facilities").bookings
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    shown = answers.pdf_preview()
    click(qtbot, button_named(tab, "printBooking"))
    answers.wait_all()
    text = shown.pdf_text
    assert made.number in text and "办理日期：2026-11-27" in text and "补打（打印日期 2026-11-29）" in text
    assert "会所多功能厅（会所）" not in text  # the kind is not repeated when the name says it


def test_decisions_are_offered_only_where_they_apply(world, community, qtbot):
    """取消预约… on a booking already cancelled asked for the reason and then refused it (已是“已取消”);
    with nothing chosen the buttons did nothing at all. They are greyed now, the tooltip naming the state."""
    clerk = make_actor(Role.CLERK)
    made = bookings.book(community, clerk, booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30))
    window = desk_window(qtbot, community, "SUPERVISOR")
    tab = open_view(qtbot, window, "facilities").bookings
    approve, reject, cancel, print_button = (button_named(tab, n) for n in
                                             ("approveBooking", "rejectBooking", "cancelBooking", "printBooking"))
    tab.table.setCurrentIndex(tab.table.model().index(-1, -1))
    assert not any(b.isEnabled() for b in (approve, reject, cancel, print_button))
    click_row(qtbot, tab.table, 0)
    assert all(b.isEnabled() for b in (approve, reject, cancel, print_button))
    seen = {}

    def why(dialog: FormDialog) -> None:
        line = dialog.findChild(QLineEdit, "askedLine")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))  # no reason: refused, kept open
        seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is line
        type_text(qtbot, line, "业主改期")

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, why)
    answers.message_box(contains="取消原因")
    click(qtbot, cancel)
    answers.wait_all()
    assert seen == {"open": True, "focus": True}
    qtbot.waitUntil(lambda: _cells(tab.table, 0)[STATE] == "已取消")
    click_row(qtbot, tab.table, 0)
    assert not any(b.isEnabled() for b in (approve, reject, cancel)) and print_button.isEnabled()
    assert "已取消" in cancel.toolTip()
    assert bookings.booking_register(community, clerk, BookingFilter()).rows[0].number == made.number


def test_enter_in_the_unit_field_moves_on_and_books_nothing(world, community, qtbot):
    """The clerk typed the unit's code and pressed Enter: the form saved at once — the first person, the
    first facility at its first free hour, one head — a room booked that nobody had chosen. Enter there
    now loads the unit's people and moves on to 预约人; Enter on a later field still saves."""
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "facilities").bookings
    seen = {}

    def fill(dialog: BookingDialog) -> None:
        type_text(qtbot, dialog.unit, "3-1-1502")
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Return)
        seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is dialog.person
        seen["person"] = dialog.person.currentText()
        dialog.reject()

    answers = ModalAnswers(qtbot)
    answers.dialog(BookingDialog, fill, accept=False)
    click(qtbot, button_named(tab, "bookFacility"))
    answers.wait_all()
    assert seen["open"] and seen["focus"] and seen["person"].startswith("张伟")
    assert bookings.booking_register(community, make_actor(Role.CLERK), BookingFilter()).rows == []


def test_the_sort_arrow_says_newest_first_and_a_click_turns_both(world, community, qtbot):
    """The register opens newest first under ▼ on 时间; a click on the header sorts it oldest first
    and the arrow turns to ▲ (Qt's own Linux style drew ▲ over the newest-first list)."""
    clerk = make_actor(Role.CLERK)
    for day in (28, 30, 29):
        bookings.book(community, clerk, booking(world, "网球场", at(day, 9), at(day, 10)))
    tab = open_view(qtbot, desk_window(qtbot, community, "CLERK"), "facilities").bookings
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    days = lambda: [_cells(tab.table, r)[1][:10] for r in range(3)]  # noqa: E731
    assert days() == ["2026-11-30", "2026-11-29", "2026-11-28"]
    assert sort_arrow(tab.table) == "▼"

    click_header(qtbot, tab.table, 1)
    assert days() == ["2026-11-28", "2026-11-29", "2026-11-30"]
    assert sort_arrow(tab.table) == "▲"


def test_collect_for_an_approved_booking_previews_the_receipt_and_marks_it_paid(world, community, qtbot, desk_app):
    """收费… was missing: the fee and deposit were only recorded. Pressed on the approved 会所 booking,
    the form shows 200 + 500, a 微信 payment asks its 交易流水号 at the field, saving previews the
    fee's receipt, the row says 已收 with the receipt and the button greys out saying why."""
    from deskapp.gui.facilities.collect_dialog import CollectDialog

    made = bookings.book(community, make_actor(Role.CLERK),
                         booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30, "生日会"))
    bookings.decide(community, make_actor(Role.SUPERVISOR), made.id, True)
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "facilities").bookings
    collect = button_named(tab, "collectBooking")
    assert _cells(tab.table, 0)[STATE:] == ["已批准", "未收"]
    click_row(qtbot, tab.table, 0)
    assert collect.isEnabled()
    seen: dict = {}

    def pay(dialog: CollectDialog) -> None:
        seen["total"] = dialog.findChild(QLabel, "collectTotal").text()
        dialog.method.setCurrentIndex(dialog.method.findText("微信"))
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))  # no 交易流水号: refused
        seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is dialog.pay_ref
        type_text(qtbot, dialog.pay_ref, "4200009876543210")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    answers.dialog(CollectDialog, pay, accept=False)
    refusal = answers.message_box()
    shown = answers.pdf_preview()
    click(qtbot, collect)
    answers.wait_all()
    assert seen == {"total": "700.00", "open": True, "focus": True}
    assert "交易流水号" in refusal.text
    receipt = bookings.booking_register(community, make_actor(Role.CLERK), BookingFilter()).rows[0].receipt_number
    assert receipt and receipt in shown.pdf_text and "设施使用费" in shown.pdf_text
    qtbot.waitUntil(lambda: _cells(tab.table, 0)[STATE + 1] == f"已收 {receipt}")
    click_row(qtbot, tab.table, 0)
    assert not collect.isEnabled() and collect.toolTip() == "已收费"
