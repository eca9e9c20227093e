"""对外联络 pressed as the desk does: a body and its contact added to the contacts book; a visit logged
with a follow-up for the clerk (one without its person refused at 跟进人, nothing written); the follow-up
on the clerk's morning list until 完成跟进… closes it; 导出本月 writes the register."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_save_file, type_text,
)

from deskapp.contracts.changes import Change
from deskapp.domain.liaison import BodyKind, ContactInput
from deskapp.domain.permissions import Role
from deskapp.gui.forms import FormDialog
from deskapp.gui.liaison.dialogs import BodyDialog, ContactDialog, RecordDialog
from deskapp.services.accounts import users
from deskapp.services.liaison import book
from modal_answers import cell

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def desk(community, admin):
    """Users whose display names are those of the test windows' actors; the residents' committee on file."""
    users.create_user(community, admin, "clerk", "clerk", Role.CLERK, "Cuihu#2026")
    users.create_user(community, admin, "supervisor", "supervisor", Role.SUPERVISOR, "Cuihu#2026")
    body = book.add_body(community, admin, "翠湖社区居委会", BodyKind.COMMITTEE, "0571-88001234")
    book.add_contact(community, admin, body, ContactInput("刘主任", "主任", "13700001111"))
    return community


def _texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_add_a_body_and_its_contact(desk, qtbot):
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "liaison")
    click_tab(qtbot, view.tabs, view.book)

    def body(dialog: BodyDialog) -> None:
        type_text(qtbot, dialog.name, "江南派出所")
        dialog.kind.setCurrentIndex(dialog.kind.findData(BodyKind.POLICE))
        type_text(qtbot, dialog.phone, "0571-87001110")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(BodyDialog, body, accept=False)
    click(qtbot, button_named(view, "liaisonAddBody"))
    answers.wait_all()
    qtbot.waitUntil(lambda: view.book.bodies.rowCount() == 2)
    row = next(r for r, t in enumerate(_texts(view.book.bodies)) if t[0] == "江南派出所")
    assert _texts(view.book.bodies)[row][1:3] == ["派出所", "0571-87001110"]
    click_row(qtbot, view.book.bodies, row)

    def contact(dialog: ContactDialog) -> None:
        type_text(qtbot, dialog.name, "王警官")
        type_text(qtbot, dialog.role, "社区民警")
        type_text(qtbot, dialog.phone, "13900002222")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(ContactDialog, contact, accept=False)
    click(qtbot, button_named(view, "liaisonAddContact"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _texts(view.book.contacts) == [["王警官", "社区民警", "139****2222"]])


def _visit(qtbot, person: bool, seen: dict | None = None):
    def fill(dialog: RecordDialog) -> None:
        dialog.body.setCurrentIndex(dialog.body.findText("翠湖社区居委会"))
        type_text(qtbot, dialog.contact, "刘主任")
        type_text(qtbot, dialog.matter, "垃圾分类检查")
        type_text(qtbot, dialog.follow, "张贴垃圾分类海报")
        if person:
            dialog.person.setCurrentIndex(dialog.person.findData("clerk"))
        type_text(qtbot, dialog.due, "2026-11-30")
        click(qtbot, dialog.buttons.button(SAVE))
        if seen is not None:
            seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is dialog.person
            dialog.reject()
    return fill


def test_a_follow_up_without_its_person_is_refused_and_nothing_written(desk, qtbot):
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "liaison")
    answers = ModalAnswers(qtbot)
    seen: dict = {}
    answers.dialog(RecordDialog, _visit(qtbot, False, seen), accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(view, "liaisonRecord"))
    answers.wait_all()
    assert seen == {"open": True, "focus": True} and "跟进人" in refusal.text
    assert view.log.table.rowCount() == 0


def _visit_logged(desk, qtbot):
    """The clerk's window and its 对外联络 view, with a visit and its follow-up logged through 登记联络…."""
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "liaison")
    answers = ModalAnswers(qtbot)
    answers.dialog(RecordDialog, _visit(qtbot, True), accept=False)
    click(qtbot, button_named(view, "liaisonRecord"))
    answers.wait_all()
    return window, view


def test_a_logged_follow_up_is_on_the_morning_list_until_done(desk, qtbot, monkeypatch, tmp_path):
    window, view = _visit_logged(desk, qtbot)
    table = view.log.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert _texts(table)[0] == ["2026-11-27", "翠湖社区居委会", "来访", "刘主任", "垃圾分类检查", "", "张贴垃圾分类海报",
                                "clerk", "2026-11-30", view.log.tr("open")]

    out = tmp_path / "联络.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box()
    click(qtbot, button_named(view, "liaisonExport"))
    answers.wait_all()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert any(r[2] == "翠湖社区居委会" and r[7] == "张贴垃圾分类海报" and r[10] == "未完成" for r in rows)

    click_row(qtbot, table, 0)
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, lambda dialog: type_text(qtbot, dialog.findChild(QLineEdit, "askedLine"), "已在各单元张贴"))
    click(qtbot, button_named(view, "liaisonDone"))
    answers.wait_all()
    # what was done is read in the log, not only in the exported register
    done = view.log.tr("done {day}: {note}").format(day="2026-11-27", note="已在各单元张贴")
    qtbot.waitUntil(lambda: _texts(table)[0][9] == done)
    click(qtbot, view.log.open_only)
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    today = window.show_view("reception").today
    assert "对外联络跟进" not in [cell(today.items, r, 1) for r in range(today.items.model().rowCount())]


def test_the_follow_up_shows_on_the_clerks_morning_list(desk, qtbot):
    window, view = _visit_logged(desk, qtbot)
    qtbot.waitUntil(lambda: view.log.table.rowCount() == 1)
    today = window.show_view("reception").today
    rows = [(cell(today.items, r, 1), cell(today.items, r, 4)) for r in range(today.items.model().rowCount())]
    assert ("对外联络跟进", "翠湖社区居委会：张贴垃圾分类海报") in rows


def test_the_log_still_reaches_the_right_edge_after_a_save(desk, qtbot):
    """Refilled while on screen (a save, 只看未完成的跟进 ticked), the log's last column stretched to
    the table's edge, not fitted to its text with the header ending mid-table."""
    window, view = _visit_logged(desk, qtbot)
    table = view.log.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    click(qtbot, view.log.open_only)  # the follow-up is open: the same row, refilled
    qtbot.waitUntil(lambda: table.horizontalHeader().length() == table.viewport().width())


def test_done_on_a_record_without_a_follow_up_says_so_before_asking_what_was_done(desk, qtbot):
    """完成跟进… on a record that owes nothing asked for 跟进结果 first and refused only after it was
    typed; now it says so at once and asks nothing."""
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "liaison")

    def visit(dialog: RecordDialog) -> None:
        dialog.body.setCurrentIndex(dialog.body.findText("翠湖社区居委会"))
        type_text(qtbot, dialog.matter, "社区活动协作")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(RecordDialog, visit, accept=False)
    click(qtbot, button_named(view, "liaisonRecord"))
    answers.wait_all()
    table = view.log.table
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    click_row(qtbot, table, 0)
    answers = ModalAnswers(qtbot)
    refusal = answers.message_box()
    click(qtbot, button_named(view, "liaisonDone"))
    answers.wait_all()
    assert "没有跟进事项" in refusal.text
    assert not answers.unexpected


def test_buttons_with_nothing_chosen_say_what_to_choose(desk, qtbot):
    """完成跟进… with no contact chosen and 新增联系人… with no body chosen did nothing at all."""
    window, view = _visit_logged(desk, qtbot)
    qtbot.waitUntil(lambda: view.log.table.rowCount() == 1)
    view.log.table.setCurrentCell(-1, -1)
    answers = ModalAnswers(qtbot)
    said = answers.message_box()
    click(qtbot, button_named(view, "liaisonDone"))
    answers.wait_all()
    assert said.text == view.log.tr("Choose a contact in the log first.")
    click_tab(qtbot, view.tabs, view.book)
    view.book.bodies.setCurrentCell(-1, -1)
    answers = ModalAnswers(qtbot)
    said = answers.message_box()
    click(qtbot, button_named(view, "liaisonAddContact"))
    answers.wait_all()
    assert said.text == view.book.tr("Choose the body in the list first: the contact is one of its people.")


def test_the_chosen_body_stays_chosen_and_a_body_added_is_chosen(desk, qtbot, admin):
    """The book is by kind and name: a body added moved the choice by row onto another body, whose people
    were shown and to which 新增联系人… then added. The body added is now the one chosen, and a refill keeps
    the body chosen before."""
    book.add_body(desk, admin, "云栖社区居委会", BodyKind.COMMITTEE, "0571-88002222")
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "liaison")
    click_tab(qtbot, view.tabs, view.book)
    bodies = view.book.bodies

    def chosen() -> str:
        return bodies.item(bodies.currentRow(), 0).text()

    click_row(qtbot, bodies, next(r for r, t in enumerate(_texts(bodies)) if t[0] == "翠湖社区居委会"))

    def add(dialog: BodyDialog) -> None:
        type_text(qtbot, dialog.name, "东湖社区居委会")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(BodyDialog, add, accept=False)
    click(qtbot, button_named(view, "liaisonAddBody"))
    answers.wait_all()
    qtbot.waitUntil(lambda: bodies.rowCount() == 3)
    assert chosen() == "东湖社区居委会" and view.book.contacts.rowCount() == 0
    click_row(qtbot, bodies, next(r for r, t in enumerate(_texts(bodies)) if t[0] == "翠湖社区居委会"))
    book.add_body(desk, admin, "丁桥社区居委会", BodyKind.COMMITTEE, "0571-88003333")  # at another desk
    window.session.bus.changed.emit({Change.LIAISON})
    qtbot.waitUntil(lambda: bodies.rowCount() == 4)
    assert chosen() == "翠湖社区居委会" and _texts(view.book.contacts)[0][0] == "刘主任"


def _audit(ctx, action):
    from sqlalchemy import select

    from deskapp.store.models.accounts import AuditEntry

    with ctx.reader() as uow:
        return uow.session.execute(select(AuditEntry.summary, AuditEntry.actor_name)
                                   .where(AuditEntry.action == action)).all()


def test_the_clerk_shows_a_contacts_full_phone_to_ring_them(desk, qtbot):
    """The book masks a person's phone: 显示完整电话 puts the chosen contact's number in its row (audited),
    so the clerk can ring the 居委会 主任; with no person chosen it says to choose one, and shows nothing."""
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "liaison")
    click_tab(qtbot, view.tabs, view.book)
    click_row(qtbot, view.book.bodies, 0)
    assert _texts(view.book.contacts) == [["刘主任", "主任", "137****1111"]]

    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view, "liaisonRevealPhone"))
    answers.wait_all()
    assert told.text == view.book.tr("Choose the person in the lower list first.")
    assert _audit(desk, "liaison.contact_phone") == []

    click_row(qtbot, view.book.contacts, 0)
    click(qtbot, button_named(view, "liaisonRevealPhone"))
    qtbot.waitUntil(lambda: _texts(view.book.contacts) == [["刘主任", "主任", "13700001111"]])
    assert _audit(desk, "liaison.contact_phone") == [("查看通讯录联系人的完整电话：翠湖社区居委会 刘主任", "clerk")]


def test_a_contact_no_longer_the_bodys_is_removed_once_confirmed(desk, qtbot):
    """The 主任 changed: 删除联系人… asks first (否 keeps them), then takes them out of the book — the audit
    keeps what was on file; with no person chosen it says to choose one."""
    window = desk_window(qtbot, desk, "CLERK")
    view = open_view(qtbot, window, "liaison")
    click_tab(qtbot, view.tabs, view.book)
    click_row(qtbot, view.book.bodies, 0)

    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(view, "liaisonRemoveContact"))
    answers.wait_all()
    assert told.text == view.book.tr("Choose the person in the lower list first.")

    click_row(qtbot, view.book.contacts, 0)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(view, "liaisonRemoveContact"))
    answers.wait_all()
    assert asked.text == view.book.tr("Take {who} out of the contacts book? What was on file stays in the audit "
                                      "trail.").format(who="翠湖社区居委会 刘主任 主任")
    assert _texts(view.book.contacts) == [["刘主任", "主任", "137****1111"]]

    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(view, "liaisonRemoveContact"))
    answers.wait_all()
    qtbot.waitUntil(lambda: view.book.contacts.rowCount() == 0)
    assert _texts(view.book.bodies)[0][0] == "翠湖社区居委会"  # the body stays chosen, now with no one
    assert _audit(desk, "liaison.contact_remove") == [("翠湖社区居委会 删除联系人：刘主任 主任", "clerk")]
