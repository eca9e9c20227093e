"""One register for one month, written off the GUI thread (reception's and rounds' 导出 buttons).

The cancel works the same for every register: the export's `cancelled` check raises the one
Cancelled as soon as the user presses Cancel, so the service stops before it saves and no file
is left, whatever its own cancel class."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deskapp.domain.errors import Cancelled
from deskapp.gui import file_dialogs
from deskapp.gui.session import DeskSession
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
        path = file_dialogs.save_file(parent, title, f"{spec.title.strip('《》')}-{month}.xlsx", "Excel (*.xlsx)")
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
            QMessageBox.information(parent, title, QCoreApplication.translate(
                "monthly_export", "{n} rows written to {path}").format(n=n, path=str(path)))

    return Job(parent, QCoreApplication.translate("monthly_export", "Exporting {title}…").format(title=spec.title),
               job, done).start()
