"""File ▸ Monthly pack…: the month asked (last month offered), the folder chosen, the workbook
written off the GUI thread (a 20,000-unit month takes a while) with progress and a cancel that
leaves no file, then where it went and how many registers it holds said."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from deskapp.domain.billing import add_months
from deskapp.gui import file_dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.worker import Job
from deskapp.services.monthpack import filing


def make_pack(parent: QWidget, session: DeskSession) -> Job | None:
    title = QCoreApplication.translate("monthpack", "Monthly pack")
    last = add_months(session.ctx.clock.today().replace(day=1), -1)  # a month is filed after it ends
    month, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("monthpack", "Month (YYYY-MM):"), text=f"{last:%Y-%m}")
    if not ok:
        return None
    folder = file_dialogs.choose_folder(parent, title)
    if folder is None:
        return None
    ctx, actor, month = session.ctx, session.actor, month.strip()

    def job(progress, cancelled):
        return filing.file_month(ctx, actor, month, folder, progress=progress, cancelled=cancelled)

    def done(result) -> None:
        path, sheets, _ = result
        QMessageBox.information(parent, title, QCoreApplication.translate("monthpack", "{n} sheets, {rows} rows, written to {path}.").format(
            n=len(sheets), rows=sum(s.rows for s in sheets), path=str(path)))

    return Job(parent, QCoreApplication.translate("monthpack", "Making the monthly pack…"), job, done).start()
