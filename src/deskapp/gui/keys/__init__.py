"""钥匙与卡: keys in custody and lending, cards, parking, the monthly count; a keys section on the
unit page and the overdue-keys indicator in the status bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import MenuSpec, SectionSpec, StatusSpec, ViewSpec


def _view(session):
    from deskapp.gui.keys.view import KeysView

    return KeysView(session)


def _section(session, unit_id):
    from deskapp.gui.keys.unit_section import UnitKeysSection

    return UnitKeysSection(session, unit_id)


def _status(session):
    from deskapp.gui.keys.status import OverdueKeysButton

    return OverdueKeysButton(session)


def _overdue_list(window) -> None:
    window.show_view("keys").show_overdue()


def _may_view(session) -> bool:
    from deskapp.services.keys import custody as keys

    return session.may(keys.VIEW)


VIEWS = [ViewSpec("keys", 40, lambda: QCoreApplication.translate("keys", "Keys && cards"), _view,
                  visible=_may_view)]
UNIT_SECTIONS = [SectionSpec("keys", 40, lambda: QCoreApplication.translate("keys", "Keys, cards and parking"),
                             _section, visible=_may_view)]
STATUS_WIDGETS = [StatusSpec(40, _status)]
MENU_ENTRIES = [MenuSpec("tools", 40, lambda: QCoreApplication.translate("keys", "Overdue &keys…"), _overdue_list,
                         shortcut="Ctrl+Shift+K")]
