"""Import wizard: owner/unit rosters and meter readings from Excel or CSV (File menu)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import MenuSpec


def _may(action: str):
    def visible(session) -> bool:
        from deskapp.services.importing import common

        return session.may(getattr(common, action))

    return visible


def _open(target: str):
    def run(window) -> None:
        from deskapp.domain.importing import Target
        from deskapp.gui.importing.wizard import ImportWizard

        wizard = ImportWizard(window.session, Target(target), window)
        wizard.open()

    return run


MENU_ENTRIES = [
    # Ctrl+Shift+U, not Ctrl+Shift+I: that is the unit page's 前台须知, and a key both ways does neither
    MenuSpec("file", 20, lambda: QCoreApplication.translate("importing", "Import owner/unit roster…"),
             _open("units"), shortcut="Ctrl+Shift+U", visible=_may("IMPORT_UNITS")),
    MenuSpec("file", 21, lambda: QCoreApplication.translate("importing", "Import meter readings…"),
             _open("readings"), visible=_may("IMPORT_READINGS")),
]
