"""Where the main window finds the views and unit-page sections the areas provide."""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

import deskapp.gui

if TYPE_CHECKING:
    from deskapp.gui.session import DeskSession


@dataclass(frozen=True)
class ViewSpec:
    key: str
    order: int
    title: Callable[[], str]  # translated at call time
    create: Callable[[DeskSession], QWidget]
    shortcut: str = ""  # e.g. "Ctrl+1"
    visible: Callable[[DeskSession], bool] = lambda s: True
    home_for: frozenset = frozenset()  # the roles (deskapp.domain.permissions.Role) that land here after sign-in


@dataclass(frozen=True)
class SectionSpec:
    """A section an area adds to the unit page (keys lent, bills owed, open requests...)."""

    key: str
    order: int
    title: Callable[[], str]
    create: Callable[[DeskSession, int], QWidget]  # (session, unit_id)
    visible: Callable[[DeskSession], bool] = lambda s: True


@dataclass(frozen=True)
class MenuSpec:
    """A menu entry an area adds to the main window ("file", "tools" or "help" menu)."""

    menu: str
    order: int
    title: Callable[[], str]
    triggered: Callable[..., None]  # (main_window) -> None
    shortcut: str = ""
    visible: Callable[[DeskSession], bool] = lambda s: True


@dataclass(frozen=True)
class StatusSpec:
    """A permanent status-bar widget (e.g. time of the last good backup)."""

    order: int
    create: Callable[[DeskSession], QWidget]


def _area_packages():
    for info in sorted(pkgutil.iter_modules(deskapp.gui.__path__), key=lambda m: m.name):
        if info.ispkg:
            yield importlib.import_module(f"deskapp.gui.{info.name}")


def views() -> list[ViewSpec]:
    found = [v for pkg in _area_packages() for v in getattr(pkg, "VIEWS", [])]
    return sorted(found, key=lambda v: v.order)


def unit_sections() -> list[SectionSpec]:
    found = [s for pkg in _area_packages() for s in getattr(pkg, "UNIT_SECTIONS", [])]
    return sorted(found, key=lambda s: s.order)


def menu_entries() -> list[MenuSpec]:
    found = [m for pkg in _area_packages() for m in getattr(pkg, "MENU_ENTRIES", [])]
    return sorted(found, key=lambda m: (m.menu, m.order))


def status_widgets() -> list[StatusSpec]:
    found = [w for pkg in _area_packages() for w in getattr(pkg, "STATUS_WIDGETS", [])]
    return sorted(found, key=lambda w: w.order)
