"""The bill run as it was before it was made fast (commit 7c2de3b): the reference the
equivalence test compares the real run with, preview field by field and written rows column
by column. Straightforward code: ORM-typed rows, one Core insert per batch of dicts.

Keep it as it is. If a billing rule changes on purpose, change it here the same way (the
domain functions are shared, so only the run's own logic lives here)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from deskapp.domain.billing import (
    AllocationBasis, Charge, FeeItem, MeterKind, Quarter, Share, Standard, add_months, allocate_shared, fraction_text,
    late_fee, months_between, overlap, property_fee, shared_amount, standard_on, standard_segments, vehicle_fee,
    water_fee,
)
from deskapp.domain.billing_meters import from_first_reading
from deskapp.domain.units import UnitState
from deskapp.services import hooks, settings
from deskapp.services.billing import standards as std
from deskapp.services.billing.common import DUE_DAYS, LATE_FEE, LATE_GRACE, LATE_RATE, SHARED_DELIVERED_ONLY, VACANT_PERCENT
from deskapp.services.billing.run import ZERO, AllocationPreview, RunPreview, UnitPreview
from deskapp.services.context import Context
from deskapp.store.models.billing import (
    Bill, BillLine, BillRun, Receipt, ReceiptLine, ShareAllocation, Waiver,
)
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.models.registry import Unit
from deskapp.store.natural import natural
from deskapp.store.repositories.billing import BillingRepository


class _Reading(NamedTuple):
    meter_id: int
    month: date
    usage: Decimal | None
    previous: Decimal | None
    value: Decimal | None
    event: Any
    flags: str
    recheck_cleared: bool
    billed_quarter: str | None


@dataclass
class _Unit:
    id: int
    code: str
    kind: str
    state: UnitState
    area: Decimal
    delivered_on: date | None
    building_id: int


def _q2(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"))


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
    paid: dict[int, Decimal] = dict(session.execute(
        select(ReceiptLine.bill_line_id, func.sum(ReceiptLine.amount))
        .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.voided_at.is_(None), Receipt.day < day, ReceiptLine.bill_line_id.is_not(None))
        .group_by(ReceiptLine.bill_line_id)).all())
    waived: dict[int, Decimal] = dict(session.execute(
        select(Waiver.line_id, func.sum(Waiver.amount)).group_by(Waiver.line_id)).all())
    out: dict[int, list] = {}
    for lid, uid, amount, due in session.execute(
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
    `late_options` (daily rate, grace days), or False for no late fee."""
    vacant_percent, delivered_only, _ = options or _settings(ctx)
    standards = std.load(session)
    months = q.months
    units: dict[int, _Unit] = {}
    for uid, code, kind, state, area, delivered, bid in session.execute(
            select(Unit.id, Unit.code, Unit.kind, Unit.state, Unit.building_area, Unit.delivered_on,
                   Unit.building_id).order_by(natural(Unit.code))):  # the centre's order, as the run
        units[uid] = _Unit(uid, code, kind.value, state, area or ZERO, delivered, bid)
    q_start, q_end = q.start, q.end
    billable = {uid: u for uid, u in units.items() if u.delivered_on is not None and u.delivered_on <= q_end}

    # Plain rows, not ORM objects: a 20,000-unit quarter reads ~100,000 of them.
    meters = session.execute(select(Meter.id, Meter.number, Meter.kind, Meter.unit_id, Meter.building_id,
                                    Meter.name, Meter.shared, Meter.master, Meter.basis)
                             .where(Meter.active.is_(True)).order_by(Meter.number)).all()
    readings: dict[int, dict[date, Any]] = defaultdict(dict)
    for r in session.execute(select(MeterReading.meter_id, MeterReading.month, MeterReading.usage,
                                    MeterReading.previous, MeterReading.value, MeterReading.event,
                                    MeterReading.flags, MeterReading.recheck_cleared, MeterReading.billed_quarter)
                             .where(MeterReading.month.in_(months))):
        readings[r.meter_id][r.month] = _Reading(*r)
    # Changed on purpose (a new centre's first quarter): a meter first read within the quarter
    # starts there (domain.billing_meters.from_first_reading), it is not missing its earlier months.
    for mid in list(readings):
        readings[mid] = dict(from_first_reading(readings[mid], months))

    # Changed on purpose (issue 22 §6, one check for meter readings): a reading flagged and not
    # confirmed holds its unit (or its shared meter's allocation) out of the run, listed in `held`.
    def waiting(meter_id: int) -> list[str]:
        return [f"{mo:%Y-%m} {r.flags.replace(',', '、')}" for mo, r in sorted(readings.get(meter_id, {}).items())
                if r.flags and not r.recheck_cleared and r.billed_quarter is None]

    def complete(meter_id: int) -> bool:
        got = readings.get(meter_id, {})
        return all(m in got and got[m].usage is not None for m in months)

    problems: list[str] = []
    missing: list[str] = []
    left_out_ids: set[int] = set()
    held_readings: list[str] = []
    held_ids: set[int] = set()
    unit_water: dict[int, Any] = {}
    for m in meters:
        if m.shared or m.unit_id not in billable:
            continue
        if m.kind is MeterKind.WATER:
            unit_water[m.unit_id] = m
        if not complete(m.id):
            got = readings.get(m.id, {})
            gaps = [f"{mo:%Y-%m}" for mo in months if mo not in got or got[mo].usage is None]
            missing.append(f"{billable[m.unit_id].code} {m.kind.value} {'、'.join(gaps)}")
            left_out_ids.add(m.unit_id)
        elif waiting(m.id):
            held_readings.append(f"{billable[m.unit_id].code} {m.kind.value} {'；'.join(waiting(m.id))}")
            held_ids.add(m.unit_id)
            left_out_ids.add(m.unit_id)

    charges: dict[int, list[Charge]] = defaultdict(list)

    @lru_cache(maxsize=None)
    def months_label(s: date, e: date) -> Decimal:
        return fraction_text(months_between(s, e))

    @lru_cache(maxsize=None)
    def segments(start: date, kind: str) -> list:
        return standard_segments(standards, FeeItem.PROPERTY, start, q_end, kind)

    # 物业费, split where the standard changes; vacant units pay the configured percentage.
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
            amount = property_fee(u.area, st.price, s, e, vacant_percent=pct)
            basis = f"建筑面积 {u.area}㎡ × {months_label(s, e)} 个月" + (f" × 空置 {pct}%" if pct != 100 else "")
            key = "物业费" if s == start else f"物业费@{s:%m-%d}"
            charges[u.id].append(Charge(FeeItem.PROPERTY, key, basis, u.area, st.price, amount, s, e, st.id))

    # 自用水费 from the unit's water meter, months grouped by the standard in force.
    year_used: dict[int, Decimal] = {}
    if any(s.item is FeeItem.WATER and s.tier_period == "year" and s.tiers for s in standards):
        year_used = dict(session.execute(
            select(MeterReading.meter_id, func.sum(MeterReading.usage))
            .where(MeterReading.month >= date(q.year, 1, 1), MeterReading.month < q.start)
            .group_by(MeterReading.meter_id)).all())
    # The months of the quarter grouped by the water standard in force (the same for every unit).
    groups: dict[int | None, list[date]] = defaultdict(list)
    by_id: dict[int | None, Standard | None] = {}
    for mo in months:
        st = standard_on(standards, FeeItem.WATER, mo)
        groups[st.id if st else None].append(mo)
        by_id[st.id if st else None] = st
    group_end = {sid: add_months(mos[-1], 1) - timedelta(days=1) for sid, mos in groups.items()}
    for uid, m in unit_water.items():
        if uid in left_out_ids:
            continue
        got = readings[m.id]
        for sid, mos in groups.items():
            st = by_id[sid]
            if st is None:
                # changed on purpose with from_first_reading: months with no usage need no price
                if "未设置自用水费收费标准" not in problems and any(got[mo].usage for mo in mos):
                    problems.append("未设置自用水费收费标准")
                continue
            used = [got[mo].usage for mo in mos]
            total_used = sum(used, ZERO)
            amount = water_fee(used, st, used_this_year=(year_used.get(m.id) or ZERO) + sum(
                (got[mo].usage for mo in months if mo < mos[0]), ZERO))
            prev = got[mos[0]].previous
            cur = got[mos[-1]].value
            basis = f"上期 {prev} → 本期 {cur}，用量 {total_used} m³"
            if any(got[mo].event.value for mo in mos):
                basis += "（" + "、".join(f"{mo.month}月{got[mo].event.value}" for mo in mos if got[mo].event.value) + "）"
            key = "自用水费" if len(groups) == 1 else f"自用水费@{mos[0]:%m}"
            charges[uid].append(Charge(FeeItem.WATER, key, basis, total_used, st.price, amount, mos[0], group_end[sid],
                                       st.id, m.id))

    # 水电公摊: each shared meter's usage (less its unit meters when it is a master) × price, by largest remainder.
    allocations: list[AllocationPreview] = []
    unit_meter_usage: dict[tuple[MeterKind, int | None], list[int]] = defaultdict(list)
    for m in meters:
        if not m.shared and m.unit_id is not None:
            unit_meter_usage[(m.kind, m.building_id)].append(m.id)
            unit_meter_usage[(m.kind, None)].append(m.id)
    pool_all = list((billable if delivered_only else units).values())
    by_building: dict[int, list[_Unit]] = defaultdict(list)
    for u in pool_all:
        by_building[u.building_id].append(u)
    for m in meters:
        if not m.shared:
            continue
        label = f"{m.name}（{m.number}）"
        item = FeeItem.SHARED_WATER if m.kind is MeterKind.WATER else FeeItem.SHARED_POWER
        subs = unit_meter_usage.get((m.kind, m.building_id), []) if m.master else []
        if not complete(m.id) or any(not complete(x) for x in subs):
            missing.append(f"公共表 {label} 读数不全")
            continue
        if waiting(m.id) or any(waiting(x) for x in subs):
            held_readings.append(f"公共表 {label} 读数待确认")
            continue
        st = standard_on(standards, item, q.start)
        if st is None:
            msg = f"未设置{item.value}收费标准"
            if msg not in problems:
                problems.append(msg)
            continue
        usage = sum((readings[m.id][mo].usage for mo in months), ZERO)
        sub_usage = sum((readings[x][mo].usage for x in subs for mo in months), ZERO)
        shared_usage, amount = shared_amount(usage, sub_usage, st.price)
        people = pool_all if m.building_id is None else by_building.get(m.building_id, [])
        if not people:
            continue
        if m.basis is AllocationBasis.EQUAL or all(u.area <= 0 for u in people):
            weights = [Share(u.id, Decimal(1)) for u in people]
        else:
            weights = [Share(u.id, u.area) for u in people]
        parts = allocate_shared(amount, weights)
        total_w = sum((w.weight for w in weights), ZERO)
        held = ZERO
        for (uid, part), w in zip(parts, weights):
            if uid in left_out_ids:
                held += part
                continue
            if m.basis is AllocationBasis.EQUAL:
                basis = f"{label} 分摊 {shared_usage}，{len(weights)} 户均摊"
            else:
                basis = f"{label} 分摊 {shared_usage}，面积 {w.weight}/{total_w}㎡"
            rate = (amount / total_w).quantize(Decimal("0.0001")) if total_w else ZERO
            charges[uid].append(Charge(item, f"公摊:{m.number}", basis, w.weight, rate, part, q.start, q.end,
                                       st.id, m.id))
        allocations.append(AllocationPreview(m.id, label, item, usage, sub_usage, st.price, amount, held, m.basis,
                                             len(weights), tuple(parts)))

    # 车辆管理费 from the vehicle cards and parking leases (keys area), part months by days.
    for vc in hooks.collect("vehicle_charges", session, ctx, q.start, q.end):
        if vc.unit_id not in units or vc.unit_id in left_out_ids:
            continue
        ov = overlap(vc.start, vc.end, q.start, q.end)
        if ov is None:
            continue
        months_n, amount = vehicle_fee(vc.monthly_fee, *ov)
        key = f"车辆:{vc.ref or vc.description}"[:60]
        basis = f"{vc.description} × {fraction_text(months_n)} 个月"[:120]
        charges[vc.unit_id].append(Charge(FeeItem.VEHICLE, key, basis, fraction_text(months_n), vc.monthly_fee,
                                          amount, ov[0], ov[1]))

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
                charges[uid].append(Charge(FeeItem.LATE, "滞纳金", f"逾期欠费 {amount} × {rate} × {days} 天",
                                           amount, rate, fee, q_start, q_start))

    # Compare with what is already posted for the quarter.
    posted: dict[int, dict[str, tuple[Decimal, FeeItem]]] = defaultdict(dict)
    for uid, key, item, amt in session.execute(
            select(BillLine.unit_id, BillLine.key, BillLine.item, func.sum(BillLine.amount))
            .where(BillLine.quarter == q.code).group_by(BillLine.unit_id, BillLine.key, BillLine.item)):
        posted[uid][key] = (amt, item)
    billed_units = set(session.execute(select(Bill.unit_id).where(Bill.quarter == q.code)).scalars())

    previews: list[UnitPreview] = []
    unchanged = 0
    totals: dict[str, Decimal] = defaultdict(lambda: ZERO)
    all_ids = sorted(set(charges) | set(posted), key=lambda i: units[i].code)
    for n, uid in enumerate(all_ids):
        if progress and n % 1000 == 0:
            progress(n, len(all_ids))
        if uid in left_out_ids:
            continue
        now = {c.key: c for c in charges.get(uid, [])}
        if uid not in billed_units:
            lines = tuple(now.values())
            if not lines:
                continue
            previews.append(UnitPreview(uid, units[uid].code, False, lines))
        else:
            deltas = []
            before = posted.get(uid, {})
            for key in list(now) + [k for k in before if k not in now]:
                c = now.get(key)
                was = before.get(key, (ZERO, None))[0]
                diff = (c.amount if c else ZERO) - was
                if diff == 0:
                    continue
                if c is None:
                    item = before[key][1]
                    c = Charge(item, key, "", ZERO, ZERO, ZERO, q.start, q.end)
                deltas.append(Charge(c.item, key, f"调整：{c.basis or '取消'}（原 {was}）"[:120], c.quantity,
                                     c.unit_price, diff, c.start, c.end, c.standard_id, c.meter_id))
            if not deltas:
                unchanged += 1
                continue
            previews.append(UnitPreview(uid, units[uid].code, True, tuple(deltas)))
    for p in previews:
        for c in p.lines:
            totals[c.item.value] += c.amount

    latest = _latest_allocations(session, q.code)
    changed_allocs = [a for a in allocations
                      if latest.get(a.meter_id) != (a.amount, a.held)]
    left_out = [units[i].code for i in sorted(left_out_ids, key=lambda i: units[i].code)]
    preview = RunPreview(q, previews, allocations, missing, left_out, problems, unchanged, dict(totals),
                         held=held_readings, held_units=len(held_ids),
                         undated=sorted(u.code for u in units.values()  # added on purpose: said, not billed
                                        if u.delivered_on is None and u.state is not UnitState.UNDELIVERED))
    preview._allocation_changes = changed_allocs
    return preview


def _latest_allocations(session: Session, quarter: str) -> dict[int, tuple[Decimal, Decimal]]:
    out: dict[int, tuple[Decimal, Decimal]] = {}
    for a in session.execute(select(ShareAllocation).where(ShareAllocation.quarter == quarter)
                             .order_by(ShareAllocation.id)).scalars():
        out[a.meter_id] = (a.amount, a.held)
    return out


def write_plan(s: Session, ctx: Context, posted_by: str, plan: RunPreview, due_days: int) -> BillRun:
    """Insert what `plan` says (bulk), lock the readings it used; the caller audits and commits.
    Also used by the demo step, which builds its quarters inside its own transaction."""
    q = plan.quarter
    now = ctx.clock.now()
    due = q.end + timedelta(days=due_days)
    run = BillRun(quarter=q.code, posted_at=now, posted_by=posted_by, bills=len(plan.units),
                  total=plan.total, left_out="、".join(plan.left_out))
    s.add(run)
    s.flush()
    alloc_ids: dict[int, int] = {}
    touched_meters = {c.meter_id for p in plan.units for c in p.lines if c.key.startswith("公摊:")}
    for a in plan.allocations:
        if a.meter_id in touched_meters or a in plan._allocation_changes:
            row = ShareAllocation(run_id=run.id, quarter=q.code, meter_id=a.meter_id, usage=a.usage,
                                  sub_usage=a.sub_usage, price=a.price, amount=a.amount, held=a.held,
                                  basis=a.basis, units=a.units)
            s.add(row)
            s.flush()
            alloc_ids[a.meter_id] = row.id
    repo = BillingRepository(s)
    first_seq = repo.next_number(f"TZ{q.code}")
    if len(plan.units) > 1:
        s.get(NumberCounter, (f"TZ{q.code}", 0)).last = first_seq + len(plan.units) - 1
    next_bill = (s.execute(select(func.max(Bill.id))).scalar() or 0) + 1
    bills, lines = [], []
    for i, p in enumerate(plan.units):
        bid = next_bill + i
        bills.append({"id": bid, "number": f"TZ{q.code}-{first_seq + i:05d}", "run_id": run.id,
                      "unit_id": p.unit_id, "quarter": q.code, "adjustment": p.adjustment, "total": p.total,
                      "due_on": due, "created_at": now})
        for c in p.lines:
            lines.append({"bill_id": bid, "unit_id": p.unit_id, "quarter": q.code, "item": c.item, "key": c.key,
                          "basis": c.basis, "quantity": c.quantity, "unit_price": c.unit_price,
                          "amount": c.amount, "period_start": c.start, "period_end": c.end,
                          "standard_id": c.standard_id, "meter_id": c.meter_id,
                          "allocation_id": alloc_ids.get(c.meter_id) if c.key.startswith("公摊:") else None,
                          "note": ""})
    for i in range(0, len(bills), 5000):
        s.execute(insert(Bill.__table__), bills[i:i + 5000])
    for i in range(0, len(lines), 5000):
        s.execute(insert(BillLine.__table__), lines[i:i + 5000])
    used_meters = {c.meter_id for p in plan.units for c in p.lines if c.meter_id} | set(alloc_ids)
    repo.lock_readings(q.months, q.code, used_meters)
    return run
