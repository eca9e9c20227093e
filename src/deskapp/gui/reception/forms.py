"""A small keyboard-first form dialog: fields in order, Enter saves, a refused save keeps the
dialog open with the named field focused (deskapp.gui.errors.call)."""
from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from deskapp.gui import errors
from deskapp.gui.date_field import DateField, DateTimeField


class EnumCombo(QComboBox):
    """A combo of enum members. Qt turns a str-based enum into a plain string when it is item
    data, so the member's name is stored and the member given back."""

    def __init__(self, enum_cls: type[enum.Enum], parent=None):
        super().__init__(parent)
        self.enum_cls = enum_cls

    def add_member(self, member: enum.Enum) -> None:
        self.addItem(member.value, member.name)

    def currentData(self, role=Qt.ItemDataRole.UserRole):  # noqa: N802 - Qt's name
        data = super().currentData(role)
        return self.enum_cls.__members__.get(data, data) if isinstance(data, str) else data

    def findData(self, data, role=Qt.ItemDataRole.UserRole, flags=Qt.MatchFlag.MatchExactly):  # noqa: N802
        return super().findData(data.name if isinstance(data, self.enum_cls) else data, role, flags)


def enum_combo(enum_cls: type[enum.Enum], *, blank: str | None = None, name: str = "",
               members=None) -> EnumCombo:
    combo = EnumCombo(enum_cls)
    combo.setObjectName(name)
    if blank is not None:
        combo.addItem(blank, None)
    for member in members if members is not None else enum_cls:
        combo.add_member(member)
    return combo


def text_box(height: int = 70, name: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(objectName=name)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    box.setFixedHeight(height)
    return box


def date_edit(value: date | None = None, name: str = "", *, label: str = "", optional: bool = False,
              today: Callable[[], date] | None = None) -> DateField:
    """The desk's date field; `label` names it in a wrong-date message (the service field's name)."""
    return DateField(value, optional=optional, label=label, today=today, objectName=name)


def datetime_edit(value: datetime | None = None, name: str = "", *, label: str = "",
                  today: Callable[[], date] | None = None) -> DateTimeField:
    """The desk's date-and-time field (2027-12-02 09:30, the centre's time)."""
    return DateTimeField(value, label=label, today=today, objectName=name)


def value_of(widget: QWidget):
    """The Python value a field holds."""
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return widget.currentText().strip() if widget.isEditable() and data is None else data
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, DateField):  # and DateTimeField
        return widget.value()  # a wrong date raises ValidationError naming the field
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


class FormDialog(QDialog):
    """`fields`: (service field label, shown label, widget) in tab order. `submit(values)` runs
    the service call; the dialog closes only when it succeeds."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, fields: list[tuple[str, str, QWidget]],
                 submit: Callable[[dict], object], *, intro: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("receptionForm")
        self.submit_fn = submit
        self.widgets: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        for key, label, widget in fields:
            self.widgets[key] = widget
            form.addRow(label, widget)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.result_value = None
        if fields:
            fields[0][2].setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict:
        return {key: value_of(w) for key, w in self.widgets.items()}

    def save(self) -> bool:
        outcome = errors.call(self, lambda: self.submit_fn(self.values()), fields=self.widgets)
        if outcome.ok:
            self.result_value = outcome.value
            self.saved.emit(outcome.value)
            self.accept()
        return outcome.ok
