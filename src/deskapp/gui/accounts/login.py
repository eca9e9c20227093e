"""Signing in: the first administrator on an empty database, the password change a reset
password asks for, and the sign-in a start runs (the login dialog is gui/sign_in.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from deskapp.domain.errors import DeskappError
from deskapp.gui.service_text import error_message
from deskapp.gui.sign_in import Form, LoginDialog, password_field

if TYPE_CHECKING:
    from deskapp.services.context import Actor, Context

__all__ = ["LoginDialog", "FirstAdminDialog", "ChangePasswordDialog", "interactive_sign_in", "signed_in",
           "scripted_sign_in"]

class FirstAdminDialog(Form):
    """The first start of an empty database: create the administrator account."""

    def __init__(self, ctx: Context, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.actor: Actor | None = None
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("First start — create the administrator"))
        self.explain(self.tr("This database has no accounts yet. Create the administrator account; "
                             "the administrator then creates the accounts of the desk staff."))
        self.username = QLineEdit("admin")
        self.username.setObjectName("username")
        self.display_name = QLineEdit(self.tr("Administrator"))
        self.display_name.setObjectName("displayName")
        self.password = password_field("password")
        self.again = password_field("again")
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("&Name"), self.display_name)
        self.form.addRow(self.tr("&Password (at least 8 characters)"), self.password)
        self.form.addRow(self.tr("&Repeat password"), self.again)
        self.ok = self.buttons.addButton(self.tr("Create and sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("create")
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        self.password.setFocus()

    def submit(self) -> None:
        if self.password.text() != self.again.text():
            self.say(self.tr("The two passwords differ."))
            self.again.setFocus()
            return
        from deskapp.services.accounts import users

        try:
            self.actor = users.create_first_admin(self.ctx, self.username.text(), self.display_name.text(),
                                                     self.password.text())
        except DeskappError as exc:
            self.say(error_message(exc))
            return
        self.accept()


class ChangePasswordDialog(Form):
    """The user's own password. `current`: the password just used to sign in, after a reset
    (the forced change): it is not asked again, and cancel then means: do not sign in."""

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None, *, current: str | None = None):
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.current = current
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password — {user}").format(user=actor.display_name))
        self.old = password_field("oldPassword")
        self.new = password_field("newPassword")
        self.again = password_field("again")
        if current is None:
            self.form.addRow(self.tr("&Current password"), self.old)
        else:
            self.explain(self.tr("You signed in with a temporary password from the administrator. "
                                 "Choose your own password to go on."))
        self.form.addRow(self.tr("&New password (at least 8 characters)"), self.new)
        self.form.addRow(self.tr("&Repeat new password"), self.again)
        self.ok = self.buttons.addButton(self.tr("Change password"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("change")
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.ok.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        (self.old if current is None else self.new).setFocus()

    def submit(self) -> None:
        if self.new.text() != self.again.text():
            self.say(self.tr("The two new passwords differ."))
            self.again.setFocus()
            return
        old = self.old.text() if self.current is None else self.current
        from deskapp.services.accounts import users

        try:
            users.change_own_password(self.ctx, self.actor, old, self.new.text())
        except DeskappError as exc:
            self.say(error_message(exc))
            return
        self.accept()


def interactive_sign_in(ctx: Context, parent: QWidget | None = None) -> Actor | None:
    """The dialogs of a normal start; None when the user chose to exit."""
    from deskapp.services.accounts import users

    if not users.has_users(ctx):
        first = FirstAdminDialog(ctx, parent)
        return first.actor if first.exec() == QDialog.DialogCode.Accepted else None
    dialog = LoginDialog(ctx, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return signed_in(dialog, parent)


def signed_in(dialog: LoginDialog, parent: QWidget | None = None) -> Actor | None:
    """Who signed in through an accepted login dialog, once a password reset by the
    administrator has been replaced by their own (None: they would not change it)."""
    from deskapp.services.accounts import users

    actor = dialog.actor
    if actor is None:
        return None
    if users.must_change_password(dialog.ctx, actor):
        change = ChangePasswordDialog(dialog.ctx, actor, parent, current=dialog.password.text())
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor


def scripted_sign_in(ctx: Context, username: str, password: str, parent: QWidget | None = None) -> Actor | None:
    """DESKAPP_USER / DESKAPP_PASSWORD: sign in without a dialog (benchmarks, kiosk scripts);
    audited as 脚本登录 like any other login. Raises LoginFailed. A temporary password (a new
    account, a reset) is replaced first, as at the login dialog: the script is no way around it
    (None: the user would not change it)."""
    from deskapp.services.accounts import users

    actor = users.authenticate(ctx, username, password, how="脚本登录")
    if users.must_change_password(ctx, actor):
        change = ChangePasswordDialog(ctx, actor, parent, current=password)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor

