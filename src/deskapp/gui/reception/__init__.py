"""前台接待: requests and complaints, repair orders, the morning list and the shift handover,
mail, notices, defects, violations; and the unit page's open requests and repairs."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.permissions import Role
from deskapp.gui.view_catalogue import SectionSpec, StatusSpec, ViewSpec


def _view(session):
    from deskapp.gui.reception.view import ReceptionView

    return ReceptionView(session)


def _section(session, unit_id):
    from deskapp.gui.reception.unit_section import UnitReceptionSection

    return UnitReceptionSection(session, unit_id)


def _status(session):
    from deskapp.gui.reception.status import MajorEventsButton

    return MajorEventsButton(session)


VIEWS = [
    # the clerk and the supervisor start the day on the morning list (the view's first tab)
    ViewSpec("reception", 20, lambda: QCoreApplication.translate("reception", "Reception"), _view,
             home_for=frozenset({Role.CLERK, Role.SUPERVISOR})),
]
UNIT_SECTIONS = [
    SectionSpec("reception", 20, lambda: QCoreApplication.translate("reception", "Requests and repairs"), _section),
]
STATUS_WIDGETS = [StatusSpec(30, _status)]
