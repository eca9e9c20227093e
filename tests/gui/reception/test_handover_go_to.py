"""转到 on 《客服部工作交接表》: the next clerk opens a handed-over item where it is taken on — by the
button, Enter or a double-click, as on the morning list; an item drafted before the handover kept
its place says it cannot go there."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from day_support import current_view_key, demo_centre, sign_in
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, open_view, type_text
from support import PlainSQL, make_actor

from deskapp.domain.errors import DeskappError
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import Purpose
from deskapp.domain.permissions import Role
from deskapp.services.hooks import Place
from deskapp.services.keys.custody import Approval, Borrower, lend_key
from deskapp.services.reception.repairs import RepairInput, create_repair


@pytest.fixture
def centre(ctx, desk_app):
    """The demo centre the morning after a key was lent for today's repair, and a repair reported this
    shift: both are on today's handover, beside the requests."""
    demo_centre(ctx)
    admin, supervisor = make_actor(Role.ADMIN), make_actor(Role.SUPERVISOR)
    sql = PlainSQL(ctx)
    key_ids = [r[0] for r in sql.execute("SELECT id FROM custody_keys ORDER BY id").fetchall()]
    sql.close()
    for key_id in key_ids:  # the first key in the cabinet that is not out
        try:
            lend_key(ctx, admin, key_id, Borrower(None, "李师傅", IdType.RESIDENT, "11010519491231002X"),
                     Purpose.REPAIR, due_at=ctx.clock.now() + timedelta(days=1), instructions_seen=True,
                     approval=Approval(supervisor, "业主电话委托维修师傅取钥匙"))
            break
        except DeskappError:
            continue
    ctx.clock.advance(days=1)
    create_repair(ctx, admin, RepairInput(fault="3 号楼电梯厅灯不亮", reported_by="保安", location="3 号楼电梯厅"))
    return ctx


def _handover(qtbot, window):
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.handover)
    return view.handover


def _drafted(qtbot, window):
    tab = _handover(qtbot, window)
    click(qtbot, button_named(tab, "handoverDraft"))
    assert tab.items.rowCount() > 0
    return tab


def _row(tab, place: Place) -> int:
    return next(n for n, it in enumerate(tab.view.items) if it.place is place)


def test_go_to_opens_a_request_a_key_loan_and_a_repair_where_they_are_taken_on(centre, qtbot):
    window = sign_in(qtbot, centre, "linxy")
    tab = _drafted(qtbot, window)
    assert {Place.REQUESTS, Place.KEY_LOANS, Place.REPAIRS} <= {it.place for it in tab.view.items}

    n = _row(tab, Place.REQUESTS)
    request = tab.view.items[n].record
    click_row(qtbot, tab.items, n, 4)
    click(qtbot, button_named(tab, "handoverGo"))
    reception = window.show_view("reception")
    assert reception.currentWidget() is reception.requests and reception.requests.selected().id == request

    tab = _handover(qtbot, window)
    n = _row(tab, Place.KEY_LOANS)
    loan = tab.view.items[n].record
    click_row(qtbot, tab.items, n, 4)
    qtbot.keyClick(tab.items, Qt.Key.Key_Return)
    assert current_view_key(window) == "keys"  # asked before show_view, which would switch to it
    keys = window.show_view("keys")
    assert keys.currentWidget() is keys.loans
    assert keys.loans.model.row_at(keys.loans.table.currentIndex().row()).id == loan

    tab = _handover(qtbot, window)
    n = _row(tab, Place.REPAIRS)
    number = tab.view.items[n].record
    assert number == tab.view.items[n].ref  # a repair order is found by its number
    tab.items.scrollTo(tab.items.model().index(n, 4))  # the row in sight, as the clerk scrolls to it
    rect = tab.items.visualRect(tab.items.model().index(n, 4))
    qtbot.mouseClick(tab.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    reception = window.show_view("reception")
    assert reception.currentWidget() is reception.repairs
    assert getattr(reception.repairs.selected(), reception.repairs.record_key) == number


def test_the_place_is_kept_after_the_shift_is_handed_over(centre, qtbot):
    """Read back from the database by the next clerk: Alt+G on the handover the colleague drafted."""
    window = sign_in(qtbot, centre, "linxy")
    _drafted(qtbot, window)
    window.close()
    window = sign_in(qtbot, centre, "wanglh")
    tab = _handover(qtbot, window)
    n = _row(tab, Place.KEY_LOANS)
    click_row(qtbot, tab.items, n, 4)
    qtbot.keyClick(tab.items, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)  # 转到(&G)
    qtbot.waitUntil(lambda: current_view_key(window) == "keys")
    keys = window.show_view("keys")
    assert keys.loans.model.row_at(keys.loans.table.currentIndex().row()).id == tab.view.items[n].record


def test_an_item_handed_over_before_places_were_kept_says_it_cannot_go_there(centre, qtbot):
    window = sign_in(qtbot, centre, "linxy")
    _drafted(qtbot, window)
    window.close()
    sql = PlainSQL(centre)  # as the items drafted before 2960 are
    sql.execute("UPDATE rx_handover_items SET place = '', record_id = NULL, record_number = ''")
    sql.close()
    window = sign_in(qtbot, centre, "linxy")
    tab = _handover(qtbot, window)
    click_row(qtbot, tab.items, 0, 4)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(contains="不能从这里转到")
    click(qtbot, button_named(tab, "handoverGo"))
    answers.wait_all()
    assert tab.view.items[0].kind in told.text and current_view_key(window) == "reception"


def test_a_double_click_on_the_note_types_it_and_elsewhere_goes_to_the_item(centre, qtbot):
    """The note column is typed in (a double-click or F2 opens it); the other cells are read only."""
    window = sign_in(qtbot, centre, "linxy")
    tab = _drafted(qtbot, window)
    n = _row(tab, Place.REQUESTS)
    note = tab.items.model().index(n, 6)
    tab.items.scrollTo(note)
    rect = tab.items.visualRect(note)
    qtbot.mouseClick(tab.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = tab.items.findChild(QLineEdit)
    assert editor is not None and editor.isVisible()  # the note's editor, open on the row
    type_text(qtbot, editor, "明早先回电")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # committed, as leaving the cell does
    assert tab.items.item(n, 6).text() == "明早先回电" and window.show_view("reception").currentWidget() is tab
    click(qtbot, button_named(tab, "handoverSave"))
    assert tab.view.items[n].note == "明早先回电"
