"""What the steward found walking 楼道巡查 (chenzg, 2026-12-07): a round walked on a day outside
the Tue/Wed schedule was nowhere on 《楼道巡查周报表》 (its columns were the scheduled days only) —
it now has a column of its own, marked 加巡; 开始/继续巡查… and the 转办 buttons with nothing
chosen did nothing at all — they now say what to choose; a landing with its light out and rubbish
on the stairs could take only one finding, and a finding with no description closed its dialog
before the refusal — 再加一项 takes the next one, and a refusal leaves the dialog open with what was
typed; a finding was handed to engineering or cleaning at one click, 按建议转办 not saying where —
it now asks first, naming where it goes and what it is."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, pdf_text, type_text,
)

from deskapp.services.registry import community as registry_community
from deskapp.services.rounds import stairwell


@pytest.fixture
def route(desk_session, units, admin):
    """A route set up on Monday 2026-11-16, the week before the rounds the tests walk or miss."""
    ctx = desk_session.ctx
    b = [x for x in registry_community.buildings(ctx, admin) if x.code == "3"][0]
    now = ctx.clock.now()
    ctx.clock.set(datetime(2026, 11, 16, 9, 0))
    route = stairwell.set_route(ctx, admin, b.id, "3号楼1单元", ["一楼大堂", "2层楼道", "3层楼道"])
    ctx.clock.set(now)
    return route


@pytest.fixture
def stairs(desk_session, route, qtbot):
    """楼宇管家 ▸ 楼道巡查 as the steward opens it."""
    view = open_view(qtbot, desk_window(qtbot, desk_session.ctx, "STEWARD"), "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(3))
    tab = view.stairwell
    qtbot.waitUntil(tab.isVisible)
    return tab


def _walk(qtbot, stairs, findings=None):
    """Starts the round of the first route and walks it: the first point's findings through the
    finding dialog (`findings(dialog)` fills it), every other point 正常, then 完成巡查."""
    from deskapp.gui.rounds.stairwell_tab import FindingDialog, RoundDialog

    seen = {}

    def walk(dlg: RoundDialog) -> None:
        if findings is not None:
            click(qtbot, button_named(dlg, "pointFinding"))
        while dlg.view.remaining:
            click(qtbot, button_named(dlg, "pointOk"))
        seen["first"] = dlg.points.index(0, 1).data()
        click(qtbot, button_named(dlg, "finishRound"))

    answers = ModalAnswers(qtbot)
    answers.dialog(RoundDialog, walk, accept=False)
    if findings is not None:
        findings(answers, FindingDialog)
    click_row(qtbot, stairs.routes_view, 0)
    click(qtbot, button_named(stairs, "startRound"))
    answers.wait_all()
    return seen


def test_a_round_walked_off_the_schedule_is_on_the_weekly_sheet(desk_session, stairs, qtbot):
    assert desk_session.ctx.clock.today().isoweekday() == 5  # a Friday: no round is scheduled
    _walk(qtbot, stairs)
    assert stairs.routes.index(0, 3).data() == "已完成"
    answers = ModalAnswers(qtbot)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(stairs, "printWeekSheet"))
    answers.wait_all()
    text = sheet.pdf_text
    # the week's scheduled days, and the Friday round beside them with what it found
    assert "11-24 周二" in text and "11-25 周三" in text and "11-27 周五（加巡）" in text
    assert text.count("正常") >= 3 and "“加巡”为排班日以外做的巡查" in text


def test_round_and_hand_on_buttons_with_nothing_chosen_say_what_to_choose(stairs, qtbot):
    stairwell_findings = stairs.findings.rowCount()
    for name, says in (("startRound", "巡查路线"), ("toRepair", "巡查问题"), ("toCleaning", "巡查问题"),
                       ("toSuggested", "巡查问题")):
        answers = ModalAnswers(qtbot)
        told = answers.message_box()
        click(qtbot, button_named(stairs, name))
        answers.wait_all()
        assert "请先在列表中选择" in told.text and says in told.text, name
    assert stairs.findings.rowCount() == stairwell_findings


def test_two_findings_at_one_point_and_a_blank_one_keeps_the_dialog(desk_session, stairs, qtbot, admin):
    def findings(answers: ModalAnswers, cls) -> None:
        def fill(dlg) -> None:
            click(qtbot, button_named(dlg, "findingMore"))  # a second item offered: 卫生 after 照明
            click(qtbot, dlg.buttons.button(QDialogButtonBox.StandardButton.Ok))  # OK with nothing written: refused, the dialog stays
            kept["open"] = dlg.isVisible()
            type_text(qtbot, dlg.text, "声控灯不亮")
            type_text(qtbot, dlg.rows[1][1], "楼梯间堆放纸箱")
            kept["items"] = [item.currentText() for item, _ in dlg.rows]
            click(qtbot, dlg.buttons.button(QDialogButtonBox.StandardButton.Ok))

        answers.dialog(cls, fill, accept=False)
        refused["box"] = answers.message_box()

    kept, refused = {}, {}
    seen = _walk(qtbot, stairs, findings)
    assert "问题描述" in refused["box"].text and kept["open"]
    assert kept["items"] == ["照明", "卫生"]
    assert seen["first"] == "照明：声控灯不亮；卫生：楼梯间堆放纸箱"
    shown = {stairs.findings.row_at(r)[3].text for r in range(stairs.findings.rowCount())}
    assert shown == {"声控灯不亮", "楼梯间堆放纸箱"}


def test_a_finding_is_handed_on_only_once_the_steward_says_yes_to_where_it_goes(desk_session, stairs, qtbot):
    from PySide6.QtWidgets import QMessageBox

    def findings(answers: ModalAnswers, cls) -> None:
        def fill(dlg) -> None:
            type_text(qtbot, dlg.text, "声控灯不亮")

        answers.dialog(cls, fill)

    _walk(qtbot, stairs, findings)
    assert stairs.findings.rowCount() == 1
    click_row(qtbot, stairs.findings_view, 0)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(stairs, "toSuggested"))
    answers.wait_all()
    assert "转工程维修，开工程维修单" in asked.text and "一楼大堂" in asked.text and "声控灯不亮" in asked.text
    assert stairs.findings.rowCount() == 1 and stairs.last_handed == ""  # No: nothing handed on

    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    offered = answers.message_box(QMessageBox.StandardButton.Yes, contains="打印")  # the order, to print now
    printed = answers.pdf_preview()
    click(qtbot, button_named(stairs, "toSuggested"))
    answers.wait_all()
    number = stairs.last_handed
    assert number.startswith("WX") and number in stairs.notice.text()
    qtbot.waitUntil(lambda: stairs.findings.rowCount() == 0)
    # the 工程维修单 just made is offered for printing, and printed as reception prints it
    assert number in offered.text and number in printed.title
    paper = pdf_text(printed.pdf)
    assert "工程维修单" in paper and number in paper and "声控灯不亮" in paper and "3号楼 一楼大堂" in paper


def test_a_make_up_round_takes_its_missed_day_off_the_missed_list(desk_session, route, qtbot):
    from datetime import date, datetime

    from deskapp.services.rounds import today

    ctx = desk_session.ctx
    ctx.clock.set(datetime(2026, 11, 26, 9, 0))  # Thursday: this week's Tuesday and Wednesday not walked
    view = open_view(qtbot, desk_window(qtbot, ctx, "STEWARD"), "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(3))
    stairs = view.stairwell
    qtbot.waitUntil(stairs.isVisible)
    missed = lambda: [stairs.missed.index(r, 0).data() for r in range(stairs.missed.rowCount())]  # noqa: E731
    assert missed()[-2:] == ["2026-11-24", "2026-11-25"]
    _walk(qtbot, stairs)  # the 补巡 on Thursday
    qtbot.waitUntil(lambda: missed()[-1:] == ["2026-11-24"])
    assert "2026-11-25" not in missed()
    # and the morning list no longer asks for Wednesday's round
    with ctx.reader() as uow:
        owed = [i.text for i in today.open_items(uow.session, ctx, desk_session.actor, ctx.clock.today())
                if i.kind == "楼道巡查漏检"]
    assert any("11-24" in t for t in owed) and not any("11-25" in t for t in owed)
    # nor the duty calendar: Wednesday's duty is done by the make-up, Tuesday's still overdue
    from deskapp.domain.calendar import DutyStatus
    from deskapp.services.calendar import duties

    rows = {r.due: r for r in duties.month(ctx, desk_session.actor, 2026, 11) if r.key == "rounds.stairwell"}
    assert rows[date(2026, 11, 25)].status is DutyStatus.DONE and "1 条补巡" in rows[date(2026, 11, 25)].record
    assert rows[date(2026, 11, 24)].status is DutyStatus.OVERDUE


def test_several_findings_go_on_at_once_each_where_it_belongs_and_old_ones_are_red(desk_session, stairs, qtbot):
    from datetime import datetime

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from deskapp.gui.rounds.common import ALERT, NOTICE

    def findings(answers: ModalAnswers, cls) -> None:
        def fill(dlg) -> None:
            type_text(qtbot, dlg.text, "声控灯不亮")
            click(qtbot, button_named(dlg, "findingMore"))
            type_text(qtbot, dlg.rows[1][1], "楼梯间堆放纸箱")

        answers.dialog(cls, fill)

    _walk(qtbot, stairs, findings)
    ctx = desk_session.ctx
    ctx.clock.set(datetime(2026, 11, 30, 9, 0))  # the Monday after: still not handed on
    stairs.refresh()
    assert stairs.findings.rowCount() == 2
    tint = stairs.findings.data(stairs.findings.index(0, 0), Qt.ItemDataRole.BackgroundRole).color()
    assert tint == ALERT and tint != NOTICE
    click_row(qtbot, stairs.findings_view, 0)
    qtbot.mouseClick(stairs.findings_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     stairs.findings_view.visualRect(stairs.findings.index(1, 0)).center())
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.Yes)
    declined = answers.message_box(QMessageBox.StandardButton.No, contains="打印")  # not now: no preview
    click(qtbot, button_named(stairs, "toSuggested"))
    answers.wait_all()
    assert "这 2 个巡查问题" in asked.text and stairs.last_handed.split("、")[0] in declined.text
    assert stairs.last_preview is None
    assert "声控灯不亮 → 转工程维修（工程维修单）" in asked.text and "楼梯间堆放纸箱 → 转保洁（保洁服务需求）" in asked.text
    refs = stairs.last_handed.split("、")
    assert sorted(r[:2] for r in refs) == ["KS", "WX"] and all(r in stairs.notice.text() for r in refs)
    qtbot.waitUntil(lambda: stairs.findings.rowCount() == 0)


def _supervisors_stairs(qtbot, ctx):
    view = open_view(qtbot, desk_window(qtbot, ctx, "SUPERVISOR"), "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(3))
    tab = view.stairwell
    qtbot.waitUntil(tab.isVisible)
    return tab


def test_the_generated_route_is_looked_over_before_it_is_saved_and_a_second_of_its_name_refused(
        desk_session, units, qtbot):
    from deskapp.gui.rounds.stairwell_tab import RouteDialog

    ctx = desk_session.ctx
    stairs = _supervisors_stairs(qtbot, ctx)
    assert stairs.routes.rowCount() == 0
    seen = {}

    def generate(dlg: RouteDialog) -> None:
        dlg.building.setCurrentIndex(dlg.building.findText("3号楼"))
        click(qtbot, button_named(dlg, "routeDefault"))
        seen["open"], seen["name"] = dlg.isVisible(), dlg.name.text()
        seen["points"] = dlg.points.toPlainText().splitlines()
        seen["saved"] = stairs.routes.rowCount()
        click(qtbot, dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    answers.dialog(RouteDialog, generate, accept=False)
    click(qtbot, button_named(stairs, "newRoute"))
    answers.wait_all()
    assert seen["open"] and seen["saved"] == 0  # the button filled the form; nothing saved yet
    assert seen["name"] == "3号楼楼道巡查" and seen["points"][0] == "1单元一楼大堂/电梯厅"
    qtbot.waitUntil(lambda: stairs.routes.rowCount() == 1)

    # the same again: refused, naming the route already there; the dialog stays open
    def again(dlg: RouteDialog) -> None:
        dlg.building.setCurrentIndex(dlg.building.findText("3号楼"))
        click(qtbot, button_named(dlg, "routeDefault"))
        click(qtbot, dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))
        seen["still open"] = dlg.isVisible()
        dlg.reject()

    answers = ModalAnswers(qtbot)
    answers.dialog(RouteDialog, again, accept=False)
    refused = answers.message_box()
    click(qtbot, button_named(stairs, "newRoute"))
    answers.wait_all()
    assert "已有巡查路线“3号楼楼道巡查”" in refused.text and seen["still open"]
    assert stairs.routes.rowCount() == 1


def test_the_supervisor_edits_a_route_and_retires_one(desk_session, route, qtbot, admin):
    from PySide6.QtWidgets import QMessageBox

    from deskapp.gui.rounds.stairwell_tab import RouteDialog

    ctx = desk_session.ctx
    b = [x for x in registry_community.buildings(ctx, admin) if x.code == "3"][0]
    stairwell.set_route(ctx, admin, b.id, "3号楼地下车库", ["B1 电梯厅"])
    stairs = _supervisors_stairs(qtbot, ctx)
    assert [stairs.routes.index(r, 1).data() for r in range(2)] == ["3号楼1单元", "3号楼地下车库"]

    shown = {}

    def edit(dlg: RouteDialog) -> None:
        shown["points"] = dlg.points.toPlainText()
        shown["building"] = dlg.building.isEnabled()
        dlg.points.setPlainText(dlg.points.toPlainText() + "\n屋面出口")
        click(qtbot, dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    click_row(qtbot, stairs.routes_view, 0)
    answers = ModalAnswers(qtbot)
    answers.dialog(RouteDialog, edit, accept=False)
    click(qtbot, button_named(stairs, "editRoute"))
    answers.wait_all()
    assert shown["points"] == "一楼大堂\n2层楼道\n3层楼道" and not shown["building"]
    qtbot.waitUntil(lambda: stairs.routes.index(0, 2).data() == "4")
    assert [p for _, p in stairwell.routes(ctx, admin)[0].points][-1] == "屋面出口"

    click_row(qtbot, stairs.routes_view, 1)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(stairs, "retireRoute"))
    answers.wait_all()
    assert "3号楼地下车库" in asked.text and "不再计为漏检" in asked.text
    qtbot.waitUntil(lambda: stairs.routes.rowCount() == 1)
    assert all(m.route != "3号楼地下车库" for m in stairwell.missed(ctx, admin))


def test_a_point_marked_ok_by_mistake_is_taken_back_and_recorded_again(desk_session, stairs, qtbot, admin):
    from PySide6.QtWidgets import QMessageBox

    from deskapp.gui.rounds.stairwell_tab import FindingDialog, RoundDialog

    seen = {}

    def walk(dlg: RoundDialog) -> None:
        click(qtbot, button_named(dlg, "pointOk"))  # Space at the lobby — but its light is out
        seen["before"] = (dlg.points.index(0, 1).data(), dlg.view.remaining)
        click_row(qtbot, dlg.table, 0)
        click(qtbot, button_named(dlg, "pointClear"))
        seen["after"] = (dlg.points.index(0, 1).data(), dlg.view.remaining, dlg.table.currentIndex().row())
        click(qtbot, button_named(dlg, "pointFinding"))
        while dlg.view.remaining:
            click(qtbot, button_named(dlg, "pointOk"))
        seen["first"] = dlg.points.index(0, 1).data()
        click(qtbot, button_named(dlg, "finishRound"))

    def finding(dlg: FindingDialog) -> None:
        type_text(qtbot, dlg.text, "大堂吸顶灯不亮")

    answers = ModalAnswers(qtbot)
    answers.dialog(RoundDialog, walk, accept=False)
    asked = answers.message_box(QMessageBox.StandardButton.Yes)
    answers.dialog(FindingDialog, finding)
    click_row(qtbot, stairs.routes_view, 0)
    click(qtbot, button_named(stairs, "startRound"))
    answers.wait_all()
    assert seen["before"] == ("正常", 2)
    assert "一楼大堂" in asked.text and "正常" in asked.text
    assert seen["after"] == ("", 3, 0)  # back to be recorded, and chosen
    assert seen["first"] == "照明：大堂吸顶灯不亮"
    assert stairs.findings.rowCount() == 1


def test_a_site_past_its_works_period_is_red_on_todays_checks(desk_session, site, qtbot):
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from deskapp.gui.rounds.common import ALERT

    ctx = desk_session.ctx
    view = open_view(qtbot, desk_window(qtbot, ctx, "STEWARD"), "rounds")
    checks = view.checks
    tint = lambda: checks.sites.data(checks.sites.index(0, 5), Qt.ItemDataRole.BackgroundRole)  # noqa: E731
    assert checks.sites.rowCount() == 1 and tint() is None
    ctx.clock.set(ctx.clock.now() + timedelta(days=61))  # 装修期至 passed: no acceptance, no extension
    checks.sites_view.viewport().update()
    assert checks.sites.rowCount() == 1 and tint().color() == ALERT


def test_on_a_round_day_the_routes_still_to_walk_say_so_and_names_are_not_cut(desk_session, stairs, qtbot, admin):
    from datetime import datetime

    from PySide6.QtCore import Qt

    from deskapp.gui.rounds.common import GOOD, NOTICE

    ctx = desk_session.ctx
    b = [x for x in registry_community.buildings(ctx, admin) if x.code == "3"][0]
    stairwell.set_route(ctx, admin, b.id, "3号楼沿街商铺及地下车库楼道巡查", ["B1 电梯厅"])
    ctx.clock.set(datetime(2026, 12, 1, 9, 0))  # a Tuesday
    stairs.refresh()
    assert "今天是巡查日" in stairs.day_label.text()
    assert [stairs.routes.index(r, 3).data() for r in range(2)] == ["今日待巡查", "今日待巡查"]
    _walk(qtbot, stairs)
    state = lambda r: (stairs.routes.index(r, 3).data(),  # noqa: E731
                       stairs.routes.data(stairs.routes.index(r, 3), Qt.ItemDataRole.BackgroundRole).color())
    qtbot.waitUntil(lambda: state(0)[0] == "已完成")
    assert state(0) == ("已完成", GOOD) and state(1) == ("今日待巡查", NOTICE)
    name = stairs.routes.index(1, 1).data()
    assert stairs.routes_view.columnWidth(1) >= stairs.routes_view.fontMetrics().horizontalAdvance(name)


def test_a_finding_put_right_on_the_spot_leaves_the_list_without_an_order(desk_session, stairs, qtbot, admin):
    """A bulb the steward swapped there and then stayed on 巡查问题未转办 until someone made an order for
    it. 现场处理… asks what was done (refused empty, at its line), and the finding leaves the list with
    no order made; the weekly sheet says what was done."""
    from PySide6.QtWidgets import QLineEdit

    from deskapp.gui.forms import FormDialog

    def findings(answers: ModalAnswers, cls) -> None:
        answers.dialog(cls, lambda dlg: type_text(qtbot, dlg.text, "声控灯不亮"))

    _walk(qtbot, stairs, findings)
    click_row(qtbot, stairs.findings_view, 0)
    seen = {}

    def note(dialog: FormDialog) -> None:
        line = dialog.findChild(QLineEdit, "askedLine")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))  # empty: refused, kept open
        seen["open"], seen["focus"] = dialog.isVisible(), dialog.focusWidget() is line
        type_text(qtbot, line, "已更换灯泡")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    from PySide6.QtWidgets import QMessageBox

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, note, accept=False)
    answers.message_box(QMessageBox.StandardButton.Ok, contains="处理情况")
    click(qtbot, button_named(stairs, "onSite"))
    answers.wait_all()
    assert seen == {"open": True, "focus": True}
    qtbot.waitUntil(lambda: stairs.findings.rowCount() == 0)
    assert "现场处理" in stairs.notice.text()
    sheet = stairwell.weekly_sheet_pdf(desk_session.ctx, admin, stairs.sheet_building.currentData(),
                                       desk_session.ctx.clock.today())
    assert "已更换灯泡" in pdf_text(sheet) and "WX" not in pdf_text(sheet)
