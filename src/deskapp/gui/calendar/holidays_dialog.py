"""节假日: the supervisor marks the year's holidays (a daily duty falls off them, a later one's due
day moves to the next working day) and removes one marked by mistake. The list holds the shown
year's and the next year's: in December next year's are marked (标记来年节假日), and a 元旦 added
then shows in the list it was added to. A holiday of several days (春节, 国庆) is marked in one go
(日期 … 至 …); 删除 asks first, and says to choose a day when none is."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QTableWidgetItem, QVBoxLayout

from deskapp.domain.calendar import LAST_YEAR
from deskapp.gui import errors
from deskapp.gui.forms import FormDialog, date_edit
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import as_typed, button, edge_row, simple_table
from deskapp.services.calendar import holidays


class HolidaysDialog(QDialog):
    def __init__(self, parent, session: DeskSession, day: date):
        super().__init__(parent)
        self.session = session
        self.day = day
        self.setWindowTitle(self.tr("Holidays of {year} and {next}").format(year=day.year, next=day.year + 1))
        self.table = simple_table("holidayList", [self.tr("Date"), self.tr("Name")], row_numbers=False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([button(self.tr("Add…"), "holidayAdd", lambda: self.add()),
                                   button(self.tr("Remove"), "holidayRemove", lambda: self.remove())]))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(360, 360)
        self.reload()

    def reload(self) -> None:
        ctx, actor = self.session.ctx, self.session.actor
        years = [y for y in (self.day.year, self.day.year + 1) if y <= LAST_YEAR]
        out = errors.call(self, lambda: [h for year in years for h in holidays.holidays(ctx, actor, year)])
        rows = out.value if out.ok else []
        self.table.setRowCount(len(rows))
        for n, h in enumerate(rows):
            first = QTableWidgetItem(f"{h.day:%Y-%m-%d}")
            first.setData(Qt.ItemDataRole.UserRole, h.id)
            self.table.setItem(n, 0, first)
            self.table.setItem(n, 1, QTableWidgetItem(h.name))

    def add(self) -> FormDialog:
        """One day, or a holiday of several (至: 春节 from its first day to its last) in one go."""
        ctx, actor = self.session.ctx, self.session.actor
        form = FormDialog(self, self.tr("Mark a holiday"), [
            ("日期", self.tr("Date"), date_edit(self.day, "holidayDay", label="日期")),
            ("至", self.tr("To (several days)"), date_edit(None, "holidayLast", label="至", optional=True)),
            ("名称", self.tr("Name"), QLineEdit(objectName="holidayName")),
        ], lambda v: holidays.add_holidays(ctx, actor, v["日期"], v["至"], v["名称"]))
        form.saved.connect(lambda _ids: self.reload())
        form.open()
        return form

    def remove(self) -> None:
        """The chosen day taken off the holidays, once confirmed; with none chosen, says to choose one."""
        row = self.table.currentRow()
        if row < 0:
            QMessageBox.information(self, self.tr("Remove"), self.tr("Choose the holiday in the list first."))
            return
        holiday_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        what = f"{self.table.item(row, 0).text()} {self.table.item(row, 1).text()}"
        if QMessageBox.question(self, self.tr("Remove"), as_typed(self.tr(
                "Take {day} off the holidays? The daily duties fall due on it again.").format(day=what))) \
                != QMessageBox.StandardButton.Yes:
            return
        if errors.call(self, holidays.remove_holiday, self.session.ctx, self.session.actor, holiday_id).ok:
            self.reload()
