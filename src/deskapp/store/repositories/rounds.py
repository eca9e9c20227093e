"""Move-ins, decorations, release slips, stairwell rounds and surveys. Loading and locking what a service call changes."""
from __future__ import annotations

from deskapp.store.repositories.base import Repository


class RoundsRepository(Repository):
    pass
