"""收费: meter readings, the quarterly bill run and notices, counter payments and receipts, the
daily handover, arrears and dunning, fee standards; and the unit page's billing section."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import SectionSpec, ViewSpec


def _view(session):
    from deskapp.gui.billing.view import BillingView

    return BillingView(session)


def _section(session, unit_id):
    from deskapp.gui.billing.unit_section import BillingSection

    return BillingSection(session, unit_id)


def _may_view(session) -> bool:
    from deskapp.services.billing.common import VIEW

    return session.may(VIEW)


VIEWS = [
    ViewSpec("billing", 40, lambda: QCoreApplication.translate("billing", "Billing"), _view, shortcut="Ctrl+4",
             visible=_may_view),
]
UNIT_SECTIONS = [
    SectionSpec("billing", 40, lambda: QCoreApplication.translate("billing", "Fees and payments"), _section,
                visible=_may_view),
]
