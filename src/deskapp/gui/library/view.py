"""The 文件资料 view: the documents in use, opened and printed by everyone; the supervisor's tab to add,
replace and withdraw them."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.gui.library.documents_tab import DocumentsTab
from deskapp.gui.session import DeskSession
from deskapp.services.library.documents import MANAGE


class LibraryView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="libraryTabs")
        self.shelf = DocumentsTab(session, manage=False)
        self.tabs.addTab(self.shelf, self.tr("Documents"))
        self.manage = None
        if session.may(MANAGE):
            self.manage = DocumentsTab(session, manage=True)
            self.tabs.addTab(self.manage, self.tr("Manage documents"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
