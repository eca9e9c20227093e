"""What the registry dialogs share: the message shown at the wrong field and the submit step
that calls a service and keeps the dialog open on a user error."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.gui.date_field import DateField
from deskapp.gui.service_text import error_message

ERROR_STYLE = "border: 2px solid #c62828;"

# The registry dialogs' older name for the desk's date field (the transfer dialog still uses it).
DateEdit = DateField


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
        self.label.setText(error_message(exc))
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
