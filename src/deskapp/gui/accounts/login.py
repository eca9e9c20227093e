"""Signing in: the login dialog, the first administrator on an empty database, and the
password change a reset password asks for."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from deskapp.domain.errors import DeskappError
from deskapp.gui.service_text import error_message

if TYPE_CHECKING:
    from deskapp.services.context import Actor, Context

# The services (and with them SQLAlchemy and the models) are imported where a dialog first
# needs them: the login dialog is shown while they load (gui/app.py, issue 21 §2).


def _password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class _Form(QDialog):
    """A small form whose errors are shown in a red line above the buttons, not in pop-ups."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(400)  # room for a message such as the lock-out minutes on one or two lines
        self.form = QFormLayout()
        self.message = _message_label()
        self.buttons = QDialogButtonBox(self)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def explain(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.show()


class LoginDialog(_Form):
    """用户名 + 密码. Enter signs in; wrong password and locked account are said plainly.

    At the start the dialog is shown before the database is open (`ctx` None), so that the
    clerk types while it opens; 登录 pressed before then waits, says so, and signs in as soon
    as `set_context` hands the open database over."""

    def __init__(self, ctx: Context | None, parent: QWidget | None = None, *, username: str = "",
                 locked_to: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.waiting = False  # 登录 was pressed before the database was open
        self.actor: Actor | None = None
        self.locked_to = locked_to  # the idle lock lets only the signed-in user back in
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in — Property Service Desk"))
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.username.setMaxLength(40)
        self.password = _password_field("password")
        self.form.addRow(self.tr("&User name"), self.username)
        self.form.addRow(self.tr("&Password"), self.password)
        self.ok = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("signIn")
        self.ok.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Exit"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("exit")
        self.ok.clicked.connect(self.submit)
        cancel.clicked.connect(self.reject)
        if locked_to is not None:
            self.username.setReadOnly(True)
            self.password.setFocus()
        elif username:
            self.password.setFocus()
        else:
            self.username.setFocus()

    def submit(self) -> None:
        name = self.username.text().strip()
        if not name:
            self.say(self.tr("Please enter your user name."))
            self.username.setFocus()
            return
        if self.ctx is None:
            self.waiting = True
            self.ok.setEnabled(False)
            self.explain(self.tr("Opening the database… You are signed in as soon as it is open."))
            return
        from deskapp.services.accounts import users

        try:
            actor = users.authenticate(self.ctx, name, self.password.text(),
                                          how="登录" if self.locked_to is None else "解锁")
        except DeskappError as exc:
            self.say(error_message(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = actor
        self.accept()

    def set_context(self, ctx: Context) -> None:
        """The database is open: a sign-in asked for while it opened goes ahead now."""
        self.ctx = ctx
        self.intro.hide()
        self.ok.setEnabled(True)
        if self.waiting:
            self.waiting = False
            self.submit()


class FirstAdminDialog(_Form):
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
        self.password = _password_field("password")
        self.again = _password_field("again")
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


class ChangePasswordDialog(_Form):
    """The user's own password. `current`: the password just used to sign in, after a reset
    (the forced change): it is not asked again, and cancel then means: do not sign in."""

    def __init__(self, ctx: Context, actor: Actor, parent: QWidget | None = None, *, current: str | None = None):
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.current = current
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password — {user}").format(user=actor.display_name))
        self.old = _password_field("oldPassword")
        self.new = _password_field("newPassword")
        self.again = _password_field("again")
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


def scripted_sign_in(ctx: Context, username: str, password: str) -> Actor:
    """DESKAPP_USER / DESKAPP_PASSWORD: sign in without a dialog (benchmarks, kiosk scripts);
    audited as 脚本登录 like any other login. Raises LoginFailed."""
    from deskapp.services.accounts import users

    return users.authenticate(ctx, username, password, how="脚本登录")

