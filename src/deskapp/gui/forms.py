"""The desk's one form dialog and the field helpers every area's forms use: fields in order,
Enter saves, a refused save keeps the dialog open with the named field outlined and focused
(FieldErrors) and the service's message shown (deskapp.gui.errors.call)."""
from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton, QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget,
)

from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.gui import errors
from deskapp.gui.date_field import DateField, DateTimeField
from deskapp.gui.service_text import error_message
from deskapp.gui.session import announce_from
from deskapp.gui.widgets import as_typed, plain_label

ERROR_STYLE = "border: 2px solid #c62828;"


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
        self._watched: set[int] = set()
        self.last: DeskappError | None = None

    def clear(self) -> None:
        for w in self._marked:
            w.setStyleSheet("")
            w.setToolTip("")
        self._marked.clear()
        self.label.clear()
        self.label.hide()

    def _watch(self) -> None:
        """The refusal stands until the clerk changes what was typed or chosen: a field of the form
        edited by hand takes the message and the outline away (a 房号 corrected, a 归还状态 set
        back to 完好), rather than leave a message about a value no longer there. Only the user's
        own edits count — a form that fills a field itself keeps the message."""
        for w in list(self.fields.values()):
            if id(w) in self._watched:
                continue
            for signal in _edited_by_hand(w):
                signal.connect(lambda *_: self.clear())
            self._watched.add(id(w))

    def show(self, exc: DeskappError) -> None:
        self.clear()
        self._watch()
        self.last = errors.untraced(exc)  # kept on the form: its traceback would hold the form (gui/errors.py)
        self.label.setText(error_message(exc))
        self.label.show()
        w = None
        if isinstance(exc, ValidationError):
            # a field of one row of a repeated group (e.g. the 2nd new owner) is keyed (location, field)
            w = self.fields.get((exc.location, exc.field)) or self.fields.get(exc.field)
        if w is not None:
            w.setStyleSheet(ERROR_STYLE)
            w.setToolTip(as_typed(exc.message))
            w.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(w, QLineEdit):  # selected: what the clerk types next replaces it (a wrong password)
                w.selectAll()
            self._marked.append(w)

    @property
    def text(self) -> str:
        return self.label.text()


def _edited_by_hand(w) -> list:
    """The signals a field gives when the user changes it (not when the program fills it)."""
    if isinstance(w, QLineEdit):
        return [w.textEdited]
    if isinstance(w, QComboBox):
        typed = [w.lineEdit().textEdited] if w.isEditable() and w.lineEdit() is not None else []
        return [w.activated, *typed]
    if isinstance(w, QAbstractButton):
        return [w.clicked]
    if isinstance(w, QPlainTextEdit):
        return [w.textChanged]
    return []


def submit(problems: FieldErrors, fn: Callable, *args, **kwargs) -> bool:
    """Call the service; a user error (any DeskappError) is shown in the form at its field and
    the dialog stays open, with nothing written. The same contract as gui.errors.call, only
    inline instead of a message box over the form."""
    problems.clear()
    outcome = errors.attempt(fn, *args, **kwargs)
    announce_from(problems.label, outcome.changed)
    if not outcome.ok:
        problems.show(outcome.error)
    return outcome.ok


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
               members=None, first: Sequence[tuple[str, object]] = ()) -> EnumCombo:
    """The members (all, or `members`) after `blank` (data None) or after the `first` choices —
    (label, data) pairs a register's filter puts above its states: "Open", "All states"."""
    combo = EnumCombo(enum_cls)
    combo.setObjectName(name)
    if blank is not None:
        combo.addItem(blank, None)
    for label, data in first:
        combo.addItem(label, data)
    for member in members if members is not None else enum_cls:
        combo.add_member(member)
    return combo


def names_combo(names: Sequence[str], *, name: str = "", text: str = "", placeholder: str = "") -> QComboBox:
    """A person's name picked from those used before (`names`, in the order given) or typed anew:
    an editable combo starting at `text` (blank, or the name on file). Its value is the text shown,
    so a name picked and then changed is the changed one."""
    combo = QComboBox(objectName=name, editable=True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(names))  # no item data: value_of reads the text
    combo.setCurrentIndex(-1)
    combo.setEditText(text)
    combo.lineEdit().setPlaceholderText(placeholder)
    combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)  # 师傅 finds 李师傅
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def finding_unticks(ok: QCheckBox, note: QLineEdit, action: QComboBox | None = None) -> None:
    """A checklist line (ticked OK, or a finding with its note): typing what was found, or choosing
    what it becomes past the combo's first choice (仅记录 → 报修, 通知业主), unticks OK. Left ticked, the note was kept as a remark and the
    chosen repair order was never made, without a word."""
    note.textEdited.connect(lambda text: ok.setChecked(False) if text.strip() else None)
    if action is not None:
        action.activated.connect(lambda index: ok.setChecked(False) if index > 0 else None)


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


def dialog_buttons(dialog: QDialog, on_ok: Callable[[], object],
                   ok: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save) -> QDialogButtonBox:
    """The accepting button (`ok`) and Cancel under a hand-built dialog: the first runs `on_ok` —
    the dialog's own save, which accepts only once the service took the record, or plain
    `accept` — and Cancel rejects."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_ok)
    buttons.rejected.connect(dialog.reject)
    return buttons


def form_over_buttons(dialog: QDialog, form: QFormLayout, buttons: QDialogButtonBox) -> QVBoxLayout:
    """The dialog's layout: its form, then its buttons."""
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return layout


class FormDialog(QDialog):
    """The desk's form dialog. Either give `fields` — (service field label, shown label, widget)
    in tab order — and `submit(values)`, or subclass it, add fields with `row()` and override
    `submit()`. Saving runs the service call through errors.call: a refusal shows its message,
    outlines and focuses the named field and keeps the dialog open; success emits `saved` and
    closes it. `button` is the word on the accepting button (Save for a new record, OK where the
    area always said OK)."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, fields: list[tuple[str, str, QWidget]] = (),
                 submit: Callable[[dict], object] | None = None, *, intro: str = "",
                 button: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("formDialog")
        self.submit_fn = submit
        self.widgets: dict[str, QWidget] = {}
        self.body = QVBoxLayout(self)
        if intro:
            label = plain_label(intro)
            label.setWordWrap(True)
            self.body.addWidget(label)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.problems = FieldErrors(plain_label(), self.widgets)
        self.body.addWidget(self.problems.label)
        self.buttons = QDialogButtonBox(button | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body.addWidget(self.buttons)
        self.result_value = None
        for key, label, widget in fields:
            self.row(label, widget, key)
        if fields:
            fields[0][2].setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def fields(self) -> dict[str, QWidget]:
        """The widgets by the service's field label, where a refusal naming that field points."""
        return self.widgets

    def row(self, label: str, widget: QWidget, field: str | None = None) -> QWidget:
        self.form.addRow(label, widget)
        if field:
            self.widgets[field] = widget
        return widget

    def values(self) -> dict:
        return {key: value_of(w) for key, w in self.widgets.items()}

    def submit(self):
        """The service call behind the accepting button; a subclass overrides it."""
        return self.submit_fn(self.values())

    def save(self) -> bool:
        self.problems.clear()
        outcome = errors.call(self, self.submit, fields=self.widgets)
        if outcome.ok:
            self.result_value = outcome.value
            self.saved.emit(outcome.value)
            super().accept()
        elif isinstance(outcome.error, DeskappError):
            self.problems.show(outcome.error)
        return outcome.ok

    def accept(self) -> None:  # Enter and the accepting button save first
        self.save()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The clerk types at once: the first field has the focus when the form opens (Qt gave it
        to the default button of a form built row by row)."""
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is None or isinstance(focused, QAbstractButton):
            first = next((w for w in self.widgets.values() if w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus),
                         None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_line(parent: QWidget | None, title: str, label: str, field: str,
             submit: Callable[[str], object]) -> FormDialog:
    """One line asked for (what was done, a reason) and handed to `submit` — the service call that
    checks it. A refusal (left empty, too long) keeps the form open at the line: a QInputDialog closed
    first and the refusal came after, the person pressing the button again to retype it. `field`:
    the service's label of the line (完成情况, 跟进结果 …). Opened, not waited for."""
    line = QLineEdit(objectName="askedLine")
    dlg = FormDialog(parent, title, [(field, label, line)], lambda values: submit(values[field]),
                     button=QDialogButtonBox.StandardButton.Ok)
    dlg.setObjectName("askLine")
    dlg.open()
    return dlg
