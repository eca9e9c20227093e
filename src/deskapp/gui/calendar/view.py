"""工作日历: a month grid whose days are coloured by their duties' worst status (overdue, due,
not yet, done), and the chosen day's duties: who does it, for which period, its status and the
record that did it. The supervisor marks the holidays (节假日…)."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget, QMessageBox, QSplitter, QTableWidgetItem, QVBoxLayout, QWidget,
)

from deskapp.contracts.calendar import DutyRow, HolidayRow
from deskapp.contracts.changes import Change
from deskapp.domain.calendar import FIRST_YEAR, LAST_YEAR, DutyStatus
from deskapp.gui import errors
from deskapp.gui.calendar.holidays_dialog import HolidaysDialog
from deskapp.gui.places import go_to_duty
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, edge_row, fit_columns, simple_table, as_typed, plain_label
from deskapp.services.calendar import duties, holidays

# a day takes the colour of its worst duty
COLOURS = {DutyStatus.OVERDUE: "#ef9a9a", DutyStatus.DUE: "#ffcc80", DutyStatus.UPCOMING: "#e0e0e0",
           DutyStatus.DONE: "#a5d6a7"}
WORST_FIRST = (DutyStatus.OVERDUE, DutyStatus.DUE, DutyStatus.UPCOMING, DutyStatus.DONE)
# what a duty's status depends on: any of these writes may have done one
WATCHED = {Change.CALENDAR, Change.PAYMENTS, Change.BILLS, Change.KEYS, Change.ROUNDS, Change.READINGS,
           Change.RECEPTION, Change.DUNNING, Change.SETTINGS, Change.COMMUNITY, Change.COMPLETENESS}




def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class CalendarView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.session = session
        self.by_day: dict[date, list[DutyRow]] = {}
        self.holidays: dict[date, HolidayRow] = {}
        self.grid = QCalendarWidget(objectName="calendarGrid")
        self.grid.setGridVisible(True)
        # the years a register can be about (domain.calendar.FIRST_YEAR…LAST_YEAR)
        self.grid.setDateRange(QDate(FIRST_YEAR, 1, 1), QDate(LAST_YEAR, 12, 31))
        self.grid.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.day_label = plain_label(objectName="calendarDay")
        self.table = simple_table("calendarDuties", [self.tr("Duty"), self.tr("Role"), self.tr("Period"),
                                                      self.tr("Status"), self.tr("Done by")], row_numbers=False)
        legend = plain_label(self.tr("Red: overdue · orange: due · grey: not yet · green: done"))
        marks = button(self.tr("Holidays…"), "calendarHolidays", lambda: self.edit_holidays())
        hide_unless(marks, session.may(holidays.MARK))
        self.go_button = button(self.tr("&Go and do it"), "calendarGo", lambda: self.go())
        self.table.doubleClicked.connect(lambda _index: self.go())
        self.rows: list[DutyRow] = []
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.day_label)
        side.addWidget(self.table)
        self.go_button.setToolTip(self.tr("Double-click a duty, or select it and press the button, to go where it is done."))
        side.addLayout(edge_row([], [self.go_button]))
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.grid)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([legend], [marks]))
        layout.addWidget(split, 1)  # the month and the day's duties take the height, not the legend's row
        self.grid.currentPageChanged.connect(lambda _y, _m: self.reload())
        self.grid.selectionChanged.connect(lambda: self.show_day())
        self.stale = False
        session.bus.changed.connect(lambda flags: self._changed(flags))
        self.grid.setSelectedDate(_qdate(session.ctx.clock.today()))
        self.reload()

    def _changed(self, flags) -> None:
        if not WATCHED & set(flags):
            return
        # a cashier's receipt must not wait for a hidden calendar: read it again when next shown
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        """The shown month's duties and holidays, read afresh (F5)."""
        year, month = self.grid.yearShown(), self.grid.monthShown()
        rows = errors.call(self, duties.month, self.session.ctx, self.session.actor, year, month)
        marked = errors.call(self, holidays.holidays, self.session.ctx, self.session.actor, year)
        if not rows.ok or not marked.ok:
            return
        self.by_day = defaultdict(list)
        for r in rows.value:
            self.by_day[r.due].append(r)
        self.holidays = {h.day: h for h in marked.value}
        self.stale = False
        self._paint(year, month)
        self.show_day()

    def _paint(self, year: int, month: int) -> None:
        self.grid.setDateTextFormat(QDate(), QTextCharFormat())  # clear the previous month's colours
        day = date(year, month, 1)
        while day.month == month:
            fmt = QTextCharFormat()
            statuses = {r.status for r in self.by_day.get(day, [])}
            worst = next((s for s in WORST_FIRST if s in statuses), None)
            if worst is not None:
                fmt.setBackground(QBrush(QColor(COLOURS[worst])))
            if day in self.holidays:
                fmt.setFontItalic(True)
                fmt.setToolTip(as_typed(self.holidays[day].name))
            self.grid.setDateTextFormat(_qdate(day), fmt)
            day = date.fromordinal(day.toordinal() + 1)

    def selected_day(self) -> date:
        q = self.grid.selectedDate()
        return date(q.year(), q.month(), q.day())

    def show_day(self) -> None:
        day = self.selected_day()
        rows = self.by_day.get(day, [])
        title = self.tr("Duties of {day}").format(day=f"{day:%Y-%m-%d}")
        if day in self.holidays:
            title += self.tr(" (holiday: {name})").format(name=self.holidays[day].name)
        self.day_label.setText(title)
        self.rows = list(rows)
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            for c, v in enumerate((r.name, r.role, r.period, r.status.value, r.record)):
                item = QTableWidgetItem(v)
                if c == 3:
                    item.setBackground(QBrush(QColor(COLOURS[r.status])))
                self.table.setItem(n, c, item)
        fit_columns(self.table)

    def go(self) -> bool:
        """Open where the selected duty is done: its view and tab, or the menu entry that does it."""
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            QMessageBox.information(self, self.tr("Duty calendar"), self.tr("Select a duty first."))
            return False
        if go_to_duty(self.window(), self.rows[row].key):
            return True
        QMessageBox.information(self, self.tr("Duty calendar"),
                                as_typed(self.tr("{duty} is done by {role}: it has no screen at this desk.").format(
                                    duty=self.rows[row].name, role=self.rows[row].role)))
        return False

    def edit_holidays(self) -> HolidaysDialog:
        dlg = HolidaysDialog(self, self.session, self.selected_day())
        dlg.open()
        return dlg
