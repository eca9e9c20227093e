"""抄表: meters, the monthly reading grid, checks and the re-read list, import of readings."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from deskapp.domain.billing import AllocationBasis, MeterKind, add_months, parse_reading
from deskapp.domain.billing_meters import (
    USUAL_MONTHS, Flag, ReadingEvent, ReadingInput, classify, join_flags, lower_message, split_flags, usual_month,
)
from deskapp.domain.errors import Conflict, NotFound, ValidationError
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.units import UnitState
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.registry import Unit
from deskapp.store.queries import billing_run as queries
from deskapp.store.repositories.billing import OCCUPIED, BillingRepository
from deskapp.store.uow import Session

VIEW = define("meters.view", "查看抄表", DESK)
READ = define("meters.read", "录入抄表读数", DESK)
SETUP = define("meters.setup", "设置公共表计", SUPERVISORS)
CONFIRM = define("meters.confirm", "确认读数", DESK)  # a flagged reading stands: bills may use it


# ----------------------------------------------------------------- import (called by the import area)

@dataclass(frozen=True)
class ImportedReading:
    unit_id: int
    kind: str  # "水表" or "电表"
    month: date  # first day of month
    value: Decimal
    read_on: date | None
    source: str  # "file sheet row", named in messages


def _meter_kind(text: str, location: str | None = None) -> MeterKind:
    try:
        return MeterKind(text)
    except ValueError:
        raise ValidationError("表类型", f"“{text}”应为 水表 或 电表", location=location) from None


def ensure_unit_meter(session: Session, ctx: Context, unit: Unit, kind: MeterKind) -> Meter:
    repo = BillingRepository(session)
    meter = repo.unit_meter(unit.id, kind)
    if meter is None:
        meter = Meter(number=f"{'S' if kind is MeterKind.WATER else 'D'}-{unit.code}", kind=kind, unit_id=unit.id,
                      building_id=unit.building_id, shared=False, master=False, created_at=ctx.clock.now())
        repo.add(meter)
        repo.flush()
    return meter


def _context(repo: BillingRepository, meter_id: int, month: date) -> tuple[Decimal | None, Decimal | None]:
    """(previous reading, usual month) a reading of `month` is judged against."""
    before = repo.readings_before(meter_id, month, USUAL_MONTHS)
    return (before[0].value if before else None), usual_month([b.usage for b in reversed(before)])


def _vacant(repo: BillingRepository, meter: Meter) -> bool:
    unit = repo.unit(meter.unit_id) if meter.unit_id else None
    return unit is not None and unit.state is UnitState.VACANT


def _input(row: MeterReading) -> ReadingInput:
    return ReadingInput(row.value, row.event, row.old_final, row.new_start, row.rollover_at)


def _apply(session: Session, ctx: Context, actor: Actor, meter: Meter, month: date, r: ReadingInput,
           read_on: date | None, source: str) -> MeterReading:
    """Create or update the reading of `meter` for `month` with its usage and flags (`classify`,
    the same rules wherever a reading comes from), and judge the next month's reading again."""
    repo = BillingRepository(session)
    existing = repo.reading(meter.id, month)
    if existing is not None and existing.billed_quarter:
        raise Conflict(f"表 {meter.number} {month:%Y-%m} 的读数已于 {existing.billed_quarter} 计费并锁定；"
                       f"如读数有误，请在下月录入实际读数，差额自动计入下期用量（下期账单）")
    if existing is not None and existing.event is ReadingEvent.BASELINE and r.event is ReadingEvent.NONE:
        r = replace(r, event=ReadingEvent.BASELINE)  # a move-in reading typed again stays the baseline
    previous, usual = _context(repo, meter.id, month)
    vacant = _vacant(repo, meter)
    used, flags = classify(previous, r, usual, vacant)
    row = existing or MeterReading(meter_id=meter.id, month=month, entered_at=ctx.clock.now(),
                                   entered_by=actor.username)
    row.value, row.previous, row.usage, row.read_on = r.value, previous, used, read_on
    row.event, row.old_final, row.new_start, row.rollover_at = r.event, r.old_final, r.new_start, r.rollover_at
    row.flags, row.recheck_cleared, row.source = join_flags(flags), False, source
    row.entered_at, row.entered_by = ctx.clock.now(), actor.username
    if existing is None:
        repo.add(row)
    repo.flush()
    nxt = repo.reading_after(meter.id, month)
    if nxt is not None and not nxt.billed_quarter:
        prev2, usual2 = _context(repo, meter.id, nxt.month)
        used2, flags2 = classify(prev2, _input(nxt), usual2, vacant)
        if join_flags(flags2) != nxt.flags:
            nxt.recheck_cleared = False  # what was confirmed is no longer what it says
        nxt.previous, nxt.usage, nxt.flags = prev2, used2, join_flags(flags2)
    return row


@dataclass(frozen=True)
class Judged:
    previous: Decimal | None
    usage: Decimal | None
    usual: Decimal | None
    flags: tuple[Flag, ...]


def judge_readings(session: Session, rows: Sequence[tuple[int, str, date, Decimal]]) -> list[Judged]:
    """What each (unit id, 水表/电表, month, value) of a file would be flagged when saved, by the
    same `classify` as the grid: against the meter's stored readings and the file's earlier months.
    Only reads (the import preview)."""
    units = {uid for uid, *_ in rows}
    vacant = queries.vacant_unit_ids(session) & units
    meter_of = {(uid, kind.value): mid for mid, uid, kind in queries.active_meters_of_units(session, sorted(units))}
    history: dict[tuple[int, str], list[tuple[date, Decimal, Decimal | None]]] = {}
    by_meter = {mid: key for key, mid in meter_of.items()}
    for mid, month, value, used in queries.readings_of_meters(session, sorted(by_meter)):
        history.setdefault(by_meter[mid], []).append((month, value, used))
    out: list[Judged | None] = [None] * len(rows)
    for i in sorted(range(len(rows)), key=lambda j: (rows[j][0], rows[j][1], rows[j][2])):
        uid, kind, month, value = rows[i]
        known = history.get((uid, kind), [])
        past = [h for h in known if h[0] < month]
        previous = past[-1][1] if past else None
        usual = usual_month([h[2] for h in past])
        used, flags = classify(previous, ReadingInput(value), usual, uid in vacant)
        out[i] = Judged(previous, used, usual, tuple(flags))
        history[(uid, kind)] = past + [(month, value, used)] + [h for h in known if h[0] > month]
    return [j for j in out if j is not None]


def flag_message(j: Judged, value: Decimal) -> str:
    """One sentence per flag, for the import preview and the CLI report."""
    parts = []
    for f in j.flags:
        if f is Flag.LOWER:
            parts.append(lower_message(j.previous, value))
        elif f is Flag.HIGH:
            parts.append(f"{f.value}：用量 {j.usage}，常月 {j.usual}")
        elif f is Flag.VACANT_USE:
            parts.append(f"{f.value}：用量 {j.usage}")
        else:
            parts.append(f"{f.value}：本月只作起点，不计用量")
    return "；".join(parts) + ("；须确认读数或复抄后才计费" if set(j.flags) - {Flag.NO_PREVIOUS, Flag.LOWER} else "")


def save_imported_readings(session: Session, ctx: Context, actor: Actor, rows: list[ImportedReading], *,
                           baseline: bool = False) -> int:
    """Save readings read from a file (or the move-in start readings, `baseline`) inside the
    caller's transaction. Unit meters are created when missing; the reading checks flag (for the
    re-read list and the bill run's hold), never refuse; a reading already billed is refused
    (naming the row) so the whole import rolls back. One audit row."""
    actor.require(READ)
    repo = BillingRepository(session)
    units: dict[int, Unit] = {}
    count = 0
    for imp in sorted(rows, key=lambda x: (x.unit_id, x.kind, x.month)):
        kind = _meter_kind(imp.kind, imp.source)
        value = parse_reading(imp.value, "读数") if not isinstance(imp.value, Decimal) else imp.value
        if value < 0 or value != value.quantize(Decimal("0.01")):
            raise ValidationError("读数", f"{imp.value} 应为不小于 0、最多两位小数的数字", location=imp.source)
        if imp.month.day != 1:
            raise ValidationError("月份", "应为当月第一天", location=imp.source)
        unit = units.get(imp.unit_id) or repo.unit(imp.unit_id)
        if unit is None:
            raise ValidationError("房号", f"房屋编号 {imp.unit_id} 不存在", location=imp.source)
        units[unit.id] = unit
        meter = ensure_unit_meter(session, ctx, unit, kind)
        try:
            event = ReadingEvent.BASELINE if baseline else ReadingEvent.NONE
            _apply(session, ctx, actor, meter, imp.month, ReadingInput(value, event), imp.read_on, imp.source)
        except Conflict as exc:
            raise ValidationError("读数", str(exc), location=imp.source) from None
        count += 1
    if count:
        months = sorted({r.month for r in rows})
        audit.record(session, ctx, actor, "meters.import", "meter_reading", None,
                     summary=f"导入抄表读数 {count} 条（{months[0]:%Y-%m}–{months[-1]:%Y-%m}）",
                     after={"count": count, "sources": sorted({r.source.split(' ')[0] for r in rows})[:5]})
    return count


# ----------------------------------------------------------------- meters

@dataclass(frozen=True)
class MeterView:
    id: int
    number: str
    kind: MeterKind
    unit_code: str  # "" for a shared meter
    building: str  # building code, "" = community
    name: str
    shared: bool
    master: bool
    basis: AllocationBasis


def _meter_view(m: Meter, unit_code: str, building: str) -> MeterView:
    return MeterView(m.id, m.number, m.kind, unit_code, building, m.name, m.shared, m.master, m.basis)


@changes(Change.READINGS)
def add_shared_meter(ctx: Context, actor: Actor, number: str, kind: MeterKind, building_code: str | None,
                     name: str, *, master: bool = False, basis: AllocationBasis = AllocationBasis.AREA) -> int:
    """A public meter (楼栋公共水/电, 电梯, 路灯…) whose usage is shared by the units under it."""
    actor.require(SETUP)
    number = number.strip()
    if not number:
        raise ValidationError("表号", "不能为空")
    if not name.strip():
        raise ValidationError("名称", "不能为空，例如 3号楼公共照明")
    with ctx.uow() as uow:
        if uow.billing.meter_by_number(number) is not None:
            raise Conflict(f"表号 {number} 已存在")
        building_id = None
        if building_code:
            b = uow.registry.building_by_code(building_code)
            if b is None:
                raise ValidationError("楼栋", f"楼栋 {building_code} 不存在")
            building_id = b.id
        m = Meter(number=number, kind=kind, unit_id=None, building_id=building_id, name=name.strip(), shared=True,
                  master=master, basis=basis, created_at=ctx.clock.now())
        uow.billing.add(m)
        uow.billing.flush()
        audit.record(uow.session, ctx, actor, "meters.shared.add", "meter", m.id, summary=f"新增公共表 {number} {name}",
                     after={"number": number, "kind": kind, "building": building_code, "master": master,
                            "basis": basis})
        uow.commit()
        return m.id


def shared_meters(ctx: Context, actor: Actor) -> list[MeterView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [_meter_view(m, "", code or "") for m, code in queries.shared_meters(uow.session)]


# ----------------------------------------------------------------- the monthly grid

@dataclass(frozen=True)
class GridRow:
    meter_id: int
    meter_number: str
    unit_code: str  # "" for shared meters
    label: str  # unit code or the shared meter's name
    occupied: bool
    previous: Decimal | None
    value: Decimal | None
    usage: Decimal | None
    flags: tuple[str, ...]
    event: ReadingEvent
    locked: bool
    read_on: date | None
    reading_id: int | None = None
    confirmed: bool = False  # flagged, and confirmed as it stands (确认读数)

    @property
    def starts(self) -> bool:
        """The meter's first reading (无上期读数 and nothing else): where it starts, no usage billed;
        the bill run takes it as it is (domain.billing_meters.from_first_reading)."""
        return self.flags == (Flag.NO_PREVIOUS.value,)

    @property
    def waiting(self) -> bool:
        """Flagged and not confirmed: no bill uses it until it is confirmed or read again."""
        return bool(self.flags) and not self.starts and not self.confirmed and not self.locked


def _row(m: Meter, label: str, unit_code: str, occupied: bool, r: MeterReading) -> GridRow:
    return GridRow(m.id, m.number, unit_code, label, occupied, r.previous, r.value, r.usage,
                   tuple(split_flags(r.flags)), r.event, bool(r.billed_quarter), r.read_on, r.id, r.recheck_cleared)


def units_without_meter(ctx: Context, actor: Actor, kind: MeterKind, building_code: str | None) -> list[str]:
    """Codes of the building's units that have no meter of this kind yet (a new building, or
    units added since the last round): the reading screen offers to set them up."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [u.code for u in queries.units_without_meter(uow.session, kind, building_code)]


@changes(Change.METERS)
def create_missing_meters(ctx: Context, actor: Actor, kind: MeterKind, building_code: str | None) -> int:
    """Give every unit of the building without a meter of this kind one (numbered S-/D-<unit>),
    as the first reading round of a new building needs. Returns how many were made."""
    actor.require(READ)
    with ctx.uow() as uow:
        missing = queries.units_without_meter(uow.session, kind, building_code)
        for u in missing:
            ensure_unit_meter(uow.session, ctx, u, kind)
        if missing:
            where = f"{building_code} 栋" if building_code else "全部楼栋"
            audit.record(uow.session, ctx, actor, "meters.create", "meter", None,
                         summary=f"为{where} {len(missing)} 户建立{kind.value}")
            uow.commit()
        return len(missing)


def reading_grid(ctx: Context, actor: Actor, month: date, kind: MeterKind, building_code: str | None, *,
                 shared: bool = False) -> list[GridRow]:
    """One row per meter of the building (or per shared meter) for the month: previous reading
    pre-filled, this month's value when entered. Only reads: units without a meter are set up
    with `create_missing_meters`."""
    actor.require(VIEW)
    month = month.replace(day=1)
    with ctx.reader() as uow:
        s = uow.session
        meters = queries.grid_meters(s, kind, building_code, shared)
        ids = {m.id for m, _, _ in meters}
        current = {r.meter_id: r for r in queries.readings_of_month(s, month) if r.meter_id in ids}
        prevs = queries.latest_values_between(s, add_months(month, -12), month)
        out = []
        for m, code, state in meters:
            r = current.get(m.id)
            occupied = state in OCCUPIED if state else False
            if r is not None:
                out.append(_row(m, code or m.name, code or "", occupied, r))
            else:
                out.append(GridRow(m.id, m.number, code or "", code or m.name, occupied, prevs.get(m.id), None,
                                   None, (), ReadingEvent.NONE, False, None))
        return out


def enter_reading(ctx: Context, actor: Actor, meter_id: int, month: date, value: str | Decimal, *,
                  read_on: date | None = None, event: ReadingEvent = ReadingEvent.NONE,
                  old_final: str | Decimal | None = None, new_start: str | Decimal | None = None,
                  rollover_at: str | Decimal | None = None) -> GridRow:
    """Type one reading. It is saved with its flags (`classify`): a reading below the previous
    one, an unusually high or a vacant unit's usage waits for 确认读数 or a new reading before
    a bill uses it, and is on the re-read list."""
    actor.require(READ)
    v = parse_reading(value)
    r = ReadingInput(
        v, event,
        parse_reading(old_final, "旧表止数") if old_final not in (None, "") else None,
        parse_reading(new_start, "新表起数") if new_start not in (None, "") else None,
        parse_reading(rollover_at, "翻转值") if rollover_at not in (None, "") else None)
    month = month.replace(day=1)
    with ctx.uow() as uow:
        s = uow.session
        meter = uow.billing.get(Meter, meter_id)
        if meter is None:
            raise NotFound(f"表计（编号 {meter_id}）不存在")
        unit = uow.billing.unit(meter.unit_id) if meter.unit_id else None
        old = uow.billing.reading(meter.id, month)
        before = {"value": old.value, "flags": old.flags} if old else None
        row = _apply(s, ctx, actor, meter, month, r, read_on or ctx.clock.today(), "手工录入")
        audit.record(s, ctx, actor, "meters.read", "meter_reading", row.id, unit_id=meter.unit_id,
                     summary=f"{meter.number} {month:%Y-%m} 读数 {v}" + (f"（{event.value}）" if event.value else ""),
                     before=before, after={"value": v, "usage": row.usage, "flags": row.flags})
        uow.commit()
        return _row(meter, unit.code if unit else meter.name, unit.code if unit else "",
                    bool(unit and unit.state in OCCUPIED), row)


# ----------------------------------------------------------------- re-read list

@dataclass(frozen=True)
class RecheckRow:
    reading_id: int
    meter_number: str
    label: str
    kind: MeterKind
    month: date
    previous: Decimal | None
    value: Decimal
    usage: Decimal | None
    flags: str


def recheck_list(ctx: Context, actor: Actor, month: date) -> list[RecheckRow]:
    """Flagged readings of the month not yet cleared, for engineering to read again."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [RecheckRow(r.id, m.number, code or m.name, m.kind, r.month, r.previous, r.value, r.usage, r.flags)
                for r, m, code in queries.readings_to_recheck(uow.session, month.replace(day=1))]


@changes(Change.READINGS)
def confirm_reading(ctx: Context, actor: Actor, reading_id: int, reason: str) -> GridRow:
    """确认读数: the flagged reading was checked and stands as it is (a leak, a tenant moved in…);
    from now on a bill may use it. A reading lower than the last cannot be confirmed: it has no
    usage until it is read again or a 换表/翻转 is entered."""
    actor.require(CONFIRM)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("确认原因", "请说明为什么读数无误（如 已复抄、漏水已报修）")
    with ctx.uow() as uow:
        s = uow.session
        r = uow.billing.get(MeterReading, reading_id)
        if r is None:
            raise NotFound(f"读数（编号 {reading_id}）不存在")
        meter = uow.billing.get(Meter, r.meter_id)
        unit = uow.billing.unit(meter.unit_id) if meter.unit_id else None
        label = unit.code if unit else meter.name
        if not r.flags:
            raise Conflict(f"{label} {r.month:%Y-%m} 的读数没有标记，无需确认")
        if Flag.LOWER.value in split_flags(r.flags):
            raise ValidationError("本期读数", f"{label}：{lower_message(r.previous, r.value)}")
        if r.billed_quarter:
            raise Conflict(f"{label} {r.month:%Y-%m} 的读数已计费并锁定")
        r.recheck_cleared = True
        audit.record(s, ctx, actor, "meters.confirm", "meter_reading", r.id, unit_id=meter.unit_id,
                     summary=f"确认读数 {meter.number} {r.month:%Y-%m} {r.value}（{r.flags}）：{reason}",
                     before={"flags": r.flags, "confirmed": False}, after={"confirmed": True, "reason": reason})
        uow.commit()
        return _row(meter, label, unit.code if unit else "", bool(unit and unit.state in OCCUPIED), r)
