"""社区文化: the community activities (plan, sign-ups, attendance, spending, the printed notice and
sign-up sheet) and the quarter's bulletin boards; a section on the unit page with its sign-ups."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import SectionSpec, ViewSpec


def _view(session):
    from deskapp.gui.community.view import CommunityView

    return CommunityView(session)


def _section(session, unit_id):
    from deskapp.gui.community.unit_section import UnitSignupsSection

    return UnitSignupsSection(session, unit_id)


def _may_view(session) -> bool:
    from deskapp.services.community._common import VIEW

    return session.may(VIEW)


VIEWS = [ViewSpec("community", 58, lambda: QCoreApplication.translate("community", "Community life"), _view,
                  visible=_may_view)]
UNIT_SECTIONS = [SectionSpec("community", 58, lambda: QCoreApplication.translate("community", "Activity sign-ups"),
                             _section, visible=_may_view)]
