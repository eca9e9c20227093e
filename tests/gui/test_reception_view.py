from __future__ import annotations


import pytest
from modal_answers import ModalAnswers, cell, click_tab, scroll_to_section
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from deskapp.domain.reception import CallbackResult, Department, RequestAction, RequestKind, RequestState
from deskapp.services.reception import desk, repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput


@pytest.fixture
def no_popups(monkeypatch):
    """Message boxes record their text instead of waiting for a click."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return shown


def _combo_select(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_complaint_from_the_unit_page_dispatch_complete_callback(main_window, desk_session, unit_id, qtbot,
                                                                 no_popups):
    page = main_window.open_unit(unit_id)
    section = scroll_to_section(qtbot, page, "reception")
    dlg = section.new_request()
    assert dlg.unit_edit.text() == "3-1-502" and dlg.caller_box.currentText() == "张伟"
    _combo_select(dlg.kind_box, RequestKind.COMPLAINT)
    dlg.text_edit.insertPlainText("楼上装修噪音，中午也在施工")
    dlg.buttons.button(dlg.buttons.StandardButton.Save).click()
    assert not dlg.isVisible() and no_popups == []
    assert section.requests.rowCount() == 1
    assert section.requests.item(0, 0).text() == "KS2026-000001" and section.requests.item(0, 2).text() == "投诉"
    assert "投诉" in page.chronicle.item(page.chronicle.rowCount() - 1, 2).text() or any(
        "投诉" in page.chronicle.item(r, 2).text() for r in range(page.chronicle.rowCount()))

    section.requests.selectRow(0)
    assert section.action_buttons[RequestAction.DISPATCH].isEnabled()
    assert not section.action_buttons[RequestAction.CALLBACK].isEnabled()
    step = section.act(RequestAction.DISPATCH)
    assert "处理部门" in step.widgets and step.windowTitle() == "派单 KS2026-000001"
    _combo_select(step.widgets["处理部门"], Department.SECURITY)
    step.widgets["处理人"].setText("保安队长")
    step.save()
    assert section.requests.item(0, 4).text() == "保安" and section.requests.item(0, 5).text() == "已派单"

    view = main_window.show_view("reception")
    tab = view.requests
    qtbot.waitUntil(view.isVisible)  # a view put in its tab is shown by the event loop
    click_tab(qtbot, view, tab)  # the register behind 今日 reads its rows when its tab is opened
    tab.select_row(0)
    assert tab.action_buttons[RequestAction.COMPLETE].isEnabled()
    assert not tab.action_buttons[RequestAction.CALLBACK].isEnabled()
    complete = tab.act(RequestAction.COMPLETE)
    complete.widgets["处理结果"].insertPlainText("已上门劝导，施工时间已调整")
    complete.save()
    tab.select_row(0)
    assert tab.selected().state is RequestState.DONE  # still in the default view, awaiting its callback
    rid = tab.selected().id
    call = tab.act(RequestAction.CALLBACK)
    _combo_select(call.widgets["回访结果"], CallbackResult.SATISFIED)
    call.widgets["业主意见"].insertPlainText("满意")
    call.save()
    assert tab.model.total == 0  # called back: settled, out of the default view
    d = requests.request_detail(desk_session.ctx, desk_session.actor, rid)
    assert d.state is RequestState.CALLED_BACK and d.callback_result is CallbackResult.SATISFIED
    assert [h.action for h in d.history] == ["登记", "派单", "完成", "回访"]
    section.refresh()
    assert section.requests.rowCount() == 0  # called back: no longer open on the unit page
    assert no_popups == []


def test_bad_input_keeps_the_dialog_open_and_names_the_field(main_window, desk_session, qtbot, no_popups):
    view = main_window.show_view("reception")
    dlg = view.requests.new_request()
    dlg.text_edit.insertPlainText("灯坏了")
    assert dlg.save() is False
    assert dlg.isVisible() and "房号/公共区域" in no_popups[-1]
    assert dlg.location_edit.hasFocus() or dlg.location_edit.toolTip()
    dlg.location_edit.setText("3 号楼大堂")
    dlg.text_edit.setPlainText("")
    assert dlg.save() is False and "内容" in no_popups[-1]
    assert requests.request_register(desk_session.ctx, desk_session.actor,
                                     view.requests.current_filter()).total == 0
    dlg.unit_edit.setText("9-9-999")
    dlg.text_edit.setPlainText("灯坏了")
    assert dlg.save() is False and "没有房号" in no_popups[-1]
    dlg.reject()


def test_callback_before_completion_is_refused(main_window, desk_session, unit_id, qtbot, no_popups):
    rid = requests.record_request(desk_session.ctx, desk_session.actor, RequestInput(text="电梯异响",
                                                                                     unit_id=unit_id))
    from deskapp.gui.reception.request_dialogs import action_dialog

    view = main_window.show_view("reception")
    dlg = action_dialog(view, desk_session, rid, RequestAction.CALLBACK)
    assert dlg.save() is False and "尚未完成" in no_popups[-1]
    assert requests.request_detail(desk_session.ctx, desk_session.actor, rid).callback_result is None
    dispatch = action_dialog(view, desk_session, rid, RequestAction.DISPATCH)
    dispatch.widgets["完成时限"].clear()
    qtbot.keyClicks(dispatch.widgets["完成时限"], "2026-11-26 09:00")
    assert dispatch.save() is False and "完成时限" in no_popups[-1]
    assert requests.request_detail(desk_session.ctx, desk_session.actor, rid).state is RequestState.PENDING
    view.requests.select_row(0)
    assert not view.requests.action_buttons[RequestAction.CALLBACK].isEnabled()


def test_register_models_and_overdue_mark(main_window, desk_session, unit_id, qtmodeltester):
    ctx, actor = desk_session.ctx, desk_session.actor
    requests.record_request(ctx, actor, RequestInput(text="咨询物业费", unit_id=unit_id, kind=RequestKind.ENQUIRY))
    repairs.create_repair(ctx, actor, RepairInput(fault="水龙头漏水", reported_by="张伟", unit_id=unit_id))
    ctx.clock.advance(hours=9)
    view = main_window.show_view("reception")
    view.requests.reload()
    view.repairs.reload()
    qtmodeltester.check(view.requests.model)
    qtmodeltester.check(view.repairs.model)
    index = view.requests.model.index(0, 0)
    assert view.requests.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    _combo_select(view.requests.state, "overdue")
    assert view.requests.model.total == 1


def test_repair_order_print_preview(main_window, desk_session, unit_id, qtbot):
    ctx, actor = desk_session.ctx, desk_session.actor
    repairs.create_repair(ctx, actor, RepairInput(fault="卫生间漏水", reported_by="张伟", unit_id=unit_id))
    repairs.create_repair(ctx, actor, RepairInput(fault="大堂灯", reported_by="管家", location="3 号楼大堂"))
    tab = main_window.show_view("reception").repairs
    tab.reload()
    tab.select_row(0)
    tab.two_per_page.setChecked(True)
    dlg = tab.print_selected()
    from deskapp.gui.printing import page_count, render_pages

    assert page_count(dlg.pdf) == 3  # two orders of three parts each, two parts to a sheet
    page = render_pages(dlg.pdf, 30)[0]
    assert page.width() > page.height()  # two A5 forms side by side on A4 landscape
    dlg.reject()


def test_repair_finish_and_check_from_the_tab(main_window, desk_session, no_popups):
    ctx, actor = desk_session.ctx, desk_session.actor
    number = repairs.create_repair(ctx, actor, RepairInput(fault="路灯不亮", reported_by="管家", location="北门"))
    tab = main_window.show_view("reception").repairs
    tab.reload()
    tab.select_row(0)
    d = tab.dispatch()
    d.widgets["维修人"].setEditText("王师傅")
    assert d.save()
    tab.select_row(0)
    f = tab.finish()
    f.widgets["收费金额"].setText("10")
    f.widgets["维修情况"].setPlainText("更换灯泡")
    assert f.save() is False and "收费金额" in no_popups[-1]  # a free repair has no charge
    f.widgets["收费金额"].setText("")
    assert f.save()
    tab.select_row(0)
    c = tab.check()
    assert c.save()
    assert repairs.repair_detail(ctx, actor, number).row.state.value == "已结单"


def test_today_handover_and_acknowledgement(main_window, desk_session, unit_id, no_popups, qtbot, monkeypatch):
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import users

    ctx, actor = desk_session.ctx, desk_session.actor
    users.create_user(ctx, actor, "lina", "李娜", Role.CLERK, "Cuihu#2026")
    gone = users.create_user(ctx, actor, "wangq", "王强", Role.CLERK, "Cuihu#2026")
    users.set_active(ctx, actor, gone, False)
    requests.record_request(ctx, actor, RequestInput(text="燃气表异常", unit_id=unit_id, kind=RequestKind.GAS,
                                                     major=True))
    ctx.clock.advance(days=1)
    view = main_window.show_view("reception")
    view.today.refresh()
    listed = [cell(view.today.items, r, 4) for r in range(view.today.items.model().rowCount())]
    # the request, and the duty calendar's missed duties of the day before (工作日历, not handed over)
    assert [t for t in listed if "燃气表异常" in t] == [listed[0]]
    assert view.today.major.rowCount() == 1
    view.today.major.selectRow(0)
    assert view.today.acknowledge()
    assert view.today.major_box.isHidden()

    tab = view.handover
    assert tab.draft()
    assert tab.items.rowCount() == 1
    tab.items.item(0, 0).setCheckState(Qt.CheckState.Checked)
    tab.items.item(0, 6).setText("明天先联系燃气公司")
    tab.notes.setPlainText("前台钥匙柜已清点")
    # 交班 asks who takes over (the active colleagues only), then confirms naming them
    monkeypatch.undo()
    asked: list[list[str]] = []
    answers = ModalAnswers(qtbot)

    def choose(dialog):
        asked.append(dialog.comboBoxItems())
        dialog.setTextValue("李娜")
        dialog.accept()

    answers.dialog(QInputDialog, choose, accept=False)
    sure = answers.message_box(QMessageBox.StandardButton.Yes, contains="李娜")
    qtbot.mouseClick(tab.buttons["hand"], Qt.MouseButton.LeftButton)
    answers.wait_all()
    assert asked == [["李娜"]]  # not the clerk handing over, not a deactivated account
    assert "李娜" in sure.text and "李娜" in tab.title.text()
    v = desk.handover(ctx, actor, tab.current_id)
    assert v.handed_to == "李娜"
    assert v.items[0].priority and v.items[0].note == "明天先联系燃气公司" and v.notes == "前台钥匙柜已清点"
    assert not tab.buttons["save"].isEnabled() and tab.buttons["receive"].isEnabled()
    shown = answers.message_box(QMessageBox.StandardButton.Ok, contains="本人")
    qtbot.mouseClick(tab.buttons["receive"], Qt.MouseButton.LeftButton)
    answers.wait_all()  # the same clerk cannot receive
    assert desk.handover(ctx, actor, tab.current_id).received_by == ""


def test_mail_log_and_exports_from_the_view(main_window, desk_session, unit_id, tmp_path, qtbot, no_popups):
    view = main_window.show_view("reception")
    mail = view.mail.new()
    mail.widgets["房号"].setText("3-1-502")
    mail.widgets["寄件人"].setText("顺丰")
    assert mail.save()
    assert view.mail.table.rowCount() == 1
    view.mail.table.selectRow(0)
    collect = view.mail.collect()
    assert collect.widgets["领取人"].currentText() == "张伟"
    assert collect.save()
    assert view.mail.table.rowCount() == 0  # only waiting items shown

    log = view.log
    log.visitor.setText("快递员")
    log.matter.setText("询问 5 号楼位置")
    qtbot.keyClick(log.matter, Qt.Key.Key_Return)
    assert log.table.rowCount() == 1 and log.table.item(0, 4).text() == "询问 5 号楼位置"

    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    job = view.requests.export(tmp_path / "r.xlsx")
    job.wait()
    answers.wait_all()
    assert str(tmp_path / "r.xlsx") in told.text  # the supervisor is told where the rows went
    ws = load_workbook(tmp_path / "r.xlsx").active
    assert " 业户服务需求/投诉登记表　" in ws["A1"].value
    QApplication.processEvents()


def test_defects_violations_notices_and_histories(main_window, desk_session, unit_id, tmp_path, no_popups):
    from deskapp.domain.reception import DefectState, ViolationState

    view = main_window.show_view("reception")
    d = view.defects.new()
    d.widgets["房号"].setText("3-1-502")
    d.widgets["问题描述"].setPlainText("卧室外墙渗水")
    d.widgets["责任单位"].setText("总包单位")
    assert d.save()
    view.defects.table.selectRow(0)
    f = view.defects.follow()
    _combo_select(f.widgets["状态"], DefectState.ESCALATED)
    f.widgets["跟进情况"].setPlainText("工程部无法处理，上报开发商")
    assert f.save()
    assert view.defects.table.item(0, 6).text() == "已上报" and "渗漏" in view.defects.summary.text()
    view.defects.table.selectRow(0)
    h = view.defects.show_history("defect")
    assert [h.table.item(r, 2).text() for r in range(h.table.rowCount())] == ["登记", "跟进"]
    h.reject()

    v = view.violations.new()
    v.widgets["房号"].setText("3-1-502")
    v.widgets["违章情况"].setPlainText("楼道堆放旧家具")
    v.widgets["整改期限"].setText("2026-12-04")   # typed, as the clerk does
    assert v.save()
    view.violations.table.selectRow(0)
    fv = view.violations.follow()
    _combo_select(fv.widgets["状态"], ViolationState.RECTIFIED)
    fv.widgets["处理结果"].setPlainText("已清理")
    assert fv.save()
    assert view.violations.table.rowCount() == 0  # only open ones listed

    n = view.notices.new()
    n.widgets["标题"].setText("停水通知")
    n.widgets["正文"].setPlainText("明日 9:00-17:00 停水，请提前储水。")
    assert n.save()
    view.notices.table.selectRow(0)
    preview = view.notices.print_selected()
    from deskapp.gui.printing import page_count

    assert page_count(preview.pdf) == 1
    preview.reject()
    view.notices.table.selectRow(0)
    sent = view.notices.send(tmp_path)
    assert sent.units == 1 and sent.phones == 1 and sent.recipients_file.exists()
    assert view.notices.table.item(0, 5).text() == "1"
    assert no_popups == []


def test_repair_history_from_the_tab(main_window, desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    number = repairs.create_repair(ctx, actor, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    repairs.dispatch(ctx, actor, number, "王师傅")
    tab = main_window.show_view("reception").repairs
    tab.reload()
    tab.select_row(0)
    dlg = tab.show_history()
    assert [dlg.table.item(r, 2).text() for r in range(dlg.table.rowCount())] == ["报修", "派工"]
    assert number in dlg.windowTitle()
    dlg.reject()


def test_major_event_shows_in_the_status_bar_until_acknowledged(main_window, desk_session, unit_id):
    from deskapp.gui.reception.status import MajorEventsButton

    button = main_window.findChild(MajorEventsButton)
    assert button is not None and button.isHidden()
    requests.record_request(desk_session.ctx, desk_session.actor, RequestInput(
        text="地下车库进水", location="地下车库", major=True))
    desk_session.bus.announce("reception")
    assert not button.isHidden() and "1" in button.text()
    button.click()
    view = main_window.show_view("reception")
    assert view.currentWidget() is view.today and view.today.major.rowCount() == 1
    view.today.major.selectRow(0)
    assert view.today.acknowledge()
    assert button.isHidden()


@pytest.mark.parametrize("tab_name, month_name", [("requests", "rqFilterMonth"), ("repairs", "wxFilterMonth")])
def test_the_export_button_says_which_month_it_exports(main_window, tab_name, month_name, qtbot, tmp_path):
    """"导出本月…" exported whatever month the filter showed: it now names the month, and under
    全部月份 says it takes this month's register."""
    tab = getattr(main_window.show_view("reception"), tab_name)
    assert tab.month.objectName() == month_name and tab.month.currentData() is None  # 全部月份
    assert tab.month_export.button.text() == "导出本月登记表…"
    tab.month.setFocus()
    for _ in range(2):
        qtbot.keyClick(tab.month, Qt.Key.Key_Down)  # this month, then the one before
    assert tab.month.currentData() == "2026-10" and tab.month_export.button.text() == "导出 2026-10 登记表…"
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Ok)
    tab.export(tmp_path / "r.xlsx").wait()
    answers.wait_all()
    assert "2026年10月" in load_workbook(tmp_path / "r.xlsx").active["A1"].value


def test_a_register_behind_the_morning_list_is_read_when_its_tab_is_opened(main_window, desk_session, unit_id, qtbot):
    """The clerk lands on 今日; the mail register behind it asks the database nothing until its tab
    is clicked (at 20,000 units the registers were ~0.1 s of the sign-in), then shows what waits."""
    from deskapp.domain.reception import MailKind
    from deskapp.services.reception import registers

    registers.record_mail(desk_session.ctx, desk_session.actor, unit_id=unit_id, kind=MailKind.PARCEL, sender="顺丰")
    view = main_window.show_view("reception")
    qtbot.waitUntil(view.today.isVisible)  # a view put in its tab is shown by the event loop
    assert view.currentWidget() is view.today
    assert view.mail.table.rowCount() == 0  # not read yet
    bar = view.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(view.indexOf(view.mail)).center())
    assert view.currentWidget() is view.mail
    assert view.mail.table.rowCount() == 1 and view.mail.table.item(0, 1).text() == "3-1-502"


@pytest.mark.parametrize("tab_name", ["log", "notices", "handover", "requests", "repairs"])
def test_the_clerks_other_tabs_are_read_when_first_opened(main_window, desk_session, unit_id, tab_name, qtbot):
    """接待登记, 通知公告, 交班, 需求/投诉 and 工程维修单 ask the database nothing while the clerk lands on
    今日 (at 20,000 units the notices' reach alone was ~55 ms of the wait after 登录, the two registers'
    first pages ~30 ms); clicked, each shows what is there."""
    from deskapp.services.reception import desk, notices, registers

    ctx, actor = desk_session.ctx, desk_session.actor
    registers.log_visit(ctx, actor, matter="咨询停车月卡办理", visitor="王先生")
    notices.create_notice(ctx, actor, title="停水通知", body="12月8日9:00-12:00停水")
    desk.draft_handover(ctx, actor)
    requests.record_request(ctx, actor, RequestInput(text="厨房下水道堵塞", unit_id=unit_id))
    repairs.create_repair(ctx, actor, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    view = main_window.show_view("reception")
    qtbot.waitUntil(view.today.isVisible)
    tab = getattr(view, tab_name)
    shown = {"log": lambda: tab.table.rowCount(), "notices": lambda: tab.table.rowCount(),
             "handover": lambda: tab.list.count(), "requests": lambda: tab.table.model().rowCount(),
             "repairs": lambda: tab.table.model().rowCount()}[tab_name]
    assert shown() == 0  # not read yet
    bar = view.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(view.indexOf(tab)).center())
    assert view.currentWidget() is tab and shown() == 1


def test_the_handover_tab_says_what_stops_todays_handover_not_an_old_sheets(main_window, desk_session, qtbot):
    """Over a sheet handed days ago, what is open now is said as what today's handover needs first,
    not as if that old sheet could not be handed; over today's draft, as what stops it."""
    from datetime import timedelta

    from modal_answers import button_named, click

    from deskapp.domain.permissions import Role
    from deskapp.services import hooks
    from deskapp.services.accounts import users

    ctx, admin = desk_session.ctx, desk_session.actor
    users.create_user(ctx, admin, "zhouting", "周婷", Role.CLERK, "Cuihu#2026")
    desk.hand_over(ctx, admin, desk.draft_handover(ctx, admin), "周婷")
    ctx.clock.advance(days=1)

    def a_key_overdue(session, ctx, actor, day):
        return ["钥匙 K0099 逾期未还，未写说明"]

    hooks.register(hooks.Hook.HANDOVER_BLOCKERS)(a_key_overdue)
    try:
        view = main_window.show_view("reception")
        qtbot.waitUntil(view.today.isVisible)
        tab = view.handover
        click_tab(qtbot, view, tab)
        assert tab.title.text().startswith(f"{ctx.clock.today() - timedelta(days=1):%Y-%m-%d}")  # yesterday's
        assert tab.blockers.text() == tab.tr("Before today's handover: {reasons}").format(
            reasons="钥匙 K0099 逾期未还，未写说明")
        click(qtbot, button_named(tab, "handoverDraft"))
        assert tab.blockers.text() == tab.tr("Cannot hand over yet: {reasons}").format(
            reasons="钥匙 K0099 逾期未还，未写说明")
    finally:
        hooks._HOOKS[hooks.Hook.HANDOVER_BLOCKERS].remove(a_key_overdue)
