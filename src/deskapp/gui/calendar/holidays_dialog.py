"""节假日: the supervisor marks the year's holidays (a daily duty falls off them, a later one's due
day moves to the next working day) and removes one marked by mistake. The list holds the shown
year's and the next year's: in December next year's are marked (标记来年节假日), and a 元旦 added
then shows in the list it was added to."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QTableWidgetItem, QVBoxLayout

from deskapp.domain.calendar import LAST_YEAR
from deskapp.gui import errors
from deskapp.gui.forms import FormDialog, date_edit
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, simple_table
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
        ctx, actor = self.session.ctx, self.session.actor
        form = FormDialog(self, self.tr("Mark a holiday"), [
            ("日期", self.tr("Date"), date_edit(self.day, "holidayDay", label="日期")),
            ("名称", self.tr("Name"), QLineEdit(objectName="holidayName")),
        ], lambda v: holidays.add_holiday(ctx, actor, v["日期"], v["名称"]))
        form.saved.connect(lambda _id: self.reload())
        form.open()
        return form

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        holiday_id = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        if errors.call(self, holidays.remove_holiday, self.session.ctx, self.session.actor, holiday_id).ok:
            self.reload()
