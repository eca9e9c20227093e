"""每月汇总归档 (issue 17 §3): the supervisor's File ▸ Monthly pack… entry."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import MenuSpec


def _may(session) -> bool:
    from deskapp.services.monthpack.workbook import MAKE

    return session.may(MAKE)


def _make(window) -> None:
    from deskapp.gui.monthpack.pack_action import make_pack

    window.month_pack_job = make_pack(window, window.session)  # kept alive while it runs


MENU_ENTRIES = [
    MenuSpec("file", 30, lambda: QCoreApplication.translate("monthpack", "Monthly pac&k…"), _make, visible=_may),
]
