"""The login dialog, the first administrator, the forced password change, scripted sign-in."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from deskapp.domain.permissions import Role
from deskapp.gui.accounts.login import ChangePasswordDialog, FirstAdminDialog, LoginDialog
from deskapp.gui.app import sign_in
from deskapp.services import accounts

PW = "Cuihu#2026"


@pytest.fixture
def admin_account(ctx, desk_app):
    return accounts.create_first_admin(ctx, "admin", "系统管理员", PW)


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


def test_wrong_password_and_lockout_are_said_plainly(ctx, admin_account, clock, qtbot):
    dialog = LoginDialog(ctx, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(4):
        qtbot.keyClicks(dialog.password, "nope-nope")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.isVisible() and "用户名或密码不对（再错 1 次" in dialog.message.text()
    assert dialog.password.text() == ""  # cleared for the next try
    qtbot.keyClicks(dialog.password, "nope-nope")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "账号已锁定，请 15 分钟后再试" in dialog.message.text()
    clock.advance(minutes=3)
    qtbot.keyClicks(dialog.password, PW)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert "请 12 分钟后再试" in dialog.message.text() and dialog.actor is None


def test_first_start_creates_the_administrator(ctx, desk_app, qtbot):
    dialog = FirstAdminDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.username.text() == "admin"
    qtbot.keyClicks(dialog.password, PW)
    qtbot.keyClicks(dialog.again, "different#1")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert "两次" in dialog.message.text() and not accounts.has_users(ctx)
    dialog.again.clear()
    qtbot.keyClicks(dialog.again, PW)
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.actor.role is Role.ADMIN
    assert accounts.authenticate(ctx, "admin", PW).display_name == "系统管理员"


def test_short_first_password_is_refused_in_the_dialog(ctx, desk_app, qtbot):
    dialog = FirstAdminDialog(ctx)
    qtbot.addWidget(dialog)
    for edit in (dialog.password, dialog.again):
        edit.setText("short")
    dialog.submit()
    assert "至少 8 个字符" in dialog.message.text() and not accounts.has_users(ctx)


def test_change_password_dialog(ctx, admin_account, qtbot):
    uid = accounts.create_user(ctx, admin_account, "wangli", "王丽", Role.CLERK, "Temp#1234")
    clerk = accounts.authenticate(ctx, "wangli", "Temp#1234")
    dialog = ChangePasswordDialog(ctx, clerk, forced=True)
    qtbot.addWidget(dialog)
    dialog.old.setText("wrong-old-pw")
    dialog.new.setText("Wangli#2026")
    dialog.again.setText("Wangli#2026")
    dialog.submit()
    assert "原密码：不对" in dialog.message.text()
    dialog.old.setText("Temp#1234")
    dialog.submit()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not accounts.must_change_password(ctx, clerk) and uid


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
    assert summaries == ["脚本登录成功", "脚本登录失败：密码错误"]
