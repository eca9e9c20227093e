"""业户档案: the unit register, the unit page, the completeness check, the registry exports."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import MenuSpec, ViewSpec


def _register(session):
    from deskapp.gui.registry.register_view import UnitRegisterView

    return UnitRegisterView(session)


def _completeness(session):
    from deskapp.gui.registry.completeness_view import CompletenessView

    return CompletenessView(session)


def _may(action_module: str, action: str):
    def visible(session) -> bool:
        import importlib

        return session.may(getattr(importlib.import_module(action_module), action))

    return visible


def _export(name: str):
    def run(window) -> None:
        from deskapp.gui.registry.export_actions import ask_and_export

        ask_and_export(window, name)

    return run


def _open_completeness(window) -> None:
    window.show_view("completeness")


VIEWS = [
    ViewSpec("registry", 10, lambda: QCoreApplication.translate("registry", "Owner && unit files"), _register),
    ViewSpec("completeness", 15, lambda: QCoreApplication.translate("registry", "File completeness check"),
             _completeness, visible=_may("deskapp.services.registry.completeness", "CHECK")),
]

MENU_ENTRIES = [
    MenuSpec("file", 10, lambda: QCoreApplication.translate("registry", "Export &unit register to Excel…"),
             _export("units"), visible=_may("deskapp.services.registry.common", "VIEW")),
    MenuSpec("file", 11, lambda: QCoreApplication.translate("registry", "Export &people register to Excel…"),
             _export("people"), visible=_may("deskapp.services.registry.common", "VIEW")),
    MenuSpec("tools", 10, lambda: QCoreApplication.translate("registry", "File c&ompleteness check"),
             _open_completeness, visible=_may("deskapp.services.registry.completeness", "CHECK")),
]
