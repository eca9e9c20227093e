"""The login dialog, and the small form the accounts' sign-in dialogs share.

It lives in the shell, apart from the accounts area's package, because the start shows it
while the database opens (gui/app.py, issue 21 §2): importing deskapp.gui.accounts loads the
accounts services, SQLAlchemy and the models, which is what the clerk's typing should hide.
This module imports Qt and the error texts only; the services when 登录 is pressed."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from deskapp.domain.errors import DeskappError
from deskapp.gui.service_text import error_message

if TYPE_CHECKING:
    from deskapp.services.context import Actor, Context


def password_field(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


def message_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)  # a typed name in a message is shown as typed
    label.setObjectName("message")
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


class Form(QDialog):
    """A small form whose errors are shown in a red line above the buttons, not in pop-ups."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumWidth(400)  # room for a message such as the lock-out minutes on one or two lines
        self.form = QFormLayout()
        self.message = message_label()
        self.buttons = QDialogButtonBox(self)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
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


class LoginDialog(Form):
    """用户名 + 密码. Enter signs in; wrong password and locked account are said plainly.

    At the start the dialog is shown before the database is open (`ctx` None), so that the
    clerk types while it opens; 登录 pressed before then waits, says so, and signs in as soon
    as `set_context` hands the open database over."""

    # 登录 pressed before the database was open: the opening goes straight on to the desk (gui/app.py)
    waiting_for_database = Signal()

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
        self.password = password_field("password")
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
            self.waiting_for_database.emit()
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
