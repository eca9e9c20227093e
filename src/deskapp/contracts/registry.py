"""What the GUI asks the unit register and the search box, and what it gets back."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.units import UnitKind, UnitState


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    building: str
    stairwell: str
    room: str
    floor: int | None
    kind: UnitKind
    state: UnitState
    building_area: Decimal | None
    inner_area: Decimal | None
    owners: str


@dataclass(frozen=True)
class UnitFilter:
    text: str = ""  # part of the code
    building_id: int | None = None
    state: UnitState | None = None
    kind: UnitKind | None = None


@dataclass(frozen=True)
class Hit:
    unit_id: int
    code: str
    state: UnitState
    who: str  # the person matched, or the owners
    why: str  # 房号 / 姓名 / 拼音 / 电话
