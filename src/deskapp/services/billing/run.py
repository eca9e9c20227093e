"""The quarterly bill run: compute every unit's lines, preview them, post them.

Idempotent: what was posted for the quarter is compared line by line (by key) with what is
computed now; only differences are posted, as an adjustment bill. Running again with
unchanged data posts nothing."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from deskapp import collector
from deskapp.domain.billing import (
    AllocationBasis, Charge, add_months, FeeItem, MeterKind, Quarter, Share, Standard, allocate_shared, fraction_text,
    months_between, overlap, parse_quarter, property_fee, shared_amount, standard_on, standard_segments,
    late_fee, vehicle_fee, water_fee,
)
from deskapp.domain.billing_meters import ReadingEvent
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.units import UnitState
from deskapp.services import audit, hooks, settings
from deskapp.services.billing import standards as std
from deskapp.services.billing.common import (
    DUE_DAYS, LATE_FEE, LATE_GRACE, LATE_RATE, RUN, SHARED_DELIVERED_ONLY, VACANT_PERCENT, VIEW,
)
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import (
    Bill, BillLine, BillRun, Receipt, ReceiptLine, ShareAllocation, Waiver,
)
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.registry import Unit
from deskapp.store.plain_rows import insert_rows, select_rows
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.natural import natural
from deskapp.services.changes import Change, changes

ZERO = Decimal("0.00")


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


class _Unit(NamedTuple):
    id: int
    code: str
    kind: str
    state: UnitState
    area: Decimal
    delivered_on: date | None
    building_id: int


# A line being computed, in Charge's field order: (item, key, basis, quantity, unit_price, amount,
# start, end, standard_id, meter_id). A Charge is made only for the lines a preview shows.
_Line = tuple
_ITEM, _KEY, _BASIS, _QTY, _PRICE, _AMOUNT, _START, _END, _STD, _METER = range(10)
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


def _overdue_at(session: Session, day: date) -> list[tuple[int, Decimal, date]]:
    """(unit, amount, earliest due date) still owed on bills due before `day`, by payments
    before `day`. Late fees themselves do not bear late fees."""
    paid: dict[int, Decimal] = dict(select_rows(session,
        select(ReceiptLine.bill_line_id, func.sum(ReceiptLine.amount))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.voided_at.is_(None), Receipt.day < day, ReceiptLine.bill_line_id.is_not(None))
        .group_by(ReceiptLine.bill_line_id)))
    waived: dict[int, Decimal] = dict(select_rows(session,
        select(Waiver.line_id, func.sum(Waiver.amount)).group_by(Waiver.line_id)))
    out: dict[int, list] = {}
    for lid, uid, amount, due in select_rows(session,
            select(BillLine.id, BillLine.unit_id, BillLine.amount, Bill.due_on).join(Bill, Bill.id == BillLine.bill_id)
            .where(Bill.due_on < day, BillLine.item != FeeItem.LATE)):
        owed = amount - paid.get(lid, ZERO) - waived.get(lid, ZERO)
        if owed:
            cur = out.setdefault(uid, [ZERO, due])
            cur[0] += owed
            cur[1] = min(cur[1], due)
    return [(uid, a, d) for uid, (a, d) in sorted(out.items()) if a > 0]


def compute(session: Session, ctx: Context, q: Quarter, *, bill_rest: bool = False,
            progress: Callable[[int, int], None] | None = None,
            options: tuple[int, bool, int] | None = None,
            late_options: tuple[Decimal, int] | bool | None = None) -> RunPreview:
    """Everything the run would post for quarter `q`, without writing. `options` are the
    settings (vacant %, shared over delivered units only, due days) when the caller has them;
    `late_options` (daily rate, grace days), or False for no late fee.

    Set-based: a handful of queries read plain rows (store.plain_rows), the rules run in plain
    Python on them; no ORM objects for the bulk rows, no query per unit."""
    with collector.paused():
        return _compute(session, ctx, q, progress, options, late_options)


def _compute(session: Session, ctx: Context, q: Quarter, progress: Callable[[int, int], None] | None,
             options: tuple[int, bool, int] | None, late_options: tuple[Decimal, int] | bool | None) -> RunPreview:
    vacant_percent, delivered_only, _ = options or _settings(ctx)
    standards = std.load(session)
    months = q.months
    units: dict[int, _Unit] = {}
    for uid, code, kind, state, area, delivered, bid in select_rows(session,
            select(Unit.id, Unit.code, Unit.kind, Unit.state, Unit.building_area, Unit.delivered_on,
                   Unit.building_id).order_by(natural(Unit.code))):
        units[uid] = _Unit(uid, code, kind.value, state, area or ZERO, delivered, bid)
    q_start, q_end = q.start, q.end
    billable = {uid: u for uid, u in units.items() if u.delivered_on is not None and u.delivered_on <= q_end}

    meters = select_rows(session, select(Meter.id, Meter.number, Meter.kind, Meter.unit_id, Meter.building_id,
                                         Meter.name, Meter.shared, Meter.master, Meter.basis)
                         .where(Meter.active.is_(True)).order_by(Meter.number))
    # meter -> month -> (usage, previous, value, event); meter -> flagged readings not confirmed
    readings: dict[int, dict[date, tuple]] = defaultdict(dict)
    waiting: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for mid, month, usage, previous, value, event, flags, confirmed, billed in select_rows(session,
            select(MeterReading.meter_id, MeterReading.month, MeterReading.usage, MeterReading.previous,
                   MeterReading.value, MeterReading.event, MeterReading.flags, MeterReading.recheck_cleared,
                   MeterReading.billed_quarter).where(MeterReading.month.in_(months))):
        readings[mid][month] = (usage, previous, value, event)
        if flags and not confirmed and billed is None:
            waiting[mid].append((month, flags))
    complete_ids = {mid for mid, got in readings.items()
                    if all(m in got and got[m][0] is not None for m in months)}

    problems: list[str] = []
    missing: list[str] = []
    left_out_ids: set[int] = set()
    held_readings: list[str] = []
    held_ids: set[int] = set()
    unit_water: dict[int, int] = {}  # unit -> its water meter
    for mid, _number, kind, unit_id, _bid, _name, shared, _master, _basis in meters:
        if shared or unit_id not in billable:
            continue
        if kind is MeterKind.WATER:
            unit_water[unit_id] = mid
        if mid not in complete_ids:
            got = readings.get(mid, {})
            gaps = [f"{mo:%Y-%m}" for mo in months if mo not in got or got[mo][0] is None]
            missing.append(f"{billable[unit_id].code} {kind.value} {'、'.join(gaps)}")
            left_out_ids.add(unit_id)
        elif mid in waiting:
            held_readings.append(f"{billable[unit_id].code} {kind.value} "
                        + "；".join(f"{mo:%Y-%m} {fl.replace(',', '、')}" for mo, fl in sorted(waiting[mid])))
            held_ids.add(unit_id)
            left_out_ids.add(unit_id)

    charges: dict[int, list[_Line]] = defaultdict(list)

    @lru_cache(maxsize=None)
    def months_label(s: date, e: date) -> Decimal:
        return fraction_text(months_between(s, e))

    @lru_cache(maxsize=None)
    def segments(start: date, kind: str) -> list:
        return standard_segments(standards, FeeItem.PROPERTY, start, q_end, kind)

    # The same area, price, period and percentage give the same amount and basis: many units share
    # them. (The area's text is part of the key: 50.0 and 50.00 are equal Decimals, not equal text.)
    @lru_cache(maxsize=None)
    def property_line(area_text: str, area: Decimal, price: Decimal, s: date, e: date,
                      pct: int) -> tuple[Decimal, str]:
        amount = property_fee(area, price, s, e, vacant_percent=pct)
        basis = f"建筑面积 {area_text}㎡ × {months_label(s, e)} 个月" + (f" × 空置 {pct}%" if pct != 100 else "")
        return amount, basis

    # 物业费, split where the standard changes; vacant units pay the configured percentage.
    PROPERTY = FeeItem.PROPERTY
    for u in billable.values():
        start = max(q_start, u.delivered_on) if u.delivered_on else q_start
        pct = vacant_percent if u.state is UnitState.VACANT else 100
        for s, e, st in segments(start, u.kind):
            if st is None:
                msg = f"未设置{u.kind}物业费收费标准（{s} 起）"
                if msg not in problems:
                    problems.append(msg)
                continue
            if u.area <= 0:
                problems.append(f"{u.code} 无建筑面积，不能计物业费")
                continue
            amount, basis = property_line(f"{u.area}", u.area, st.price, s, e, pct)
            key = "物业费" if s == start else f"物业费@{s:%m-%d}"
            charges[u.id].append((PROPERTY, key, basis, u.area, st.price, amount, s, e, st.id, None))

    # 自用水费 from the unit's water meter, months grouped by the standard in force.
    year_used: dict[int, Decimal] = {}
    if any(s.item is FeeItem.WATER and s.tier_period == "year" and s.tiers for s in standards):
        year_used = dict(select_rows(session,
            select(MeterReading.meter_id, func.sum(MeterReading.usage))
            .where(MeterReading.month >= date(q.year, 1, 1), MeterReading.month < q.start)
            .group_by(MeterReading.meter_id)))
    # The months of the quarter grouped by the water standard in force (the same for every unit).
    groups: dict[int | None, list[date]] = defaultdict(list)
    by_id: dict[int | None, Standard | None] = {}
    for mo in months:
        st = standard_on(standards, FeeItem.WATER, mo)
        groups[st.id if st else None].append(mo)
        by_id[st.id if st else None] = st
    group_end = {sid: add_months(mos[-1], 1) - timedelta(days=1) for sid, mos in groups.items()}
    # Per group: (standard, its months, months of the quarter before it, key, end)
    plan = [(by_id[sid], mos, [mo for mo in months if mo < mos[0]],
             "自用水费" if len(groups) == 1 else f"自用水费@{mos[0]:%m}", group_end[sid])
            for sid, mos in groups.items()]
    WATER = FeeItem.WATER
    for uid, mid in unit_water.items():
        if uid in left_out_ids:
            continue
        got = readings[mid]
        for st, mos, earlier, key, end in plan:
            if st is None:
                if "未设置自用水费收费标准" not in problems:
                    problems.append("未设置自用水费收费标准")
                continue
            rows = [got[mo] for mo in mos]
            used = [r[0] for r in rows]
            total_used = sum(used, ZERO)
            amount = water_fee(used, st, used_this_year=(year_used.get(mid) or ZERO) + sum(
                (got[mo][0] for mo in earlier), ZERO))
            basis = f"上期 {rows[0][1]} → 本期 {rows[-1][2]}，用量 {total_used} m³"
            events = [(mo, _EVENT_TEXT[r[3]]) for mo, r in zip(mos, rows) if _EVENT_TEXT[r[3]]]
            if events:
                basis += "（" + "、".join(f"{mo.month}月{text}" for mo, text in events) + "）"
            charges[uid].append((WATER, key, basis, total_used, st.price, amount, mos[0], end, st.id, mid))

    # 水电公摊: each shared meter's usage (less its unit meters when it is a master) × price, by largest remainder.
    allocations: list[AllocationPreview] = []
    unit_meter_usage: dict[tuple[MeterKind, int | None], list[int]] = defaultdict(list)
    for mid, _number, kind, unit_id, bid, _name, shared, _master, _basis in meters:
        if not shared and unit_id is not None:
            unit_meter_usage[(kind, bid)].append(mid)
            unit_meter_usage[(kind, None)].append(mid)
    pool_all = list((billable if delivered_only else units).values())
    by_building: dict[int, list[_Unit]] = defaultdict(list)
    for u in pool_all:
        by_building[u.building_id].append(u)
    for mid, number, kind, _unit_id, bid, name, shared, master, basis_kind in meters:
        if not shared:
            continue
        label = f"{name}（{number}）"
        item = FeeItem.SHARED_WATER if kind is MeterKind.WATER else FeeItem.SHARED_POWER
        subs = unit_meter_usage.get((kind, bid), []) if master else []
        if mid not in complete_ids or any(x not in complete_ids for x in subs):
            missing.append(f"公共表 {label} 读数不全")
            continue
        if mid in waiting or any(x in waiting for x in subs):
            held_readings.append(f"公共表 {label} 读数待确认")
            continue
        st = standard_on(standards, item, q.start)
        if st is None:
            msg = f"未设置{item.value}收费标准"
            if msg not in problems:
                problems.append(msg)
            continue
        got = readings[mid]
        usage = sum((got[mo][0] for mo in months), ZERO)
        sub_usage = sum((readings[x][mo][0] for x in subs for mo in months), ZERO)
        shared_usage, amount = shared_amount(usage, sub_usage, st.price)
        people = pool_all if bid is None else by_building.get(bid, [])
        if not people:
            continue
        if basis_kind is AllocationBasis.EQUAL or all(u.area <= 0 for u in people):
            weights = [Share(u.id, Decimal(1)) for u in people]
        else:
            weights = [Share(u.id, u.area) for u in people]
        parts = allocate_shared(amount, weights)
        total_w = sum((w.weight for w in weights), ZERO)
        held = ZERO
        key = f"公摊:{number}"
        rate = (amount / total_w).quantize(_RATE_PLACES) if total_w else ZERO
        if basis_kind is AllocationBasis.EQUAL:
            equal_basis = f"{label} 分摊 {shared_usage}，{len(weights)} 户均摊"
        else:
            area_basis = f"{label} 分摊 {shared_usage}，面积 "
            area_total = f"/{total_w}㎡"
        for (uid, part), w in zip(parts, weights):
            if uid in left_out_ids:
                held += part
                continue
            if basis_kind is AllocationBasis.EQUAL:
                basis = equal_basis
            else:
                basis = f"{area_basis}{w.weight}{area_total}"
            charges[uid].append((item, key, basis, w.weight, rate, part, q_start, q_end, st.id, mid))
        allocations.append(AllocationPreview(mid, label, item, usage, sub_usage, st.price, amount, held, basis_kind,
                                             len(weights), tuple(parts)))

    # 车辆管理费 from the vehicle cards and parking leases (keys area), part months by days.
    for vc in hooks.collect(hooks.Hook.VEHICLE_CHARGES, session, ctx, q.start, q.end):
        if vc.unit_id not in units or vc.unit_id in left_out_ids:
            continue
        ov = overlap(vc.start, vc.end, q_start, q_end)
        if ov is None:
            continue
        months_n, amount = vehicle_fee(vc.monthly_fee, *ov)
        key = f"车辆:{vc.ref or vc.description}"[:60]
        basis = f"{vc.description} × {fraction_text(months_n)} 个月"[:120]
        charges[vc.unit_id].append((FeeItem.VEHICLE, key, basis, fraction_text(months_n), vc.monthly_fee,
                                    amount, ov[0], ov[1], None, None))

    # 滞纳金 (off by default): daily rate on what earlier bills still owed when the quarter began,
    # counting only payments made before it, so that re-running the quarter gives the same line.
    late = _late_settings(ctx) if late_options is None else (late_options or None)
    if late is not None:
        rate, grace = late
        for uid, amount, due in _overdue_at(session, q_start):
            if uid in left_out_ids or uid not in units:
                continue
            fee = late_fee(amount, due, q_start, grace_days=grace, daily_rate=rate)
            if fee > 0:
                days = (q_start - due).days - grace
                charges[uid].append((FeeItem.LATE, "滞纳金", f"逾期欠费 {amount} × {rate} × {days} 天",
                                     amount, rate, fee, q_start, q_start, None, None))

    # Compare with what is already posted for the quarter.
    # Summed here, not with GROUP BY: SQLite would sort every line of the quarter through a temporary
    # B-tree (7x the plain read). What the GROUP BY gave: per unit and key the sum, the item's group
    # sorting last by name when a key had two items, keys in sorted order (see `gone` below).
    sums: dict[tuple[int, str, FeeItem], Decimal] = {}
    for uid, key, item, amt in select_rows(session, select(BillLine.unit_id, BillLine.key, BillLine.item,
                                                           BillLine.amount).where(BillLine.quarter == q.code)):
        k = (uid, key, item)
        got = sums.get(k)
        sums[k] = amt if got is None else got + amt
    posted: dict[int, dict[str, tuple[Decimal, FeeItem]]] = defaultdict(dict)
    for (uid, key, item), amt in sums.items():
        was = posted[uid].get(key)
        if was is None or item.name > was[1].name:
            posted[uid][key] = (amt, item)
    billed_units = {uid for (uid,) in select_rows(session, select(Bill.unit_id).where(Bill.quarter == q.code))}

    previews: list[UnitPreview] = []
    unchanged = 0
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    all_ids = sorted(set(charges) | set(posted), key=lambda i: units[i].code)
    no_lines: list[_Line] = []
    for n, uid in enumerate(all_ids):
        if progress and n % 1000 == 0:
            progress(n, len(all_ids))
        if uid in left_out_ids:
            continue
        now = {c[_KEY]: c for c in charges.get(uid, no_lines)}
        if uid not in billed_units:
            if not now:
                continue
            previews.append(UnitPreview(uid, units[uid].code, False, tuple(Charge(*c) for c in now.values())))
        else:
            deltas = []
            before = posted.get(uid, {})
            gone = [k for k in before if k not in now]
            if len(gone) > 1:
                gone.sort()  # the order GROUP BY unit, key gave
            for key in list(now) + gone:
                c = now.get(key)
                was = before.get(key, _NOTHING)[0]
                diff = (c[_AMOUNT] if c else ZERO) - was
                if diff == 0:
                    continue
                if c is None:
                    c = (before[key][1], key, "", ZERO, ZERO, ZERO, q_start, q_end, None, None)
                deltas.append(Charge(c[_ITEM], key, f"调整：{c[_BASIS] or '取消'}（原 {was}）"[:120], c[_QTY],
                                     c[_PRICE], diff, c[_START], c[_END], c[_STD], c[_METER]))
            if not deltas:
                unchanged += 1
                continue
            previews.append(UnitPreview(uid, units[uid].code, True, tuple(deltas)))
    for p in previews:
        for c in p.lines:
            totals[_ITEM_TEXT[c.item]] += c.amount

    latest = _latest_allocations(session, q.code)
    changed_allocs = [a for a in allocations
                      if latest.get(a.meter_id) != (a.amount, a.held)]
    left_out = [units[i].code for i in sorted(left_out_ids, key=lambda i: units[i].code)]
    preview = RunPreview(q, previews, allocations, missing, left_out, problems, unchanged, dict(totals),
                         held=held_readings, held_units=len(held_ids))
    preview._allocation_changes = changed_allocs
    return preview


def _latest_allocations(session: Session, quarter: str) -> dict[int, tuple[Decimal, Decimal]]:
    out: dict[int, tuple[Decimal, Decimal]] = {}
    for meter_id, amount, held in select_rows(session,
            select(ShareAllocation.meter_id, ShareAllocation.amount, ShareAllocation.held)
            .where(ShareAllocation.quarter == quarter).order_by(ShareAllocation.id)):
        out[meter_id] = (amount, held)
    return out


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
    due = q.end + timedelta(days=due_days)
    run = BillRun(quarter=q.code, posted_at=now, posted_by=posted_by, bills=len(plan.units),
                  total=plan.total, left_out="、".join(plan.left_out))
    s.add(run)
    s.flush()
    alloc_ids: dict[int, int] = {}
    touched_meters = {c.meter_id for p in plan.units for c in p.lines if c.key.startswith("公摊:")}
    changed = {a.meter_id for a in plan._allocation_changes}
    add_allocation = insert(ShareAllocation.__table__)  # one statement, compiled once
    for a in plan.allocations:
        if a.meter_id in touched_meters or a.meter_id in changed:
            alloc_ids[a.meter_id] = s.execute(add_allocation, dict(
                run_id=run.id, quarter=q.code, meter_id=a.meter_id, usage=a.usage, sub_usage=a.sub_usage,
                price=a.price, amount=a.amount, held=a.held, basis=a.basis, units=a.units)).inserted_primary_key[0]
    repo = BillingRepository(s)
    # the quarter's notices numbered in one go; a run with no new bill takes one number, as it always did
    first_seq = NumberingRepository(s).reserve(f"TZ{q.code}", 0, max(len(plan.units), 1))
    next_bill = (s.execute(select(func.max(Bill.id))).scalar() or 0) + 1
    bills, lines = [], []
    code, run_id = q.code, run.id
    for i, p in enumerate(plan.units):
        bid = next_bill + i
        uid = p.unit_id
        bills.append((bid, f"TZ{code}-{first_seq + i:05d}", run_id, uid, code, p.adjustment, p.total, due, now))
        for c in p.lines:
            lines.append((bid, uid, code, c.item, c.key, c.basis, c.quantity, c.unit_price, c.amount, c.start, c.end,
                          c.standard_id, c.meter_id,
                          alloc_ids.get(c.meter_id) if c.key.startswith("公摊:") else None, ""))
    insert_rows(s, Bill.__table__, BILL_COLUMNS, bills, between=check)
    insert_rows(s, BillLine.__table__, LINE_COLUMNS, lines, between=check)
    used_meters = {c.meter_id for p in plan.units for c in p.lines if c.meter_id} | set(alloc_ids)
    repo.lock_readings(q.months, q.code, used_meters)
    return run


BILL_COLUMNS = ("id", "number", "run_id", "unit_id", "quarter", "adjustment", "total", "due_on", "created_at")
LINE_COLUMNS = ("bill_id", "unit_id", "quarter", "item", "key", "basis", "quantity", "unit_price", "amount",
                "period_start", "period_end", "standard_id", "meter_id", "allocation_id", "note")


def posted_quarters(ctx: Context, actor: Actor) -> list[str]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return list(uow.session.execute(select(BillRun.quarter).distinct().order_by(BillRun.quarter.desc())).scalars())


__all__ = ["compute", "preview", "post", "RunPreview", "RunResult", "UnitPreview", "AllocationPreview",
           "posted_quarters"]
