"""用户管理: the administrator's list of accounts with create, disable/enable, reset
password, change role, and delete (only for an account that never acted); a supervisor sees
the list to lift the wait that failed sign-ins put on an account."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QInputDialog, QLineEdit, QMessageBox,
    QPushButton, QTableView, QVBoxLayout, QWidget,
)

from deskapp.domain.local_time import local_text
from deskapp.domain.permissions import Role
from deskapp.gui import errors, widgets
from deskapp.gui.forms import dialog_buttons, form_over_buttons
from deskapp.gui.session import DeskSession
from deskapp.gui.sign_in import password_field
from deskapp.gui.visibility import hide_unless
from deskapp.services.accounts import users
from deskapp.services.accounts.users import UserView
from deskapp.gui.widgets import as_typed, plain_label


class UsersModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[UserView] = []

    def set_rows(self, rows: list[UserView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UserView:
        return self._rows[row]

    def headers(self) -> list[str]:
        return [self.tr("User name"), self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Last sign-in")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or role != Qt.ItemDataRole.DisplayRole:
            return None
        u = self._rows[index.row()]
        if index.column() == 0:
            return u.username
        if index.column() == 1:
            return u.display_name
        if index.column() == 2:
            return u.role.value
        if index.column() == 3:
            if not u.active:
                return self.tr("disabled")
            if u.failures:
                return self.tr("active, {n} failed sign-ins in a row").format(n=u.failures)
            if u.must_change_password:
                return self.tr("active, must change password")
            return self.tr("active")
        return local_text(u.last_login_at)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 5:
            return self.headers()[section]
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None


def _role_box() -> QComboBox:
    box = QComboBox()
    for role in Role:
        box.addItem(role.value, role.name)  # Qt would turn the str-enum into a plain str
    return box


class NewUserDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.user_id: int | None = None
        self.setObjectName("newUserDialog")
        self.setWindowTitle(self.tr("New account"))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("displayName")
        self.role = _role_box()
        self.role.setObjectName("role")
        self.password = password_field("password")
        self.again = password_field("again")
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Name"), self.display_name)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&First password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Re&peat password"), self.again)
        form_over_buttons(self, form, dialog_buttons(self, self.submit, QDialogButtonBox.StandardButton.Ok))

    def submit(self) -> None:
        if not same_twice(self, self.password, self.again):
            return
        outcome = errors.call(self, users.create_user, self.session.ctx, self.session.actor,
                              self.username.text(), self.display_name.text(), Role[self.role.currentData()],
                              self.password.text(),
                              fields={"用户名": self.username, "姓名": self.display_name, "初始密码": self.password})
        if outcome.ok:
            self.user_id = outcome.value
            self.accept()


def same_twice(parent: QWidget, first: QLineEdit, again: QLineEdit) -> bool:
    """A password typed twice: a typing slip in a hidden field is caught before it is saved."""
    if first.text() == again.text():
        return True
    QMessageBox.warning(parent, parent.windowTitle(),
                        QCoreApplication.translate("accounts", "The two passwords differ; please type them again."))
    first.clear()
    again.clear()
    first.setFocus()
    return False


class ResetPasswordDialog(QDialog):
    """The administrator's temporary password for an account, typed twice."""

    def __init__(self, session: DeskSession, user: UserView, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.user = session, user
        self.setObjectName("resetPasswordDialog")
        who = f"{user.username}（{user.display_name}）"  # the person, not only the login: 陈志刚 is who is at the desk
        self.setWindowTitle(self.tr("Reset password — {user}").format(user=who))
        self.setMinimumWidth(420)
        self.password = password_field("password")
        self.again = password_field("again")
        form = QFormLayout(self)
        intro = plain_label(self.tr("A temporary password for {user}. At the next sign-in they choose their own.")
                       .format(user=who))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("&Temporary password (at least 8 characters)"), self.password)
        form.addRow(self.tr("Re&peat password"), self.again)
        form.addRow(dialog_buttons(self, self.submit, QDialogButtonBox.StandardButton.Ok))

    def submit(self) -> None:
        if not same_twice(self, self.password, self.again):
            return
        outcome = errors.call(self, users.reset_password, self.session.ctx, self.session.actor, self.user.id,
                              self.password.text(), fields={"临时密码": self.password})
        if outcome.ok:
            self.accept()


class UsersDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("usersDialog")
        self.setWindowTitle(self.tr("User accounts"))
        self.resize(760, 420)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        widgets.selection_follows_current(self.table)  # tabbed into, the row it lands on is the chosen one
        self.table.horizontalHeader().setStretchLastSection(True)
        manages = session.may(users.MANAGE)
        if manages:
            self.table.doubleClicked.connect(lambda _i: self.change_role())
        bar = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot, shown in (
            ("new", self.tr("&New…"), self.new_user, manages),
            ("toggle", self.tr("&Disable / enable"), self.toggle_active, manages),
            ("reset", self.tr("&Reset password…"), self.reset_password, manages),
            ("role", self.tr("Change &role…"), self.change_role, manages),
            ("delete", self.tr("De&lete"), self.delete_user, manages),
            ("unlock", self.tr("Lift sign-in &wait"), self.unlock, session.may(users.UNLOCK)),
        ):
            button = QPushButton(text)
            button.setObjectName(key)
            button.clicked.connect(lambda _=False, act=slot: act())  # clicked(bool) must not reach the slot
            hide_unless(button, shown)  # never setVisible(True) before the layout: a stray window
            bar.addWidget(button)
            self.buttons[key] = button
        bar.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        layout.addWidget(close)
        self.refresh()
        # an account that has acted stays in the records: 删除 is greyed on it, saying why
        widgets.enable_for_row(self.table, self._chosen, self.buttons["delete"], self._why_not_delete)
        # 停用/启用 says which it does to the chosen account: a leaver's row is not enabled by a slip
        self.table.selectionModel().currentRowChanged.connect(lambda _now, _before: self._name_toggle())
        self.model.modelReset.connect(self._name_toggle)
        self.model.dataChanged.connect(lambda *_: self._name_toggle())
        self._name_toggle()

    def _name_toggle(self) -> None:
        user = self._chosen()
        button = self.buttons["toggle"]
        if user is None:
            button.setText(self.tr("&Disable / enable"))
        else:
            button.setText(self.tr("&Disable") if user.active else self.tr("&Enable"))

    def _chosen(self) -> UserView | None:
        current = self.table.currentIndex()  # the row changes before the selection follows it
        return self.model.row_at(current.row()) if current.isValid() else None

    def _why_not_delete(self, user: UserView) -> str:
        return self._acted_text(user) if user.has_acted else ""

    def _acted_text(self, user: UserView) -> str:
        return self.tr("{user} has acted in the program, so the account stays in the records. "
                       "Disable it instead.").format(user=user.username)

    def refresh(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row_at(rows[0].row()).username if rows else None
        outcome = errors.call(self, users.list_users, self.session.ctx, self.session.actor)
        if outcome.ok:
            self.model.set_rows(outcome.value)
            if chosen is not None:  # after a confirmed change the same account stays selected
                self.select_username(chosen)

    def selected(self) -> UserView | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("User accounts"), self.tr("Select an account first."))
            return None
        return self.model.row_at(rows[0].row())

    def select_username(self, username: str) -> None:
        for r in range(self.model.rowCount()):
            if self.model.row_at(r).username == username:
                self.table.selectRow(r)
                return

    def _do(self, fn, *args) -> bool:
        """A change to the selected account; the list is read again and keeps that selection."""
        rows = self.table.selectionModel().selectedRows()
        chosen = self.model.row_at(rows[0].row()).username if rows else None
        outcome = errors.call(self, fn, self.session.ctx, self.session.actor, *args)
        if outcome.ok:
            self.refresh()
            if chosen:
                self.select_username(chosen)
        return outcome.ok

    def new_user(self) -> None:
        dialog = NewUserDialog(self.session, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            made = next((u for u in (self.model.row_at(r) for r in range(self.model.rowCount()))
                         if u.id == dialog.user_id), None)
            if made is not None:  # what is done next (reset, role) is for the account just made
                self.select_username(made.username)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.active:
            answer = QMessageBox.question(self, self.tr("Disable account"),
                                          as_typed(self.tr("Disable the account {user}? It can no longer sign in.")
                                          .format(user=user.username)))
            if answer != QMessageBox.StandardButton.Yes:
                return
        else:  # a disabled account is most often a leaver's: enabling it gives back their access
            answer = QMessageBox.question(self, self.tr("Enable account"), as_typed(
                self.tr("Enable the account {user} ({name}) again? It can sign in again with its last password.")
                .format(user=user.username, name=user.display_name)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._do(users.set_active, user.id, not user.active)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        if ResetPasswordDialog(self.session, user, self).exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_username(user.username)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        labels = [r.value for r in Role]
        label, ok = QInputDialog.getItem(self, self.tr("Change role"),
                                         self.tr("Role of {user}:").format(user=user.username), labels,
                                         labels.index(user.role.value), False)
        if ok:
            self._do(users.change_role, user.id, Role(label))

    def unlock(self) -> None:
        """Lift the wait failed sign-ins put on the account (the person is at the desk)."""
        user = self.selected()
        if user is None:
            return
        self._do(users.unlock, user.id)

    def delete_user(self) -> None:
        user = self.selected()
        if user is None:
            return
        if user.has_acted:  # greyed then; by the keyboard's mnemonic all the same
            QMessageBox.information(self, self.tr("Delete account"), as_typed(self._acted_text(user)))
            return
        answer = QMessageBox.question(self, self.tr("Delete account"),
                                      as_typed(self.tr("Delete the unused account {user}?").format(user=user.username)))
        if answer == QMessageBox.StandardButton.Yes:
            self._do(users.delete_user, user.id)


