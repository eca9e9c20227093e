"""The one date field of the desk: a line the clerk types into (2027-12-02, 2027/12/2,
20271202, 2027.12.2 — deskapp.domain.dates decides) with a calendar button that opens on the
field's date or on today. An optional field may be left empty (its ✕ empties it) and then
means "no date". It replaces QDateEdit, whose sections swallowed typed separators (2027-12-02
became 20271202 and nothing was saved) and whose empty value opened the calendar in 1900.
DateTimeField is the same for a date with a time of day (2027-12-02 09:30)."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QWidget, QWidgetAction

from deskapp.domain.clock import CENTRE_TZ, Clock
from deskapp.domain.dates import (
    EXAMPLE, EXAMPLE_TIME, format_date, format_date_time, parse_date, parse_date_time,
)
from deskapp.domain.errors import ValidationError
from deskapp.gui.widgets import as_typed

ERROR_STYLE = "border: 2px solid #c62828;"


def _calendar_icon() -> QIcon:
    """A small drawn calendar: no icon theme is installed on the desk PCs."""
    pm = QPixmap(16, 16)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setPen(QColor("#555"))
    p.drawRect(1, 2, 13, 12)
    p.fillRect(2, 3, 12, 3, QColor("#c62828"))
    for row in (8, 11):
        for col in (4, 7, 10):
            p.fillRect(col, row, 2, 2, QColor("#555"))
    p.end()
    return QIcon(pm)


class DateField(QLineEdit):
    """`value()` is the typed date, None when empty and optional; a wrong or missing date raises
    ValidationError naming the field (`label`), so the dialog shows it like any service error."""

    dateChanged = Signal()  # the field now holds another valid date (or was emptied)
    EXAMPLE = EXAMPLE  # shown in the placeholder and in the messages

    def __init__(self, value: date | None = None, *, optional: bool = False, label: str = "",
                 empty_text: str = "", today: Callable[[], date] | None = None, parent: QWidget | None = None,
                 objectName: str = ""):
        if isinstance(value, QWidget):  # QUiLoader builds a form's custom widget as DateField(parent)
            value, parent = None, value
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.label = label or self.tr("Date")
        self._today = today or Clock().today
        self._last: date | None = None
        self.setMaxLength(20)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.EXAMPLE) + 60)
        self.calendar_action = QAction(_calendar_icon(), self.tr("Calendar (Alt+Down)"), self)
        self.calendar_action.setObjectName("calendarAction")
        self.calendar_action.triggered.connect(lambda _=False: self.open_calendar())
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None
        self.popup: QMenu | None = None
        self.editingFinished.connect(self._tidy)
        self.textChanged.connect(self._unmark)
        self.set_optional(optional, empty_text)
        self.set_value(value)

    def set_optional(self, optional: bool, empty_text: str = "") -> None:
        """An optional field shows its ✕ to empty it and says what empty means (e.g. 未定)."""
        self.optional, self._empty_text = optional, empty_text
        self.setClearButtonEnabled(optional)
        # the example is today, in the form the field shows (the fixed one, 2027-12-02, read as a
        # date a year ahead in a form about today)
        example = self.tr("e.g. {example}").format(example=self._format(self._picked(self._today())))
        self.setPlaceholderText(f"{empty_text}（{example}）" if optional and empty_text else example)

    def set_today(self, today: Callable[[], date]) -> None:
        """Where "today" comes from: the session's clock, so that tests and the desk agree."""
        self._today = today
        self.set_optional(self.optional, self._empty_text)  # its example is today

    # -- the value
    def _parse(self, text: str) -> date | None:
        return parse_date(text)

    def _format(self, value: date | None) -> str:
        return format_date(value)

    def _picked(self, day: date) -> date:
        """What a day picked in the calendar makes of the field's value."""
        return day

    def set_value(self, value: date | None) -> None:
        self.setText(self._format(value))
        self._last = value

    def value(self) -> date | None:
        try:
            d = self._parse(self.text())
        except ValueError as exc:
            raise ValidationError(self.label, str(exc)) from None
        if d is None and not self.optional:
            raise ValidationError(self.label, self.tr("please give a date, e.g. {example}").format(
                example=self.EXAMPLE))
        return d

    def last_good(self) -> date | None:
        """The date the field last held that was valid: what a filter keeps using while a wrong
        date is being corrected."""
        return self._last

    def _tidy(self) -> None:
        """On leaving the field: a date typed in any accepted form is shown as 2027-12-02; a wrong
        one is outlined and says why (the dialog refuses it again on OK)."""
        try:
            d = self.value()
        except ValidationError as exc:
            self.setStyleSheet(ERROR_STYLE)
            self.setToolTip(as_typed(str(exc)))
            return
        if self.text() != self._format(d):
            self.setText(self._format(d))
        if d != self._last:
            self._last = d
            self.dateChanged.emit()

    def _unmark(self) -> None:
        if self.styleSheet():
            self.setStyleSheet("")
            self.setToolTip("")

    # -- the calendar
    def keyPressEvent(self, event) -> None:
        if (event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier) \
                or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """Opens on the field's date, or on today when it is empty or not a date."""
        try:
            current = self._parse(self.text())
        except ValueError:
            current = None
        start = current or self._today()
        if isinstance(start, datetime):
            start = start.date()
        if self.popup is not None:
            self.popup.deleteLater()  # the last one, closed
        self.popup = QMenu(self)
        self.popup.setObjectName("dateFieldPopup")
        self.calendar = QCalendarWidget(objectName="dateFieldCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        self.popup.aboutToHide.connect(lambda: self.setFocus(Qt.FocusReason.PopupFocusReason))
        self.popup.popup(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _pick(self, d: QDate) -> None:
        self.setText(self._format(self._picked(date(d.year(), d.month(), d.day()))))
        if self.popup is not None:
            self.popup.close()
        self._tidy()


class DateTimeField(DateField):
    """The same field for a date with a time of day (2027-12-02 09:30), in the centre's zone: a
    day picked in the calendar keeps the time already typed (or 09:00)."""

    EXAMPLE = EXAMPLE_TIME
    tz = CENTRE_TZ  # a time typed at the desk is the centre's, whatever zone the PC has

    def _parse(self, text: str) -> datetime | None:
        return parse_date_time(text, self.tz)

    def _format(self, value: datetime | None) -> str:
        return format_date_time(value.astimezone(self.tz) if value else None)

    def _picked(self, day: date) -> datetime:
        try:
            current = self._parse(self.text())
        except ValueError:
            current = None
        return datetime.combine(day, current.timetz() if current else time(9, 0, tzinfo=self.tz))
