"""《上线数据核对表》 printed and exported: from the wizard's last page for the import just made, and
again later from the list of kept sheets (文件 ▸ 上线数据核对表…), where the paper says 重印 and its
print date under the import's own date."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QVBoxLayout, QWidget

from deskapp.domain.local_time import local_text
from deskapp.gui import errors, file_dialogs
from deskapp.gui.service_text import said
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, fill_table, preview, simple_table, as_typed, plain_label
from deskapp.services.importing import go_live
from deskapp.services.importing.go_live import GoLive


def _file_name(done: GoLive, suffix: str) -> str:
    return f"上线数据核对表-{done.what}-{done.imported_at:%Y%m%d}.{suffix}"


def print_sheet(parent: QWidget, session: DeskSession, done: GoLive, *, reprint: bool = False):
    """The sheet previewed to print or save; `reprint`: printed again from the kept sheets."""
    out = errors.call(parent, go_live.go_live_pdf, session.ctx, session.actor, done, reprint=reprint)
    if not out.ok:
        return None
    return preview(parent, out.value, QCoreApplication.translate("go_live_sheets", "Go-live reconciliation sheet"),
                   _file_name(done, "pdf"))


def export_sheet(parent: QWidget, session: DeskSession, done: GoLive, *, reprint: bool = False) -> bool:
    title = QCoreApplication.translate("go_live_sheets", "Export the reconciliation sheet")
    path = file_dialogs.save_file(parent, title, _file_name(done, "xlsx"), "Excel (*.xlsx)")
    if path is None:
        return False
    out = errors.call(parent, go_live.export_go_live, session.ctx, session.actor, done, path, reprint=reprint)
    if out.ok:
        QMessageBox.information(parent, title, as_typed(QCoreApplication.translate("go_live_sheets", "Saved to {path}").format(
            path=str(out.value))))
    return out.ok


class GoLiveSheetsDialog(QDialog):
    """The go-live imports made, newest first, each with its 上线数据核对表 to print again or export."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None):
        super().__init__(parent, objectName="goLiveSheets")
        self.session = session
        self.setWindowTitle(self.tr("Go-live reconciliation sheets"))
        self.resize(860, 420)
        self.table = simple_table("goLiveSheetList", [self.tr("Imported"), self.tr("Import"), self.tr("File"),
                                                      self.tr("Sheet"), self.tr("Rows"), self.tr("Imported by")])
        self.table.activated.connect(lambda _index: self.reprint())  # a double-click, or Enter on the row
        self.empty = plain_label(self.tr("No go-live import has been made since the sheets were kept."))
        self.reprint_button = button(self.tr("&Reprint…"), "goLiveReprint", self.reprint)
        self.export_button = button(self.tr("&Export to Excel…"), "goLiveExport", self.export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("The sheet of each go-live import, to print again for finance: it keeps the "
                                        "date of the import and says it is a reprint.")))
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addLayout(edge_row([self.reprint_button, self.export_button], [close]))
        self.sheets: list[GoLive] = []
        self.reload()

    def reload(self) -> None:
        out = errors.call(self, go_live.go_live_sheets, self.session.ctx, self.session.actor)
        self.sheets = out.value if out.ok else []
        tz = self.session.ctx.clock.now().tzinfo
        fill_table(self.table, [(local_text(s.imported_at, tz=tz), said(s.what), s.file, s.sheet, s.rows, s.imported_by)
                                for s in self.sheets], [s.id for s in self.sheets])
        self.empty.setVisible(not self.sheets)
        for b in (self.reprint_button, self.export_button):
            b.setEnabled(bool(self.sheets))
        if self.sheets:
            self.table.selectRow(0)

    def chosen(self) -> GoLive | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.sheets):
            return self.sheets[row]
        QMessageBox.information(self, self.windowTitle(), self.tr("Select an import first."))
        return None

    def reprint(self):
        done = self.chosen()
        return None if done is None else print_sheet(self, self.session, done, reprint=True)

    def export(self) -> bool:
        done = self.chosen()
        return done is not None and export_sheet(self, self.session, done, reprint=True)
