"""The quarterly bill run: compute every unit's lines, preview them, post them.

Idempotent: what was posted for the quarter is compared line by line (by key) with what is
computed now; only differences are posted, as an adjustment bill. Running again with
unchanged data posts nothing."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

from deskapp import collector
from deskapp.domain.billing import (
    AllocationBasis, Charge, add_months, FeeItem, MeterKind, Quarter, Share, Standard, allocate_shared, fraction_text,
    months_between, overlap, parse_quarter, property_fee, shared_amount, standard_on, standard_segments,
    late_fee, vehicle_fee, water_fee,
)
from deskapp.domain.billing_meters import ReadingEvent, from_first_reading
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.units import UnitKind, UnitState
from deskapp.domain.money import ZERO
from deskapp.services import audit, hooks, settings
from deskapp.services.billing import standards as std
from deskapp.services.billing.common import (
    DUE_DAYS, LATE_FEE, LATE_GRACE, LATE_RATE, RUN, SHARED_DELIVERED_ONLY, VACANT_PERCENT, VIEW,
)
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.store.models.billing import BillRun
from deskapp.store.queries import billing_run as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class UnitPreview:
    unit_id: int
    code: str
    adjustment: bool  # the unit already has a bill for the quarter: these are differences
    lines: tuple[Charge, ...]

    @property
    def total(self) -> Decimal:
        return sum((c.amount for c in self.lines), ZERO)


@dataclass(frozen=True)
class AllocationPreview:
    meter_id: int
    meter: str
    item: FeeItem
    usage: Decimal
    sub_usage: Decimal
    price: Decimal
    amount: Decimal
    held: Decimal
    basis: AllocationBasis
    units: int
    shares: tuple[tuple[int, Decimal], ...]


@dataclass
class RunPreview:
    quarter: Quarter
    units: list[UnitPreview]
    allocations: list[AllocationPreview]
    missing: list[str]  # "3-1-101 水表 2026-08" / shared meters
    left_out: list[str]  # unit codes left for later
    problems: list[str]  # e.g. no fee standard: the run cannot post
    unchanged: int  # units already billed whose lines did not change
    totals_by_item: dict[str, Decimal] = field(default_factory=dict)
    # readings flagged and not confirmed (确认读数): their units (and shared meters) are held, not
    # billed, until the reading is confirmed or read again; "3-1-101 水表 2026-11 用量超过常月3倍"
    held: list[str] = field(default_factory=list)
    held_units: int = 0  # 待确认读数 N 户 (also counted in left_out)
    # units handed over (not 未交房) with no 交房日期 on file: never billed until it is given (a
    # roster imported without the column), said rather than left out in silence
    undated: list[str] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum(self.totals_by_item.values(), ZERO)

    @property
    def nothing_to_post(self) -> bool:
        return not self.units and not self._allocation_changes

    _allocation_changes: list[AllocationPreview] = field(default_factory=list)


@dataclass(frozen=True)
class RunResult:
    run_id: int | None
    quarter: str
    bills: int
    adjustments: int
    total: Decimal
    left_out: list[str]


class _Line(NamedTuple):
    """A line being computed, with Charge's fields in Charge's order: a Charge (a frozen
    dataclass, slower to make) is made only for the lines a preview shows. Made by position:
    at 100,000 lines a keyword call costs several times the tuple (the order is checked below)."""
    item: FeeItem
    key: str
    basis: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    start: date
    end: date
    standard_id: int | None
    meter_id: int | None


assert _Line._fields == tuple(f.name for f in fields(Charge)), "Charge(*line) needs the same fields in order"


_ITEM_TEXT = {i: i.value for i in FeeItem}
_EVENT_TEXT = {e: e.value for e in ReadingEvent}
_RATE_PLACES = Decimal("0.0001")
_NOTHING = (ZERO, None)


def _settings(ctx: Context) -> tuple[int, bool, int]:
    return (int(settings.get(ctx, VACANT_PERCENT)), bool(settings.get(ctx, SHARED_DELIVERED_ONLY)),
            int(settings.get(ctx, DUE_DAYS)))


def _late_settings(ctx: Context) -> tuple[Decimal, int] | None:
    if not settings.get(ctx, LATE_FEE):
        return None
    return Decimal(str(settings.get(ctx, LATE_RATE))), int(settings.get(ctx, LATE_GRACE))


def compute(session: Session, ctx: Context, q: Quarter, *, bill_rest: bool = False,
            progress: Callable[[int, int], None] | None = None,
            options: tuple[int, bool, int] | None = None,
            late_options: tuple[Decimal, int] | bool | None = None) -> RunPreview:
    """Everything the run would post for quarter `q`, without writing. `options` are the
    settings (vacant %, shared over delivered units only, due days) when the caller has them;
    `late_options` (daily rate, grace days), or False for no late fee.

    Set-based: a handful of queries read plain rows (store.plain_rows), the rules run in plain
    Python on them; no ORM objects for the bulk rows, no query per unit. In stages: gather what
    the run reads, find the readings that are missing or wait for confirmation, compute each fee
    item's lines per unit, compare them with what is already posted."""
    with collector.paused():
        return _compute(session, ctx, q, progress, options, late_options)


def _compute(session: Session, ctx: Context, q: Quarter, progress: Callable[[int, int], None] | None,
             options: tuple[int, bool, int] | None, late_options: tuple[Decimal, int] | bool | None) -> RunPreview:
    vacant_percent, delivered_only, _ = options or _settings(ctx)
    run = _Run(q, std.load(session), _gather(session, q))
    unit_water = _check_unit_meters(run)
    _property_lines(run, vacant_percent)
    _water_lines(session, run, unit_water)
    allocations = _shared_lines(run, delivered_only)
    _vehicle_lines(session, ctx, run)
    late = _late_settings(ctx) if late_options is None else (late_options or None)
    if late is not None:
        _late_lines(session, run, *late)
    previews, unchanged = _compare_with_posted(session, run, progress)
    latest = queries.latest_allocations(session, q.code)
    units = run.world.units
    left_out = [units[i].code for i in sorted(run.left_out, key=lambda i: units[i].code)]
    preview = RunPreview(q, previews, allocations, run.missing, left_out, run.problems, unchanged,
                         _totals_by_item(previews), held=run.held, held_units=len(run.held_units),
                         undated=undated(units.values()))
    preview._allocation_changes = [a for a in allocations if latest.get(a.meter_id) != (a.amount, a.held)]
    return preview


def undated(units) -> list[str]:
    """The codes of the units the run cannot bill for want of a 交房日期, though handed over."""
    return sorted(u.code for u in units if u.delivered_on is None and u.state is not UnitState.UNDELIVERED)


# ----------------------------------------------------------------- gather

@dataclass
class _World:
    """What the run reads about the community for the quarter."""
    units: dict[int, queries.RunUnit]
    billable: dict[int, queries.RunUnit]  # delivered by the quarter's end
    meters: list[queries.RunMeter]
    readings: dict[int, dict[date, queries.RunReading]]  # meter -> month -> reading
    waiting: dict[int, list[tuple[date, str]]]  # meter -> flagged readings not confirmed (month, flags)
    complete: set[int]  # meters with a usage for every month of the quarter


def _gather(session: Session, q: Quarter) -> _World:
    units = queries.run_units(session)
    billable = {uid: u for uid, u in units.items() if u.delivered_on is not None and u.delivered_on <= q.end}
    readings: dict[int, dict[date, queries.RunReading]] = defaultdict(dict)
    waiting: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for r in queries.readings_in(session, q.months):
        readings[r.meter_id][r.month] = r
    for mid, got in readings.items():
        got = readings[mid] = dict(from_first_reading(got, q.months))  # a meter first read this quarter
        for mo, r in sorted(got.items()):
            if r.flags and not r.confirmed and r.billed_quarter is None:
                waiting[mid].append((mo, r.flags))
    complete = {mid for mid, got in readings.items()
                if all(m in got and got[m].usage is not None for m in q.months)}
    return _World(units, billable, queries.active_meters(session), readings, waiting, complete)


@dataclass
class _Run:
    """The run being computed: what it read, the lines so far per unit, and what it has to say."""
    q: Quarter
    standards: list[Standard]
    world: _World
    charges: dict[int, list[_Line]] = field(default_factory=lambda: defaultdict(list))
    problems: list[str] = field(default_factory=list)  # the run cannot post
    missing: list[str] = field(default_factory=list)  # readings missing
    held: list[str] = field(default_factory=list)  # readings waiting for 确认读数
    left_out: set[int] = field(default_factory=set)  # units left for a later run
    held_units: set[int] = field(default_factory=set)  # of which for readings waiting

    def problem(self, message: str) -> None:
        """A problem said once however many units have it."""
        if message not in self.problems:
            self.problems.append(message)


def _check_unit_meters(run: _Run) -> dict[int, int]:
    """Leave out the units whose meters miss a month's reading or wait for 确认读数 (saying
    which); returns unit -> its water meter."""
    w, months = run.world, run.q.months
    unit_water: dict[int, int] = {}
    for m in w.meters:
        if m.shared or m.unit_id not in w.billable:
            continue
        if m.kind is MeterKind.WATER:
            unit_water[m.unit_id] = m.id
        code = w.billable[m.unit_id].code
        if m.id not in w.complete:
            got = w.readings.get(m.id, {})
            # a month typed below the last reading has no usage until it is read again: said so, or
            # the supervisor looks for a reading the steward did enter
            gaps = [f"{mo:%Y-%m}" + (f"（已录 {got[mo].value.normalize():f}，{got[mo].flags.replace(',', '、')}，待复抄）"
                                     if mo in got and got[mo].value is not None and got[mo].flags else "")
                    for mo in months if mo not in got or got[mo].usage is None]
            run.missing.append(f"{code} {m.kind.value} {'、'.join(gaps)}")
            run.left_out.add(m.unit_id)
        elif m.id in w.waiting:
            run.held.append(f"{code} {m.kind.value} "
                            + "；".join(f"{mo:%Y-%m} {fl.replace(',', '、')}" for mo, fl in sorted(w.waiting[m.id])))
            run.held_units.add(m.unit_id)
            run.left_out.add(m.unit_id)
    return unit_water


# ----------------------------------------------------------------- 物业费

def _property_lines(run: _Run, vacant_percent: int) -> None:
    """物业费, split where the standard changes; vacant units pay the configured percentage."""
    q_start, q_end, standards = run.q.start, run.q.end, run.standards

    @lru_cache(maxsize=None)
    def months_label(s: date, e: date) -> Decimal:
        return fraction_text(months_between(s, e))

    @lru_cache(maxsize=None)
    def segments(start: date, kind: UnitKind) -> list:
        return standard_segments(standards, FeeItem.PROPERTY, start, q_end, kind.value)

    # The same area, price, period and percentage give the same amount and basis: many units share
    # them. (The area's text is part of the key: 50.0 and 50.00 are equal Decimals, not equal text.)
    @lru_cache(maxsize=None)
    def property_line(area_text: str, area: Decimal, price: Decimal, s: date, e: date,
                      pct: int) -> tuple[Decimal, str]:
        amount = property_fee(area, price, s, e, vacant_percent=pct)
        basis = f"建筑面积 {area_text}㎡ × {months_label(s, e)} 个月" + (f" × 空置 {pct}%" if pct != 100 else "")
        return amount, basis

    PROPERTY, charges = FeeItem.PROPERTY, run.charges
    for u in run.world.billable.values():
        start = max(q_start, u.delivered_on) if u.delivered_on else q_start
        pct = vacant_percent if u.state is UnitState.VACANT else 100
        for s, e, st in segments(start, u.kind):
            if st is None:
                run.problem(f"未设置{u.kind.value}物业费收费标准（{s} 起）")
                continue
            if u.area <= 0:
                run.problems.append(f"{u.code} 无建筑面积，不能计物业费")
                continue
            amount, basis = property_line(f"{u.area}", u.area, st.price, s, e, pct)
            key = "物业费" if s == start else f"物业费@{s:%m-%d}"
            charges[u.id].append(_Line(PROPERTY, key, basis, u.area, st.price, amount, s, e, st.id, None))


# ----------------------------------------------------------------- 自用水费

class _WaterPeriod(NamedTuple):
    """Months of the quarter under one water standard (the same for every unit)."""
    standard: Standard | None
    months: list[date]
    earlier: list[date]  # months of the quarter before these (a yearly tier counts them)
    key: str
    end: date


def _water_periods(run: _Run) -> list[_WaterPeriod]:
    groups: dict[int | None, list[date]] = defaultdict(list)
    by_id: dict[int | None, Standard | None] = {}
    for mo in run.q.months:
        st = standard_on(run.standards, FeeItem.WATER, mo)
        groups[st.id if st else None].append(mo)
        by_id[st.id if st else None] = st
    return [_WaterPeriod(standard=by_id[sid], months=mos, earlier=[mo for mo in run.q.months if mo < mos[0]],
                         key="自用水费" if len(groups) == 1 else f"自用水费@{mos[0]:%m}",
                         end=add_months(mos[-1], 1) - timedelta(days=1))
            for sid, mos in groups.items()]


def _water_lines(session: Session, run: _Run, unit_water: dict[int, int]) -> None:
    """自用水费 from the unit's water meter, months grouped by the standard in force."""
    q = run.q
    year_used: dict[int, Decimal] = {}
    if any(s.item is FeeItem.WATER and s.tier_period == "year" and s.tiers for s in run.standards):
        year_used = queries.usage_per_meter(session, date(q.year, 1, 1), q.start)
    periods = _water_periods(run)
    WATER, charges = FeeItem.WATER, run.charges
    for uid, mid in unit_water.items():
        if uid in run.left_out:
            continue
        got = run.world.readings[mid]
        for p in periods:
            st = p.standard
            if st is None:
                if any(got[mo].usage for mo in p.months):  # nothing used (before a meter's first reading): nothing to price
                    run.problem("未设置自用水费收费标准")
                continue
            rows = [got[mo] for mo in p.months]
            used = [r.usage for r in rows]
            total_used = sum(used, ZERO)
            amount = water_fee(used, st, used_this_year=(year_used.get(mid) or ZERO) + sum(
                (got[mo].usage for mo in p.earlier), ZERO))
            basis = f"上期 {rows[0].previous} → 本期 {rows[-1].value}，用量 {total_used} m³"
            events = [(mo, _EVENT_TEXT[r.event]) for mo, r in zip(p.months, rows) if _EVENT_TEXT[r.event]]
            if events:
                basis += "（" + "、".join(f"{mo.month}月{text}" for mo, text in events) + "）"
            charges[uid].append(_Line(WATER, p.key, basis, total_used, st.price, amount, p.months[0], p.end, st.id,
                                      mid))


# ----------------------------------------------------------------- 水电公摊

def _shared_lines(run: _Run, delivered_only: bool) -> list[AllocationPreview]:
    """水电公摊: each shared meter's usage (less its unit meters when it is a master) × price,
    split by largest remainder over the units under it."""
    w = run.world
    unit_meters: dict[tuple[MeterKind, int | None], list[int]] = defaultdict(list)
    for m in w.meters:
        if not m.shared and m.unit_id is not None:
            unit_meters[(m.kind, m.building_id)].append(m.id)
            unit_meters[(m.kind, None)].append(m.id)
    pool = list((w.billable if delivered_only else w.units).values())
    by_building: dict[int, list[queries.RunUnit]] = defaultdict(list)
    for u in pool:
        by_building[u.building_id].append(u)
    allocations: list[AllocationPreview] = []
    for m in w.meters:
        if not m.shared:
            continue
        subs = unit_meters.get((m.kind, m.building_id), []) if m.master else []
        people = pool if m.building_id is None else by_building.get(m.building_id, [])
        a = _allocate_meter(run, m, subs, people)
        if a is not None:
            allocations.append(a)
    return allocations


def _allocate_meter(run: _Run, m: queries.RunMeter, subs: list[int],
                    people: list[queries.RunUnit]) -> AllocationPreview | None:
    """One shared meter's allocation and its lines, or None when it cannot be shared yet."""
    w, months = run.world, run.q.months
    label = f"{m.name}（{m.number}）"
    item = FeeItem.SHARED_WATER if m.kind is MeterKind.WATER else FeeItem.SHARED_POWER
    if m.id not in w.complete or any(x not in w.complete for x in subs):
        run.missing.append(f"公共表 {label} 读数不全")
        return None
    if m.id in w.waiting or any(x in w.waiting for x in subs):
        run.held.append(f"公共表 {label} 读数待确认")
        return None
    st = standard_on(run.standards, item, run.q.start)
    if st is None:
        run.problem(f"未设置{item.value}收费标准")
        return None
    usage = sum((w.readings[m.id][mo].usage for mo in months), ZERO)
    sub_usage = sum((w.readings[x][mo].usage for x in subs for mo in months), ZERO)
    shared_usage, amount = shared_amount(usage, sub_usage, st.price)
    if not people:
        return None
    if m.basis is AllocationBasis.EQUAL or all(u.area <= 0 for u in people):
        weights = [Share(u.id, Decimal(1)) for u in people]
    else:
        weights = [Share(u.id, u.area) for u in people]
    parts = allocate_shared(amount, weights)
    held = _share_lines(run, m, item, st, amount, weights, parts, f"{label} 分摊 {shared_usage}，")
    return AllocationPreview(m.id, label, item, usage, sub_usage, st.price, amount, held, m.basis,
                             len(weights), tuple(parts))


def _share_lines(run: _Run, m: queries.RunMeter, item: FeeItem, st: Standard, amount: Decimal,
                 weights: list[Share], parts: list[tuple[int, Decimal]], said: str) -> Decimal:
    """Each unit's part as a line; returns the parts held for units left out."""
    total_w = sum((w.weight for w in weights), ZERO)
    held = ZERO
    key = f"公摊:{m.number}"
    rate = (amount / total_w).quantize(_RATE_PLACES) if total_w else ZERO
    equal = m.basis is AllocationBasis.EQUAL
    equal_basis = f"{said}{len(weights)} 户均摊"
    area_basis, area_total = f"{said}面积 ", f"/{total_w}㎡"
    q_start, q_end, left_out, charges = run.q.start, run.q.end, run.left_out, run.charges
    for (uid, part), w in zip(parts, weights):
        if uid in left_out:
            held += part
            continue
        basis = equal_basis if equal else f"{area_basis}{w.weight}{area_total}"
        charges[uid].append(_Line(item, key, basis, w.weight, rate, part, q_start, q_end, st.id, m.id))
    return held


# ----------------------------------------------------------------- 车辆管理费, 滞纳金

def _vehicle_lines(session: Session, ctx: Context, run: _Run) -> None:
    """车辆管理费 from the vehicle cards and parking leases (keys area), part months by days."""
    q, units, left_out = run.q, run.world.units, run.left_out
    for vc in hooks.collect(hooks.Hook.VEHICLE_CHARGES, session, ctx, q.start, q.end):
        if vc.unit_id not in units or vc.unit_id in left_out:
            continue
        ov = overlap(vc.start, vc.end, q.start, q.end)
        if ov is None:
            continue
        months_n, amount = vehicle_fee(vc.monthly_fee, *ov)
        key = f"车辆:{vc.ref or vc.description}"[:60]
        basis = f"{vc.description} × {fraction_text(months_n)} 个月"[:120]
        run.charges[vc.unit_id].append(_Line(FeeItem.VEHICLE, key, basis, fraction_text(months_n), vc.monthly_fee,
                                             amount, ov[0], ov[1], None, None))


def _late_lines(session: Session, run: _Run, rate: Decimal, grace: int) -> None:
    """滞纳金 (off by default): daily rate on what earlier bills still owed when the quarter began,
    counting only payments made before it, so that re-running the quarter gives the same line."""
    q_start = run.q.start
    for uid, amount, due in queries.overdue_at(session, q_start):
        if uid in run.left_out or uid not in run.world.units:
            continue
        fee = late_fee(amount, due, q_start, grace_days=grace, daily_rate=rate)
        if fee > 0:
            days = (q_start - due).days - grace
            run.charges[uid].append(_Line(FeeItem.LATE, "滞纳金", f"逾期欠费 {amount} × {rate} × {days} 天",
                                          amount, rate, fee, q_start, q_start, None, None))


# ----------------------------------------------------------------- compare with what is posted

def _compare_with_posted(session: Session, run: _Run,
                         progress: Callable[[int, int], None] | None) -> tuple[list[UnitPreview], int]:
    """A unit not yet billed for the quarter gets its lines; a billed one the differences, as
    an adjustment. Returns the previews and how many billed units did not change."""
    units = run.world.units
    posted = queries.posted_by_unit_and_key(session, run.q.code)
    billed_units = queries.units_billed_in(session, run.q.code)
    previews: list[UnitPreview] = []
    unchanged = 0
    all_ids = sorted(set(run.charges) | set(posted), key=lambda i: units[i].code)
    no_lines: list[_Line] = []
    for n, uid in enumerate(all_ids):
        if progress and n % 1000 == 0:
            progress(n, len(all_ids))
        if uid in run.left_out:
            continue
        now = {c.key: c for c in run.charges.get(uid, no_lines)}
        if uid not in billed_units:
            if now:
                previews.append(UnitPreview(uid, units[uid].code, False, tuple(Charge(*c) for c in now.values())))
            continue
        deltas = _adjustments(run.q, now, posted.get(uid, {}))
        if not deltas:
            unchanged += 1
            continue
        previews.append(UnitPreview(uid, units[uid].code, True, tuple(deltas)))
    return previews, unchanged


def _adjustments(q: Quarter, now: dict[str, _Line], before: dict[str, tuple[Decimal, FeeItem]]) -> list[Charge]:
    """The differences between a unit's lines now and what was posted, key by key."""
    deltas = []
    gone = [k for k in before if k not in now]
    if len(gone) > 1:
        gone.sort()  # the order GROUP BY unit, key gave
    for key in list(now) + gone:
        c = now.get(key)
        was = before.get(key, _NOTHING)[0]
        diff = (c.amount if c else ZERO) - was
        if diff == 0:
            continue
        if c is None:
            c = _Line(before[key][1], key, "", ZERO, ZERO, ZERO, q.start, q.end, None, None)
        basis = f"调整：{c.basis or '取消'}（原 {was}）"[:120]
        deltas.append(Charge(c.item, key, basis, c.quantity, c.unit_price, diff, c.start, c.end, c.standard_id,
                             c.meter_id))
    return deltas


def _totals_by_item(previews: list[UnitPreview]) -> dict[str, Decimal]:
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for p in previews:
        for c in p.lines:
            totals[_ITEM_TEXT[c.item]] += c.amount
    return dict(totals)


def preview(ctx: Context, actor: Actor, quarter: str, *, bill_rest: bool = False,
            progress: Callable[[int, int], None] | None = None) -> RunPreview:
    """The dry run: per unit and totals by fee item, nothing written."""
    actor.require(VIEW)
    q = parse_quarter(quarter)
    with ctx.reader() as uow:
        return compute(uow.session, ctx, q, bill_rest=bill_rest, progress=progress)


@changes(Change.BILLS, Change.READINGS)
def post(ctx: Context, actor: Actor, quarter: str, *, bill_rest: bool = False,
         progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> RunResult:
    """Post the quarter: new bills, adjustment bills for changed units, allocations; readings
    used are locked. Refused, with the list, while readings are missing unless `bill_rest`
    (then those units are left for a later run)."""
    actor.require(RUN)
    q = parse_quarter(quarter)
    _, _, due_days = _settings(ctx)
    with ctx.uow() as uow:
        s = uow.session
        plan = compute(s, ctx, q, bill_rest=bill_rest, progress=progress)
        if plan.problems:
            raise ValidationError("收费标准", "；".join(plan.problems))
        if plan.missing and not bill_rest:
            shown = "；".join(plan.missing[:10]) + (f" 等共 {len(plan.missing)} 项" if len(plan.missing) > 10 else "")
            raise ValidationError("抄表读数", f"{q.code} 有读数缺失：{shown}。补齐读数，或选择先为其余房屋出账")
        if plan.nothing_to_post:
            return RunResult(None, q.code, 0, 0, ZERO, plan.left_out)
        if cancelled and cancelled():
            raise Cancelled()
        run = write_plan(s, ctx, actor.display_name, plan, due_days, cancelled=cancelled)
        adjustments = sum(1 for p in plan.units if p.adjustment)
        audit.record(s, ctx, actor, "billing.run", "bill_run", run.id,
                     summary=f"{q.code} 出账 {run.bills} 张（调整 {adjustments} 张），合计 {plan.total:,.2f} 元"
                             + (f"；暂缓 {len(plan.left_out)} 户" if plan.left_out else "")
                             + (f"（待确认读数 {plan.held_units} 户）" if plan.held_units else ""),
                     after={"quarter": q.code, "bills": run.bills, "total": plan.total,
                            "by_item": plan.totals_by_item, "left_out": plan.left_out[:50]})
        if cancelled and cancelled():
            raise Cancelled()
        uow.commit()
        return RunResult(run.id, q.code, run.bills, adjustments, plan.total, plan.left_out)


def write_plan(s: Session, ctx: Context, posted_by: str, plan: RunPreview, due_days: int, *,
               cancelled: Callable[[], bool] | None = None) -> BillRun:
    """Insert what `plan` says (bulk), lock the readings it used; the caller audits and commits.
    Also used by the demo step, which builds its quarters inside its own transaction.
    `cancelled` is asked between batches; it raises Cancelled (the caller's transaction then
    rolls back: nothing of the run stays)."""
    with collector.paused():
        return _write_plan(s, ctx, posted_by, plan, due_days, cancelled)


def _write_plan(s: Session, ctx: Context, posted_by: str, plan: RunPreview, due_days: int,
                cancelled: Callable[[], bool] | None) -> BillRun:
    def check() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    q = plan.quarter
    now = ctx.clock.now()
    repo = BillingRepository(s)
    run = repo.add(BillRun(quarter=q.code, posted_at=now, posted_by=posted_by, bills=len(plan.units),
                           total=plan.total, left_out="、".join(plan.left_out)))
    repo.flush()
    alloc_ids = _add_allocations(repo, plan, run.id)
    # the quarter's notices numbered in one go; a run with no new bill takes one number, as it always did
    first_seq = NumberingRepository(s).reserve(f"TZ{q.code}", 0, max(len(plan.units), 1))
    bills, lines = _bill_rows(plan, run.id, repo.next_bill_id(), first_seq, q.end + timedelta(days=due_days), now,
                              alloc_ids)
    repo.insert_bills(bills, LINE_COLUMNS, lines, between=check)
    used_meters = {c.meter_id for p in plan.units for c in p.lines if c.meter_id} | set(alloc_ids)
    repo.lock_readings(q.months, q.code, used_meters)
    return run


def _add_allocations(repo: BillingRepository, plan: RunPreview, run_id: int) -> dict[int, int]:
    """The allocations of the shared meters whose lines or amounts changed: meter -> allocation id."""
    touched_meters = {c.meter_id for p in plan.units for c in p.lines if c.key.startswith("公摊:")}
    changed = {a.meter_id for a in plan._allocation_changes}
    written = [a for a in plan.allocations if a.meter_id in touched_meters or a.meter_id in changed]
    ids = repo.add_allocations([dict(run_id=run_id, quarter=plan.quarter.code, meter_id=a.meter_id, usage=a.usage,
                                     sub_usage=a.sub_usage, price=a.price, amount=a.amount, held=a.held,
                                     basis=a.basis, units=a.units) for a in written])
    return {a.meter_id: i for a, i in zip(written, ids)}


# bill_lines column <- the Charge's attribute: a line's row is read off its Charge by name, in C
# (attrgetter), one tuple per line: rows built any slower would cost more than their insert.
_LINE_FROM_CHARGE = {"item": "item", "key": "key", "basis": "basis", "quantity": "quantity",
                     "unit_price": "unit_price", "amount": "amount", "period_start": "start", "period_end": "end",
                     "standard_id": "standard_id", "meter_id": "meter_id"}
_charge_values = attrgetter(*_LINE_FROM_CHARGE.values())
LINE_COLUMNS = ("bill_id", "unit_id", "quarter", *_LINE_FROM_CHARGE, "allocation_id", "note")


def _bill_rows(plan: RunPreview, run_id: int, next_bill: int, first_seq: int, due: date, now: datetime,
               alloc_ids: dict[int, int]) -> tuple[dict[str, list], list[tuple]]:
    """The run's bills, numbered TZ<quarter>-00001 on, column by column, and their lines as rows
    of LINE_COLUMNS (the bill's id is given here so that the lines can be inserted in bulk with it)."""
    units, code = plan.units, plan.quarter.code
    n = len(units)
    bill_ids = range(next_bill, next_bill + n)
    bills = dict(id=list(bill_ids), number=[f"TZ{code}-{first_seq + i:05d}" for i in range(n)], run_id=[run_id] * n,
                 unit_id=[p.unit_id for p in units], quarter=[code] * n, adjustment=[p.adjustment for p in units],
                 total=[p.total for p in units], due_on=[due] * n, created_at=[now] * n)
    lines = [(bid, p.unit_id, code, *_charge_values(c),
              alloc_ids.get(c.meter_id) if c.key.startswith("公摊:") else None, "")
             for bid, p in zip(bill_ids, units) for c in p.lines]
    return bills, lines


def posted_quarters(ctx: Context, actor: Actor) -> list[str]:
    return ctx.read(actor, VIEW, queries.posted_quarters)


__all__ = ["compute", "preview", "post", "RunPreview", "RunResult", "UnitPreview", "AllocationPreview",
           "posted_quarters"]
