"""Owner/unit rosters: each row judged against the file and the database (preview_units), then
written all or nothing (import_units, the writing in roster_write)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.importing import (
    Cells, Finding, Severity, Target, UnitRow, Verdict, blank_ids, check_unit_row, many_units, owner_key, verdict_of,
)
from deskapp.domain.people import Relation
from deskapp.domain.privacy import mask_id_number
from deskapp.domain.units import UnitState
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.importing.common import (
    IMPORT_UNITS, CANCELLED, ImportOptions, ImportRefused, ImportResult, Preview, Progress,
)
from deskapp.services.importing import kinds, people_sheets
from deskapp.services.importing.files import chosen_sheet, open_file, row_report, _tick
from deskapp.services.importing.roster_write import _write_units
from deskapp.services.changes import Change, changes
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session

@dataclass
class _UnitPlan:
    code: str
    first_row: int
    data: UnitRow
    given: set[str]
    rows: list[int]
    existing_id: int | None = None
    changes: dict = field(default_factory=dict)  # field -> (before, after)
    new_people: list = field(default_factory=list)  # (name, relation, phone, phone2, id)
    people_updates: list = field(default_factory=list)  # (person_id, name, {field: (before, after)})


def _summary(u: UnitRow) -> str:
    bits = [u.kind.value]
    if u.building_area is not None:
        bits.append(f"{u.building_area} ㎡")
    names = "、".join(p[0] for p in u.people)
    if names:
        bits.append(names)
    return "，".join(bits)


def _given(cells: Cells) -> set[str]:
    return {k for k in cells.columns if cells.text(k)}


_COMPARED = ("floor", "kind", "state", "building_area", "inner_area", "delivered_on", "notes")


def _analyse_units(session: Session, wb: Workbook, options: ImportOptions, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> Preview:
    sheet = chosen_sheet(wb, Target.UNITS, options)
    buildings = q.building_ids(session)
    existing = q.unit_ids(session)

    parsed: list[tuple[int, Cells, UnitRow]] = []
    total = sheet.total
    for n, (row_no, cells, datemode) in enumerate(sheet.data_rows(), start=1):
        parsed.append((row_no, cells, check_unit_row(cells, datemode=datemode)))
        _tick(progress, cancelled, n, total)
    others = people_sheets.link_sheets(wb, sheet.info, parsed, len(sheet.order))

    # within the file: one unit may take several rows only in one-row-per-person layouts
    plans: dict[str, _UnitPlan] = {}
    extra: dict[int, list[Finding]] = defaultdict(list)
    outcome: dict[int, Verdict] = {}
    for row_no, cells, u in parsed:
        if not u.building or not u.room:
            continue
        plan = plans.get(u.code)
        if plan is None:
            plans[u.code] = _UnitPlan(u.code, row_no, u, _given(cells), [row_no])
            continue
        first = plan.data
        same_person = {(p[0], p[1]) for p in first.people} & {(p[0], p[1]) for p in u.people}
        if not u.relation_given or same_person or not u.people:
            extra[row_no].append(Finding(Severity.ERROR, "房号", f"房屋 {u.code} 在文件中重复（第 {plan.first_row} 行已有）",
                                         cells.columns.get("room")))
        elif u.unit_values() != first.unit_values():
            extra[row_no].append(Finding(Severity.ERROR, "房号", f"与第 {plan.first_row} 行是同一房屋 {u.code}，"
                                         "但房屋信息（面积、楼层、类型、状态）不一致", cells.columns.get("room")))
        else:
            first.people.extend(u.people)
            plan.rows.append(row_no)
            outcome[row_no] = Verdict.ADD_PERSON

    # one ID number, several people
    id_names: dict[str, set[str]] = defaultdict(set)
    id_rows: dict[str, list[int]] = defaultdict(list)
    for row_no, cells, u in parsed:
        for name, _rel, _p, _p2, idn in u.people:
            if idn:
                id_names[idn].add(name)
                id_rows[idn].append(row_no)
    db_people: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for pid, idn, name in q.people_by_id_number(session, list(id_names)):
        db_people[idn].append((pid, name))
        id_names[idn].add(name)
    id_col = sheet.mapping.get("id_number")
    for idn, names in id_names.items():
        if len(names) > 1:
            for row_no in id_rows[idn]:
                extra[row_no].append(Finding(Severity.WARNING, "身份证号", f"身份证号 {mask_id_number(idn)} 同时登记在 "
                                             f"{'、'.join(sorted(names))} 名下", id_col))

    # one person made the owner of many units (sample rows sharing a name and phone, a developer's
    # name): the people would be merged into one, so the rows are warned about instead
    owners = [(key, u.code, row_no) for row_no, _cells, u in parsed if u.building and u.room
              for name, rel, phone, _p2, idn in u.people
              if rel is Relation.OWNER and (key := owner_key(name, phone, idn)) is not None]
    for (name, how, _value), (codes, rows) in many_units(owners).items():
        listed = "、".join(str(r) for r in rows[:10]) + ("……" if len(rows) > 10 else "")
        same = "证件号" if how == "id" else "电话"
        for row_no in rows:
            extra[row_no].append(Finding(
                Severity.WARNING, "业主", f"{name} 将成为 {len(codes)} 套房屋的业主（第 {listed} 行同名同{same}，"
                "导入时合并为一人），请核实是否确为同一人", sheet.mapping.get("owner")))

    # against the database (units on file and their current people read in batches)
    on_file = _OnFile(session, [existing[c] for c in plans if c in existing] if options.update_existing else [])
    stairwelled = _stairwell_buildings(existing)
    new_buildings: dict[str, str] = {}
    for plan in plans.values():
        u = plan.data
        if u.building not in buildings and u.building not in new_buildings:
            new_buildings[u.building] = u.building_name or f"{u.building}号楼"
            extra[plan.first_row].append(Finding(Severity.NOTE, "楼栋", f"新建楼栋 {new_buildings[u.building]}",
                                                 sheet.mapping.get("building")))
        if plan.code in existing:
            if not options.update_existing:
                extra[plan.first_row].append(Finding(
                    Severity.ERROR, "房号", f"房屋 {plan.code} 已在档案中（如要更新，请选择“更新已有房屋”）",
                    sheet.mapping.get("room")))
                continue
            plan.existing_id = existing[plan.code]
            _compare(on_file, plan)
            outcome[plan.first_row] = Verdict.UPDATE if plan.changes or plan.new_people or plan.people_updates \
                else Verdict.UNCHANGED
        else:
            outcome[plan.first_row] = Verdict.CREATE
            plan.new_people = list(u.people)
            if not u.stairwell and (numbered := stairwelled.get(u.building)):
                extra[plan.first_row].append(_no_stairwell(plan.code, u.building, u.room, numbered, sheet.mapping))

    reports = []
    blanked: set[int] = set()
    for row_no, cells, u in parsed:
        findings = list(u.findings) + extra.get(row_no, [])
        if options.blank_invalid_ids:
            findings, blank = blank_ids(findings)
            if blank:
                blanked.add(row_no)
        verdict = verdict_of(outcome.get(row_no, Verdict.ERROR), findings)
        reports.append(row_report(row_no, verdict, u.code, _summary(u), findings, cells, sheet.order))
    reports += others.reports
    if blanked:
        for plan in plans.values():
            if plan.first_row in blanked:
                plan.new_people = [(n, r, p, p2, "") for n, r, p, p2, _ in plan.new_people]

    preview = sheet.preview(reports)
    preview.units = len(plans)
    preview.people = sum(len(p.data.people) for p in plans.values())
    preview.total_area = sum((p.data.building_area or Decimal(0) for p in plans.values()), Decimal("0.00"))
    preview.new_buildings = list(new_buildings.values())
    preview.notes = others.notes + _undated_note(plans.values())
    preview._plans = list(plans.values())
    preview._known_people = {(idn, name): pid for idn, found in db_people.items() for pid, name in found}
    return preview


def _stairwell_buildings(existing: dict[str, int]) -> dict[str, list[str]]:
    """Building → its codes on file numbered by stairwell (1-1-101, 1-2-101). Code parts are letters
    and digits only (domain.units.check_code_part), so a code splits on its hyphens."""
    codes: dict[str, list[str]] = defaultdict(list)
    for code in sorted(existing):
        parts = code.split("-")
        if len(parts) == 3:
            codes[parts[0]].append(code)
    return codes


def _no_stairwell(code: str, building: str, room: str, on_file: list[str], mapping: dict[str, int]) -> Finding:
    """A file without 单元 (房产导入模板: 房号, 楼宇名称) going into a building numbered by stairwell: the
    new 1-101 would stand beside 1-1-101 and 1-2-101, and a later file naming 楼栋 1 房号 101 (readings,
    payments) could no longer tell which is meant. Said at the 单元 column when the file has one."""
    twins = [c for c in on_file if c.endswith(f"-{room}")]
    listed = twins or on_file
    shown = "、".join(listed[:3]) + ("等" if len(listed) > 3 else "")
    stairwell = mapping.get("stairwell")
    has_stairwell = stairwell is not None and stairwell >= 0
    column = stairwell if has_stairwell else mapping.get("room")
    return Finding(Severity.WARNING, "单元" if has_stairwell else "房号",
                   f"楼栋 {building} 的房屋按单元编号（档案中已有 {shown}），本行没有单元，将新建为 {code}："
                   "请填写单元，或核实不是同一房屋", column)


def _undated_note(plans) -> list[str]:
    """New units handed over (not 未交房) with no 交房日期: the bill run cannot bill them until one
    is given (a roster without the column): said before the import, not found at the first run."""
    n = sum(1 for p in plans if p.existing_id is None and p.data.delivered_on is None
            and p.data.state is not UnitState.UNDELIVERED)
    return [f"{n} 户没有交房日期：填写交房日期（业户档案 ▸ 修改房屋）之前，出账不计这些房屋的费用"] if n else []


class _OnFile:
    """The units an update compares against, with their current people: a few queries for
    the whole file instead of two per row."""

    def __init__(self, session: Session, unit_ids: list[int]):
        self.units: dict[int, dict] = q.unit_values(session, unit_ids, _COMPARED)
        self.people: dict[int, list[tuple]] = defaultdict(list)
        for r in q.current_people_of(session, unit_ids):
            self.people[r.unit_id].append((r.person_id, r.name, r.relation,
                                           {"phone": r.phone, "phone2": r.phone2, "id_number": r.id_number}))


def _compare(on_file: _OnFile, plan: _UnitPlan) -> None:
    """What "update existing" would change: only the columns the file has values in."""
    unit = on_file.units[plan.existing_id]
    u = plan.data
    for key in _COMPARED:
        if key in plan.given and unit[key] != getattr(u, key):
            plan.changes[key] = (unit[key], getattr(u, key))
    ties = list(on_file.people[plan.existing_id])
    for name, relation, phone, phone2, idn in u.people:
        tie = next((t for t in ties if t[1] == name and t[2] is relation), None)
        if tie is not None:
            ties.remove(tie)  # two people of one name on a unit are two ties
        if tie is None:
            plan.new_people.append((name, relation, phone, phone2, idn))
            continue
        pid, _name, _rel, stored = tie
        diff = {attr: (stored[attr], value) for attr, value in (("phone", phone), ("phone2", phone2),
                                                               ("id_number", idn))
                if value and stored[attr] != value}
        if diff:
            plan.people_updates.append((pid, name, diff))


def preview_units(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                  *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Preview:
    actor.require(IMPORT_UNITS)
    wb = source if isinstance(source, Workbook) else open_file(source)
    with ctx.reader() as uow:
        return _analyse_units(uow.session, wb, options or ImportOptions(), progress, cancelled)


@changes(Change.UNITS, Change.PEOPLE)
def import_units(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                 *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """All or nothing: the rows are judged again inside the write transaction."""
    actor.require(IMPORT_UNITS)
    options = options or ImportOptions()
    wb = source if isinstance(source, Workbook) else open_file(source)
    with ctx.uow() as uow:
        preview = _analyse_units(uow.session, wb, options, progress, cancelled)
        reason = preview.refusal()
        if reason:
            raise ImportRefused(reason, preview)
        community = uow.registry.community()
        if community is None:
            raise ValidationError("小区", "请先设置小区信息，再导入房屋")
        result = _write_units(uow, ctx, actor, preview, community.id, progress, cancelled)
        if cancelled is not None and cancelled():
            raise Cancelled(CANCELLED)
        audit.record(uow.session, ctx, actor, "import.units", "import", Path(preview.file).name,
                     summary=f"导入名册 {Path(preview.file).name}（工作表 {preview.sheet}）：{result.summary()}",
                     after={"file": Path(preview.file).name, "sheet": preview.sheet, "created": result.created,
                            "updated": result.updated, "unchanged": result.unchanged,
                            "buildings": preview.new_buildings})
        uow.commit()
        return result


kinds.register(kinds.ImportKind(Target.UNITS, "房屋与业主名册", IMPORT_UNITS, preview_units, import_units,
                                frozenset({kinds.UPDATE_EXISTING, kinds.BLANK_INVALID_IDS}), order=10))
