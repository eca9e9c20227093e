"""The other sheets a roster workbook brings with its units (HC小区's setup workbook: 业主信息
linked by 业主编号, 楼栋单元 with each stairwell's floors), read together with the units sheet.
A people sheet that cannot be linked is said, row by row: no owner is silently dropped."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from deskapp.documents.importers import Workbook
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import (
    Cells, Finding, Raw, Severity, UnitRow, Verdict, building_code, header_key, stairwell_code, text_of, verdict_of,
)
from deskapp.domain.importing_hc import (
    FLOOR_FIELDS, LINK, PEOPLE_FIELDS, PersonRow, check_person_row, header_columns, is_people_sheet, link_people,
)
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitState
from deskapp.services.importing.common import RowReport, SheetInfo


# HC's importer finds its sheets by name (ImportExcelUtils.getSheet(workbook, "楼栋单元")); a
# stairwell sheet is read by that name only, so that a second units sheet is never taken for one.
FLOOR_SHEET = "楼栋单元"


@dataclass(frozen=True)
class PeopleSheets:
    reports: list[RowReport]  # the people sheets' rows, each at its own sheet
    notes: list[str]  # how many were linked, and what could not be


def _rows(sheet_rows: Sequence[Sequence[Raw]], header: int, mapping: dict[str, int]):
    labels = {s.key: s.label for s in PEOPLE_FIELDS} | {s.key: s.label for s in FLOOR_FIELDS}
    for r in range(header + 1, len(sheet_rows)):
        row = sheet_rows[r]
        values = {k: (row[c] if c < len(row) else None) for k, c in mapping.items()}
        if any(text_of(v) for v in values.values()):
            yield r + 1, Cells(values, mapping, labels)


def _link_column(wb: Workbook, info: SheetInfo) -> int | None:
    header = wb.sheet(info.name).rows[info.header_row - 1]
    return next((c for c, v in enumerate(header) if header_key(v) in LINK.synonyms), None)


def link_sheets(wb: Workbook, info: SheetInfo, parsed: list[tuple[int, Cells, UnitRow]], width: int) -> PeopleSheets:
    """Attach the people of the workbook's people sheets to the unit rows naming their 业主编号
    (adding to each UnitRow's people and findings) and check the units against 楼栋单元."""
    reports: list[RowReport] = []
    notes: list[str] = []
    link_col = _link_column(wb, info)
    named = {}
    if link_col is not None:
        for row_no, _cells, _u in parsed:
            row = wb.sheet(info.name).rows[row_no - 1]
            number = text_of(row[link_col]) if link_col < len(row) else ""
            if number:
                named[row_no] = number
    for sheet in wb.sheets:
        if sheet.name == info.name:
            continue
        if sheet.name == FLOOR_SHEET and (found := header_columns(sheet.rows, FLOOR_FIELDS)) is not None:
            _check_floors(sheet.name, sheet.rows, found, parsed)
            continue
        found = header_columns(sheet.rows, PEOPLE_FIELDS)
        if found is None or not is_people_sheet(found[1]):
            continue
        header, mapping = found
        people = [check_person_row(n, cells, datemode=sheet.datemode) for n, cells in _rows(sheet.rows, header, mapping)]
        if link_col is None or "owner_no" not in mapping:
            why = (f"工作表 {info.name} 没有“业主编号”列" if link_col is None else f"工作表 {sheet.name} 没有“业主编号”列")
            reports += [_report(sheet.name, p, width, Finding(
                Severity.WARNING, "业主编号", f"{why}，{p.name or '此人'}无法关联到房屋，不会导入",
                mapping.get("owner_no", mapping["owner"]))) for p in people]
            notes.append(f"工作表 {sheet.name} 有 {len(people)} 人，但无法与房屋关联（{why}），均未导入")
            continue
        reports += _attach(sheet.name, people, mapping, parsed, named, link_col, width, notes)
    return PeopleSheets(reports, notes)


def _attach(name: str, people: list[PersonRow], mapping: dict[str, int], parsed, named: dict[int, str],
            link_col: int, width: int, notes: list[str]) -> list[RowReport]:
    linked = link_people(people, set(named.values()))
    known = {p.number for p in people if p.number}
    units = 0
    for row_no, cells, u in parsed:
        number = named.get(row_no)
        if not number:
            continue
        if number not in known:
            u.findings.append(Finding(Severity.ERROR, "业主编号", f"工作表 {name} 中没有业主编号 {number}", link_col))
            continue
        brought = linked.people.get(number, [])
        u.people.extend(p.person() for p in brought if not any(f.severity is Severity.ERROR for f in p.findings))
        units += 1
        if not cells.text("state") and any(p.relation is Relation.OWNER for p in brought):
            u.state = UnitState.OCCUPIED  # an owner is on file, so the unit has been handed over
    out = []
    unlinked = {p.row for p in linked.unlinked}
    col = mapping["owner_no"]
    for p in people:
        extra = []
        if p.row in linked.duplicate:
            extra.append(Finding(Severity.ERROR, "业主编号", f"业主编号 {p.number} 与第 {linked.duplicate[p.row]} 行重复", col))
        elif p.row in unlinked:
            what = f"业主编号 {p.number}" if p.number else "没有业主编号"
            extra.append(Finding(Severity.WARNING, "业主编号", f"{what}：房屋信息中没有房屋属于{p.name or '此人'}，"
                                 "不会导入（如需登记，请在房屋表中填写其业主编号）", col))
        out.append(_report(name, p, width, *extra))
    linked_count = sum(len(v) for v in linked.people.values())
    notes.append(f"工作表 {name}：{len(people)} 人，已关联 {linked_count} 人到 {units} 套房屋，"
                 f"未关联 {len(linked.unlinked)} 人" + ("（见警告，不会导入）" if linked.unlinked else ""))
    return out


def _report(sheet: str, p: PersonRow, width: int, *extra: Finding) -> RowReport:
    findings = tuple(p.findings) + extra
    return RowReport(p.row, verdict_of(Verdict.ADD_PERSON, findings), p.number, p.name, findings,
                     ("",) * width, sheet)


def _check_floors(name: str, rows, found: tuple[int, dict[str, int]], parsed) -> None:
    """Each unit's stairwell is listed in 楼栋单元 (HC refuses a house whose 楼栋/单元 it lacks);
    its 总层数 is the unit's floors when the units sheet gives none."""
    header, mapping = found
    floors: dict[tuple[str, str | None], int | None] = {}
    for _n, cells in _rows(rows, header, mapping):
        try:
            key = (building_code(cells.text("building")), stairwell_code(cells.text("stairwell")))
        except ValidationError:
            continue  # a unit naming it is refused below, at its own row
        total = cells.text("floors_total")
        floors[key] = int(total) if total.isdigit() else None
    for _row_no, cells, u in parsed:
        if not u.building or not u.room:
            continue
        if (u.building, u.stairwell) not in floors:
            u.findings.append(Finding(Severity.ERROR, "单元", f"工作表 {name} 中没有楼栋 {u.building} "
                                      f"单元 {u.stairwell or '（无）'}", cells.columns.get("stairwell")))
        elif u.floors_total is None:
            u.floors_total = floors[(u.building, u.stairwell)]
