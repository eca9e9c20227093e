"""附件: the photos and files of a board or an activity — name, size, the SHA-256 it is kept under,
when and by whom added; 添加文件… copies a chosen file into the file store, 打开 opens the kept copy."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.local_time import local
from deskapp.gui import errors, file_dialogs
from deskapp.gui.session import DeskSession
from deskapp.gui.visibility import hide_unless
from deskapp.gui.widgets import button, edge_row, fill_table, simple_table


class FilesDialog(QDialog):
    """`listed()` gives the files, `add(path)` keeps one, `where(file_id)` finds a kept copy;
    `may_add` whether this user adds files here."""

    def __init__(self, parent: QWidget | None, session: DeskSession, title: str, listed: Callable,
                 add: Callable, where: Callable, may_add: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("communityFiles")
        self.resize(760, 360)
        self.session, self.listed, self.add, self.where = session, listed, add, where
        self.rows = []
        self.table = simple_table("communityFileTable", [self.tr("File"), self.tr("Size (bytes)"), self.tr("SHA-256"),
                                                         self.tr("Added"), self.tr("By")])
        add_button = button(self.tr("Add a file…"), "communityAddFile", lambda: self.add_file())
        hide_unless(add_button, may_add)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(edge_row([add_button, button(self.tr("Open"), "communityOpenFile", lambda: self.open_file())]))
        layout.addWidget(self.table)
        layout.addWidget(close)
        session.bus.changed.connect(lambda flags: self.refresh() if Change.COMMUNITY in flags else None)
        self.refresh()

    def refresh(self) -> None:
        outcome = errors.call(self, self.listed)
        self.rows = outcome.value if outcome.ok else []
        fill_table(self.table, [[f.name, f"{f.size:,}", f.sha256, f"{local(f.added_at):%Y-%m-%d %H:%M}", f.added_by]
                                for f in self.rows], [f.file_id for f in self.rows])

    def add_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Add a file"), self.tr("Photos and files (*)"), kind="attachment")
        if path is not None:
            errors.call(self, self.add, path)

    def open_file(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.rows):
            outcome = errors.call(self, self.where, self.rows[row].file_id)
            if outcome.ok:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(outcome.value)))
