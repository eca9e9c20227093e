"""The 社区文化 view: the community activities, and the bulletin boards."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from deskapp.gui.community.activities_tab import ActivitiesTab
from deskapp.gui.community.boards_tab import BoardsTab
from deskapp.gui.session import DeskSession


class CommunityView(QWidget):
    def __init__(self, session: DeskSession, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget(objectName="communityTabs")
        self.activities = ActivitiesTab(session)
        self.boards = BoardsTab(session)
        self.tabs.addTab(self.activities, self.tr("Activities"))
        self.tabs.addTab(self.boards, self.tr("Bulletin boards"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
