"""早会 (the morning meeting): the day's record and the assignments still open."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import ViewSpec


def _view(session):
    from deskapp.gui.meetings.meeting_tab import MeetingView

    return MeetingView(session)


VIEWS = [ViewSpec("meetings", 50, lambda: QCoreApplication.translate("meetings", "Morning meeting"), _view)]
