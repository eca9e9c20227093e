"""早会 pressed as the desk does: the supervisor records the meeting through the form (a line without
a person is refused at its field, nothing written), the assignment shows on the clerk's morning list,
the clerk closes it with a note (完成…) and it is gone; 导出本月 writes the month's register."""
from __future__ import annotations

import re

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLineEdit, QMessageBox, QTableWidget
from modal_answers import (
    ModalAnswers, button_named, click, click_row, desk_window, open_view, patch_save_file, type_text,
)

from deskapp.domain.permissions import Role
from deskapp.gui.forms import FormDialog
from deskapp.gui.meetings.meeting_dialog import AssignmentDialog, MeetingDialog
from deskapp.services.accounts import users
from modal_answers import cell


@pytest.fixture
def desk(community, admin):
    """Users whose display names are those of the test windows' actors (clerk, supervisor)."""
    users.create_user(community, admin, "clerk", "clerk", Role.CLERK, "Cuihu#2026")
    users.create_user(community, admin, "supervisor", "supervisor", Role.SUPERVISOR, "Cuihu#2026")
    return community


def _fill(qtbot, task: str, person: bool):
    def fill(dialog: MeetingDialog) -> None:
        for tick in dialog.ticks:
            click(qtbot, tick)
        type_text(qtbot, dialog.requirements, "雨天门口放防滑垫")
        who, what, due = dialog.lines[0]
        if person:
            who.setCurrentIndex(who.findData("clerk"))
        type_text(qtbot, what, task)
        type_text(qtbot, due, "2026-11-30")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    return fill


def _texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_line_without_a_person_is_refused_and_nothing_written(desk, qtbot):
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "meetings")
    answers = ModalAnswers(qtbot)
    seen = {}

    def fill(dialog: MeetingDialog) -> None:
        _fill(qtbot, "通知停水", person=False)(dialog)
        seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is dialog.lines[0][0]
        dialog.reject()

    answers.dialog(MeetingDialog, fill, accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(view, "meetingRecord"))
    answers.wait_all()
    assert seen["open"] and seen["focus"]
    assert "责任人" in refusal.text and "第 1 项安排" in refusal.text
    assert view.table.rowCount() == 0


def _meeting_recorded(desk, qtbot, task: str):
    """The supervisor's window and its 早会 view, today's meeting recorded through 记录今日早会… with one
    assignment, `task`, for the clerk."""
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "meetings")
    answers = ModalAnswers(qtbot)
    answers.dialog(MeetingDialog, _fill(qtbot, task, person=True), accept=False)
    click(qtbot, button_named(view, "meetingRecord"))
    answers.wait_all()
    return window, view


def test_recorded_assignment_is_on_the_clerks_morning_list_until_closed(desk, qtbot):
    sup, view = _meeting_recorded(desk, qtbot, "通知3号楼停水")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    assert _texts(view.table)[0][:4] == ["2026-11-27", "clerk", "通知3号楼停水", "2026-11-30"]

    clerk = desk_window(qtbot, desk, "CLERK")
    today = clerk.show_view("reception").today
    kinds = [cell(today.items, r, 1) for r in range(today.items.model().rowCount())]
    assert "早会安排" in kinds

    mine = open_view(qtbot, clerk, "meetings")
    assert [r[2] for r in _texts(mine.table)] == ["通知3号楼停水"]
    click_row(qtbot, mine.table, 0)
    seen = {}

    def done(dialog: FormDialog) -> None:
        line = dialog.findChild(QLineEdit, "askedLine")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))  # left empty: refused here
        seen["open"], seen["focus"], seen["said"] = dialog.isVisible(), dialog.focusWidget() is line, dialog.problems.text
        type_text(qtbot, line, "已在业主群通知并张贴")
        qtbot.keyClick(line, Qt.Key.Key_Return)  # Enter saves

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, done, accept=False)
    answers.message_box(QMessageBox.StandardButton.Ok, contains="完成情况")
    click(qtbot, button_named(mine, "meetingClose"))
    answers.wait_all()
    assert seen["open"] and seen["focus"] and "完成情况" in seen["said"]
    qtbot.waitUntil(lambda: mine.table.rowCount() == 0)
    qtbot.waitUntil(lambda: "早会安排" not in [cell(today.items, r, 1) for r in range(today.items.model().rowCount())])


def test_export_this_month(desk, qtbot, monkeypatch, tmp_path):
    window, view = _meeting_recorded(desk, qtbot, "检查地库排水")
    # the meeting is saved (its assignment listed) before the month is exported
    qtbot.waitUntil(lambda: any("检查地库排水" in row for row in _texts(view.findChild(QTableWidget, "meetingOpen"))))
    out = tmp_path / "早会.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    done = answers.message_box()
    click(qtbot, button_named(view, "meetingExport"))
    answers.wait_all()
    # "1 rows written to …", or in Chinese when an earlier test left the translator installed
    assert re.match(r"(1 rows written to|已导出 1 行到) ", done.text), done.text
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert any(r[5] == "检查地库排水" and r[7] == "未完成" for r in rows)


def test_an_assignment_added_later_is_on_the_list(desk, qtbot):
    window, view = _meeting_recorded(desk, qtbot, "检查地库排水")

    def fill(dialog: AssignmentDialog) -> None:
        dialog.who.setCurrentIndex(dialog.who.findData("supervisor"))
        type_text(qtbot, dialog.what, "约谈保洁主管")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    answers.dialog(AssignmentDialog, fill, accept=False)
    click(qtbot, button_named(view, "meetingAssign"))
    answers.wait_all()
    qtbot.waitUntil(lambda: view.table.rowCount() == 2)
    assert [r[1:3] for r in _texts(view.table)] == [["clerk", "检查地库排水"], ["supervisor", "约谈保洁主管"]]


def test_the_list_still_reaches_the_right_edge_after_a_save(desk, qtbot):
    """Refilled while on screen, the open assignments' last column stretched to the table's edge,
    not fitted to its text with the header ending mid-table (seen after 记录今日早会… saved)."""
    window, view = _meeting_recorded(desk, qtbot, "检查地库排水")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    view.refresh()  # a second save's refill: the one Qt left short
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == view.table.viewport().width())


def test_last_months_register_is_exported_at_the_turn_of_the_month(desk, qtbot, monkeypatch, tmp_path, clock):
    """A meeting of November, exported on 12-02 by choosing 2026-11 in the month box beside the button
    (the tab offered 导出本月 alone: December, empty)."""
    window, view = _meeting_recorded(desk, qtbot, "检查地库排水")  # 2026-11-27
    qtbot.waitUntil(lambda: any("检查地库排水" in row for row in _texts(view.findChild(QTableWidget, "meetingOpen"))))
    clock.advance(days=5)  # 2026-12-02: the supervisor files November
    view = open_view(qtbot, desk_window(qtbot, desk, "SUPERVISOR"), "meetings")
    month = view.findChild(QComboBox, "meetingExportMonth")
    assert [month.itemText(i) for i in range(2)] == ["2026-12", "2026-11"]
    month.setCurrentIndex(month.findData("2026-11"))
    out = tmp_path / "早会-11.xlsx"
    chosen = patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box()
    click(qtbot, button_named(view, "meetingExport"))
    answers.wait_all()
    assert chosen.asked[0][1] == "早会记录表-2026-11.xlsx"
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert "2026年11月" in rows[0][0] and any(r[5] == "检查地库排水" for r in rows)


def test_the_administrators_account_is_not_offered_as_staff(desk, qtbot, admin):
    """系统管理员 sets the program up; it is not one of the staff: neither an attendee to tick nor a
    person to give an assignment (the pickers ask `users.staff_names`)."""
    users.create_user(desk, admin, "sysadmin", "系统管理员", Role.ADMIN, "Cuihu#2026")
    users.create_user(desk, admin, "chenzg", "陈志刚", Role.STEWARD, "Cuihu#2026")
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "meetings")
    answers = ModalAnswers(qtbot)
    seen = {}

    def look(dialog: MeetingDialog) -> None:
        seen["ticks"] = [t.text() for t in dialog.ticks]
        who = dialog.lines[0][0]
        seen["who"] = [who.itemText(i) for i in range(who.count()) if who.itemText(i)]
        dialog.reject()

    answers.dialog(MeetingDialog, look, accept=False)
    click(qtbot, button_named(view, "meetingRecord"))
    answers.wait_all()
    assert seen["ticks"] == seen["who"]
    assert set(seen["ticks"]) == {"clerk", "supervisor", "陈志刚"}


def test_done_with_nothing_chosen_says_what_to_choose(desk, qtbot):
    """完成… with no assignment chosen did nothing at all: the clerk could not tell it from a slow save."""
    _sup, view = _meeting_recorded(desk, qtbot, "通知3号楼停水")
    qtbot.waitUntil(lambda: view.table.rowCount() == 1)
    view.table.setCurrentCell(-1, -1)
    answers = ModalAnswers(qtbot)
    said = answers.message_box()
    click(qtbot, button_named(view, "meetingClose"))
    answers.wait_all()
    assert said.text == view.tr("Choose an assignment in the list first.")
    assert view.table.rowCount() == 1


def test_a_refused_later_line_is_the_one_focused(desk, qtbot):
    """The third line wrong (a task without its person, the second left blank): the message said 第 2 项安排
    and the form put the cursor on the first line's 责任人, which was right. The cursor goes to the line
    that is wrong now — for a due date that is no date too."""
    window = desk_window(qtbot, desk, "SUPERVISOR")
    view = open_view(qtbot, window, "meetings")
    seen = {}

    def fill(dialog: MeetingDialog) -> None:
        click(qtbot, dialog.ticks[0])
        (who1, what1, _due1), _blank, (who3, what3, due3) = dialog.lines[:3]
        who1.setCurrentIndex(who1.findData("clerk"))
        type_text(qtbot, what1, "通知3号楼停水")
        type_text(qtbot, what3, "检查消防通道")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        seen["person"] = dialog.focusWidget() is who3
        who3.setCurrentIndex(who3.findData("clerk"))
        type_text(qtbot, due3, "下周五")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        seen["due"] = dialog.focusWidget() is due3 or due3.isAncestorOf(dialog.focusWidget())
        dialog.reject()

    answers = ModalAnswers(qtbot)
    answers.dialog(MeetingDialog, fill, accept=False)
    person = answers.message_box(QMessageBox.StandardButton.Ok)
    due = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view, "meetingRecord"))
    answers.wait_all()
    assert "第 2 项安排" in person.text and "责任人" in person.text and seen["person"]
    assert "第 2 项安排" in due.text and "完成期限" in due.text and seen["due"]
    assert view.table.rowCount() == 0


def test_the_view_says_todays_meeting_shows_its_minutes_and_reds_the_overdue(desk, qtbot, clock, desk_app):
    """The view listed open assignments alone: whether today's meeting was on file, what a past meeting
    decided and how late an assignment was could not be read in it. Now: a line on today's meeting, the
    month's meetings with the chosen one's minutes, overdue assignments in red with their days late;
    记录今日早会… once it is on file asks whether to make up an earlier day, the form then on the day before."""
    window, view = _meeting_recorded(desk, qtbot, "通知3号楼停水")  # 2026-11-27, due 11-30
    qtbot.waitUntil(lambda: view.held.rowCount() == 1)
    assert view.today_line.text() == "今日早会：已由 supervisor 记录，出席 2 人，安排 1 项"
    minutes = view.minutes.toPlainText()
    for part in ("2026-11-27 早会", "雨天门口放防滑垫", "clerk：通知3号楼停水（2026-11-30 前） — 未完成", "记录人：supervisor"):
        assert part in minutes, part
    assert _texts(view.held)[0][2] == "1 项，未完成 1 项"

    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes, contains="补记")
    seen = {}

    def look(dialog: MeetingDialog) -> None:
        seen["day"] = dialog.day.value()
        dialog.reject()

    answers.dialog(MeetingDialog, look, accept=False)
    click(qtbot, button_named(view, "meetingRecord"))
    answers.wait_all()
    assert str(seen["day"]) == "2026-11-26"

    clock.advance(days=5)  # 2026-12-02: two days past the due date, no meeting yet today
    later = open_view(qtbot, desk_window(qtbot, desk, "SUPERVISOR"), "meetings")
    assert later.today_line.text() == "今日早会：尚未记录"
    assert _texts(later.table)[0][4] == "逾期 2 天"
    assert later.table.item(0, 2).foreground().color().name() == "#c00000"
    assert later.held.rowCount() == 0  # December: none held yet
    month = later.findChild(QComboBox, "meetingMonth")
    month.setCurrentIndex(month.findData("2026-11"))
    qtbot.waitUntil(lambda: later.held.rowCount() == 1)
    assert "通知3号楼停水" in later.minutes.toPlainText()
