"""档案完整性检查: what is missing or wrong in the owner and unit files (a quarterly duty)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from deskapp.domain.idcard import IdType, resident_id_problem
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitState


@dataclass(frozen=True)
class PersonFacts:
    person_id: int
    name: str
    relation: Relation
    phone: str | None
    id_type: str | None
    id_number: str | None
    lease_end: date | None = None


@dataclass(frozen=True)
class UnitFacts:
    unit_id: int
    code: str
    state: UnitState
    building_area: Decimal | None
    inner_area: Decimal | None
    delivered_on: date | None
    people: tuple[PersonFacts, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Finding:
    unit_id: int
    unit_code: str
    subject: str  # the unit itself or the person's name
    item: str  # which item is at fault
    problem: str


def check_unit(u: UnitFacts, today: date) -> list[Finding]:
    out: list[Finding] = []

    def add(subject: str, item: str, problem: str) -> None:
        out.append(Finding(u.unit_id, u.code, subject, item, problem))

    if u.building_area is None or u.building_area <= 0:
        add("房屋", "建筑面积", "缺少建筑面积")
    if u.inner_area is not None and u.building_area is not None and u.inner_area > u.building_area:
        add("房屋", "套内面积", "套内面积大于建筑面积")
    owners = [p for p in u.people if p.relation is Relation.OWNER]
    if u.state is not UnitState.UNDELIVERED:
        if not owners:
            add("房屋", "业主", f"{u.state.value}房屋没有业主")
        if u.delivered_on is None:
            add("房屋", "交房日期", "已交房但缺少交房日期")
    if u.state is UnitState.RENTED and not any(p.relation is Relation.TENANT for p in u.people):
        add("房屋", "租户", "出租房屋没有登记租户")
    for p in u.people:
        if p.relation in (Relation.OWNER, Relation.TENANT, Relation.AUTHORISED) and not p.phone:
            add(p.name, "联系电话", f"{p.relation.value}没有联系电话")
        if p.relation in (Relation.OWNER, Relation.TENANT):
            if not p.id_number:
                add(p.name, "证件号码", f"{p.relation.value}缺少证件号码")
            elif p.id_type == IdType.RESIDENT.value:
                problem = resident_id_problem(p.id_number)
                if problem:
                    add(p.name, "证件号码", f"居民身份证号码无效（{problem}）")
        if p.relation is Relation.TENANT:
            if p.lease_end is None:
                add(p.name, "租期", "租户没有租期结束日期")
            elif p.lease_end < today:
                add(p.name, "租期", f"租期已于 {p.lease_end:%Y-%m-%d} 结束，请核实是否续租或退租")
    return out
