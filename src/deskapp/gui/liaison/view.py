"""The 对外联络 view: the log with its follow-ups, and the contacts book."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.gui.liaison.book_tab import BookTab
from deskapp.gui.liaison.log_tab import LogTab
from deskapp.gui.session import DeskSession


class LiaisonView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="liaisonTabs")
        self.log = LogTab(session)
        self.book = BookTab(session)
        self.tabs.addTab(self.log, self.tr("Liaison log"))
        self.tabs.addTab(self.book, self.tr("Contacts book"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
