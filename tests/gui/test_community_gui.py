"""社区文化 pressed as the desk does: the steward plans an activity (one in the past refused at 活动时间,
nothing written); the clerk signs units up (past the limit without a waiting list refused at 人数;
past it with one, waiting) and a cancellation lets the waiting one in; attendance and spending change
the summary; the notice and the sign-up sheet print; the steward registers a board (one taken down
before it went up refused at 撤下日期) and the quarter's board leaves the morning list; the unit page
lists the unit's sign-ups; 导出本月 writes the registers."""
from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from community_support import make_units, plan
from modal_answers import (
    scroll_to_section,
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_save_file, type_text,
)
from support import CST, make_actor

from deskapp.contracts.changes import Change
from deskapp.domain.errors import Conflict
from deskapp.domain.permissions import Role
from deskapp.gui.community.dialogs import ActivityDialog, BoardDialog, SignupDialog, SpendingDialog, TakeDownDialog
from deskapp.gui.forms import FormDialog
from deskapp.services.community import activities, signups
from modal_answers import cell

SAVE = QDialogButtonBox.StandardButton.Save


def _retype(qtbot, field, text: str) -> None:
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, field, text)


def _texts(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _press(qtbot, parent, name: str, cls, fill) -> None:
    answers = ModalAnswers(qtbot)
    answers.dialog(cls, fill, accept=False)
    click(qtbot, button_named(parent, name))
    answers.wait_all()


def test_the_steward_plans_an_activity_and_one_in_the_past_is_refused(community, qtbot):
    window = desk_window(qtbot, community, "STEWARD")
    tab = open_view(qtbot, window, "community").activities
    seen: dict = {}

    def fill(starts: str):
        def act(dialog: ActivityDialog) -> None:
            type_text(qtbot, dialog.title_box, "重阳节包饺子")
            type_text(qtbot, dialog.starts, starts)
            type_text(qtbot, dialog.place, "会所多功能厅")
            _retype(qtbot, dialog.budget, "800")
            _retype(qtbot, dialog.limit, "6")
            click(qtbot, dialog.buttons.button(SAVE))
            if dialog.isVisible():
                seen["focus"] = dialog.focusWidget() is dialog.starts
                seen["error"] = dialog.problems.text
                dialog.reject()
        return act

    answers = ModalAnswers(qtbot)
    answers.dialog(ActivityDialog, fill("2026-11-26 14:00"), accept=False)
    answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communityPlan"))
    answers.wait_all()
    assert seen["focus"] and "活动时间" in seen["error"]
    assert tab.table.rowCount() == 0
    _press(qtbot, tab, "communityPlan", ActivityDialog, fill("2026-11-28 14:00"))
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert _texts(tab.table)[0][:5] == ["2026-11-28 14:00", "重阳节包饺子", "会所多功能厅", "steward", "6"]


def _sign_up(qtbot, unit: str, name: str, people: int, seen: dict | None = None):
    def act(dialog: SignupDialog) -> None:
        type_text(qtbot, dialog.unit, unit)
        type_text(qtbot, dialog.name, name)
        _retype(qtbot, dialog.people, str(people))
        click(qtbot, dialog.buttons.button(SAVE))
        if seen is not None:
            seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is dialog.people
            dialog.reject()
    return act


def test_the_clerk_signs_up_units_past_the_limit_refused_or_waiting(community, qtbot):
    make_units(community)
    plan(community, title="亲子手工课", limit=5, waiting_list=False)
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "community").activities
    assert not button_named(tab, "communityPlan").isVisible()  # the steward plans
    click_row(qtbot, tab.table, 0)
    _press(qtbot, tab, "communitySignup", SignupDialog, _sign_up(qtbot, "3-1-101", "张伟", 4))
    qtbot.waitUntil(lambda: tab.signups.rowCount() == 1)
    assert _texts(tab.signups)[0][:4] == ["3-1-101", "张伟", "4", "已报名"]

    seen: dict = {}
    answers = ModalAnswers(qtbot)
    answers.dialog(SignupDialog, _sign_up(qtbot, "3-1-102", "李娜", 2, seen), accept=False)
    refusal = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communitySignup"))
    answers.wait_all()
    assert seen == {"open": True, "focus": True} and "人数" in refusal.text and "只剩 1 个名额" in refusal.text
    assert tab.signups.rowCount() == 1


def _waiting_text(tab, title: str, who: str, n: int) -> str:
    return tab.tr("“{title}” has no place for {who} now: on the waiting list, number {n}. Please tell the household "
                  "it is not in yet; when a sign-up is cancelled the waiting come in first come first, and the desk "
                  "is told whom to ring.").format(title=title, who=who, n=n)


def test_a_sign_up_put_on_the_waiting_list_is_told_with_its_place(community, qtbot):
    """The form closes either way: a household in is not stopped by a message, one put on the waiting
    list is told so with its place in the queue (it was only a 候补 among the rows before)."""
    make_units(community)
    aid = plan(community, limit=6)
    clerk = make_actor(Role.CLERK)
    signups.sign_up(community, clerk, aid, "3-1-101", "张伟", 4)
    signups.sign_up(community, clerk, aid, "3-1-102", "李娜", 3)  # waiting, first
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)

    answers = ModalAnswers(qtbot)
    answers.dialog(SignupDialog, _sign_up(qtbot, "3-1-103", "王芳", 1), accept=False)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communitySignup"))
    answers.wait_all()
    # one place is free, but 李娜 waits before it: 王芳 queues behind her
    assert tab.tr("Sign up") in told.title
    assert told.text == _waiting_text(tab, "重阳节包饺子", "3-1-103 王芳", 2)
    qtbot.waitUntil(lambda: [r[:4] for r in _texts(tab.signups)][2:] == [["3-1-103", "王芳", "1", "候补"]])

    # a cancellation frees the places; the next household comes in with no message to dismiss
    signups.cancel(community, clerk, signups.for_activity(community, clerk, aid)[0].id)
    _press(qtbot, tab, "communitySignup", SignupDialog, _sign_up(qtbot, "3-1-104", "赵敏", 1))
    qtbot.waitUntil(lambda: any(r[:4] == ["3-1-104", "赵敏", "1", "已报名"] for r in _texts(tab.signups)))


def test_a_cancellation_lets_the_waiting_in_and_the_summary_follows(community, qtbot, clock):
    clock.set(datetime(2026, 11, 28, 9, 0, tzinfo=CST))  # the morning of the activity: who came is marked
    units = make_units(community)
    aid = plan(community, limit=6)
    clerk = make_actor(Role.CLERK)
    signups.sign_up(community, clerk, aid, "3-1-101", "张伟", 4)
    window = desk_window(qtbot, community, "SUPERVISOR")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    answers.dialog(SignupDialog, _sign_up(qtbot, "3-1-102", "李娜", 3), accept=False)
    waiting = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communitySignup"))
    answers.wait_all()
    assert waiting.text == _waiting_text(tab, "重阳节包饺子", "3-1-102 李娜", 1)
    qtbot.waitUntil(lambda: tab.signups.rowCount() == 2)
    assert _texts(tab.signups)[1][3] == "候补"

    click_row(qtbot, tab.signups, 0)
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communityCancel"))
    answers.wait_all()
    assert "3-1-102 李娜" in told.text
    qtbot.waitUntil(lambda: [r[3] for r in _texts(tab.signups)] == ["已取消", "已报名"])

    click_row(qtbot, tab.signups, 1)
    click(qtbot, button_named(tab, "communityAttended"))
    qtbot.waitUntil(lambda: _texts(tab.signups)[1][4] == tab.tr("yes"))

    def spend(dialog: SpendingDialog) -> None:
        type_text(qtbot, dialog.item, "面粉、肉馅")
        type_text(qtbot, dialog.amount, "356.50")
        click(qtbot, dialog.buttons.button(SAVE))

    _press(qtbot, tab, "communitySpend", SpendingDialog, spend)
    qtbot.waitUntil(lambda: tab.spending.rowCount() == 1)
    summary = tab.summary.text()
    for part in ("¥800.00", "¥356.50", "¥443.50"):  # budget, spent, left
        assert part in summary, (part, summary)

    click_row(qtbot, tab.spending, 0)
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, lambda dialog: type_text(qtbot, dialog.findChild(QLineEdit, "askedLine"), "录错金额"))
    click(qtbot, button_named(tab, "communityVoid"))
    answers.wait_all()
    qtbot.waitUntil(lambda: _texts(tab.spending)[0][4] == "录错金额")
    assert "¥0.00" in tab.summary.text()

    page = window.open_unit(units["3-1-102"])
    table = scroll_to_section(qtbot, page, "community").table
    assert _texts(table)[0][0] == "重阳节包饺子" and _texts(table)[0][4:] == ["已报名", tab.tr("yes")]


def test_print_the_notice_and_the_sign_up_sheet(community, qtbot, clock):
    make_units(community)
    aid = plan(community)
    signups.sign_up(community, make_actor(Role.CLERK), aid, "3-1-103", "王芳", 2)
    clock.advance(days=1)  # printed the next morning: the notice keeps the day it was entered
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    shown = answers.pdf_preview()
    click(qtbot, button_named(tab, "communityNotice"))
    answers.wait_all()
    for part in ("活动通知", "翠湖花园物业服务中心", "重阳节包饺子", "2026年11月28日 14:00", "2026年11月27日",
                 "补打（打印日期 2026-11-28）"):
        assert part in shown.pdf_text, part
    answers = ModalAnswers(qtbot)
    shown = answers.pdf_preview()
    click(qtbot, button_named(tab, "communitySheet"))
    answers.wait_all()
    for part in ("活动报名表", "3-1-103", "王芳", "签名"):
        assert part in shown.pdf_text, part


def test_the_activities_register_is_exported(community, qtbot, monkeypatch, tmp_path):
    plan(community)
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "community").activities
    out = tmp_path / "活动.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box()
    click(qtbot, button_named(tab, "communityExport"))
    answers.wait_all()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert any(r[1] == "重阳节包饺子" and r[3] == "会所多功能厅" for r in rows)


def test_the_activities_register_prints_money_with_two_decimals_and_notes_an_overrun(community, qtbot, monkeypatch,
                                                                                      tmp_path):
    """预算/支出/结余 read 800.00, 856.50, -56.50 (the sheet showed 800 and a bare -56.5), and 备注 says by
    how much the activity went over its budget."""
    aid = plan(community)
    activities.spend(community, make_actor(Role.STEWARD), aid, "面粉、肉馅", "856.50", date(2026, 11, 26))
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "community").activities
    out = tmp_path / "活动.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box()
    click(qtbot, button_named(tab, "communityExport"))
    answers.wait_all()
    sheet = openpyxl.load_workbook(out).active
    row = next(r for r in sheet.iter_rows() if r[1].value == "重阳节包饺子")
    assert [c.value for c in row[11:14]] == [800, 856.5, -56.5]
    assert all(c.number_format.startswith("#,##0.00") for c in row[11:14]), [c.number_format for c in row[11:14]]
    assert row[14].value == "超预算 56.50 元"


def _today_kinds(window) -> list[tuple[str, str]]:
    today = window.show_view("reception").today
    return [(cell(today.items, r, 1), cell(today.items, r, 4)) for r in range(today.items.model().rowCount())]


def test_the_steward_registers_a_board_and_the_quarter_leaves_the_morning_list(community, qtbot, monkeypatch,
                                                                                tmp_path):
    window = desk_window(qtbot, community, "STEWARD")
    assert ("宣传板报", "本季度（2026Q4）尚未制作宣传板报") in _today_kinds(window)
    view = open_view(qtbot, window, "community")
    click_tab(qtbot, view.tabs, view.boards)
    tab = view.boards
    seen: dict = {}

    def board(taken_down: str):
        def act(dialog: BoardDialog) -> None:
            type_text(qtbot, dialog.theme, "冬季防火安全")
            type_text(qtbot, dialog.location, "3号楼大堂")
            _retype(qtbot, dialog.put_up, "2026-11-20")
            type_text(qtbot, dialog.taken_down, taken_down)
            click(qtbot, dialog.buttons.button(SAVE))
            if dialog.isVisible():
                seen["focus"] = dialog.focusWidget() is dialog.taken_down
                dialog.reject()
        return act

    answers = ModalAnswers(qtbot)
    answers.dialog(BoardDialog, board("2026-11-19"), accept=False)
    refusal = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communityAddBoard"))
    answers.wait_all()
    assert seen["focus"] and "撤下日期" in refusal.text and tab.table.rowCount() == 0
    _press(qtbot, tab, "communityAddBoard", BoardDialog, board(""))
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert _texts(tab.table)[0] == ["2026-11-20", "冬季防火安全", "3号楼大堂", "", "steward"]
    assert "宣传板报" not in [k for k, _ in _today_kinds(window)]

    open_view(qtbot, window, "community")  # back from the morning list, on the boards tab
    click_row(qtbot, tab.table, 0)

    def down(dialog: TakeDownDialog) -> None:
        click(qtbot, dialog.buttons.button(SAVE))  # today, 2026-11-27

    _press(qtbot, tab, "communityTakeDown", TakeDownDialog, down)
    qtbot.waitUntil(lambda: _texts(tab.table)[0][3] == f"{date(2026, 11, 27):%Y-%m-%d}")

    out = tmp_path / "板报.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box()
    click(qtbot, button_named(tab, "communityBoardsExport"))
    answers.wait_all()
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert any(r[1] == "冬季防火安全" and r[5] == "steward" for r in rows)


def test_the_steward_keeps_a_boards_photo_and_opens_it(community, qtbot, monkeypatch, tmp_path):
    import hashlib

    from PySide6.QtGui import QDesktopServices
    from modal_answers import patch_open_file

    from deskapp.domain.community import BoardInput
    from deskapp.gui.community.files_dialog import FilesDialog
    from deskapp.services.community import boards

    boards.add_board(community, make_actor(Role.STEWARD), BoardInput("冬季防火安全", "3号楼大堂", date(2026, 11, 20),
                                                                     None, "李强"))
    photo = tmp_path / "板报.jpg"
    photo.write_bytes(b"\xff\xd8\xff the board as put up")
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "community")
    click_tab(qtbot, view.tabs, view.boards)
    click_row(qtbot, view.boards.table, 0)
    seen: dict = {}

    def act(dialog: FilesDialog) -> None:
        patch_open_file(monkeypatch, tmp_path / "不存在.jpg")
        refusal = ModalAnswers(qtbot)
        said = refusal.message_box(QMessageBox.StandardButton.Ok)
        click(qtbot, button_named(dialog, "communityAddFile"))
        refusal.wait_all()
        seen["refused"], seen["rows_after_refusal"] = said.text, dialog.table.rowCount()
        patch_open_file(monkeypatch, photo)
        click(qtbot, button_named(dialog, "communityAddFile"))
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        seen["row"] = _texts(dialog.table)[0]
        click_row(qtbot, dialog.table, 0)
        click(qtbot, button_named(dialog, "communityOpenFile"))
        dialog.reject()
        seen["done"] = True

    _press(qtbot, view.boards, "communityBoardFiles", FilesDialog, act)
    qtbot.waitUntil(lambda: "done" in seen)
    assert "文件" in seen["refused"] and seen["rows_after_refusal"] == 0
    assert seen["row"][0] == "板报.jpg" and seen["row"][2] == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert len(opened) == 1 and opened[0] != str(photo)
    assert open(opened[0], "rb").read() == photo.read_bytes()  # the kept copy in the file store


def test_the_steward_adds_an_activitys_photo(community, qtbot, monkeypatch, tmp_path):
    from modal_answers import patch_open_file

    from deskapp.gui.community.files_dialog import FilesDialog

    plan(community)
    photo = tmp_path / "包饺子.png"
    photo.write_bytes(b"\x89PNG the dumplings")
    patch_open_file(monkeypatch, photo)
    window = desk_window(qtbot, community, "STEWARD")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    seen: dict = {}

    def act(dialog: FilesDialog) -> None:
        click(qtbot, button_named(dialog, "communityAddFile"))
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
        seen["row"] = _texts(dialog.table)[0]
        dialog.reject()

    _press(qtbot, tab, "communityPhotos", FilesDialog, act)
    qtbot.waitUntil(lambda: "row" in seen)
    assert seen["row"][0] == "包饺子.png" and seen["row"][4] == "steward"


def test_the_steward_moves_an_activity_and_is_told_whom_to_ring(community, qtbot):
    make_units(community)
    aid = plan(community, limit=4)
    clerk = make_actor(Role.CLERK)
    signups.sign_up(community, clerk, aid, "3-1-101", "张伟", 4)
    signups.sign_up(community, clerk, aid, "3-1-102", "李娜", 2)  # waits
    window = desk_window(qtbot, community, "STEWARD")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    assert _texts(tab.table)[0][10] == "报名中"

    def move(dialog: ActivityDialog) -> None:
        assert dialog.title_box.text() == "重阳节包饺子" and dialog.limit.value() == 4  # the plan as it stands
        _retype(qtbot, dialog.place, "二楼会议室")
        _retype(qtbot, dialog.limit, "6")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(ActivityDialog, move, accept=False)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communityEdit"))
    answers.wait_all()
    assert "3-1-102 李娜" in told.text and "3-1-101 张伟" in told.text
    qtbot.waitUntil(lambda: _texts(tab.table)[0][2] == "二楼会议室")
    assert [r[3] for r in _texts(tab.signups)] == ["已报名", "已报名"]


def test_the_steward_calls_off_an_activity_and_prints_its_cancellation_notice(community, qtbot):
    units = make_units(community)
    aid = plan(community)
    signups.sign_up(community, make_actor(Role.CLERK), aid, "3-1-101", "张伟", 2)
    window = desk_window(qtbot, community, "STEWARD")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)

    answers = ModalAnswers(qtbot)  # the reason, then No at the confirmation: nothing happens
    answers.input_text("会所消防设施检修")
    answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(tab, "communityCallOff"))
    answers.wait_all()
    assert _texts(tab.table)[0][10] == "报名中"

    answers = ModalAnswers(qtbot)
    answers.input_text("会所消防设施检修")
    asked = answers.message_box(QMessageBox.StandardButton.Yes)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "communityCallOff"))
    answers.wait_all()
    assert "重阳节包饺子" in asked.text and "1" in asked.text
    assert "3-1-101 张伟" in told.text
    qtbot.waitUntil(lambda: _texts(tab.table)[0][10] == "已取消")
    assert "会所消防设施检修" in tab.summary.text()
    for name in ("communitySignup", "communityCancel", "communityAttended", "communityEdit", "communityCallOff"):
        assert not button_named(tab, name).isEnabled(), name

    answers = ModalAnswers(qtbot)
    shown = answers.pdf_preview()
    click(qtbot, button_named(tab, "communityNotice"))
    answers.wait_all()
    text = shown.pdf_text.replace("\n", "")
    for part in ("活动取消通知", "因会所消防设施检修，决定取消", "2026年11月27日"):
        assert part in text, part

    page = window.open_unit(units["3-1-101"])
    section = scroll_to_section(qtbot, page, "community")
    assert _texts(section.table)[0][4] == section.tr("activity called off")


def test_the_steward_puts_a_board_right(community, qtbot):
    from deskapp.domain.community import BoardInput
    from deskapp.services.community import boards

    boards.add_board(community, make_actor(Role.STEWARD), BoardInput("冬季防火", "3号楼大堂", date(2026, 11, 20),
                                                                     None, "李强"))
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "community")
    click_tab(qtbot, view.tabs, view.boards)
    tab = view.boards
    click_row(qtbot, tab.table, 0)

    def fix(dialog: BoardDialog) -> None:
        assert dialog.theme.text() == "冬季防火" and dialog.put_up.value() == date(2026, 11, 20)
        _retype(qtbot, dialog.theme, "冬季防火安全")
        click(qtbot, dialog.buttons.button(SAVE))

    _press(qtbot, tab, "communityEditBoard", BoardDialog, fix)
    qtbot.waitUntil(lambda: _texts(tab.table)[0][1] == "冬季防火安全")
    assert tab.table.rowCount() == 1


def test_a_form_opens_with_its_first_field_ready_to_type_in(community, qtbot):
    # A form built row by row gave the focus to its Save button: the steward's first keys went nowhere
    window = desk_window(qtbot, community, "STEWARD")
    tab = open_view(qtbot, window, "community").activities
    seen: dict = {}

    def look(dialog: ActivityDialog) -> None:
        seen["focus"] = dialog.focusWidget() is dialog.title_box
        dialog.reject()

    answers = ModalAnswers(qtbot)
    answers.dialog(ActivityDialog, look, accept=False)
    click(qtbot, button_named(tab, "communityPlan"))
    answers.wait_all()
    assert seen == {"focus": True}


def test_a_board_stays_chosen_when_another_is_registered(community, qtbot):
    """The list is newest first: a board registered while an older one was chosen moved the choice onto
    another board, and 修改… opened that one. The chosen board stays chosen now; with none chosen,
    撤下… says what to choose instead of doing nothing."""
    from deskapp.domain.community import BoardInput
    from deskapp.services.community import boards

    steward = make_actor(Role.STEWARD)
    for theme, day in (("秋季防汛", date(2026, 9, 1)), ("冬季防火", date(2026, 11, 20))):
        boards.add_board(community, steward, BoardInput(theme, "3号楼大堂", day, None, "李强"))
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "community")
    click_tab(qtbot, view.tabs, view.boards)
    tab = view.boards
    answers = ModalAnswers(qtbot)
    said = answers.message_box()
    click(qtbot, button_named(tab, "communityTakeDown"))
    answers.wait_all()
    assert said.text == tab.tr("Choose a board in the list first.")
    click_row(qtbot, tab.table, 1)
    assert _texts(tab.table)[1][1] == "秋季防汛"
    boards.add_board(community, steward, BoardInput("垃圾分类", "2号楼大堂", date(2026, 11, 25), None, "李强"))
    window.session.bus.changed.emit({Change.COMMUNITY})
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3)
    seen = {}

    def look(dialog: BoardDialog) -> None:
        seen["theme"] = dialog.theme.text()
        dialog.reject()

    _press(qtbot, tab, "communityEditBoard", BoardDialog, look)
    assert seen["theme"] == "秋季防汛"


def test_an_activity_someone_came_to_is_refused_before_its_reason_is_asked(community, qtbot, clock):
    """取消活动… on a held activity a household came to asked for the reason, then for a confirmation,
    and only then refused: now it says at once why it cannot be called off."""
    make_units(community)
    aid = plan(community)
    signups.sign_up(community, make_actor(Role.CLERK), aid, "3-1-101", "张伟", 2)
    clock.advance(days=30)
    signup, = signups.for_activity(community, make_actor(Role.CLERK), aid)
    signups.mark_attended(community, make_actor(Role.CLERK), signup.id, True)
    window = desk_window(qtbot, community, "STEWARD")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    said = answers.message_box()
    click(qtbot, button_named(tab, "communityCallOff"))
    answers.wait_all()
    assert "重阳节包饺子" in said.text and "1" in said.text
    assert [a.state.value for a in activities.activities(community, make_actor(Role.CLERK))] == ["已举行"]
    # nor is it announced any more: its notice invited households to what was over
    notice = button_named(tab, "communityNotice")
    assert not notice.isEnabled() and notice.toolTip() == tab.tr("The activity has been held: there is nothing to announce.")
    assert button_named(tab, "communitySheet").isEnabled()  # the sign-up sheet is still the attendance record


def test_spending_past_the_budget_is_asked_first_and_no_keeps_the_form(community, qtbot):
    """A line that takes the activity past its budget asks first, naming the sum and the excess; 否 keeps
    the form open at 金额 with nothing written; within the budget no question; 是 writes it."""
    aid = plan(community)  # budget ¥800.00
    activities.spend(community, make_actor(Role.STEWARD), aid, "面粉、肉馅", "700", date(2026, 11, 26))
    window = desk_window(qtbot, community, "STEWARD")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    seen: dict = {}
    asked_texts: list[str] = []

    def typo_then_right(dialog: SpendingDialog) -> None:
        type_text(qtbot, dialog.item, "横幅")
        type_text(qtbot, dialog.amount, "3500")
        answers = ModalAnswers(qtbot)
        asked = answers.message_box(QMessageBox.StandardButton.No)
        click(qtbot, dialog.buttons.button(SAVE))
        answers.wait_all()
        asked_texts.append(asked.text)
        seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is dialog.amount
        seen["written"] = len(activities.spending(community, make_actor(Role.STEWARD), aid))
        _retype(qtbot, dialog.amount, "35")
        click(qtbot, dialog.buttons.button(SAVE))  # ¥735.00: within the budget, no question

    _press(qtbot, tab, "communitySpend", SpendingDialog, typo_then_right)
    # in the form's own words (its context, SpendingDialog): Chinese when an earlier test left the translator
    assert asked_texts == [QCoreApplication.translate(
        "SpendingDialog", "With ¥{amount} the spending on “{title}” comes to ¥{after}, ¥{over} over its "
                          "budget of ¥{budget}. Add it all the same?").format(
        amount="3,500.00", title="重阳节包饺子", after="4,200.00", over="3,400.00", budget="800.00")]
    assert seen == {"open": True, "focus": True, "written": 1}
    qtbot.waitUntil(lambda: [r[1:3] for r in _texts(tab.spending)] == [["面粉、肉馅", "700.00"], ["横幅", "35.00"]])

    def past_it(dialog: SpendingDialog) -> None:
        type_text(qtbot, dialog.item, "奖品")
        type_text(qtbot, dialog.amount, "120")
        click(qtbot, dialog.buttons.button(SAVE))

    answers = ModalAnswers(qtbot)
    answers.dialog(SpendingDialog, past_it, accept=False)
    agreed = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(tab, "communitySpend"))
    answers.wait_all()
    assert "¥55.00" in agreed.text  # 735 + 120 = 855, over 800 by 55
    qtbot.waitUntil(lambda: tab.spending.rowCount() == 3)
    assert tab.tr(" — over budget") in tab.summary.text()


def test_who_came_is_marked_from_the_activitys_day_not_days_ahead(community, qtbot, clock):
    """到场 on an activity days ahead marked the household as come — and then 取消活动 refused, someone
    having come. The button is off until the day, saying from when; on the morning it marks."""
    make_units(community)
    aid = plan(community)  # Saturday 11-28 14:00; the clock is Friday 11-27
    signups.sign_up(community, make_actor(Role.CLERK), aid, "3-1-101", "张伟", 2)
    window = desk_window(qtbot, community, "CLERK")
    tab = open_view(qtbot, window, "community").activities
    click_row(qtbot, tab.table, 0)
    click_row(qtbot, tab.signups, 0)
    came = button_named(tab, "communityAttended")
    assert not came.isEnabled() and button_named(tab, "communitySignup").isEnabled()
    assert came.toolTip() == tab.tr("Who came is marked from {day}, the day of the activity.").format(day="2026-11-28")
    assert _texts(tab.signups)[0][4] == "" and tab.table.item(0, 7).text() == "0"
    # and the service refuses it too (another desk, an older screen): nothing written
    with pytest.raises(Conflict):
        signups.mark_attended(community, make_actor(Role.CLERK), tab.people[0].id, True)

    clock.set(datetime(2026, 11, 28, 8, 30, tzinfo=CST))
    tab.refresh()
    click_row(qtbot, tab.table, 0)
    click_row(qtbot, tab.signups, 0)
    assert came.isEnabled() and came.toolTip() == ""
    click(qtbot, came)
    qtbot.waitUntil(lambda: _texts(tab.signups)[0][4] == tab.tr("yes"))
    assert tab.table.item(0, 7).text() == "1"
