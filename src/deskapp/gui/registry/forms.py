"""What the registry dialogs share: the message shown at the wrong field, optional dates,
and the submit step that calls a service and keeps the dialog open on a user error."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from deskapp.domain.errors import DeskappError, ValidationError

NO_DATE = QDate(1900, 1, 1)
ERROR_STYLE = "border: 2px solid #c62828;"


class DateEdit(QDateEdit):
    """A calendar date field; with `optional`, its lowest value means "no date" and shows blank."""

    def __init__(self, value: date | None = None, *, optional: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.optional = optional
        if optional:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(" ")
        self.set_value(value)

    def set_value(self, value: date | None) -> None:
        if value is None:
            self.setDate(NO_DATE if self.optional else QDate.currentDate())
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> date | None:
        d = self.date()
        if self.optional and d == NO_DATE:
            return None
        return date(d.year(), d.month(), d.day())


def setup_date(edit: QDateEdit, value: date | None, *, optional: bool) -> None:
    """The same behaviour for a QDateEdit that comes from a .ui form."""
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(" ")
    edit.setDate(QDate(value.year, value.month, value.day) if value else (NO_DATE if optional
                                                                           else QDate.currentDate()))


def date_of(edit: QDateEdit) -> date | None:
    d = edit.date()
    if edit.minimumDate() == NO_DATE and d == NO_DATE:
        return None
    return date(d.year(), d.month(), d.day())


class FieldErrors:
    """Shows a service's ValidationError beside the form: the field named in it is outlined and
    focused, its message stays in the dialog's error line (no extra message box to dismiss)."""

    def __init__(self, label: QLabel, fields: dict):
        self.label = label
        self.fields = fields
        label.setObjectName("formError")
        label.setStyleSheet("color: #c62828; font-weight: bold;")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        self._marked: list[QWidget] = []
        self.last: DeskappError | None = None

    def clear(self) -> None:
        for w in self._marked:
            w.setStyleSheet("")
            w.setToolTip("")
        self._marked.clear()
        self.label.clear()
        self.label.hide()

    def show(self, exc: DeskappError) -> None:
        self.clear()
        self.last = exc
        self.label.setText(str(exc))
        self.label.show()
        w = None
        if isinstance(exc, ValidationError):
            # a field of one row of a repeated group (e.g. the 2nd new owner) is keyed (location, field)
            w = self.fields.get((exc.location, exc.field)) or self.fields.get(exc.field)
        if w is not None:
            w.setStyleSheet(ERROR_STYLE)
            w.setToolTip(exc.message)
            w.setFocus(Qt.FocusReason.OtherFocusReason)
            self._marked.append(w)

    @property
    def text(self) -> str:
        return self.label.text()


def submit(problems: FieldErrors, fn: Callable, *args, **kwargs) -> bool:
    """Call the service; a user error (any DeskappError) is shown in the form at its field and
    the dialog stays open, with nothing written. The same contract as gui.errors.call, only
    inline instead of a message box over the form."""
    problems.clear()
    try:
        fn(*args, **kwargs)
    except DeskappError as exc:
        problems.show(exc)
        return False
    return True
