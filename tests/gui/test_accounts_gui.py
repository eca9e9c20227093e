"""Accounts in the main window: what each role sees, idle lock keeping unsaved input, the
user admin dialog, the audit browser, backups/restore/check from the menus, status bar."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLabel, QLineEdit, QMessageBox

from deskapp.domain.permissions import Role
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.accounts import users, backup
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from support import make_actor

PW = "Cuihu#2026"


@pytest.fixture(autouse=True)
def messages(monkeypatch):
    """Modal message boxes would wait for a click: record them instead (and answer Yes)."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, _k=kind, **kw:
                            shown.append((_k, text)) or QMessageBox.StandardButton.Yes)
    return shown


def window_for(ctx, actor, qtbot):
    from deskapp.gui.main_window import MainWindow

    window = MainWindow(DeskSession(ctx, actor, ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu_texts(window) -> set[str]:
    out = set()
    for menu in (window.file_menu, window.tools_menu):
        out |= {a.text() for a in menu.actions()}
    return out


@pytest.fixture
def real_admin(community, desk_app):
    return users.create_first_admin(community, "boss", "系统管理员", PW)


def test_each_role_sees_only_what_it_may(community, desk_app, qtbot):
    seen = {}
    for role in Role:
        window = window_for(community, make_actor(role), qtbot)
        seen[role] = (menu_texts(window), window.view_keys())
        window.close()
    clerk_menus, clerk_views = seen[Role.CLERK]
    assert "备份数据库(&B)…" not in clerk_menus and "用户管理(&U)…" not in clerk_menus
    assert "audit" not in clerk_views and "audit" not in seen[Role.STEWARD][1]
    sup_menus, sup_views = seen[Role.SUPERVISOR]
    assert "备份数据库(&B)…" in sup_menus and "audit" in sup_views
    assert "从备份恢复(&R)…" not in sup_menus
    assert "用户管理(&U)…" in sup_menus  # only to lift a login wait (test below)
    admin_menus, _ = seen[Role.ADMIN]
    assert {"从备份恢复(&R)…", "用户管理(&U)…", "检查数据库(&C)"} <= admin_menus


def test_idle_lock_keeps_unsaved_input_and_asks_the_password(community, real_admin, clock, qtbot):
    from deskapp.gui.accounts.idle import IdleLock

    window = window_for(community, real_admin, qtbot)
    form = QLineEdit(window)
    form.setObjectName("unsavedForm")
    form.setText("尚未保存的投诉内容")
    lock = IdleLock(window, window.session)
    clock.advance(minutes=9)
    lock.check()
    assert not lock.locked
    clock.advance(minutes=1)
    lock.check()
    assert lock.locked and lock.cover.isVisible() and lock.dialog.isVisible()
    assert window.isVisible()
    lock.dialog.password.setText("wrong-password")
    lock.dialog.submit()
    assert lock.locked and "用户名或密码不对" in lock.dialog.message.text()
    lock.dialog.password.setText(PW)
    lock.dialog.submit()
    assert not lock.locked and not lock.cover.isVisible()
    assert form.text() == "尚未保存的投诉内容"
    lock.stop()


def test_idle_minutes_setting_and_zero_turns_it_off(community, real_admin, clock, qtbot):
    from deskapp.gui.accounts.idle import IdleLock
    from deskapp.services import settings

    window = window_for(community, real_admin, qtbot)
    settings.set_value(community, real_admin, users.IDLE_MINUTES, 0)
    lock = IdleLock(window, window.session)
    clock.advance(hours=5)
    lock.check()
    assert not lock.locked
    settings.set_value(community, real_admin, users.IDLE_MINUTES, 2)
    lock.last_activity = clock.now()
    clock.advance(minutes=2)
    lock.check()
    assert lock.locked
    lock.dialog.password.setText(PW)
    lock.dialog.submit()
    lock.stop()


def _when_shown(name_or_type, act) -> None:
    """Answer a modal dialog once it is on screen (its exec() blocks until it is closed)."""
    def poll():
        found = next((w for w in QApplication.topLevelWidgets() if w.isVisible() and (
            w.objectName() == name_or_type if isinstance(name_or_type, str) else isinstance(w, name_or_type))), None)
        if found is None:
            QTimer.singleShot(20, poll)
        else:
            act(found)

    QTimer.singleShot(0, poll)


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _click_row(qtbot, dialog, username: str) -> None:
    row = [r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).username == username][0]
    rect = dialog.table.visualRect(dialog.model.index(row, 0))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _state(dialog, username: str) -> str:
    row = [r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).username == username][0]
    return dialog.model.index(row, 3).data()


def test_users_dialog_through_its_buttons(community, real_admin, qtbot, qtmodeltester, messages):
    from deskapp.gui.accounts.users_dialog import UsersDialog

    dialog = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(dialog)
    dialog.show()

    def new_account(new):
        qtbot.keyClicks(new.username, "wangli")
        new.display_name.setText("王丽")  # QTest types Latin-1 only; an input method would type this
        new.role.setCurrentIndex(list(Role).index(Role.STEWARD))
        qtbot.keyClicks(new.password, "Temp#1234")
        qtbot.keyClicks(new.again, "Temp#1243")
        _ok(qtbot, new)  # typed differently: said, and both fields emptied
        qtbot.keyClicks(new.password, "12345678")
        qtbot.keyClicks(new.again, "12345678")
        _ok(qtbot, new)  # a common password
        new.password.clear()
        new.again.clear()
        qtbot.keyClicks(new.password, "Temp#1234")
        qtbot.keyClicks(new.again, "Temp#1234")
        _ok(qtbot, new)

    _when_shown("newUserDialog", new_account)
    qtbot.mouseClick(dialog.buttons["new"], Qt.MouseButton.LeftButton)
    assert [text for _k, text in messages] == ["两次输入的密码不一致，请重新输入。",
                                               "初始密码：这是常见密码，很容易被猜中，请换一个"]
    qtmodeltester.check(dialog.model)
    assert _state(dialog, "wangli") == "在用，须改密码"

    _click_row(qtbot, dialog, "wangli")
    assert dialog.selected().role is Role.STEWARD

    def pick_supervisor(box):
        box.setTextValue(Role.SUPERVISOR.value)
        box.accept()

    _when_shown(QInputDialog, pick_supervisor)
    qtbot.mouseClick(dialog.buttons["role"], Qt.MouseButton.LeftButton)
    assert dialog.selected().role is Role.SUPERVISOR

    def reset(box):
        qtbot.keyClicks(box.password, "Other#5678")
        qtbot.keyClicks(box.again, "Other#5678")
        _ok(qtbot, box)

    _when_shown("resetPasswordDialog", reset)
    qtbot.mouseClick(dialog.buttons["reset"], Qt.MouseButton.LeftButton)
    assert users.authenticate(community, "wangli", "Other#5678").role is Role.SUPERVISOR
    dialog.refresh()
    row = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())
           if dialog.model.row_at(r).username == "wangli"][0]
    assert row.must_change_password and row.has_acted


def test_a_supervisor_lifts_a_login_wait_from_the_users_menu(community, real_admin, qtbot, messages):
    users.create_user(community, real_admin, "wangli", "王丽", Role.CLERK, "Temp#1234")
    for _ in range(3):
        with pytest.raises(users.LoginFailed):
            users.authenticate(community, "wangli", "bad-password")
    users.create_user(community, real_admin, "wanglh", "王丽华", Role.SUPERVISOR, "Super#2026")
    supervisor = users.authenticate(community, "wanglh", "Super#2026")
    window = window_for(community, supervisor, qtbot)
    action = next(a for a in window.tools_menu.actions() if a.text() == "用户管理(&U)…")
    action.trigger()
    dialog = window.users_dialog
    qtbot.waitExposed(dialog)
    assert {k for k, b in dialog.buttons.items() if b.isVisible()} == {"unlock"}
    assert _state(dialog, "wangli") == "在用，已连续 3 次登录失败"
    _click_row(qtbot, dialog, "wangli")
    qtbot.mouseClick(dialog.buttons["unlock"], Qt.MouseButton.LeftButton)
    assert _state(dialog, "wangli") == "在用，须改密码"
    assert users.authenticate(community, "wangli", "Temp#1234").username == "wangli"
    from deskapp.services.accounts import audit_trail

    page = audit_trail.browse(community, supervisor, audit_trail.TrailFilter())
    assert any(r.actor_name == "wanglh" and "解除账号 wangli 的登录等待" in r.summary for r in page.rows)


def test_audit_browser_filters_pages_and_exports(community, real_admin, qtbot, qtmodeltester, tmp_path, messages):
    from deskapp.gui.accounts.audit_view import AuditView

    uid = registry_units.create_unit(community, real_admin, {"building": "3", "stairwell": "1", "room": "502",
                                                       "kind": "住宅", "building_area": "89.50"})
    registry_chronicle.add_chronicle_entry(community, real_admin, uid, "业主来电")
    session = DeskSession(community, real_admin, ChangeBus())
    view = AuditView(session)
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    total = view.model.total
    assert total >= 4
    view.unit.setText(registry_units.unit_page(community, real_admin, uid).code)
    assert view.apply()
    assert 1 <= view.model.total < total
    assert all(view.model.row_at(r).unit_id == uid for r in range(view.model.rowCount()))
    view.unit.setText("")
    view.user.setCurrentIndex(view.user.findData("boss"))
    view.apply()
    assert view.model.total >= 2 and view.count.text() == f"共 {view.model.total} 条"
    view.table.selectRow(0)
    assert "boss" in view.detail.toPlainText()
    qtbot.keyClicks(view.date_from, "2099/1/1")
    view.apply()
    assert view.model.total == 0
    view.date_from.clear()
    view.unit.setText("9-9-999")
    assert not view.apply()
    assert messages[-1] == ("warning", "房号：没有房号“9-9-999”")
    view.unit.setText("")
    view.user.setCurrentIndex(0)
    out = tmp_path / "审计.xlsx"
    job = view.start_export(out)
    job.wait()
    assert out.exists() and job.result >= total


def test_backup_check_and_restore_from_the_menus(community, real_admin, qtbot, tmp_path, messages):
    from deskapp.gui.accounts import actions
    from deskapp.gui.accounts.status import BackupStatus

    window = window_for(community, real_admin, qtbot)

    status = window.findChild(BackupStatus, "lastBackup")
    assert status.stale and "尚无备份" in status.text()
    target = tmp_path / "menu-backup.sqlite"
    job = actions.start_backup(window, target)
    job.wait()
    assert target.exists() and job.error is None
    qtbot.waitUntil(lambda: not status.stale)
    assert status.text().startswith("上次备份：")
    registry_community.add_building(community, real_admin, "7")
    job = actions.start_check(window)
    job.wait()
    assert job.result.ok
    qtbot.waitUntil(lambda: hasattr(window, "check_report") and window.check_report.isVisible())
    assert "结论：全部正常" in window.check_report.text.toPlainText()
    window.check_report.close()
    job = actions.start_restore(window, target, confirmed=True)
    job.wait()
    assert job.error is None
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.property("deskapp_restart") is True
    codes = [b.code for b in registry_community.buildings(community, real_admin)]
    assert "7" not in codes


def test_restore_of_a_bad_file_says_why_and_changes_nothing(community, real_admin, qtbot, tmp_path, messages):
    from deskapp.gui.accounts import actions

    window = window_for(community, real_admin, qtbot)
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database")
    job = actions.start_restore(window, bad, confirmed=True)
    job.wait()  # the file is checked off the GUI thread
    assert job.error is not None
    qtbot.waitUntil(lambda: bool(messages))
    assert messages[0][0] == "warning" and "不是 SQLite 数据库文件" in messages[0][1]
    assert window.isVisible()


def test_old_backup_shows_a_warning(community, real_admin, clock, desk_app, qtbot):
    from deskapp.gui.accounts.status import BackupStatus

    backup.backup_now(community, real_admin)
    clock.advance(days=2, hours=1)
    label = BackupStatus(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(label)
    assert label.stale and label.text().startswith("⚠ 上次备份：")
    assert "超过 2 天" in label.toolTip()
    clock.advance(days=-2)
    label.refresh()
    assert not label.stale


def test_supervisor_reveals_one_id_number_on_the_unit_page(community, qtbot, desk_app):
    from deskapp.gui.accounts.reveal import RevealSection
    from deskapp.services.registry.people import PersonInput
    from deskapp.domain.people import Relation

    sup = make_actor(Role.SUPERVISOR)
    admin = make_actor(Role.ADMIN)
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "kind": "住宅",
                                                  "building_area": "90"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13812345678", id_number="11010519491231002X"),
                        Relation.OWNER)
    section = RevealSection(DeskSession(community, sup, ChangeBus()), uid)
    qtbot.addWidget(section)
    assert section.table.item(0, 1).text() == "110***********002X"
    section.table.selectRow(0)
    assert section.reveal("id_number") == "11010519491231002X"
    assert section.table.item(0, 1).text() == "11010519491231002X"
    section.refresh()
    assert section.table.item(0, 1).text() == "110***********002X"


def test_the_revealed_id_number_is_shown_whole(community, qtbot, desk_app):
    """On the unit page, 显示完整证件号 pressed: the column widens to the full number (it was cut to 3301101973…)."""
    from modal_answers import click, click_row, desk_window, scroll_to_section
    from deskapp.domain.people import Relation
    from deskapp.services.registry.people import PersonInput

    admin = make_actor(Role.ADMIN)
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "kind": "住宅",
                                                        "building_area": "90"})
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13812345678", id_number="11010519491231002X"),
                               Relation.OWNER)
    window = desk_window(qtbot, community, "SUPERVISOR")
    page = window.open_unit(uid)
    section = scroll_to_section(qtbot, page, "reveal")
    table = section.table
    width = lambda: table.columnWidth(1)  # noqa: E731
    needed = lambda: table.fontMetrics().horizontalAdvance(table.item(0, 1).text())  # noqa: E731
    assert width() >= needed()  # the masked number whole too
    click_row(qtbot, table, 0)
    click(qtbot, section.reveal_id)
    qtbot.waitUntil(lambda: table.item(0, 1).text() == "11010519491231002X")
    assert width() >= needed()



def test_prints_and_saved_pdfs_are_audited(community, real_admin, qtbot, tmp_path):
    from sqlalchemy import select

    from deskapp.documents.pdf import register_font
    from deskapp.gui import printing
    from deskapp.gui.accounts.actions import record_prints
    from deskapp.services.registry import prints as registry_print
    from deskapp.store.models.accounts import AuditEntry

    register_font()
    uid = registry_units.create_unit(community, real_admin, {"building": "3", "stairwell": "1", "room": "201",
                                                       "kind": "住宅", "building_area": "80"})
    pdf = registry_print.unit_file_pdf(community, real_admin, uid)
    listener = record_prints(DeskSession(community, real_admin, ChangeBus()))
    try:
        dialog = printing.PdfPreviewDialog(pdf, "业户档案", "3-1-201.pdf")
        qtbot.addWidget(dialog)
        dialog.save_to(tmp_path / "3-1-201.pdf")
        dialog.accept()  # what Qt does after the print button printed
    finally:
        printing.OUTPUT_LISTENERS.remove(listener)
    with community.reader() as uow:
        rows = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "print")
                                   .order_by(AuditEntry.id)).scalars().all()
    assert rows == ["打印《业户档案（另存为 PDF）》", "打印《业户档案》"]


def test_delete_is_offered_only_for_an_account_that_never_acted(community, real_admin, qtbot, messages):
    """A demo clerk with months of receipts was deleted as 从未使用: 删除 now waits for an unused
    account, and on a used one is greyed with its tooltip saying to disable it instead."""
    from deskapp.gui.accounts.users_dialog import UsersDialog

    users.create_user(community, real_admin, "used", "用过", Role.CLERK, "Temp#1234")
    users.create_user(community, real_admin, "typo", "打错", Role.CLERK, "Temp#1234")
    users.authenticate(community, "used", "Temp#1234")
    dialog = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(dialog)
    dialog.show()
    delete = dialog.buttons["delete"]
    assert not delete.isEnabled()  # nothing chosen yet
    _click_row(qtbot, dialog, "used")
    assert not delete.isEnabled() and "停用" in delete.toolTip()
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert messages == [] and "used" in {dialog.model.row_at(r).username for r in range(dialog.model.rowCount())}
    _click_row(qtbot, dialog, "typo")
    assert delete.isEnabled()
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    assert messages == [("question", "删除从未使用的账号 typo？")]
    assert {dialog.model.row_at(r).username for r in range(dialog.model.rowCount())} == {"boss", "used"}


def test_the_administrator_cannot_disable_or_demote_the_account_in_use(community, real_admin, qtbot, messages):
    """With a second administrator, 停用 on one's own row went through: the desk went on working
    under a disabled account and the next sign-in was refused; 修改角色 on oneself likewise."""
    from deskapp.gui.accounts.users_dialog import UsersDialog

    users.create_user(community, real_admin, "second", "第二管理员", Role.ADMIN, "Temp#1234")
    dialog = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(dialog)
    dialog.show()
    _click_row(qtbot, dialog, "boss")
    qtbot.mouseClick(dialog.buttons["toggle"], Qt.MouseButton.LeftButton)
    assert messages[-1][1] == "不能停用自己正在使用的账号；请另一位管理员来停用"
    assert _state(dialog, "boss") == "在用"

    def pick_clerk(box):
        box.setTextValue(Role.CLERK.value)
        box.accept()

    _when_shown(QInputDialog, pick_clerk)
    qtbot.mouseClick(dialog.buttons["role"], Qt.MouseButton.LeftButton)
    assert messages[-1][1] == "不能修改自己正在使用的账号的角色；请另一位管理员来改"
    assert dialog.selected().username == "boss" and dialog.selected().role is Role.ADMIN


def test_a_new_account_is_the_one_chosen_after_it_is_made(community, real_admin, qtbot, messages):
    from deskapp.gui.accounts.users_dialog import UsersDialog

    dialog = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(dialog)
    dialog.show()
    _click_row(qtbot, dialog, "boss")

    def new_account(new):
        qtbot.keyClicks(new.username, "zhaomin")
        new.display_name.setText("赵敏")
        qtbot.keyClicks(new.password, "Temp#1234")
        qtbot.keyClicks(new.again, "Temp#1234")
        _ok(qtbot, new)

    _when_shown("newUserDialog", new_account)
    qtbot.mouseClick(dialog.buttons["new"], Qt.MouseButton.LeftButton)
    assert dialog.selected().username == "zhaomin"  # reset password / role next act on the new account


def test_the_audit_filters_work_from_the_keyboard(community, real_admin, qtbot, messages):
    """Enter in a date ran nothing (only the unit and text boxes were wired), and 用户(&U) and
    日期(&D) underlined letters that led nowhere: a label over a row of fields has no buddy."""
    from deskapp.gui.accounts.audit_view import AuditView

    view = AuditView(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert view.model.total >= 1
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert view.focusWidget() is view.date_from
    qtbot.keyClicks(view.date_from, "2099/1/1")
    qtbot.keyClick(view.date_from, Qt.Key.Key_Return)
    assert view.model.total == 0 and view.count.text() == "共 0 条"
    qtbot.keyClick(view, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    assert view.focusWidget() is view.user
    view.date_from.clear()
    qtbot.keyClicks(view.date_to, "2026/13/1")
    qtbot.keyClick(view.date_to, Qt.Key.Key_Return)
    assert messages[-1] == ("warning", "截止日期：没有 13 月，请按 2027-12-02 的格式填写")


@pytest.mark.sqlite_only
def test_restore_of_a_half_copied_backup_says_so_in_chinese(community, real_admin, qtbot, tmp_path, messages):
    """A backup cut short on its way to the USB stick: the message said 读不出来（database disk image
    is malformed）, SQLite's English, to a clerk who reads Chinese."""
    from deskapp.gui.accounts import actions

    whole = tmp_path / "whole.sqlite"
    backup.backup_to(community, real_admin, whole)
    half = tmp_path / "half.sqlite"
    half.write_bytes(whole.read_bytes()[: whole.stat().st_size // 3])
    window = window_for(community, real_admin, qtbot)
    job = actions.start_restore(window, half, confirmed=True)
    job.wait()
    qtbot.waitUntil(lambda: bool(messages))
    kind, text = messages[0]
    assert kind == "warning" and text.startswith("half.sqlite 已损坏或不完整")
    assert not any("a" <= ch.lower() <= "z" for ch in text.replace("half.sqlite", ""))


def test_the_check_says_its_verdict_first(community, real_admin, qtbot, messages):
    """工具 ▸ 检查数据库 listed some thirty checks and put 结论 on the last line, below the fold: the
    verdict (and the first problems, in red) now heads the report."""
    from deskapp.gui.accounts.actions import CheckReportDialog
    from deskapp.services.accounts.check import CheckReport, CheckResult

    window = window_for(community, real_admin, qtbot)
    entry = next(a for a in window.tools_menu.actions() if a.text() == "检查数据库(&C)")
    entry.trigger()
    qtbot.waitUntil(lambda: hasattr(window, "check_report") and window.check_report.isVisible())
    verdict = window.check_report.verdict
    assert verdict.text() == "结论：全部正常" and verdict.isVisible()
    assert window.check_report.layout().indexOf(verdict) == 0
    window.check_report.close()
    bad = CheckReportDialog(window.session, CheckReport([CheckResult("收据编号连续无重号", 10, ["SJ2026-0007 重号"])]),
                            window)
    qtbot.addWidget(bad)
    assert bad.verdict.text() == "结论：共发现 1 处问题\n· 收据编号连续无重号：SJ2026-0007 重号"
    assert "#c00000" in bad.verdict.styleSheet()


def test_the_check_reads_its_findings_in_english_in_english_mode(community, real_admin, qtbot, messages):
    """Tools ▸ Check database in English mode: the checks' findings (problems.append in the areas'
    checks) were not in the English catalogue, so an English user read 2026 年维修单号不连续…"""
    import re

    from sqlalchemy import delete

    from deskapp.gui import i18n
    from deskapp.services.reception import repairs
    from deskapp.services.reception.repairs import RepairInput
    from deskapp.store.models.reception import RepairOrder

    for n in range(3):
        repairs.create_repair(community, real_admin, RepairInput(fault=f"灯 {n}", reported_by="管家", location="大堂"))
    with community.uow() as uow:  # what the check exists for: an order removed behind the program's back
        uow.session.execute(delete(RepairOrder).where(RepairOrder.seq == 2))
        uow.commit()
    i18n.install(QApplication.instance(), "en")
    try:
        window = window_for(community, real_admin, qtbot)
        next(a for a in window.tools_menu.actions() if a.text() == "&Check database").trigger()
        qtbot.waitUntil(lambda: hasattr(window, "check_report") and window.check_report.isVisible())
        report = window.check_report
        assert report.verdict.text() == ("Verdict: 1 problem(s) found\n· Repair order numbers without gaps: 2026: repair"
                                         " order numbers have gaps: 2 orders, numbers 1–3, 2 distinct numbers")
        lines = report.text.toPlainText().splitlines()
        assert "Repair order numbers without gaps: 2 checked, 1 problem(s) found" in lines
        assert "    - 2026: repair order numbers have gaps: 2 orders, numbers 1–3, 2 distinct numbers" in lines
        assert [line for line in lines if re.search(r"[\u4e00-\u9fff]", line)] == []
        report.close()
    finally:
        i18n.install(QApplication.instance(), "zh_CN")


def test_the_check_report_is_printed_and_saved_as_a_pdf(community, real_admin, clock, qtbot, messages, monkeypatch,
                                                         tmp_path):
    """工具 ▸ 检查数据库: the report could only be read on screen. 打印… previews 《数据库检查报告》 —
    the verdict first, under the date and time of the check — and 导出PDF… saves it where chosen;
    printed a day later it is still the check's report, saying 补打."""
    from datetime import timedelta

    from modal_answers import ModalAnswers, click, patch_save_file, pdf_text

    window = window_for(community, real_admin, qtbot)
    next(a for a in window.tools_menu.actions() if a.text() == "检查数据库(&C)").trigger()
    qtbot.waitUntil(lambda: hasattr(window, "check_report") and window.check_report.isVisible())
    report = window.check_report
    assert (report.print_button.text(), report.pdf_button.text()) == ("打印(&P)…", "导出PDF(&X)…")
    answers = ModalAnswers(qtbot)
    paper = answers.pdf_preview()
    click(qtbot, report.print_button)
    answers.wait_all()
    text = paper.pdf_text
    assert "数据库检查报告" in text and "2026-11-27 09:30" in text and "系统管理员" in text
    assert text.index("结论：全部正常") < text.index("各项检查") < text.index("审计日志哈希链")
    clock.set(clock.now() + timedelta(days=1))
    chosen = patch_save_file(monkeypatch, tmp_path / "check.pdf")
    click(qtbot, report.pdf_button)
    assert chosen.asked == [("数据库检查报告", "数据库检查报告-20261127-0930.pdf")]
    saved = pdf_text((tmp_path / "check.pdf").read_bytes())
    assert "2026-11-27 09:30" in saved and "补打（打印日期 2026-11-28）" in saved
    assert messages[-1] == ("information", f"已保存到 {tmp_path / 'check.pdf'}。")


def test_tabbing_into_the_list_chooses_the_row_it_lands_on(community, real_admin, qtbot, messages):
    """Tab into the accounts list: the row the cursor lands on is the chosen one, so 重置密码… acts on it
    (it looked current and the buttons asked for an account to be chosen)."""
    from deskapp.gui.accounts.users_dialog import UsersDialog

    dialog = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.table.clearSelection()
    dialog.table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: dialog.table.currentIndex().isValid())
    assert dialog.table.selectionModel().isRowSelected(dialog.table.currentIndex().row())
    assert dialog.selected() is not None and messages == []


def test_the_toggle_says_what_it_does_and_enabling_a_leaver_is_asked(community, real_admin, desk_app, qtbot,
                                                                     messages, monkeypatch):
    """停用/启用 said neither: on a leaver's row a slip of the mouse enabled the account at once, without
    a word, and the leaver could sign in again. The button now names what it does to the chosen account,
    and enabling asks first (No by default)."""
    from deskapp.gui.accounts.users_dialog import UsersDialog

    leaver = users.create_user(community, real_admin, "zhouting", "周婷", Role.CLERK, "Temp#1234")
    users.set_active(community, real_admin, leaver, False)
    users.create_user(community, real_admin, "linxy", "林晓燕", Role.CLERK, "Temp#1234")
    dialog = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(dialog)
    dialog.show()
    toggle = dialog.buttons["toggle"]
    _click_row(qtbot, dialog, "linxy")
    assert toggle.text() == "停用(&D)"
    _click_row(qtbot, dialog, "zhouting")
    assert toggle.text() == "启用(&D)"

    answer = [QMessageBox.StandardButton.No]
    defaults = []

    def question(parent, title, text, buttons=None, default=None):
        messages.append(("question", text))
        defaults.append(default)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    asked = messages[-1][1]
    assert "zhouting" in asked and "周婷" in asked and "启用" in asked, asked
    assert defaults == [QMessageBox.StandardButton.No]
    assert _state(dialog, "zhouting") == "已停用"

    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert _state(dialog, "zhouting").startswith("在用") and toggle.text() == "停用(&D)"


def test_a_desk_signed_in_as_a_leaver_signs_out_once_the_account_is_disabled(community, real_admin, desk_app, qtbot,
                                                                               messages):
    """The leaver's desk was still signed in when the administrator disabled the account in 用户管理:
    it went on working (and writing under that name) until someone closed it. Now the desk notices
    at its next look (every few seconds), says why and signs out; a desk whose account is unchanged
    goes on."""
    from deskapp.gui.accounts.idle import IdleLock
    from deskapp.gui.accounts.users_dialog import UsersDialog

    users.create_user(community, real_admin, "zhouting", "周婷", Role.CLERK, "Temp#1234")
    leaver = users.authenticate(community, "zhouting", "Temp#1234")
    desk = window_for(community, leaver, qtbot)
    lock = IdleLock(desk, desk.session)
    lock.check()
    assert desk.isVisible() and messages == []  # nothing changed yet

    admin = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(admin)
    admin.show()
    _click_row(qtbot, admin, "zhouting")
    qtbot.mouseClick(admin.buttons["toggle"], Qt.MouseButton.LeftButton)  # 停用 (asked: Yes)
    assert _state(admin, "zhouting") == "已停用"

    lock.check()
    kind, said = messages[-1]
    assert kind == "warning" and "管理员停用了账号 zhouting" in said and "重新登录" in said, said
    qtbot.waitUntil(lambda: not desk.isVisible())
    assert desk.property("deskapp_restart") is True  # back to the sign-in, where the account is refused


def test_the_reset_password_dialog_names_the_person(community, real_admin, desk_app, qtbot, messages):
    """重置密码 said only the login (chenzg): the administrator, asked by 陈志刚 at the counter, could not
    see on the dialog that the row chosen was his."""
    from deskapp.gui.accounts.users_dialog import UsersDialog

    users.create_user(community, real_admin, "chenzg", "陈志刚", Role.STEWARD, "Temp#1234")
    dialog = UsersDialog(DeskSession(community, real_admin, ChangeBus()))
    qtbot.addWidget(dialog)
    dialog.show()
    _click_row(qtbot, dialog, "chenzg")
    seen = []

    def reset(box):
        seen.append((box.windowTitle(), box.findChild(QLabel).text()))
        qtbot.keyClicks(box.password, "Other#5678")
        qtbot.keyClicks(box.again, "Other#5678")
        _ok(qtbot, box)

    _when_shown("resetPasswordDialog", reset)
    qtbot.mouseClick(dialog.buttons["reset"], Qt.MouseButton.LeftButton)
    [(title, intro)] = seen
    assert title.startswith("重置密码 — chenzg（陈志刚）") and "chenzg（陈志刚）" in intro, (title, intro)
    assert users.authenticate(community, "chenzg", "Other#5678").username == "chenzg"
