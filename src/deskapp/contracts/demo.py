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


@dataclass(frozen=True)
class DemoBuilding:
    id: int
    code: str
    name: str
    floors: int | None
