"""Demo step 50: 收费 — fee standards (with a price change and water tiers), a water meter per
delivered unit, a public power meter per building and a community landscape water meter,
monthly readings from the month before the first billed quarter up to this month (a few
anomalies in a month still being read: unusually high usage, zero usage on occupied units,
readings not yet taken), the quarters before the current one posted with the real bill run (two,
or back to the one being paid when `demo.worked_since` began), payments with receipts until the
next quarter's payments begin, some every day (a few voided), daily handovers, arrears and
dunning contacts (these weeks', and at each past quarter-end dunning since `worked_since`).

Sizes: ``plan.units`` drives everything; ``extra`` keys: ``billing_paid_percent`` (share of
the older quarter's bills paid, default 88; the later quarter gets 20 points less);
``history_years`` (default 0: the quarters above): that many years of posted quarters
instead (``deskapp bench --years``), with their readings and payments; bills more than a year
old are nearly all paid (``OLD_PAID_PERCENT``), as a centre's real history is."""
from __future__ import annotations

import json
import random
from collections import defaultdict
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from deskapp.domain.billing import (
    AllocationBasis, ContactMethod, FeeItem, MeterKind, PayMethod, Quarter, add_months, quarter_of,
    receipt_number,
)
from deskapp.domain.billing_deposits import EntryKind
from deskapp.domain.billing_meters import Flag, ReadingEvent, ReadingInput, classify, usual_month
from deskapp.domain.units import UnitKind, UnitState
from deskapp.domain.money import ZERO
from deskapp.services.billing import run as bill_run
from deskapp.services.context import Context
from deskapp.services.demo import (
    DemoPlan, at, bulk, check_cancel, next_id, office_time, staff, supervisor_set, units, worked_since,
)
from deskapp.store.models.billing import (
    DunningContact, FeeStandard, Handover, Receipt, ReceiptLine,
)
from deskapp.store.models.billing_deposits import DepositHandover
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.queries import demo as demo_queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.repositories.demo import DemoRepository
from deskapp.store.uow import Session

ORDER = 50
OLD_PAID_PERCENT = 98
READ_BY = 25  # the day of the month its meters are read and checked by (billing.duty.meters_day's default)
CASHIERS = (("linxy", "clerk"), ("zhouting", "clerk2"))
METHODS = (PayMethod.CASH, PayMethod.WECHAT, PayMethod.WECHAT, PayMethod.ALIPAY, PayMethod.ALIPAY,
           PayMethod.CARD, PayMethod.TRANSFER)


def _standards(session: Session, first: date, change: date) -> None:
    made = at(first, 9)
    since = min(date(2020, 1, 1), first)  # a longer history is billed on the same prices
    rows = []
    for kind, price in ((UnitKind.FLAT, "2.50"), (UnitKind.SHOP, "4.80"), (UnitKind.OFFICE, "3.60")):
        rows.append(dict(item=FeeItem.PROPERTY, unit_kind=kind.value, price=Decimal(price), tiers="",
                         tier_period="month", starts_on=since, note="物业服务合同约定", created_at=made,
                         created_by=staff()["supervisor"]))
    rows.append(dict(item=FeeItem.PROPERTY, unit_kind=UnitKind.FLAT.value, price=Decimal("2.60"), tiers="",
                     tier_period="month", starts_on=change, note="业主大会表决调价", created_at=made,
                     created_by=staff()["supervisor"]))
    tiers = json.dumps([["15", "4.10"], ["25", "5.60"], [None, "8.20"]])
    rows.append(dict(item=FeeItem.WATER, unit_kind="", price=Decimal("4.10"), tiers=tiers, tier_period="month",
                     starts_on=since, note="阶梯水价（月）", created_at=made, created_by=staff()["supervisor"]))
    for item, price in ((FeeItem.SHARED_WATER, "4.10"), (FeeItem.SHARED_POWER, "0.62")):
        rows.append(dict(item=item, unit_kind="", price=Decimal(price), tiers="", tier_period="month",
                         starts_on=since, note="", created_at=made, created_by=staff()["supervisor"]))
    bulk(session, FeeStandard, rows)


def _meters(session: Session, plan_units, made) -> tuple[dict[int, int], list[tuple[int, int | None, str]]]:
    """Unit water meters (unit id -> meter id) and shared meters (id, building id, kind)."""
    mid = next_id(session, Meter)
    rows, unit_meter = [], {}
    for u in plan_units:
        if u.delivered_on is None:
            continue
        unit_meter[u.id] = mid
        rows.append(dict(id=mid, number=f"S-{u.code}", kind=MeterKind.WATER, unit_id=u.id, building_id=None,
                         name="", shared=False, master=False, basis=AllocationBasis.AREA, active=True, created_at=made))
        mid += 1
    shared = []
    for b in demo_queries.buildings(session):
        rows.append(dict(id=mid, number=f"GD-{b.code}", kind=MeterKind.POWER, unit_id=None, building_id=b.id,
                         name=f"{b.name}公共照明及电梯", shared=True, master=False, basis=AllocationBasis.AREA,
                         active=True, created_at=made))
        shared.append((mid, b.id, "power"))
        mid += 1
    rows.append(dict(id=mid, number="GS-01", kind=MeterKind.WATER, unit_id=None, building_id=None,
                     name="小区绿化景观用水", shared=True, master=False, basis=AllocationBasis.EQUAL, active=True,
                     created_at=made))
    shared.append((mid, None, "landscape"))
    bulk(session, Meter, rows)
    DemoRepository(session).meters_take_their_units_building()
    return unit_meter, shared


def _entered(read_on: date, today: date, hour: int) -> datetime:
    """When a reading was typed in: that afternoon, or first thing today, as the desk opens (not later today)."""
    return at(read_on, hour) if read_on < today else at(read_on, 8, 30)


def _readings(session: Session, rng: random.Random, plan_units, unit_meter, shared, months: list[date],
              today: date, building_units: dict[int, int]) -> None:
    bulk(session, MeterReading, _reading_rows(rng, plan_units, unit_meter, shared, months, today, building_units))


def _reading_rows(rng: random.Random, plan_units, unit_meter, shared, months: list[date], today: date,
                  building_units: dict[int, int]):
    """The readings, one dict at a time: ten years of them do not fit in memory at once."""
    reader = staff()["steward"]
    # The month still being read (up to its due day, the 25th by default) has its gaps and
    # unconfirmed flags; a month past its due day was read in full and its flags re-read, as the
    # duty calendar (抄表录入与复核) asks of a working centre.
    last = months[-1] if today <= months[-1] + timedelta(days=READ_BY - 1) else None
    for u in plan_units:
        mid = unit_meter.get(u.id)
        if mid is None:
            continue
        check_cancel()
        occupied = u.state in (UnitState.OCCUPIED, UnitState.RENTED, UnitState.DECORATING)
        base = Decimal(rng.randrange(6, 22)) if occupied else Decimal(0)
        value = Decimal(rng.randrange(50, 2000))
        prev = None
        history: list[Decimal] = []
        odd = rng.random()
        for month in months:
            if month == last and odd < 0.01:
                continue  # not read yet this month: on the missing list
            used = (base + Decimal(rng.randrange(-40, 41)) / 10).quantize(Decimal("0.01")) if base else ZERO
            used = max(used, ZERO)
            if month == last and 0.01 <= odd < 0.015:
                used = (used + 10) * 3  # a leak, or a misread: flagged for re-reading
            if month == last and 0.015 <= odd < 0.02 and occupied:
                used = ZERO
            value = value + used
            # the desk's own check (the same as the grid's), so the demo's flags are the real ones
            _, found = classify(prev, ReadingInput(value), usual_month(history), u.state is UnitState.VACANT)
            flags = [f.value for f in found]
            read_on = month + timedelta(days=rng.randrange(24, 28)) if month.month == today.month else \
                add_months(month, 1) - timedelta(days=rng.randrange(1, 4))
            read_on = min(read_on, today)  # this month's round is not read ahead of today
            yield dict(meter_id=mid, month=month, value=value, previous=prev,
                       usage=used if prev is not None else None, read_on=read_on, event=ReadingEvent.NONE,
                       old_final=None, new_start=None, rollover_at=None, flags=",".join(flags),
                       recheck_cleared=month != last, source="演示数据", billed_quarter=None,
                       entered_at=_entered(read_on, today, 16), entered_by=reader)
            if prev is not None:
                history.append(used)
            prev = value
    for mid, bid, what in shared:
        value = Decimal(rng.randrange(1000, 5000))
        prev = None
        n_units = building_units.get(bid, 1) if bid else 50
        for month in months:
            used = (Decimal(n_units) * Decimal(rng.randrange(900, 1400)) / 100).quantize(Decimal("0.01")) \
                if what == "power" else Decimal(rng.randrange(80, 160))
            value += used
            read_on = min(add_months(month, 1) - timedelta(days=1), today)
            yield dict(meter_id=mid, month=month, value=value, previous=prev,
                       usage=used if prev is not None else None, read_on=read_on, event=ReadingEvent.NONE,
                       old_final=None, new_start=None, rollover_at=None,
                       flags="" if prev is not None else Flag.NO_PREVIOUS.value, recheck_cleared=True,
                       source="演示数据", billed_quarter=None, entered_at=_entered(read_on, today, 17),
                       entered_by=reader)
            prev = value


def _payments(session: Session, rng: random.Random, quarters: list[Quarter], today: date, paid_percent: int,
              unit_codes: dict[int, str], owners: dict[int, str]) -> None:
    names = staff()
    rid = next_id(session, Receipt)
    receipts, rlines = [], []
    # quarter -> unit -> its lines (grouped by quarter first: forty quarters are not scanned forty times)
    by_q: dict[str, dict[int, list[tuple[int, str, Decimal, date, date]]]] = defaultdict(lambda: defaultdict(list))
    for lid, uid, quarter, item, amount, ps, pe in demo_queries.bill_lines(session):
        by_q[quarter][uid].append((lid, item.value, amount, ps, pe))
    payments = []  # (when, unit, quarter lines, partial?)
    for qi, q in enumerate(quarters):
        pct = paid_percent - (20 if qi == len(quarters) - 1 else 0)
        if qi < len(quarters) - 4:
            pct = max(pct, OLD_PAID_PERCENT)
        first = q.end + timedelta(days=3)
        # paid until the next quarter's payments begin, most in the first weeks; a community with
        # a payer for every day has takings to hand over every day (the daily 费用移交 duty)
        window = max(1, (min(q.next().end + timedelta(days=2), today - timedelta(days=1)) - first).days + 1)
        payers = []
        for uid, lines in by_q[q.code].items():
            roll = rng.random() * 100
            if roll < pct + 3:  # the others unpaid: arrears
                payers.append((uid, lines, roll >= pct))
        rng.shuffle(payers)
        every_day = len(payers) >= window
        for k, (uid, lines, partial) in enumerate(payers):
            day = first + timedelta(days=k if every_day and k < window else rng.randrange(min(window, 60)))
            if day >= today:
                day = today - timedelta(days=1)
            payments.append((office_time(rng, day), uid, lines, partial))
    payments.sort(key=lambda p: (p[0], p[1]))
    seq: dict[str, int] = defaultdict(int)
    voided = []
    for when, uid, lines, partial in payments:
        check_cancel()
        chosen = lines[:1] if partial else lines
        total = sum((x[2] for x in chosen), ZERO)
        if total <= 0:
            continue
        method = rng.choice(METHODS)
        cashier, key = CASHIERS[rng.randrange(2)]
        series = f"SJ{when.year}"
        seq[series] += 1
        tendered = None
        change = ZERO
        if method is PayMethod.CASH:
            tendered = ((total / 100).to_integral_value(rounding="ROUND_CEILING") * 100).quantize(Decimal("0.01"))
            change = tendered - total
        receipts.append(dict(id=rid, series=series, seq=seq[series], number=receipt_number(series, seq[series]),
                             unit_id=uid, payer=owners.get(uid, unit_codes[uid]), issued_at=when, day=when.date(),
                             cashier=cashier, cashier_name=names[key], method=method, amount=total,
                             prepaid_used=ZERO, tendered=tendered, change=change, handover_id=None, voided_at=None,
                             pay_ref=None if method is PayMethod.CASH else f"{when:%Y%m%d}{rid:010d}",
                             voided_by=None, void_reason=None, void_day=None, void_handover_id=None))
        for lid, item, amount, ps, pe in chosen:
            rlines.append(dict(receipt_id=rid, bill_line_id=lid, item=item, period=f"{ps:%Y.%m.%d}–{pe:%Y.%m.%d}",
                               amount=amount))
        if rng.random() < 0.01:
            voided.append(receipts[-1])
        rid += 1
    for r in voided:
        r["voided_at"] = r["issued_at"] + timedelta(minutes=rng.randrange(5, 90))
        r["voided_by"] = r["cashier_name"]
        r["void_reason"] = rng.choice(["收错房号", "支付方式选错", "业主要求重开", "金额录错"])
        r["void_day"] = r["day"]
    # Daily handovers: every cashier's day before today, with the deposits taken and given back at the
    # counter that day (cards, demo/keys.py) as 费用移交 hands them over.
    hid = next_id(session, Handover)
    handovers, deposits_handed = [], []
    per_day: dict[tuple[str, date], list[dict]] = defaultdict(list)
    for r in receipts:
        per_day[(r["cashier"], r["day"])].append(r)
    deposit_money: dict[tuple[str, date], list] = defaultdict(list)
    for cashier, _key in CASHIERS:
        for e, _d in BillingRepository(session).deposit_money_to_hand_over(cashier, today - timedelta(days=1)):
            deposit_money[(cashier, e.day)].append(e)
    for cashier, day in sorted(per_day.keys() | deposit_money.keys(), key=lambda k: (k[1], k[0])):
        rs = per_day.get((cashier, day), [])
        if day >= today:
            continue
        by_method: dict[str, Decimal] = {m.value: ZERO for m in PayMethod if m is not PayMethod.PREPAID}
        for r in rs:
            r["handover_id"] = hid
            if r["voided_at"] is not None:
                r["void_handover_id"] = hid
            else:
                by_method[r["method"].value] += r["amount"]
        cash = by_method[PayMethod.CASH.value]
        short = Decimal("-10.00") if rs and rng.random() < 0.03 and cash >= 10 else ZERO
        for e in deposit_money.get((cashier, day), []):
            if e.method is PayMethod.CASH:
                cash += e.amount if e.kind is EntryKind.TAKEN else -e.amount
            deposits_handed.append(dict(entry_id=e.id, handover_id=hid))
        key = "clerk" if cashier == "linxy" else "clerk2"
        handovers.append(dict(id=hid, cashier=cashier, cashier_name=names[key], day=day,
                              first_no=rs[0]["number"] if rs else "", last_no=rs[-1]["number"] if rs else "",
                              count=len(rs), total=sum(by_method.values(), ZERO),
                              by_method=json.dumps({k: str(v) for k, v in by_method.items()}, ensure_ascii=False),
                              cash_expected=cash, cash_counted=cash + short,
                              explanation="找零时多找 10 元，已登记" if short else "", receiver="财务 吴会计",
                              handed_at=at(day, 17, 40)))
        hid += 1
    bulk(session, Handover, handovers)
    bulk(session, DepositHandover, deposits_handed)
    bulk(session, Receipt, receipts)
    bulk(session, ReceiptLine, rlines)
    for series, n in seq.items():
        DemoRepository(session).add(NumberCounter(series=series, year=0, last=n))


def _dunning_days(plan: DemoPlan) -> list[date]:
    """The last day of each quarter-end dunning (季末催缴) since the worked span began: 15 days
    before each quarter's end (billing.duty.dunning_days's default), before today."""
    q, days = quarter_of(plan.today), []
    while True:
        q = q.previous()
        due = q.end - timedelta(days=15)
        if due < worked_since(plan):
            return days
        days.insert(0, due)


def _contacts(session: Session, ctx: Context, rng: random.Random, plan: DemoPlan) -> None:
    """Calls to the units in arrears in the last weeks, and at each past quarter-end dunning the
    same to those owing more than a quarter (they owed then too)."""
    from deskapp.services.billing.arrears import compute

    rows = []
    names = staff()
    today = plan.today
    ends = [(d, True) for d in _dunning_days(plan)] + [(today, False)]
    owing = compute(session, today)
    for (end, past), a in ((e, a) for e in ends for a in owing):
        if past and len(a.by_quarter) < 2:
            continue
        if not past and len(a.by_quarter) < 2 and rng.random() < 0.6:
            continue
        day = end - timedelta(days=rng.randrange(0 if past else 1, 20))
        method = rng.choice(list(ContactMethod))
        result = rng.choice(["业主答应本周内缴纳", "电话无人接听", "业主对公摊有疑问，已解释", "业主在外地，下月回来缴",
                             "家人代收通知"])
        promised = day + timedelta(days=rng.randrange(5, 20)) if "答应" in result or "下月" in result else None
        rows.append(dict(unit_id=a.unit_id, at=office_time(rng, day), method=method,
                         by=names[rng.choice(["clerk", "steward", "clerk2"])], result=result, promised_on=promised,
                         notice_id=None))
    bulk(session, DunningContact, rows)


# The account the notices name for transfers (a demo's: the bank's format, no real account)
DEMO_BANK = "翠湖花园物业服务中心　工商银行杭州滨江支行　1202 0210 0900 0123 456"


def _notice_terms(session: Session, made: datetime) -> None:
    """The supervisor set the transfer account when the centre began billing: the 收费通知单 print
    it (a demo without one printed notices telling owners to pay by transfer to no account)."""
    from deskapp.services.billing.notice_settings import BANK

    supervisor_set(session, BANK, DEMO_BANK, made)


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    today = plan.today or ctx.clock.today()
    current = quarter_of(today)
    quarters = [current.previous()]
    # the quarter whose payments were coming in when the calendar's worked span began (a quarter
    # is paid from three days after its end until the next one's payments begin)
    paid_then = quarter_of(worked_since(plan) - timedelta(days=3)).previous()
    while len(quarters) < max(2, 4 * plan.size("history_years", 0)) or quarters[0] > paid_then:
        quarters.insert(0, quarters[0].previous())
    first_month = add_months(quarters[0].start, -1)
    months = []
    m = first_month
    while m <= today.replace(day=1):  # this month's round too, read by its due day (the 25th)
        months.append(m)
        m = add_months(m, 1)
    made = at(first_month, 9)
    _standards(session, first_month, quarters[-1].start)
    _notice_terms(session, made)
    plan_units = units(session)
    unit_meter, shared = _meters(session, plan_units, made)
    building_units: dict[int, int] = defaultdict(int)
    bids = {b.code: b.id for b in demo_queries.buildings(session)}
    for u in plan_units:
        if u.delivered_on is not None:
            building_units[bids[u.building]] += 1
    _readings(session, rng, plan_units, unit_meter, shared, months, today, building_units)
    session.flush()
    for q in quarters:
        check_cancel()
        preview = bill_run.compute(session, ctx, q, bill_rest=True, options=(100, True, 30), late_options=False)
        from deskapp.domain.clock import FixedClock

        posted = Context(ctx.db, FixedClock(at(q.end + timedelta(days=2), 10)), ctx.backup_dir)
        bill_run.write_plan(session, posted, staff()["supervisor"], preview, 30)
        session.flush()
    from deskapp.store.queries.billing import owners_by_unit
    codes = {u.id: u.code for u in plan_units}
    _payments(session, rng, quarters, today, plan.size("billing_paid_percent", 88), codes,
              owners_by_unit(session))
    session.flush()
    _contacts(session, ctx, rng, replace(plan, today=today))
