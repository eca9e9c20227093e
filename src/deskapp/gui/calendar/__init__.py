"""工作日历 (issue 17 §4): the month's duties on a calendar, coloured by status, the chosen day's
duties with the record that did each, and the holidays."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import ViewSpec


def _view(session):
    from deskapp.gui.calendar.view import CalendarView

    return CalendarView(session)


def _may_view(session) -> bool:
    from deskapp.services.calendar.duties import VIEW

    return session.may(VIEW)


VIEWS = [ViewSpec("calendar", 52, lambda: QCoreApplication.translate("calendar", "Duty calendar"), _view,
                  visible=_may_view)]
