"""公共设施 (the public leisure facilities): bookings, the facilities and their closures, the daily
checks; a section on the unit page with the unit's bookings."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import SectionSpec, ViewSpec


def _view(session):
    from deskapp.gui.facilities.view import FacilitiesView

    return FacilitiesView(session)


def _section(session, unit_id):
    from deskapp.gui.facilities.unit_section import UnitBookingsSection

    return UnitBookingsSection(session, unit_id)


def _may_view(session) -> bool:
    from deskapp.services.facilities._common import VIEW

    return session.may(VIEW)


VIEWS = [ViewSpec("facilities", 55, lambda: QCoreApplication.translate("facilities", "Facilities"), _view,
                  visible=_may_view)]
UNIT_SECTIONS = [SectionSpec("facilities", 55, lambda: QCoreApplication.translate("facilities", "Facility bookings"),
                             _section, visible=_may_view)]
