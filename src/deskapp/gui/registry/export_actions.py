"""File menu: export the unit register and the people register to Excel, off the GUI thread
with progress and cancel (a cancelled export leaves no file)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from deskapp.domain import errors as domain_errors
from deskapp.gui import file_dialogs
from deskapp.gui.session import DeskSession
from deskapp.domain.errors import Cancelled
from deskapp.gui.worker import Job
from deskapp.services.registry import exports as registry_exports
from deskapp.services.exports import ExportOptions

EXPORTS = {
    "units": (registry_exports.export_units, "业户档案（房屋）"),
    "people": (registry_exports.export_people, "业户档案（人员）"),
}


def start_export(parent: QWidget | None, session: DeskSession, name: str, path: Path) -> Job:
    run, _title = EXPORTS[name]
    ctx, actor = session.ctx, session.actor

    def job(progress, cancelled):
        try:
            return run(ctx, actor, Path(path), ExportOptions(progress=progress, cancelled=cancelled))
        except domain_errors.Cancelled:
            raise Cancelled() from None

    def done(rows: int) -> None:
        window = parent.window() if parent is not None else None
        if window is not None and hasattr(window, "statusBar"):
            message = QCoreApplication.translate("registry_exports", "Exported {n} rows to {path}")
            window.statusBar().showMessage(message.format(n=rows, path=path), 10000)

    return Job(parent, QCoreApplication.translate("registry_exports", "Exporting to Excel…"), job, done).start()


def ask_and_export(window: QWidget, name: str) -> Job | None:
    _run, title = EXPORTS[name]
    session = window.session
    today = session.ctx.clock.today()
    chosen = file_dialogs.save_file(window, QCoreApplication.translate("registry_exports", "Export to Excel"),
                                    f"{title}-{today:%Y%m%d}.xlsx", "Excel (*.xlsx)")
    if chosen is None:
        return None
    path = str(chosen)
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    return start_export(window, session, name, Path(path))
