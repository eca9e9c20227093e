"""Importing owner/unit rosters and monthly meter readings from Excel and CSV files.

preview_* reads the file and gives each row its verdict against the database as it is;
import_* does the same inside one write transaction and commits only when no row is in
error (and the warnings were accepted): all or nothing. Buildings and stairwells the file
names but the database lacks are created by the import (the preview says "新建楼栋")."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timezone
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from deskapp.documents.importers import Workbook, read_workbook
from deskapp.documents.importers.rejects import write_rejects
from deskapp.domain.billing_meters import Flag
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.domain.idcard import IdType
from deskapp.domain.importing import (
    Cells, Finding, FieldSpec, NoCache, ReadingRow, Severity, Target, UnitRow, Verdict, blank_ids, check_reading_row,
    check_unit_row, column_letter, fields_for, find_header, many_units, owner_key, text_of, verdict_of,
)
from deskapp.domain.people import Relation
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.services import audit, pinyin
from deskapp.services.context import Actor, Context
from deskapp.services.registry.files import chronicle
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Building, ChronicleEntry, Community, Person, Stairwell, Unit, UnitPerson

IMPORT_UNITS = define("import.units", "导入房屋与业主名册", SUPERVISORS)
IMPORT_READINGS = define("import.readings", "导入抄表读数", DESK)

Progress = Callable[[int, int], None]


class ImportCancelled(DeskappError):
    def __init__(self, message: str = "导入已取消，数据库没有任何改动") -> None:
        super().__init__(message)


class ImportRefused(DeskappError):
    """The file has rows in error (or warnings not accepted): nothing was written.
    (The reason comes first so that the exception pickles, e.g. out of a worker process.)"""

    def __init__(self, reason: str, preview: "Preview | None" = None):
        self.preview = preview
        super().__init__(reason)


@dataclass
class ImportOptions:
    sheet: str | None = None
    mapping: dict[str, int] | None = None  # field key -> 0-based column; None = as recognised
    accept_warnings: bool = False
    blank_invalid_ids: bool = False
    update_existing: bool = False


@dataclass(frozen=True)
class SheetInfo:
    name: str
    rows: int
    header_row: int | None  # 1-based, None when no header row was recognised
    score: int
    headers: tuple[str, ...]  # the header row's texts, by column
    mapping: dict[str, int]


@dataclass(frozen=True)
class RowReport:
    row: int  # 1-based, as Excel numbers it
    verdict: Verdict
    code: str
    summary: str
    findings: tuple[Finding, ...]
    cells: tuple[str, ...]  # the mapped columns' texts, for the rejected-rows file


@dataclass
class Preview:
    target: Target
    file: str
    format: str
    encoding: str
    sheet: str
    sheets: list[SheetInfo]
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[str, int]
    rows: list[RowReport]
    units: int = 0  # distinct units named (roster) / readings (readings)
    people: int = 0
    total_area: Decimal = Decimal("0.00")
    new_buildings: list[str] = field(default_factory=list)
    options: ImportOptions = field(default_factory=ImportOptions)
    _plans: list = field(default_factory=list, repr=False)
    _known_people: dict = field(default_factory=dict, repr=False)  # (id number, name) -> person id on file

    def count(self, verdict: Verdict) -> int:
        return sum(1 for r in self.rows if r.verdict is verdict)

    @property
    def errors(self) -> int:
        return self.count(Verdict.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Verdict.WARNING)

    def problems(self, *, notes: bool = False) -> list[str]:
        """Every error and warning, at its sheet, row and column."""
        out = []
        for r in self.rows:
            for f in r.findings:
                if f.severity is not Severity.NOTE or notes:
                    out.append(f"[{f.severity.value}] {f.describe(self.sheet, r.row)}")
        return out

    def refusal(self) -> str | None:
        """Why this preview may not be imported, or None."""
        if self.errors:
            return f"有 {self.errors} 行错误，未导入任何数据；请改正后重新导入（可先保存被拒绝的行）"
        if self.warnings and not self.options.accept_warnings:
            return f"有 {self.warnings} 行警告，请核实后选择“接受警告”再导入"
        if not self.rows:
            return "文件中没有可导入的数据行"
        return None

    def field_columns(self) -> list[tuple[FieldSpec, int]]:
        specs = {s.key: s for s in fields_for(self.target)}
        return sorted(((specs[k], c) for k, c in self.mapping.items()), key=lambda x: x[1])


@dataclass(frozen=True)
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    people_added: int = 0
    buildings_created: int = 0
    readings_saved: int = 0

    def summary(self) -> str:
        if self.readings_saved:
            return f"已导入读数 {self.readings_saved} 条"
        return (f"新建 {self.created} 户，更新 {self.updated} 户，不变 {self.unchanged} 户；"
                f"登记人员 {self.people_added} 人，新建楼栋 {self.buildings_created} 栋")


# ----------------------------------------------------------------- reading the file

def open_file(path: str | Path) -> Workbook:
    return read_workbook(path)


def sheets_of(wb: Workbook, target: Target) -> list[SheetInfo]:
    out = []
    for s in wb.sheets:
        guess = find_header(s.rows, target)
        if guess is None:
            out.append(SheetInfo(s.name, len(s.rows), None, 0, (), {}))
        else:
            headers = tuple(text_of(v) for v in s.rows[guess.row])
            score = guess.score if guess.complete(target) else guess.score // 10
            out.append(SheetInfo(s.name, len(s.rows), guess.row + 1, score, headers, dict(guess.mapping)))
    return out


def _choose(wb: Workbook, target: Target, options: ImportOptions) -> tuple[SheetInfo, list[SheetInfo]]:
    infos = sheets_of(wb, target)
    if options.sheet:
        wb.sheet(options.sheet)  # names the sheets when it is not there
        info = next(i for i in infos if i.name == options.sheet)
    else:
        info = max(infos, key=lambda i: i.score, default=None)
    what = "房屋名册" if target is Target.UNITS else "抄表读数"
    if info is None or info.header_row is None:
        raise ValidationError("工作表", f"没有找到{what}的表头行（应有 "
                              + "、".join(s.label for s in fields_for(target) if s.required) + " 等列）")
    return info, infos


def choose_sheet(wb: Workbook, target: Target, options: ImportOptions | None = None) -> SheetInfo:
    """The sheet to import (the one named, or the one whose headers fit best) and its guessed mapping."""
    return _choose(wb, target, options or ImportOptions())[0]


def validate_mapping(info: SheetInfo, target: Target, mapping: dict[str, int]) -> dict[str, int]:
    """The user's corrected mapping, refused (naming the fields) when a needed column is missing
    or one column is given to two fields."""
    return _mapping(info, target, ImportOptions(mapping=mapping))


def _mapping(info: SheetInfo, target: Target, options: ImportOptions) -> dict[str, int]:
    mapping = dict(info.mapping if options.mapping is None else
                   {k: v for k, v in options.mapping.items() if v is not None and v >= 0})
    specs = fields_for(target)
    known = {s.key for s in specs}
    unknown = set(mapping) - known
    if unknown:
        raise ValidationError("列对应", f"未知的字段：{'、'.join(sorted(unknown))}")
    used: dict[int, str] = {}
    for key, col in mapping.items():
        if col in used:
            labels = {s.key: s.label for s in specs}
            raise ValidationError("列对应", f"{column_letter(col)} 列同时对应了“{labels[used[col]]}”和“{labels[key]}”")
        used[col] = key
    missing = [s.label for s in specs if s.required and s.key not in mapping]
    if missing:
        raise ValidationError("列对应", f"缺少必需的列：{'、'.join(missing)}（工作表 {info.name}）")
    return mapping


def _data_rows(wb: Workbook, info: SheetInfo, target: Target, mapping: dict[str, int]):
    """(1-based row number, Cells) for each non-blank row below the header."""
    sheet = wb.sheet(info.name)
    specs = fields_for(target)
    fill = {mapping[s.key] for s in specs if s.fill_down and s.key in mapping}
    rows = sheet.filled_down(fill) if sheet.merged else sheet.rows
    labels = {s.key: s.label for s in specs}
    for r in range(info.header_row, len(rows)):
        row = rows[r]
        values = {k: (row[c] if c < len(row) else None) for k, c in mapping.items()}
        if all(v is None or (isinstance(v, str) and not text_of(v)) for v in values.values()):
            continue  # blank, or only text beside the table
        yield r + 1, Cells(values, mapping, labels), sheet.datemode


def _cells_text(cells: Cells, order: list[str]) -> tuple[str, ...]:
    """As the user typed it; a formula without a value keeps its formula text."""
    return tuple(v.formula if isinstance(v := cells.values.get(k), NoCache) else cells.text(k) for k in order)


def _tick(progress: Progress | None, cancelled: Callable[[], bool] | None, done: int, total: int) -> None:
    if done % 250 == 0:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done, total)


# ----------------------------------------------------------------- the roster

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
    target = Target.UNITS
    info, infos = _choose(wb, target, options)
    mapping = _mapping(info, target, options)
    order = [k for k, _ in sorted(mapping.items(), key=lambda kv: kv[1])]
    buildings = {b.code: b.id for b in session.execute(select(Building)).scalars()}
    existing = {code: uid for code, uid in session.execute(select(Unit.code, Unit.id))}

    parsed: list[tuple[int, Cells, UnitRow]] = []
    total = max(len(wb.sheet(info.name).rows) - info.header_row, 1)
    for n, (row_no, cells, datemode) in enumerate(_data_rows(wb, info, target, mapping), start=1):
        parsed.append((row_no, cells, check_unit_row(cells, datemode=datemode)))
        _tick(progress, cancelled, n, total)

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
    ids = list(id_names)
    for start in range(0, len(ids), 500):
        for pid, idn, name in session.execute(select(Person.id, Person.id_number, Person.name)
                                              .where(Person.id_number.in_(ids[start:start + 500]))):
            db_people[idn].append((pid, name))
            id_names[idn].add(name)
    id_col = mapping.get("id_number")
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
                "导入时合并为一人），请核实是否确为同一人", mapping.get("owner")))

    # against the database (units on file and their current people read in batches)
    on_file = _OnFile(session, [existing[c] for c in plans if c in existing] if options.update_existing else [])
    new_buildings: dict[str, str] = {}
    for plan in plans.values():
        u = plan.data
        if u.building not in buildings and u.building not in new_buildings:
            new_buildings[u.building] = u.building_name or f"{u.building}号楼"
            extra[plan.first_row].append(Finding(Severity.NOTE, "楼栋", f"新建楼栋 {new_buildings[u.building]}",
                                                 mapping.get("building")))
        if plan.code in existing:
            if not options.update_existing:
                extra[plan.first_row].append(Finding(
                    Severity.ERROR, "房号", f"房屋 {plan.code} 已在档案中（如要更新，请选择“更新已有房屋”）",
                    mapping.get("room")))
                continue
            plan.existing_id = existing[plan.code]
            _compare(on_file, plan)
            outcome[plan.first_row] = Verdict.UPDATE if plan.changes or plan.new_people or plan.people_updates \
                else Verdict.UNCHANGED
        else:
            outcome[plan.first_row] = Verdict.CREATE
            plan.new_people = list(u.people)

    reports = []
    blanked: set[int] = set()
    for row_no, cells, u in parsed:
        findings = list(u.findings) + extra.get(row_no, [])
        if options.blank_invalid_ids:
            findings, blank = blank_ids(findings)
            if blank:
                blanked.add(row_no)
        verdict = verdict_of(outcome.get(row_no, Verdict.ERROR), findings)
        reports.append(RowReport(row_no, verdict, u.code, _summary(u), tuple(findings), _cells_text(cells, order)))
    if blanked:
        for plan in plans.values():
            if plan.first_row in blanked:
                plan.new_people = [(n, r, p, p2, "") for n, r, p, p2, _ in plan.new_people]

    preview = Preview(target, str(wb.path), wb.format, wb.encoding, info.name, infos, info.header_row,
                      info.headers, mapping, reports, options=options)
    preview.units = len(plans)
    preview.people = sum(len(p.data.people) for p in plans.values())
    preview.total_area = sum((p.data.building_area or Decimal(0) for p in plans.values()), Decimal("0.00"))
    preview.new_buildings = list(new_buildings.values())
    preview._plans = list(plans.values())
    preview._known_people = {(idn, name): pid for idn, found in db_people.items() for pid, name in found}
    return preview


class _OnFile:
    """The units an update compares against, with their current people: a few queries for
    the whole file instead of two per row."""

    def __init__(self, session: Session, unit_ids: list[int]):
        self.units: dict[int, dict] = {}
        self.people: dict[int, list[tuple]] = defaultdict(list)
        cols = [getattr(Unit, k) for k in _COMPARED]
        for start in range(0, len(unit_ids), 500):
            chunk = unit_ids[start:start + 500]
            for row in session.execute(select(Unit.id, *cols).where(Unit.id.in_(chunk))):
                self.units[row[0]] = dict(zip(_COMPARED, row[1:]))
            for uid, pid, name, relation, phone, phone2, idn in session.execute(
                    select(UnitPerson.unit_id, Person.id, Person.name, UnitPerson.relation, Person.phone,
                           Person.phone2, Person.id_number).join(Person, Person.id == UnitPerson.person_id)
                    .where(UnitPerson.unit_id.in_(chunk), UnitPerson.until.is_(None))):
                self.people[uid].append((pid, name, relation, {"phone": phone, "phone2": phone2, "id_number": idn}))


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


def import_units(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                 *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """All or nothing: the rows are judged again inside the write transaction."""
    actor.require(IMPORT_UNITS)
    options = options or ImportOptions()
    wb = source if isinstance(source, Workbook) else open_file(source)
    with ctx.uow() as uow:
        s = uow.session
        preview = _analyse_units(s, wb, options, progress, cancelled)
        reason = preview.refusal()
        if reason:
            raise ImportRefused(reason, preview)
        community = s.execute(select(Community)).scalars().first()
        if community is None:
            raise ValidationError("小区", "请先设置小区信息，再导入房屋")
        result = _write_units(s, ctx, actor, preview, community.id, progress, cancelled)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        audit.record(s, ctx, actor, "import.units", "import", Path(preview.file).name,
                     summary=f"导入名册 {Path(preview.file).name}（工作表 {preview.sheet}）：{result.summary()}",
                     after={"file": Path(preview.file).name, "sheet": preview.sheet, "created": result.created,
                            "updated": result.updated, "unchanged": result.unchanged,
                            "buildings": preview.new_buildings})
        uow.commit()
        return result


def _write_units(s: Session, ctx: Context, actor: Actor, preview: Preview, community_id: int,
                 progress: Progress | None, cancelled: Callable[[], bool] | None) -> ImportResult:
    """New units, their people and ties go in as multi-row INSERTs (a 20,000-unit roster in
    seconds, not minutes); units that change are updated one by one. Every unit still gets
    its own audit row and chronicle entry."""
    now, today = ctx.clock.now(), ctx.clock.today()
    file_name = Path(preview.file).name
    buildings = {b.code: b for b in s.execute(select(Building)).scalars()}
    stairwells = {(w.building_id, w.code): w for w in s.execute(select(Stairwell)).scalars()}
    built = 0
    for plan in preview._plans:
        u = plan.data
        if u.building not in buildings:
            b = Building(community_id=community_id, code=u.building, name=u.building_name or f"{u.building}号楼",
                         floors=u.floors_total)
            s.add(b)
            s.flush()
            buildings[u.building] = b
            built += 1
            audit.record(s, ctx, actor, "registry.building.add", "building", b.id, summary=f"导入时新建楼栋 {b.name}",
                         after={"code": b.code, "name": b.name, "floors": b.floors, "file": file_name})
        if u.stairwell and (buildings[u.building].id, u.stairwell) not in stairwells:
            w = Stairwell(building_id=buildings[u.building].id, code=u.stairwell)
            s.add(w)
            stairwells[(w.building_id, w.code)] = w
    s.flush()

    creating = [p for p in preview._plans if p.existing_id is None]
    changing = [p for p in preview._plans if p.existing_id is not None and
                (p.changes or p.new_people or p.people_updates)]
    unchanged = len(preview._plans) - len(creating) - len(changing)
    total = len(creating) + len(changing)
    people = _People(s, now, preview._known_people)

    # new units in chunks of multi-row INSERTs (ids come back in order): memory stays bounded
    trail = _AuditBatch(s, ctx, actor)
    done = 0
    for first in range(0, len(creating), CHUNK):
        chunk = creating[first:first + CHUNK]
        unit_rows = []
        for plan in chunk:
            u = plan.data
            b = buildings[u.building]
            w = stairwells.get((b.id, u.stairwell)) if u.stairwell else None
            unit_rows.append(dict(code=plan.code, building_id=b.id, stairwell_id=w.id if w else None, room=u.room,
                                  floor=u.floor, kind=u.kind, state=u.state, building_area=u.building_area,
                                  inner_area=u.inner_area, delivered_on=u.delivered_on, notes=u.notes,
                                  created_at=now, updated_at=now))
        s.execute(insert(Unit.__table__), unit_rows)  # Core: the ORM bulk path costs more than SQLite
        codes = [r["code"] for r in unit_rows]
        by_code = {c: i for c, i in s.execute(select(Unit.code, Unit.id).where(Unit.code.in_(codes)))}
        unit_ids = [by_code[c] for c in codes]
        ties = [(unit_id, people.key(name, phone, phone2, idn), relation)
                for plan, unit_id in zip(chunk, unit_ids)
                for name, relation, phone, phone2, idn in plan.new_people]
        people.insert()
        if ties:
            s.execute(insert(UnitPerson.__table__), [dict(unit_id=u, person_id=people.id_of(k), relation=r, since=today,
                                                authorities="", note="") for u, k, r in ties])
        entries = []
        for plan, unit_id, row in zip(chunk, unit_ids, unit_rows):
            u = plan.data
            after = {k: row[k] for k in ("code", "kind", "state", "building_area", "inner_area", "floor",
                                         "delivered_on", "notes")}
            after["people"] = [_masked(x) for x in plan.new_people]
            trail.add("registry.unit.import", "unit", unit_id, unit_id=unit_id,
                      summary=f"导入新建房屋 {plan.code}", after=after)
            names = "、".join(f"{x[1].value} {x[0]}" for x in plan.new_people)
            # the row registry.chronicle would add, inserted with the others in one statement
            entries.append(dict(unit_id=unit_id, at=now, kind=ChronicleKind.IMPORT, automatic=True,
                                author=actor.display_name,
                                text=f"导入建档（{_where(file_name, plan)}）：{u.kind.value}，"
                                     f"建筑面积 {_area(u.building_area)}，状态 {u.state.value}"
                                     + (f"；登记{names}" if names else "")))
            done += 1
            _tick(progress, cancelled, done, total)
        s.execute(insert(ChronicleEntry.__table__), entries)
        trail.write()

    for n, plan in enumerate(changing, start=len(creating) + 1):
        _update_unit(s, ctx, actor, plan, people, today, now, file_name)
        _tick(progress, cancelled, n, total)
    s.flush()
    return ImportResult(len(creating), len(changing), unchanged, people.created, built)


def _where(file_name: str, plan: _UnitPlan) -> str:
    return f"{file_name} 第 {'、'.join(str(r) for r in plan.rows[:5])} 行"


CHUNK = 2000


def _insert_people(s: Session, rows: list[dict]) -> list[int]:
    """executemany without RETURNING (SQLite cannot keep RETURNING in parameter order, so
    SQLAlchemy would fall back to one INSERT per row); the ids are then read back by the
    people's own values, which also holds if another desk inserted people meanwhile."""
    if not rows:
        return []
    before = s.execute(select(func.max(Person.id))).scalar() or 0
    s.execute(insert(Person.__table__), rows)
    found: dict[tuple, list[int]] = defaultdict(list)
    for pid, name, phone, idn in s.execute(select(Person.id, Person.name, Person.phone, Person.id_number)
                                           .where(Person.id > before).order_by(Person.id)):
        found[(name, phone, idn)].append(pid)
    return [found[(r["name"], r["phone"], r["id_number"])].pop(0) for r in rows]


class _AuditBatch:
    """The audit rows of many new units at once. Each row is the one audit.record would write
    (same columns, same hash chain through audit.row_digest); they are inserted together
    because one flush and one look-up per unit made a 20,000-unit import take minutes."""

    def __init__(self, session: Session, ctx: Context, actor: Actor):
        self.s, self.ctx, self.actor = session, ctx, actor
        self.rows: list[dict] = []

    def add(self, action: str, entity: str, entity_id: object, *, summary: str, after: dict,
            unit_id: int | None) -> None:
        self.rows.append(dict(at=self.ctx.clock.now().astimezone(timezone.utc), actor_user_id=self.actor.user_id,
                              actor_name=self.actor.username, actor_role=self.actor.role.value, action=action,
                              entity=entity, entity_id=None if entity_id is None else str(entity_id),
                              unit_id=unit_id, summary=summary, before=None, after=audit.dump(after)))

    def write(self) -> None:
        if not self.rows:
            return
        self.s.flush()
        prev = self.s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1).with_for_update()
                              ).scalar() or audit.GENESIS
        for r in self.rows:
            r["prev_hash"] = prev
            r["hash"] = prev = audit.row_digest(prev, r["at"], r["actor_name"], r["actor_role"], r["action"],
                                                r["entity"], r["entity_id"], r["unit_id"], r["summary"],
                                                r["before"], r["after"])
        self.s.execute(insert(AuditEntry.__table__), self.rows)
        self.rows = []


class _People:
    """The people an import registers: one row per person (same name and ID number, or same
    name and phone, is one person, also across units and against people already on file)."""

    def __init__(self, session: Session, now, known: dict[tuple[str, str], int]):
        self.s = session
        self.now = now
        self.known = known
        self.rows: dict[tuple, dict] = {}
        self.ids: dict[tuple, int] = {}
        self.created = 0

    def key(self, name: str, phone: str, phone2: str, idn: str) -> tuple:
        key = (name, "id", idn) if idn else ((name, "tel", phone) if phone else (name, "row", self.created + len(self.rows)))
        if key in self.rows or key in self.ids:
            return key
        if idn and (idn, name) in self.known:
            self.ids[key] = self.known[(idn, name)]
            return key
        self.rows[key] = dict(name=name, initials=pinyin.initials(name), pinyin=pinyin.full(name),
                              id_type=IdType.RESIDENT.value if idn else None, id_number=idn or None,
                              phone=phone or None, phone2=phone2 or None, phone_last4=phone[-4:] if phone else None,
                              notes="", created_at=self.now)
        return key

    def insert(self) -> None:
        pending = list(self.rows)
        for key, pid in zip(pending, _insert_people(self.s, [self.rows[k] for k in pending])):
            self.ids[key] = pid
        self.created += len(pending)
        self.rows = {}

    def id_of(self, key: tuple) -> int:
        return self.ids[key]


def _update_unit(s: Session, ctx: Context, actor: Actor, plan: _UnitPlan, people: _People, today, now,
                 file_name: str) -> None:
    unit = s.get(Unit, plan.existing_id)
    before = {k: b for k, (b, _) in plan.changes.items()}
    after = {k: a for k, (_, a) in plan.changes.items()}
    for key, (_, value) in plan.changes.items():
        setattr(unit, key, value)
    unit.updated_at = now
    bits = [f"{_LABELS[k]} {_show(b)}→{_show(a)}" for k, (b, a) in plan.changes.items()]
    keys = [(people.key(n, p, p2, i), r, n) for n, r, p, p2, i in plan.new_people]
    people.insert()
    for key, relation, name in keys:
        s.add(UnitPerson(unit_id=unit.id, person_id=people.id_of(key), relation=relation, since=today))
        bits.append(f"登记{relation.value} {name}")
    for pid, name, diff in plan.people_updates:
        person = s.get(Person, pid)
        for attr, (_, value) in diff.items():
            setattr(person, attr, value)
            if attr == "phone":
                person.phone_last4 = value[-4:]
            if attr == "id_number":
                person.id_type = IdType.RESIDENT.value
        bits.append(f"{name} 的{'、'.join(_LABELS[a] for a in diff)}已更新")
        before[name] = {a: _mask_value(a, b) for a, (b, _) in diff.items()}
        after[name] = {a: _mask_value(a, v) for a, (_, v) in diff.items()}
    if plan.new_people:
        after["people_added"] = [_masked(x) for x in plan.new_people]
    s.flush()
    audit.record(s, ctx, actor, "registry.unit.import", "unit", unit.id, unit_id=unit.id,
                 summary=f"导入更新房屋 {plan.code}", before=before, after=after)
    chronicle(s, ctx, actor, unit.id, ChronicleKind.IMPORT, f"导入更新（{_where(file_name, plan)}）：{'；'.join(bits)}")


_LABELS = {"floor": "楼层", "kind": "类型", "state": "状态", "building_area": "建筑面积", "inner_area": "套内面积",
           "delivered_on": "交房日期", "notes": "备注", "phone": "电话", "phone2": "备用电话", "id_number": "身份证号"}


def _show(value) -> str:
    if value is None or value == "":
        return "（空）"
    return getattr(value, "value", None) or str(value)


def _mask_value(attr: str, value) -> str:
    return mask_id_number(value) if attr == "id_number" else mask_phone(value)


def _masked(p: tuple) -> dict:
    name, relation, phone, phone2, idn = p
    return {"name": name, "relation": relation.value, "phone": mask_phone(phone), "id_number": mask_id_number(idn)}


# ----------------------------------------------------------------- meter readings

@dataclass
class _ReadingPlan:
    row: int
    unit_id: int
    data: ReadingRow


def _analyse_readings(session: Session, wb: Workbook, options: ImportOptions, progress: Progress | None = None,
                      cancelled: Callable[[], bool] | None = None) -> Preview:
    target = Target.READINGS
    info, infos = _choose(wb, target, options)
    mapping = _mapping(info, target, options)
    order = [k for k, _ in sorted(mapping.items(), key=lambda kv: kv[1])]
    by_code: dict[str, int] = {}
    by_room: dict[tuple[str, str], list[int]] = defaultdict(list)
    for code, uid, bcode, room in session.execute(
            select(Unit.code, Unit.id, Building.code, Unit.room).join(Building, Building.id == Unit.building_id)):
        by_code[code] = uid
        by_room[(bcode, room)].append(uid)
    seen: dict[tuple, int] = {}
    reports, plans = [], []
    total = max(len(wb.sheet(info.name).rows) - info.header_row, 1)
    for n, (row_no, cells, datemode) in enumerate(_data_rows(wb, info, target, mapping), start=1):
        r = check_reading_row(cells, datemode=datemode)
        findings = list(r.findings)
        unit_id = None
        if r.building and r.room:
            if r.stairwell:
                unit_id = by_code.get(r.code)
            else:
                candidates = by_room.get((r.building, r.room), [])
                if len(candidates) > 1:
                    findings.append(Finding(Severity.ERROR, "房号", f"楼栋 {r.building} 有多个房号 {r.room}，请填写单元",
                                            cells.columns.get("room")))
                    candidates = []
                unit_id = candidates[0] if candidates else by_code.get(r.code)
            if unit_id is None and not any(f.field == "房号" for f in findings):
                findings.append(Finding(Severity.ERROR, "房号", f"档案中没有房屋 {r.code}（请先导入或登记该房屋）",
                                        cells.columns.get("room")))
        if unit_id is not None and r.meter and r.period:
            key = (unit_id, r.meter, r.period)
            if key in seen:
                findings.append(Finding(Severity.ERROR, "仪表", f"{r.code} {r.meter.value} {r.period} 的读数"
                                        f"在第 {seen[key]} 行已有", cells.columns.get("meter")))
            else:
                seen[key] = row_no
        verdict = verdict_of(Verdict.ACCEPT, findings)
        summary = f"{r.meter.value if r.meter else ''} {r.period} {r.reading if r.reading is not None else ''}".strip()
        reports.append(RowReport(row_no, verdict, r.code, summary, tuple(findings), _cells_text(cells, order)))
        if verdict is not Verdict.ERROR:
            plans.append(_ReadingPlan(row_no, unit_id, r))
        _tick(progress, cancelled, n, total)
    _flag_readings(session, plans, reports, cells_column=mapping.get("reading"))
    preview = Preview(target, str(wb.path), wb.format, wb.encoding, info.name, infos, info.header_row,
                      info.headers, mapping, reports, options=options)
    preview.units = len({p.unit_id for p in plans})
    preview._plans = plans
    return preview


def _flag_readings(session: Session, plans: list[_ReadingPlan], reports: list[RowReport],
                   cells_column: int | None) -> None:
    """The meters' own check (the grid's): a reading lower than the last, an unusual or a vacant
    unit's usage is a warning to accept, not a green row; a meter's first reading is a note."""
    from deskapp.services import meters

    judged = meters.judge_readings(session, [
        (p.unit_id, p.data.meter.value, date(p.data.year, p.data.month, 1), p.data.reading) for p in plans])
    at = {r.row: i for i, r in enumerate(reports)}
    for p, j in zip(plans, judged):
        if not j.flags:
            continue
        i = at[p.row]
        severity = Severity.NOTE if set(j.flags) == {Flag.NO_PREVIOUS} else Severity.WARNING
        findings = reports[i].findings + (
            Finding(severity, "读数", meters.flag_message(j, p.data.reading), cells_column),)
        reports[i] = replace(reports[i], verdict=verdict_of(Verdict.ACCEPT, findings), findings=findings)


def preview_readings(ctx: Context, actor: Actor, source: str | Path | Workbook,
                     options: ImportOptions | None = None, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Preview:
    actor.require(IMPORT_READINGS)
    wb = source if isinstance(source, Workbook) else open_file(source)
    with ctx.reader() as uow:
        return _analyse_readings(uow.session, wb, options or ImportOptions(), progress, cancelled)


def import_readings(ctx: Context, actor: Actor, source: str | Path | Workbook,
                    options: ImportOptions | None = None, *, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Readings are stored by the meters service (billing area), inside this transaction."""
    from deskapp.services import meters

    actor.require(IMPORT_READINGS)
    options = options or ImportOptions()
    wb = source if isinstance(source, Workbook) else open_file(source)
    with ctx.uow() as uow:
        s = uow.session
        preview = _analyse_readings(s, wb, options, progress, cancelled)
        reason = preview.refusal()
        if reason:
            raise ImportRefused(reason, preview)
        name = Path(preview.file).name
        rows = [meters.ImportedReading(p.unit_id, p.data.meter.value, date(p.data.year, p.data.month, 1),
                                       p.data.reading, p.data.read_on, f"{name} 工作表 {preview.sheet} 第 {p.row} 行")
                for p in preview._plans]
        saved = meters.save_imported_readings(s, ctx, actor, rows)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        uow.commit()
        return ImportResult(readings_saved=saved)


# ----------------------------------------------------------------- rejected rows

def save_rejects(preview: Preview, path: str | Path, *, include_warnings: bool = False) -> int:
    """The rows in error (and, if asked, those with warnings) with their original columns and
    a reason column, as an Excel file to fix and import again."""
    keep = {Verdict.ERROR} | ({Verdict.WARNING} if include_warnings else set())
    headers = [preview.headers[c] if c < len(preview.headers) and preview.headers[c] else spec.label
               for spec, c in preview.field_columns()]
    rows = []
    for r in preview.rows:
        if r.verdict in keep:
            reason = "；".join(f"{column_letter(f.column) + '列 ' if f.column is not None else ''}"
                              f"{f.field}：{f.message}" for f in r.findings if f.severity is not Severity.NOTE)
            rows.append((r.row, *r.cells, reason))
    return write_rejects(Path(path), preview.sheet, headers, rows)


def _area(value: Decimal | None) -> str:
    return "（未填）" if value is None else f"{value} ㎡"
