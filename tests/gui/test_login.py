"""The login dialog, the first administrator, the forced password change, scripted sign-in."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from deskapp.domain.permissions import Role
from deskapp.gui.accounts.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog, interactive_sign_in
from deskapp.gui.app import sign_in
from deskapp.services.accounts import users

PW = "Cuihu#2026"


@pytest.fixture
def admin_account(ctx, desk_app):
    return users.create_first_admin(ctx, "admin", "系统管理员", PW)


def test_enter_signs_in(ctx, admin_account, qtbot):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "登录 — 物业客服台"
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, PW)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor.username == "admin" and dialog.actor.role is Role.ADMIN


def _try(dialog, qtbot, name: str, password: str) -> str:
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, name)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    return dialog.message.text()


def test_wrong_password_waits_longer_step_by_step_and_says_so(ctx, admin_account, clock, qtbot):
    dialog = LoginDialog(ctx, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    assert [_try(dialog, qtbot, "admin", "nope-nope") for _ in range(2)] == ["用户名或密码不对"] * 2
    assert dialog.password.text() == ""  # cleared for the next try
    assert _try(dialog, qtbot, "admin", "nope-nope") == "用户名或密码不对。已连续输错 3 次，请 5 秒后再试"
    clock.advance(seconds=2)
    # the right password during the wait is refused too, and the wait is counted down
    assert _try(dialog, qtbot, "admin", PW) == "用户名或密码不对。已连续输错 3 次，请 3 秒后再试"
    assert dialog.isVisible() and dialog.actor is None
    clock.advance(seconds=3)
    _try(dialog, qtbot, "admin", PW)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.username == "admin"


def test_an_unknown_name_gets_the_same_answers_as_a_wrong_password(ctx, admin_account, clock, qtbot):
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    real = [_try(dialog, qtbot, "admin", "nope-nope") for _ in range(4)]
    clock.advance(minutes=1)
    ghost = [_try(dialog, qtbot, "zhangsan", "nope-nope") for _ in range(4)]
    assert real == ghost and real[0] == "用户名或密码不对"


def test_first_start_creates_the_administrator(ctx, desk_app, qtbot):
    dialog = FirstAdminDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "admin"
    qtbot.keyClicks(dialog.password, PW)
    qtbot.keyClicks(dialog.again, "different#1")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "两次" in dialog.message.text() and not users.has_users(ctx)
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, PW)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.role is Role.ADMIN
    # created and signed in at once: 用户管理 says when, not an empty 上次登录
    from support import make_session

    from deskapp.gui.accounts.users_dialog import UsersDialog

    accounts = UsersDialog(make_session(ctx, dialog.actor))
    qtbot.addWidget(accounts)
    accounts.show()
    assert accounts.model.data(accounts.model.index(0, 4)) == "2026-11-27 09:30"
    assert users.authenticate(ctx, "admin", PW).display_name == "系统管理员"


def test_short_first_password_is_refused_in_the_dialog(ctx, desk_app, qtbot):
    dialog = FirstAdminDialog(ctx)
    qtbot.addWidget(dialog)
    for edit in (dialog.password, dialog.again):
        edit.setText("short")
    dialog.submit()
    assert "至少 8 个字符" in dialog.message.text() and not users.has_users(ctx)


def test_change_password_dialog_asks_the_current_password(ctx, admin_account, qtbot):
    dialog = ChangePasswordDialog(ctx, admin_account)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old, "wrong-old-pw")
    qtbot.keyClicks(dialog.new, "Lanshan#2027")
    qtbot.keyClicks(dialog.again, "Lanshan#2027")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert "原密码：不对" in dialog.message.text()
    dialog.old.clear()
    qtbot.keyClicks(dialog.old, PW)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert users.authenticate(ctx, "admin", "Lanshan#2027").username == "admin"


def _when_shown(qtbot, name: str, act) -> None:
    """Answer the modal dialog `name` once it is on screen (exec() blocks the test until then)."""
    def poll():
        dialog = next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, poll)
        else:
            act(dialog)

    QTimer.singleShot(0, poll)


def test_after_a_reset_the_new_password_is_typed_twice_without_the_old_one_again(ctx, admin_account, qtbot):
    uid = users.create_user(ctx, admin_account, "wangli", "王丽", Role.CLERK, "Temp#1234")
    seen: dict[str, object] = {}

    def sign_in_as_wangli(login):
        qtbot.keyClicks(login.username, "wangli")
        qtbot.keyClicks(login.password, "Temp#1234")
        _when_shown(qtbot, "changePasswordDialog", choose)
        qtbot.mouseClick(login.ok, Qt.MouseButton.LeftButton)

    def choose(change):
        seen["asks_old"] = change.old.isVisible()
        qtbot.keyClicks(change.new, "12345678")
        qtbot.keyClicks(change.again, "12345678")
        qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)
        seen["common"] = change.message.text()
        change.new.clear()
        change.again.clear()
        qtbot.keyClicks(change.new, "Lanshan#2027")
        qtbot.keyClicks(change.again, "Lanshan#2072")
        qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)
        seen["differ"] = change.message.text()
        change.again.clear()
        qtbot.keyClicks(change.again, "Lanshan#2027")
        qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, "loginDialog", sign_in_as_wangli)
    actor = interactive_sign_in(ctx)
    assert actor is not None and actor.user_id == uid
    assert seen["asks_old"] is False  # the password just typed at the sign-in is not asked again
    assert seen["common"] == "新密码：这是常见密码，很容易被猜中，请换一个"
    assert "两次" in seen["differ"]
    assert not users.must_change_password(ctx, actor)
    assert users.authenticate(ctx, "wangli", "Lanshan#2027").username == "wangli"


def test_scripted_sign_in_from_the_environment(ctx, admin_account, monkeypatch, capsys):
    monkeypatch.setenv("DESKAPP_USER", "admin")
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    assert sign_in(ctx).username == "admin"
    monkeypatch.setenv("DESKAPP_PASSWORD", "wrong-one")
    assert sign_in(ctx) is None
    assert "用户名或密码不对" in capsys.readouterr().err
    from sqlalchemy import select

    from deskapp.store.models.accounts import AuditEntry

    with ctx.reader() as uow:
        summaries = list(uow.session.execute(select(AuditEntry.summary).where(
            AuditEntry.action.startswith("accounts.login"))).scalars())
    assert summaries == ["脚本登录成功", "脚本登录失败：密码错误（连续第 1 次）"]


def test_a_scripted_sign_in_with_a_temporary_password_changes_it_first(ctx, admin_account, monkeypatch, qtbot):
    """A new account's first password is the administrator's: signing in by DESKAPP_USER /
    DESKAPP_PASSWORD asks for the user's own as the login dialog does, and without it, no desk."""
    users.create_user(ctx, admin_account, "linxy", "林晓燕", Role.CLERK, "Temp#1234")
    monkeypatch.setenv("DESKAPP_USER", "linxy")
    monkeypatch.setenv("DESKAPP_PASSWORD", "Temp#1234")
    _when_shown(qtbot, "changePasswordDialog", lambda change: change.reject())
    assert sign_in(ctx) is None
    assert users.must_change_password(ctx, users.authenticate(ctx, "linxy", "Temp#1234"))

    def choose(change):
        assert not change.old.isVisible()  # the password just given is not asked again
        qtbot.keyClicks(change.new, "Lanshan#2027")
        qtbot.keyClicks(change.again, "Lanshan#2027")
        qtbot.mouseClick(change.ok, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, "changePasswordDialog", choose)
    actor = sign_in(ctx)
    assert actor is not None and actor.username == "linxy" and not users.must_change_password(ctx, actor)


def test_sign_in_pressed_before_the_database_is_open_waits_and_tells_the_opening(ctx, admin_account, qtbot):
    """登录 pressed while the database still opens: the dialog says it waits, tells the opening (which
    then stops loading ahead and hands the database over, gui/opening.py), and signs in once it is open."""
    dialog = LoginDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, PW)
    with qtbot.waitSignal(dialog.waiting_for_database, timeout=1000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.waiting and not dialog.ok.isEnabled() and "登录" in dialog.intro.text()
    dialog.set_context(ctx)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.username == "admin"
