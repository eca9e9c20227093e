"""空置房 / 出租单元: the vacant units and their checks, the tenants and their leases; a section on the
unit page with the unit's last checks and its tenants (one past the lease end in red)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import SectionSpec, ViewSpec


def _view(session):
    from deskapp.gui.occupancy.view import OccupancyView

    return OccupancyView(session)


def _section(session, unit_id):
    from deskapp.gui.occupancy.unit_section import UnitOccupancySection

    return UnitOccupancySection(session, unit_id)


def _may_view(session) -> bool:
    from deskapp.services.occupancy._common import VIEW

    return session.may(VIEW)


VIEWS = [ViewSpec("occupancy", 55, lambda: QCoreApplication.translate("occupancy", "Vacant && rented"), _view,
                  visible=_may_view)]
UNIT_SECTIONS = [SectionSpec("occupancy", 55, lambda: QCoreApplication.translate("occupancy", "Vacant checks and tenants"),
                             _section, visible=_may_view)]
