"""The unit page's 文件资料 section: the documents in force that concern the unit (those for every
household; 装修管理规定 and the like while its decoration is under way), each with 打开."""
from __future__ import annotations

from PySide6.QtWidgets import QTableWidgetItem, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.contracts.library import DocumentRow
from deskapp.gui.library.opening import open_version
from deskapp.gui.session import DeskSession
from deskapp.gui.widgets import button, edge_row, fit_columns, simple_table
from deskapp.services.library import documents as library


class UnitDocumentsSection(QWidget):
    def __init__(self, session: DeskSession, unit_id: int, parent=None):
        super().__init__(parent)
        self.session, self.unit_id = session, unit_id
        self.setObjectName("unitDocumentsSection")
        self.rows: list[DocumentRow] = []
        self.table = simple_table("unitDocuments", [self.tr("Document"), self.tr("Version"), self.tr("Effective from"),
                                                    self.tr("File")])
        self.table.setMaximumHeight(130)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.table)
        lay.addLayout(edge_row([button(self.tr("Open"), "unitDocumentOpen", lambda: self.open_chosen())]))
        session.bus.changed.connect(
            lambda flags: self.refresh() if flags & {Change.LIBRARY, Change.ROUNDS} else None)
        self.refresh()

    def refresh(self) -> None:
        self.rows = library.for_unit(self.session.ctx, self.session.actor, self.unit_id)
        self.table.setRowCount(len(self.rows))
        for r, d in enumerate(self.rows):
            for c, v in enumerate([d.title, d.current.label, f"{d.current.effective_on:%Y-%m-%d}",
                                   d.current.file_name]):
                self.table.setItem(r, c, QTableWidgetItem(v))
        fit_columns(self.table)

    def open_chosen(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            open_version(self, self.session, self.rows[row].current)
