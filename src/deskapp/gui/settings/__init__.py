"""Settings: the supervisor's page for the centre-wide settings the areas declare
(Tools ▸ Settings…). The page itself loads when opened."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import MenuSpec
from deskapp.services import settings


def _open(window) -> None:
    from deskapp.gui.settings.dialog import SettingsDialog

    window.settings_dialog = SettingsDialog(window.session, window)
    window.settings_dialog.open()


MENU_ENTRIES = [
    MenuSpec("tools", 70, lambda: QCoreApplication.translate("settings", "&Settings…"), _open,
             visible=lambda s: s.may(settings.CHANGE_SETTING)),
]
