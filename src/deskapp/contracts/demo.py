"""What the demo steps read back from the rows earlier steps wrote (store/queries/demo.py
builds them; the steps in services/demo use them)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from deskapp.domain.units import UnitKind, UnitState


@dataclass(frozen=True)
class DemoUnit:
    id: int
    code: str
    building: str  # the building's code
    kind: UnitKind
    state: UnitState
    delivered_on: date | None
    building_area: Decimal | None
    owner_ids: tuple[int, ...]  # current owners' person ids
    tenant_ids: tuple[int, ...]
    owned_since: date | None = None  # the current owners' purchase (the latest of their ties' since)
    filed_on: date | None = None  # the day its file was made (建档): nothing happens to it at the desk before

    @property
    def lived_in_from(self) -> date | None:
        """The first day the demo logs its occupants' doings (requests, repairs, mail, key loans):
        its handover (交房) and its current owners' purchase, whichever is later; None while the
        unit is not handed over (未交房)."""
        if self.state is UnitState.UNDELIVERED:
            return None
        return max((d for d in (self.delivered_on, self.owned_since) if d is not None), default=date.min)

    def lived_in_on(self, day: date) -> bool:
        start = self.lived_in_from
        return start is not None and start <= day


@dataclass(frozen=True)
class DemoBuilding:
    id: int
    code: str
    name: str
    floors: int | None
