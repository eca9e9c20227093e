"""楼宇管家: today's decoration site checks, decoration permits, item release slips, stairwell
rounds, satisfaction surveys; on the unit page: move-in, decoration and release slips."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.domain.permissions import Role
from deskapp.gui.view_catalogue import SectionSpec, ViewSpec


def _view(session):
    from deskapp.gui.rounds.view import RoundsView

    return RoundsView(session)


def _section(session, unit_id):
    from deskapp.gui.rounds.unit_section import UnitRoundsSection

    return UnitRoundsSection(session, unit_id)


VIEWS = [
    ViewSpec("rounds", 40, lambda: QCoreApplication.translate("rounds", "Steward"), _view,
             home_for=frozenset({Role.STEWARD})),  # the steward starts the day on the rounds
]
UNIT_SECTIONS = [
    SectionSpec("rounds", 40, lambda: QCoreApplication.translate("rounds", "Move-in, decoration, release slips"),
                _section),
]
