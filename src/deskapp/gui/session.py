"""The signed-in desk session the widgets share: service context, acting user, change bus."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from deskapp.domain.permissions import allowed
from deskapp.services.context import Actor, Context


class ChangeBus(QObject):
    """Anki-style: after an operation the GUI announces which kinds of data changed
    ("units", "people", "keys", ...); each view refreshes only on its own flags."""

    changed = Signal(object)  # a frozenset[str] of flags

    def announce(self, *flags: str) -> None:
        self.changed.emit(frozenset(flags))


@dataclass
class DeskSession:
    ctx: Context
    actor: Actor
    bus: ChangeBus

    def may(self, action: str) -> bool:
        return allowed(self.actor.role, action)
