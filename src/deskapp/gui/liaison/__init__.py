"""对外联络: the log of visits, calls and letters with their follow-ups, and the contacts book."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import ViewSpec


def _view(session):
    from deskapp.gui.liaison.view import LiaisonView

    return LiaisonView(session)


def _may_view(session) -> bool:
    from deskapp.services.liaison.book import VIEW

    return session.may(VIEW)


VIEWS = [ViewSpec("liaison", 57, lambda: QCoreApplication.translate("liaison", "Liaison"), _view, visible=_may_view)]
