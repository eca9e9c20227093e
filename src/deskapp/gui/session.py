"""The signed-in desk session the widgets share: service context, acting user, change bus."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from deskapp.contracts.changes import Change
from deskapp.domain.permissions import allowed
from deskapp.services.context import Actor, Context


class ChangeBus(QObject):
    """Anki-style: after an operation the GUI announces which kinds of data changed
    (Change.UNITS, Change.KEYS, ...); each view refreshes only on its own flags. The write
    services declare their flags (deskapp.services.changes) and errors.call / Job announce
    them; an unknown flag is refused here rather than heard by nobody."""

    changed = Signal(object)  # a frozenset[Change]

    def announce(self, *flags: Change) -> None:
        self.changed.emit(frozenset(Change(f) for f in flags))


@dataclass
class DeskSession:
    ctx: Context
    actor: Actor
    bus: ChangeBus

    def may(self, action: str) -> bool:
        return allowed(self.actor.role, action)


def announce_from(widget: QObject | None, flags: Iterable[Change]) -> None:
    """Announce what a call changed on the bus of the desk session `widget` belongs to (the
    first of it and its parents with a DeskSession `session`)."""
    flags = frozenset(flags)
    w = widget
    while flags and w is not None:
        session = getattr(w, "session", None)
        if isinstance(session, DeskSession):
            session.bus.announce(*flags)
            return
        w = w.parent()
