"""File ▸ Monthly pack…: the month asked (last month offered) and checked at once (a month to come
refused; a month still running said and confirmed, No first), a month filed before said and confirmed, the folder chosen (starting where the last month was filed), the workbook
and summary written off the GUI thread (a 20,000-unit month takes a while) with progress and a
cancel that leaves no file, then both files, where they went and how many registers they hold said."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from deskapp.domain.billing import add_months
from deskapp.gui import errors, file_dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.worker import Job
from deskapp.services.monthpack import filing, workbook
from deskapp.gui.widgets import as_typed


def _filed_again(parent: QWidget, title: str, filed: filing.Filed) -> bool:
    """A month filed before: filing it again is a second record of it (and new files): asked, No first."""
    box = QMessageBox(QMessageBox.Icon.Question, title, as_typed(QCoreApplication.translate("monthpack", 
        "{month} was already filed on {at} by {by}, into {folder}.\n\n"
        "File it again? A new workbook and summary are written beside the filed ones, which stay as they are "
        "(the new names say which filing it is: {again}), and the filing is recorded; the changes since the "
        "last filing are listed in it.").format(again=workbook.file_name(filed.month, filed.count + 1),
            month=filed.month, at=filed.at, by=filed.by, folder=str(filed.folder))),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def _early(parent: QWidget, title: str, month: str, last_day) -> bool:
    """The month still running: its pack would hold the records up to today only. Asked, No first."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, as_typed(QCoreApplication.translate("monthpack",
        "{month} has not ended yet (it runs to {last}).\n\n"
        "Filed now, the pack holds the records up to today only, and the month still has to be filed "
        "after it ends: the duty calendar counts a filing made after {last}.\n\n"
        "File {month} now all the same?").format(month=month, last=f"{last_day:%Y-%m-%d}")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def make_pack(parent: QWidget, session: DeskSession) -> Job | None:
    title = QCoreApplication.translate("monthpack", "Monthly pack")
    last = add_months(session.ctx.clock.today().replace(day=1), -1)  # a month is filed after it ends
    month, ok = QInputDialog.getText(parent, title, QCoreApplication.translate("monthpack", "Month (YYYY-MM):"), text=f"{last:%Y-%m}")
    if not ok:
        return None
    ctx, actor, month = session.ctx, session.actor, month.strip()
    asked = errors.call(parent, filing.latest_filing, ctx, actor, month)  # a bad month is said before anything
    if not asked.ok:
        return None
    last_day = filing.month_last_day(ctx, month)
    if last_day is not None and not _early(parent, title, month, last_day):
        return None
    if asked.value is not None and not _filed_again(parent, title, asked.value):
        return None
    before = errors.attempt(filing.latest_filing, ctx, actor).value  # any month: where the last pack went
    folder = file_dialogs.choose_folder(parent, title, folder=before.folder if before is not None else None)
    if folder is None:
        return None

    def job(progress, cancelled):
        return filing.file_month(ctx, actor, month, folder, progress=progress, cancelled=cancelled)

    def done(result) -> None:
        path, sheets, _ = result
        counts = workbook.records(sheets)
        QMessageBox.information(parent, title, as_typed(QCoreApplication.translate("monthpack", 
            "{month} filed: {workbook} ({n} registers, {rows} records) and {summary}, written to {folder}.").format(
                month=month, workbook=path.name, n=len(counts), rows=sum(counts.values()),
                summary=path.with_suffix(".pdf").name, folder=str(path.parent))))

    return Job(parent, QCoreApplication.translate("monthpack", "Making the monthly pack…"), job, done).start()
