"""业户档案: the unit register, the unit page, the completeness check."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.registry_of_views import ViewSpec


def _register(session):
    from deskapp.gui.registry.register_view import UnitRegisterView

    return UnitRegisterView(session)


VIEWS = [
    ViewSpec("registry", 10, lambda: QCoreApplication.translate("registry", "Owner && unit files"), _register),
]
