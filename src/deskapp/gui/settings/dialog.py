"""系统设置: every centre-wide setting, grouped by area in tabs, an editor per kind, the
default beside it and a button to restore it. Apply writes only the settings that changed,
through the service (which checks the role, refuses bad values and audits each change);
a refused value is shown under its setting and nothing is written."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFrame, QGridLayout, QMessageBox, QPushButton, QScrollArea, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget,
)

from deskapp.contracts.changes import Change
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.gui import errors
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.settings.editors import editor_for, weekday_names
from deskapp.services import settings
from deskapp.services.settings import Declared
from deskapp.gui.widgets import as_typed, plain_label

ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: palette(placeholder-text);"
NARROW = ("bool", "int", "choice", "decimal", "time", "span")  # sized to their content, not the row


class SettingRow(QFrame):
    """One setting: its label, its editor, the default and a restore button, and the
    service's message when the value was refused."""

    def __init__(self, spec: Declared, parent: QWidget | None = None):
        super().__init__(parent)
        self.spec = spec
        self.setObjectName(f"setting_{spec.key}")
        self.label = plain_label(said(spec.label), self)
        self.label.setWordWrap(True)
        self.label.setFixedWidth(220)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setToolTip(as_typed(spec.key))
        self.editor = editor_for(spec, self)
        self.label.setBuddy(self.editor)
        self.restore = QPushButton(self.tr("Restore default"), self)
        self.restore.clicked.connect(self.restore_default)
        self.restore.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.default_label = plain_label(self.tr("Default: {value}").format(value=self.describe(spec.default)), self)
        self.default_label.setWordWrap(True)
        self.default_label.setStyleSheet(HINT_STYLE)
        self.default_label.setVisible(spec.kind != "hours")  # the table has a column of defaults
        self.error = plain_label(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.addWidget(self.label, 0, 0, 3, 1)
        if spec.kind in NARROW:
            grid.addWidget(self.editor, 0, 1, Qt.AlignmentFlag.AlignLeft)
        else:
            grid.addWidget(self.editor, 0, 1)
        grid.addWidget(self.restore, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.default_label, 1, 1, 1, 2)
        grid.addWidget(self.error, 2, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.editor.changed.connect(self._edited)

    def describe(self, value: Any) -> str:
        kind = self.spec.kind
        if kind == "bool":
            return self.tr("Yes") if value else self.tr("No")
        if kind == "choice":
            return dict(self.spec.choices).get(value, str(value))
        if kind == "weekdays":
            names = weekday_names()
            return "、".join(names[d] for d in value if 0 <= d <= 6)
        if kind == "list":
            return "、".join(value)
        if kind == "hours":
            return "、".join(self.tr("{name} {hours} h").format(name=k, hours=v) for k, v in value.items())
        if kind in ("text", "folder", "span") and value == "":
            return self.tr("(empty)")
        return str(value)

    def value(self) -> Any:
        return self.editor.value()

    def show_value(self, value: Any) -> None:
        self.editor.set_value(value)
        self._edited()

    def restore_default(self) -> None:
        self.show_value(self.spec.default)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        font = QFont(self.label.font())
        font.setBold(bool(text))
        self.label.setFont(font)

    def _edited(self) -> None:
        self.restore.setEnabled(self.value() != self.spec.default)


class SettingsDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.resize(820, 620)
        self.specs = settings.catalogue()
        self.by_label = {s.label: s.key for s in self.specs}
        self.now = settings.current(session.ctx, session.actor, [s.key for s in self.specs])
        self.rows: dict[str, SettingRow] = {}
        self.tab_of: dict[str, int] = {}
        self.tabs = QTabWidget(self)
        titles = self._group_titles()
        for group in settings.GROUPS:
            specs = [s for s in self.specs if s.group == group]
            if not specs:
                continue
            page = QWidget()
            column = QVBoxLayout(page)
            for n, spec in enumerate(specs):
                if n:
                    line = QFrame(page)
                    line.setFrameShape(QFrame.Shape.HLine)
                    line.setFrameShadow(QFrame.Shadow.Sunken)
                    column.addWidget(line)
                row = SettingRow(spec, page)
                row.show_value(self.now[spec.key].value)
                column.addWidget(row)
                self.rows[spec.key] = row
            column.addStretch(1)
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            index = self.tabs.addTab(scroll, titles.get(group, group))
            for spec in specs:
                self.tab_of[spec.key] = index
        self.message = plain_label(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        note = plain_label(self.tr("Changes take effect for the whole service centre; each change is recorded "
                              "in the audit trail."), self)
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _group_titles(self) -> dict[str, str]:
        return {"reception": self.tr("Reception"), "keys": self.tr("Keys and cards"), "billing": self.tr("Billing"),
                "rounds": self.tr("Building stewards"), "calendar": self.tr("Duty calendar"),
                "accounts": self.tr("Accounts and backups"),
                "other": self.tr("Other")}

    # -- what changed
    def pending(self) -> tuple[dict[str, Any], list[str]]:
        """(new values, keys back to their default) for the settings whose value was edited."""
        changes: dict[str, Any] = {}
        resets: list[str] = []
        for key, row in self.rows.items():
            value = row.value()
            if value == self.now[key].value:
                continue
            if value == row.spec.default:
                resets.append(key)
            else:
                changes[key] = value
        return changes, resets

    def _show_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def _point_at(self, key: str) -> None:
        self.tabs.setCurrentIndex(self.tab_of[key])
        row = self.rows[key]
        scroll = self.tabs.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.ensureWidgetVisible(row)
        row.editor.setFocus()

    # -- writing
    def _confirmed(self, keys: list[str]) -> bool:
        """A change that sets something going (a new receipt series) is asked about first."""
        for key in keys:
            spec = self.rows[key].spec
            if not spec.confirm:
                continue
            self._point_at(key)
            asked = QMessageBox.question(self, self.tr("Change a setting"), as_typed(self.tr("{label}: {what}\n\nSave this change?")
                                         .format(label=said(spec.label), what=said(spec.confirm))))
            if asked != QMessageBox.StandardButton.Yes:
                return False
        return True

    def apply(self) -> bool:
        """Write the changed settings; False (and nothing written) when one is refused."""
        for row in self.rows.values():
            row.show_error("")
        changes, resets = self.pending()
        refused: dict[str, ValidationError] = {}
        for key, value in changes.items():
            try:
                settings.check(key, value)
            except ValidationError as exc:
                refused[key] = exc
        if not refused and not self._confirmed([*changes, *resets]):
            self._show_message(self.tr("Nothing was changed."), False)
            return False
        if not refused:
            try:
                loaded = {key: self.now[key].version for key in [*changes, *resets] if key in self.now}
                written = settings.set_values(self.session.ctx, self.session.actor, changes, resets, versions=loaded)
            except ValidationError as exc:
                key = self.by_label.get(exc.field)
                if key is None:
                    errors.show_error(self, exc)
                    return False
                refused[key] = exc
            except DeskappError as exc:
                errors.show_error(self, exc)
                return False
        if refused:
            for key, exc in refused.items():
                self.rows[key].show_error(errors.error_message(exc))
            self._point_at(next(k for k in self.rows if k in refused))
            self._show_message(self.tr("{n} setting(s) could not be saved; nothing was changed.")
                               .format(n=len(refused)), True)
            return False
        self.now = settings.current(self.session.ctx, self.session.actor, list(self.rows))
        for key, row in self.rows.items():
            if key in written:
                row.show_value(self.now[key].value)  # as stored: trimmed, times as HH:MM
        if written:
            self.session.bus.announce(Change.SETTINGS)
            self._show_message(self.tr("{n} setting(s) saved.").format(n=len(written)), False)
        else:
            self._show_message(self.tr("Nothing was changed."), False)
        return True

    def _ok(self) -> None:
        if self.apply():
            self.accept()
