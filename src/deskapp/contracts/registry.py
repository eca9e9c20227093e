"""What the GUI asks the unit register and the search box, and what it gets back."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.units import UnitKind, UnitState


@dataclass(frozen=True)
class UnitFields:
    """What every view of a unit says about it: the register row, the unit page and the export
    row add their own fields to these (all are built by keyword)."""
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


@dataclass(frozen=True)
class UnitRow(UnitFields):
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
