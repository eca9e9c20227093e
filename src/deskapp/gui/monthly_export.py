"""One register for one month, written off the GUI thread (reception's and rounds' 导出 buttons).

The cancel works the same for every register: the export's `cancelled` check raises the one
Cancelled as soon as the user presses Cancel, so the service stops before it saves and no file
is left, whatever its own cancel class."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QMessageBox, QWidget

from deskapp.domain.errors import Cancelled
from deskapp.domain.text import file_name_of
from deskapp.gui import file_dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, month_combo, as_typed
from deskapp.gui.worker import Job
from deskapp.services import exports
from deskapp.services.exports import ExportOptions


def export_month(parent: QWidget, session: DeskSession, name: str, month: str, path: Path | None = None, *,
                 tell_rows: bool = False) -> Job | None:
    """Export register `name` for `month` ("2026-11"), asking where unless `path` is given.
    `tell_rows`: say how many rows were written when done (the rounds desk's 导出 does)."""
    spec = exports.all_exports()[name]
    title = QCoreApplication.translate("monthly_export", "Export register")
    if path is None:
        path = file_dialogs.save_file(parent, title, f"{file_name_of(spec.title)}-{month}.xlsx", "Excel (*.xlsx)")
        if path is None:
            return None

    def job(progress, cancelled):
        def stop() -> bool:
            if cancelled():
                raise Cancelled()
            return False

        return exports.run_export(session.ctx, session.actor, name, path,
                                  ExportOptions(month=month, progress=progress, cancelled=stop))

    def done(n: int) -> None:
        if tell_rows:
            QMessageBox.information(parent, title, as_typed(QCoreApplication.translate(
                "monthly_export", "{n} rows written to {path}").format(n=n, path=str(path))))

    return Job(parent, QCoreApplication.translate("monthly_export", "Exporting {title}…").format(title=spec.title),
               job, done).start()


class MonthExport(QWidget):
    """A tab's export of its monthly register: the month (this month and the 23 before it, newest
    first) and 导出 Excel…; at the turn of a month the supervisor exports the month just ended
    (the tabs offered 导出本月 alone: last month's register was out of reach in the window).
    The month box is named `<button name>Month`."""

    def __init__(self, session: DeskSession, name: str, button_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.name = session, name
        self.month = month_combo(session.ctx.clock.today(), f"{button_name}Month")
        self.month.setToolTip(QCoreApplication.translate("monthly_export", "The month to export"))
        self.button = button(QCoreApplication.translate("monthly_export", "Export month…"), button_name,
                             lambda: self.export())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.month)
        layout.addWidget(self.button)

    def export(self) -> Job | None:
        return export_month(self, self.session, self.name, self.month.currentData(), tell_rows=True)


class FilterMonthExport:
    """The export button of a register whose month filter may say 全部月份 (需求/投诉, 工程维修单):
    the month the filter shows, or this month under 全部月份 — and the button says which
    (导出 2026-10 登记表… / 导出本月登记表…), where "导出本月" had exported whatever month was chosen."""

    def __init__(self, parent: QWidget, session: DeskSession, name: str, month, button_name: str):
        self.parent, self.session, self.name, self.month = parent, session, name, month
        self.button = button("", button_name, lambda: self.export())
        month.currentIndexChanged.connect(lambda _i: self._say_which())
        self._say_which()

    def chosen(self) -> str:
        return self.month.currentData() or f"{self.session.ctx.clock.today():%Y-%m}"

    def _say_which(self) -> None:
        month = self.month.currentData()
        self.button.setText(QCoreApplication.translate("monthly_export", "Export {month}…").format(month=month)
                            if month else QCoreApplication.translate("monthly_export", "Export this month…"))

    def export(self, path: Path | None = None) -> Job | None:
        return export_month(self.parent, self.session, self.name, self.chosen(), path, tell_rows=True)
