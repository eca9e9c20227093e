"""档案完整性检查: what is missing or wrong in the owner and unit files (a quarterly duty).

The rules look at one unit and the people currently tied to it (`check_unit`), plus one rule
across units (`duplicate_id_findings`: one ID number registered under different names)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from deskapp.domain.idcard import IdType, resident_id_problem
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitKind, UnitState

UNIT_SUBJECT = "房屋"

# The items a finding can be about, in the order the check table lists them (filter choices).
ITEMS = ("建筑面积", "套内面积", "楼层", "交房日期", "业主", "租户", "房屋状态", "联系电话", "证件号码", "租期",
         "授权事项")


@dataclass(frozen=True)
class PersonFacts:
    person_id: int
    name: str
    relation: Relation
    phone: str | None
    id_type: str | None
    id_number: str | None
    lease_end: date | None = None
    lease_start: date | None = None
    authorities: str = ""  # Authority names, comma-separated, as stored


@dataclass(frozen=True)
class UnitFacts:
    unit_id: int
    code: str
    state: UnitState
    building_area: Decimal | None
    inner_area: Decimal | None
    delivered_on: date | None
    people: tuple[PersonFacts, ...] = field(default_factory=tuple)
    floor: int | None = None
    kind: UnitKind = UnitKind.FLAT


@dataclass(frozen=True)
class Finding:
    unit_id: int
    unit_code: str
    subject: str  # the unit itself (房屋) or the person's name
    item: str  # which item is at fault (one of ITEMS)
    problem: str


def check_unit(u: UnitFacts, today: date) -> list[Finding]:
    out: list[Finding] = []

    def add(subject: str, item: str, problem: str) -> None:
        out.append(Finding(u.unit_id, u.code, subject, item, problem))

    if u.building_area is None or u.building_area <= 0:
        add(UNIT_SUBJECT, "建筑面积", "缺少建筑面积")
    if u.inner_area is not None and u.building_area is not None and u.inner_area > u.building_area:
        add(UNIT_SUBJECT, "套内面积", "套内面积大于建筑面积")
    if u.floor is None:
        add(UNIT_SUBJECT, "楼层", "缺少楼层")
    owners = [p for p in u.people if p.relation is Relation.OWNER]
    tenants = [p for p in u.people if p.relation is Relation.TENANT]
    if u.state is UnitState.UNDELIVERED:
        if u.delivered_on is not None:
            add(UNIT_SUBJECT, "交房日期", f"状态为未交房，但登记了交房日期 {u.delivered_on:%Y-%m-%d}")
    else:
        if not owners:
            add(UNIT_SUBJECT, "业主", f"{u.state.value}房屋没有业主")
        if u.delivered_on is None:
            add(UNIT_SUBJECT, "交房日期", "已交房但缺少交房日期")
        elif u.delivered_on > today:
            add(UNIT_SUBJECT, "交房日期", f"交房日期 {u.delivered_on:%Y-%m-%d} 晚于今天")
    if u.state is UnitState.RENTED and not tenants:
        add(UNIT_SUBJECT, "租户", "出租房屋没有登记租户")
    if tenants and u.state in (UnitState.UNDELIVERED, UnitState.VACANT, UnitState.OCCUPIED):
        add(UNIT_SUBJECT, "房屋状态", f"登记有租户，但房屋状态为{u.state.value}")
    for p in u.people:
        if p.relation in (Relation.OWNER, Relation.TENANT, Relation.AUTHORISED) and not p.phone:
            add(p.name, "联系电话", f"{p.relation.value}没有联系电话")
        if p.relation in (Relation.OWNER, Relation.TENANT, Relation.AUTHORISED):
            if not p.id_number:
                add(p.name, "证件号码", f"{p.relation.value}缺少证件号码")
            elif p.id_type == IdType.RESIDENT.value:
                problem = resident_id_problem(p.id_number)
                if problem:
                    add(p.name, "证件号码", f"居民身份证号码无效（{problem}）")
            elif not p.id_type:
                add(p.name, "证件号码", "有证件号码但缺少证件类型")
        if p.relation is Relation.TENANT:
            if p.lease_end is None:
                add(p.name, "租期", "租户没有租期结束日期")
            elif p.lease_start is not None and p.lease_end < p.lease_start:
                add(p.name, "租期", "租期结束日期早于开始日期")
            elif p.lease_end < today:
                add(p.name, "租期", f"租期已于 {p.lease_end:%Y-%m-%d} 结束，请核实是否续租或退租")
        if p.relation is Relation.AUTHORISED and not p.authorities.strip(","):
            add(p.name, "授权事项", "授权人没有登记授权事项（借用钥匙/代取信件/物品放行确认）")
    return out


@dataclass(frozen=True)
class IdHolder:
    """One person record carrying an ID number, with the unit it is tied to."""

    unit_id: int
    unit_code: str
    name: str
    id_number: str


def duplicate_id_findings(holders: Iterable[IdHolder]) -> list[Finding]:
    """One ID number under two or more different names is a wrong entry in at least one place.
    (The same person owning two units is fine: same number, same name.)"""
    by_number: dict[str, list[IdHolder]] = {}
    for h in holders:
        by_number.setdefault(h.id_number, []).append(h)
    out: list[Finding] = []
    for number, group in sorted(by_number.items()):
        names = sorted({h.name for h in group})
        if len(names) < 2:
            continue
        for h in sorted(group, key=lambda h: (h.unit_code, h.name)):
            others = "、".join(n for n in names if n != h.name)
            out.append(Finding(h.unit_id, h.unit_code, h.name, "证件号码", f"证件号码与{others}的相同，请核对"))
    return out


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Unit by unit, the unit's own items before its people's, items in ITEMS order."""
    rank = {item: n for n, item in enumerate(ITEMS)}
    return sorted(findings, key=lambda f: (f.unit_code, f.subject != UNIT_SUBJECT, f.subject,
                                           rank.get(f.item, len(ITEMS)), f.problem))
