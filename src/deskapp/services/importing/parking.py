"""Parking at go-live (HC小区's 车位信息, or a parking roster): each row judged against the file,
the units on file and the leases running (preview_parking), then the spaces and leases written
by the keys area's parking service, all or nothing (import_parking)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.errors import ValidationError
from deskapp.domain.importing import (
    Cells, Finding, Severity, Target, Verdict, building_code, room_code, stairwell_code, text_of,
)
from deskapp.domain.importing_hc import PEOPLE_FIELDS, ROOM_LINK_FIELDS, header_columns, is_people_sheet
from deskapp.domain.importing_parking import ParkingRow, Tenure, check_parking_row
from deskapp.domain.keys import SpaceState, overlaps
from deskapp.domain.people import check_name
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.importing import kinds, steps
from deskapp.services.importing.common import ImportOptions, ImportResult, Preview, Progress
from deskapp.services.importing.files import chosen_sheet, row_passes, _tick
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session

IMPORT_PARKING = define("import.parking", "导入车位与租约", SUPERVISORS)
MAX_LEASE_DAYS = 366 * 5  # as 办理车位租赁 allows (domain.keys.check_lease)


@dataclass
class _Plan:
    row: int
    data: ParkingRow
    unit_id: int | None
    lessee: str
    phone: str


@dataclass(frozen=True)
class _Owners:
    """HC's 业主信息 (业主编号 -> name, phone) and 房屋信息 (业主编号 -> the first house it owns)."""

    people: dict[str, tuple[str, str]]
    houses: dict[str, str]


def _hc_owners(wb: Workbook) -> _Owners:
    people: dict[str, tuple[str, str]] = {}
    houses: dict[str, str] = {}
    for sheet in wb.sheets:
        if (found := header_columns(sheet.rows, PEOPLE_FIELDS)) and is_people_sheet(found[1]) \
                and "owner_no" in found[1]:
            header, m = found
            for row in sheet.rows[header + 1:]:
                cell = lambda k: text_of(row[m[k]]) if k in m and m[k] < len(row) else ""  # noqa: E731
                if cell("owner_no"):
                    people.setdefault(cell("owner_no"), (cell("owner"), cell("phone")))
        elif found := header_columns(sheet.rows, ROOM_LINK_FIELDS):
            header, m = found
            for row in sheet.rows[header + 1:]:
                cell = lambda k: text_of(row[m[k]]) if k in m and m[k] < len(row) else ""  # noqa: E731
                try:
                    code = "-".join(p for p in (building_code(cell("building")), stairwell_code(cell("stairwell")),
                                                room_code(cell("room"))) if p)
                except ValidationError:
                    continue  # the roster import refuses that house at its own row
                if cell("owner_no"):
                    houses.setdefault(cell("owner_no"), code)
    return _Owners(people, houses)


def _unit(r: ParkingRow, cells: Cells, units: dict[str, int], owners: _Owners, findings: list[Finding]
          ) -> tuple[int | None, str, str]:
    """The unit the row belongs to (by 地址, or by 业主编号 through HC's sheets) and the lessee."""
    def err(key: str, message: str) -> None:
        findings.append(cells.finding(key, message))

    lessee, phone = r.lessee, r.phone
    if r.address:
        if r.address not in units:
            err("address", f"档案中没有房屋 {r.address}（请先导入房屋与业主名册）")
        return units.get(r.address), lessee, phone
    if not r.owner_no:
        return None, lessee, phone
    if r.owner_no not in owners.people:
        err("owner_no", f"业主信息中没有业主编号 {r.owner_no}")
        return None, lessee, phone
    name, owner_phone = owners.people[r.owner_no]
    house = owners.houses.get(r.owner_no)
    if house is None or house not in units:
        err("owner_no", f"业主编号 {r.owner_no}（{name}）的房屋" + (f" {house} 不在档案中（请先导入房屋与业主名册）"
                                                             if house else "在房屋信息中没有"))
    return units.get(house or ""), lessee or name, phone or owner_phone


def _analyse(session: Session, wb: Workbook, options: ImportOptions, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> Preview:
    from deskapp.services.keys import parking

    sheet = chosen_sheet(wb, Target.PARKING, options)
    units = {p.code: p.id for p in q.unit_places(session)}
    owners = _hc_owners(wb)
    on_file = parking.space_numbers(session)
    running = parking.leases_from(session, date.min)  # few at go-live; any may clash
    seen_space: dict[str, int] = {}
    seen_plate: dict[str, list[tuple[int, object, object]]] = defaultdict(list)
    reports, plans = [], []
    total = sheet.total
    for n, (row_no, cells, datemode) in enumerate(sheet.data_rows(), start=1):
        r = check_parking_row(cells, datemode=datemode)
        findings = list(r.findings)
        space_key = "space" if cells.text("space") else "card"
        if r.space in seen_space:
            findings.append(Finding(Severity.ERROR, cells.labels[space_key], f"车位 {r.space} 在第 {seen_space[r.space]} 行已有",
                                    cells.columns.get(space_key)))
        elif r.space in on_file:
            findings.append(Finding(Severity.ERROR, cells.labels[space_key], f"车位 {r.space} 已在档案中",
                                    cells.columns.get(space_key)))
        seen_space.setdefault(r.space, row_no)
        unit_id, lessee, phone = _unit(r, cells, units, owners, findings)
        _check_tenure(r, cells, unit_id, lessee, findings)
        if r.tenure is Tenure.LET and r.start and r.end:
            _check_plates(r, cells, row_no, seen_plate, running, findings)
        summary = " ".join(x for x in (r.space, r.tenure.value if r.tenure else "空置", lessee, r.plates) if x)
        if row_passes(reports, row_no, Verdict.CREATE, r.space, summary, findings, cells, sheet.order):
            plans.append(_Plan(row_no, r, unit_id, lessee, phone))
        _tick(progress, cancelled, n, total)
    preview = sheet.preview(reports)
    preview.units = len(plans)
    preview.notes = _notes(plans)
    preview._plans = plans
    return preview


def _check_tenure(r: ParkingRow, cells: Cells, unit_id: int | None, lessee: str, findings: list[Finding]) -> None:
    def finding(severity: Severity, key: str, message: str) -> None:
        findings.append(cells.finding(key, message, severity))

    if r.tenure is Tenure.SOLD and unit_id is None and not any(f.severity is Severity.ERROR for f in findings):
        finding(Severity.ERROR, "owner_no" if cells.has("owner_no") else "address", "已售车位应属于档案中的一套房屋")
    if r.tenure is Tenure.LET:
        try:
            check_name(lessee, "车主")
        except ValidationError as exc:
            finding(Severity.ERROR, "lessee" if cells.has("lessee") else "owner_no", exc.message)
        if r.start and r.end and (r.end - r.start).days > MAX_LEASE_DAYS:
            finding(Severity.ERROR, "end" if cells.text("end") else "period", "租期不能超过 5 年")
        if r.rent is None and not any(f.field == cells.labels.get("rent") for f in findings):
            finding(Severity.NOTE, "rent" if cells.has("rent") else "plate", "没有月租，按 0 元登记，请在车位租赁中核对")


def _check_plates(r: ParkingRow, cells: Cells, row_no: int, seen: dict, running: list, findings: list[Finding]) -> None:
    """A plate may be on one lease at a time: not on two rows, nor on a lease on file, for overlapping periods."""
    col = cells.columns.get("plate")
    for plate in r.plates.split("、"):
        for other_row, start, end in seen[plate]:
            if overlaps(r.start, r.end, start, end):
                findings.append(Finding(Severity.ERROR, "车牌号", f"车牌 {plate} 在第 {other_row} 行已有租约（租期重叠）", col))
                break
        else:
            for number, plates, start, end in running:
                if plate in plates.split("、") and overlaps(r.start, r.end, start, end):
                    findings.append(Finding(Severity.ERROR, "车牌号", f"车牌 {plate} 已有租约 {number}"
                                            f"（{start:%Y-%m-%d} 至 {end:%Y-%m-%d}）", col))
                    break
        seen[plate].append((row_no, r.start, r.end))


def _notes(plans: list[_Plan]) -> list[str]:
    sold = [p for p in plans if p.data.tenure is Tenure.SOLD]
    let = [p for p in plans if p.data.tenure is Tenure.LET]
    rent = sum((p.data.rent or Decimal(0) for p in let), Decimal("0.00"))
    lines = [f"车位 {len(plans)} 个：已售 {len(sold)}，出租 {len(let)}，空置 {len(plans) - len(sold) - len(let)}",
             f"租约 {len(let)} 份，月租合计 {rent:.2f} 元"]
    free = sum(1 for p in let if p.data.rent is None)
    if free:
        lines.append(f"其中 {free} 份没有月租，按 0 元登记")
    return lines


def preview_parking(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                    *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Preview:
    return steps.judged(ctx, actor, IMPORT_PARKING, source, options, _analyse, progress, cancelled)


@changes(Change.KEYS, Change.CHRONICLE)
def import_parking(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                   *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Spaces and leases are written by the parking service (keys area), inside this transaction."""
    from deskapp.services.keys import parking

    with steps.all_or_nothing(ctx, actor, IMPORT_PARKING, source, options, _analyse, progress, cancelled) as (uow, preview):
        s = uow.session
        name = Path(preview.file).name
        leases = []
        for p in preview._plans:
            where = f"导入自 {name} 工作表 {preview.sheet} 第 {p.row} 行"
            state = SpaceState.SOLD if p.data.tenure is Tenure.SOLD else SpaceState.FREE
            # a sold space's car (HC names it) is kept on the space, not dropped
            car = f"车牌 {p.data.plates}" if state is SpaceState.SOLD and p.data.plates else ""
            space_id = parking.add_imported_space(s, ctx, actor, p.data.space, p.data.area, state, p.unit_id,
                                                  "；".join(x for x in (p.data.note, car, where) if x))
            if p.data.tenure is Tenure.LET:
                leases.append(parking.add_imported_lease(s, ctx, actor, parking.LeaseInput(
                    space_id, p.lessee, p.data.plates, p.data.start, p.data.end, p.data.rent or Decimal("0"),
                    unit_id=p.unit_id, lessee_phone=p.phone)))
        lines = tuple(preview.notes)
        audit.record(s, ctx, actor, "import.parking", "import", name,
                     summary=f"导入车位 {name}（工作表 {preview.sheet}）：" + "；".join(lines),
                     after={"file": name, "sheet": preview.sheet, "spaces": len(preview._plans), "leases": leases})
        return ImportResult(created=len(preview._plans), lines=lines)


kinds.register(kinds.ImportKind(Target.PARKING, "车位与租约", IMPORT_PARKING, preview_parking, import_parking,
                                order=60))
