"""HC小区 (MicroCommunity)'s setup workbook, read as it is: its asset import reads the sheets
楼栋单元, 业主信息, 房屋信息 and 车位信息 together, linked by 业主编号 (the owner's number in
业主信息, named by a 房屋信息 or 车位信息 row). The rules here read a people sheet's rows and
link them; the roster import attaches the people to their units, and never drops one unsaid."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from deskapp.domain.importing import (
    UNIT_FIELDS, Cells, FieldSpec, Finding, Raw, Severity, check_people, named_columns,
)
from deskapp.domain.people import Relation

# The columns of a people sheet (HC: 业主编号, 业主名称, 性别, 年龄, 手机号, 身份证号, 业主类型,
# 所属业主编号 — the last names the owner a family member or tenant belongs to).
_UNIT = {s.key: s for s in UNIT_FIELDS}
PEOPLE_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("owner_no", "业主编号", ("业主编号", "业主ID", "业主id", "客户编号")),
    FieldSpec("owner", "业主名称", ("业主名称", "业主姓名", "业主", "姓名", "客户名称", "住户姓名"), True),
    FieldSpec("sex", "性别", ("性别",)),
    FieldSpec("age", "年龄", ("年龄",)),
    FieldSpec("phone", "手机号", _UNIT["phone"].synonyms),
    FieldSpec("id_number", "身份证号", _UNIT["id_number"].synonyms),
    FieldSpec("relation", "业主类型", ("业主类型", "人员类型", "住户类型", "与业主关系")),
    FieldSpec("parent", "所属业主编号", ("所属业主编号", "所属业主", "户主编号")),
)
LINK = FieldSpec("owner_no", "业主编号", ("业主编号",))
# What another kind (车位信息) needs of 房屋信息: which house each 业主编号 owns.
ROOM_LINK_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("building", "楼栋编号", ("楼栋编号", "楼栋号"), True),
    FieldSpec("stairwell", "单元编号", ("单元编号",)),
    FieldSpec("room", "房屋编号", ("房屋编号",), True),
    LINK,
)

FLOOR_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("building", "楼栋号", ("楼栋号", "楼栋编号", "楼号"), True),
    FieldSpec("stairwell", "单元编号", ("单元编号", "单元号", "单元"), True),
    FieldSpec("floors_total", "总层数", ("总层数", "总楼层", "楼层数"), True),
    FieldSpec("lift", "是否有电梯", ("是否有电梯", "电梯")),
)


def header_columns(rows: Sequence[Sequence[Raw]], specs: Sequence[FieldSpec], *, scan: int = 10
                   ) -> tuple[int, dict[str, int]] | None:
    """(0-based header row, field key -> column) of the row among the first `scan` naming the
    most of `specs` and all the required ones; None when no row does."""
    best: tuple[int, dict[str, int]] | None = None
    for r, row in enumerate(rows[:scan]):
        mapping = named_columns(row, specs)
        if all(s.key in mapping for s in specs if s.required) and len(mapping) >= 2 \
                and (best is None or len(mapping) > len(best[1])):
            best = (r, mapping)
    return best


def is_people_sheet(mapping: dict[str, int]) -> bool:
    """A sheet of people (a name, and a number, phone or ID to tell them apart), not of units."""
    return "owner" in mapping and bool({"owner_no", "phone", "id_number"} & set(mapping))


@dataclass
class PersonRow:
    """One row of a people sheet: the person as the roster would register them."""

    row: int
    number: str  # 业主编号, "" when the sheet has none
    name: str
    relation: Relation
    phone: str
    id_number: str
    parent: str  # 所属业主编号 of a family member or tenant
    findings: list[Finding] = field(default_factory=list)

    def person(self) -> tuple[str, Relation, str, str, str]:
        """As UnitRow.people holds a person: name, relation, phone, phone2, ID number."""
        return (self.name, self.relation, self.phone, "", self.id_number)


def check_person_row(row: int, cells: Cells, *, datemode: int = 0) -> PersonRow:
    checked = check_people(cells, datemode=datemode)
    name, relation, phone, _p2, idn = checked.people[0] if checked.people else ("", Relation.OWNER, "", "", "")
    out = PersonRow(row, cells.text("owner_no"), name, relation, phone, idn, cells.text("parent"),
                    list(checked.findings))
    if not name:
        out.findings.append(cells.finding("owner", "不能为空"))
    if len(checked.people) > 1:
        out.findings.append(Finding(Severity.ERROR, cells.labels["owner"], "一行只能登记一人（有业主编号的表每人一行）",
                                    cells.columns.get("owner")))
    return out


@dataclass
class Linked:
    """What linking a people sheet to the units found."""

    people: dict[str, list[PersonRow]]  # 业主编号 named by a unit row -> the people it brings
    unlinked: list[PersonRow]  # people no unit row names (nor their owner)
    duplicate: dict[int, int]  # row -> earlier row with the same 业主编号


def link_people(rows: Sequence[PersonRow], named: set[str]) -> Linked:
    """Each person to the 业主编号 the units name: an owner by their own number, a family member
    or tenant by their 所属业主编号 (HC's parentOwnerId), else by their own."""
    first: dict[str, int] = {}
    duplicate: dict[int, int] = {}
    people: dict[str, list[PersonRow]] = {}
    unlinked = []
    for p in rows:
        if p.number:
            if p.number in first:
                duplicate[p.row] = first[p.number]
                continue
            first[p.number] = p.row
        via = p.parent if p.parent and p.parent != p.number and p.parent in named else p.number
        if via and via in named:
            people.setdefault(via, []).append(p)
        else:
            unlinked.append(p)
    return Linked(people, unlinked, duplicate)
