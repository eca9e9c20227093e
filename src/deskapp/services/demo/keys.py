"""Demo step 40: 钥匙 / 卡证 / 车位 — keys in custody for vacant, rented and decorating units and
shops; a year of key loans (a few overdue today, one without a note so the handover is blocked);
resident, access and vehicle cards (some vehicle cards expiring within 30 days, some expired; the
resident and access cards issued in the last 90 days took the house's deposit at the counter
through the deposit service, a few handed back with it given back);
parking spaces sold, leased, free and public; blank-card and intercom stock; the monthly counts
of the past months (none this month yet, so after the 25th the count stands out).

Sizes (``plan.extra``): ``key_loans`` (default 1,250 per 1,000 units), ``key_loan_years`` (the
loans spread over this many years back from today: 1 by default, 10 when there are more than
50,000 loans, as in ``deskapp bench``), ``custody_keys`` (default 80 per 1,000 units).
Loans are inserted in bulk; the per-key history rows (key_events) are written for the
registration of every key and for the loans of the last 90 days."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain.billing_deposits import CASH, DepositKind, EntryKind
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.clock import FixedClock
from deskapp.domain.keys import (
    STOCK_ITEMS, BorrowerKind, CardEventKind, CardKind, CardState, CountItem, Difference, HoldReason, KeyEventKind, KeyKind,
    KeyState, Purpose, ReturnState, SpaceArea, SpaceState, add_months, tag_code,
)
from deskapp.domain.permissions import Role
from deskapp.domain.units import UnitKind, UnitState
from deskapp.services.billing import deposits as billing_deposits
from deskapp.services.context import Actor, Context
from deskapp.services.demo import (
    DemoPlan, at, bulk, by_now, check_cancel, desk_time, office_time, staff, units, worked_since,
)
from deskapp.services.demo.billing import CASHIERS  # the clerks whose drawers take money
from deskapp.services.demo.names import NameMaker
from deskapp.store.models.keys import (
    Card, CardEvent, CardRenewal, CustodyKey, InventoryCount, InventoryLine, KeyEvent, KeyLoan, ParkingLease, ParkingSpace,
    StockItem,
)
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.models.registry import ChronicleEntry
from deskapp.store.queries import demo as demo_queries
from deskapp.store.uow import Session

ORDER = 40

REASON_FOR_STATE = {UnitState.VACANT: HoldReason.VACANT, UnitState.RENTED: HoldReason.RENTED,
                    UnitState.DECORATING: HoldReason.DECORATING, UnitState.UNDELIVERED: HoldReason.VACANT}
PURPOSES = (Purpose.DECORATION, Purpose.DECORATION, Purpose.REPAIR, Purpose.REPAIR, Purpose.VIEWING,
            Purpose.VIEWING, Purpose.METER, Purpose.OTHER)
PROVINCES = "浙浙浙浙沪苏皖赣闽"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _plate(rng: random.Random, used: set[str]) -> str:
    while True:
        p = rng.choice(PROVINCES) + rng.choice("AAAABCDEFGH") + "".join(
            rng.choice("0123456789" + PLATE_LETTERS if i < 2 else "0123456789") for i in range(5))
        if p not in used:
            used.add(p)
            return p


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    today = plan.today
    people = staff()
    clerks = [people["clerk"], people["clerk2"], people["steward"]]
    all_units = units(session)
    if not all_units:
        return
    keys = _keys(session, plan, rng, all_units, today, people)
    _loans(session, plan, rng, keys, today, clerks, people["supervisor"])
    spaces = _spaces(session, plan, rng, all_units, today, clerks)
    _cards(session, ctx, plan, rng, all_units, spaces, today, clerks)
    _stock_and_counts(session, plan, rng, keys, today, clerks)


# ----------------------------------------------------------------- keys in custody

def _keys(session: Session, plan: DemoPlan, rng: random.Random, all_units, today: date, people) -> list[dict]:
    held = [u for u in all_units if u.kind is UnitKind.SHOP or u.state in REASON_FOR_STATE]
    held_ids = {u.id for u in held}
    rest = [u for u in all_units if u.id not in held_ids]  # a set: a list here is quadratic on 20,000 units
    want = plan.scaled("custody_keys", 80, minimum=10)
    rng.shuffle(held)
    rng.shuffle(rest)
    chosen = (held + rest)[:want]
    chosen.sort(key=lambda u: u.id)
    rows, events, chronicle = [], [], []
    next_id = 1
    for u in chosen:
        kinds = [KeyKind.SHUTTER] if u.kind is UnitKind.SHOP else [KeyKind.ENTRANCE]
        if u.kind is not UnitKind.SHOP and rng.random() < 0.3:
            kinds.append(KeyKind.MAILBOX)
        reason = HoldReason.SHOP if u.kind is UnitKind.SHOP else REASON_FOR_STATE.get(u.state, HoldReason.ENTRUSTED)
        since = today - timedelta(days=rng.randrange(30, 3650))
        # held from the day the unit has a file (建档) and, once handed over, from when its owners have it
        since = min(today, max([since] + [d + timedelta(days=1) for d in (u.filed_on,) if d] +
                               [d for d in (u.lived_in_from,) if d]))
        for kind in kinds:
            cabinet = "ABCD"[(next_id - 1) // 100 % 4]
            row = dict(id=next_id, tag=tag_code(next_id), unit_id=u.id, kind=kind, label="",
                       copies=rng.choice((1, 2, 2, 3)), location=f"{cabinet}柜-{(next_id - 1) % 100 + 1:02d}",
                       reason=reason, since=since, authority=rng.choice(("业主书面委托", "业主电话委托并补签委托书",
                                                                          "交房时业主委托", "租户退租交回")),
                       state=KeyState.IN_CUSTODY, ended_on=None, ended_reason="",
                       created_at=at(since, 10), created_by=people["clerk"])
            rows.append(row | {"owner_ids": u.owner_ids, "tenant_ids": u.tenant_ids, "code": u.code,
                               "lived_in_from": u.lived_in_from})
            events.append(dict(key_id=next_id, at=at(since, 10), kind=KeyEventKind.REGISTERED,
                               text=f"{u.code} {kind.value} {row['copies']} 把，存放 {row['location']}，"
                                    f"原因 {reason.value}，依据 {row['authority']}", by=people["clerk"]))
            chronicle.append(dict(unit_id=u.id, at=at(since, 10), kind=ChronicleKind.KEY,
                                  text=f"托管钥匙 {row['tag']}：{kind.value} {row['copies']} 把（{reason.value}）",
                                  automatic=True, author=people["clerk"]))
            next_id += 1
    # a retired key keeps its history
    if rows:
        r = rows[0]
        r["state"], r["ended_on"], r["ended_reason"] = KeyState.RETIRED, today - timedelta(days=20), "业主换锁，旧钥匙作废"
        events.append(dict(key_id=r["id"], at=at(today - timedelta(days=20), 11), kind=KeyEventKind.RETIRED,
                           text="业主换锁，旧钥匙作废", by=people["supervisor"]))
    cols = {c.name for c in CustodyKey.__table__.columns}
    bulk(session, CustodyKey, ({k: v for k, v in r.items() if k in cols} for r in rows))
    bulk(session, KeyEvent, events)
    bulk(session, ChronicleEntry, chronicle)
    return [r for r in rows if r["state"] is KeyState.IN_CUSTODY]


# ----------------------------------------------------------------- loans

def _first_loan(k: dict) -> date | None:
    """The first day a key is lent: someone lives there (交房, and its owners have bought it: never an
    owner borrowing before the purchase) and the centre holds the key; None for a unit not handed over."""
    start = k["lived_in_from"]
    return None if start is None else max(start, k["since"])


def _loans(session: Session, plan: DemoPlan, rng: random.Random, keys: list[dict], today: date, clerks,
           supervisor: str) -> None:
    # from four days back: today's open loans (lent up to three days ago) never overlap
    keys = [k for k in keys if _first_loan(k) is not None and _first_loan(k) <= today - timedelta(days=4)]
    if not keys:
        return
    total = plan.scaled("key_loans", 1250, minimum=60)
    years = plan.size("key_loan_years", 10 if total > 50_000 else 1)
    days = max(30, years * 365)
    pids = sorted({p for k in keys for p in k["owner_ids"] + k["tenant_ids"]})
    persons = {pid: (name, id_type or "居民身份证", id_number)
               for pid, (name, id_type, id_number) in demo_queries.person_papers(session, pids).items()}
    names = NameMaker(rng, today)
    per_key = [total // len(keys)] * len(keys)
    for i in range(total - sum(per_key)):
        per_key[i % len(keys)] += 1
    now = plan.now  # the desk's moment: today's notes on overdue loans are written by then
    recent = today - timedelta(days=90)
    events: list[dict] = []
    # The last keys carry today's open loans: three overdue (one without a note), two still due today.
    open_plan = {len(keys) - 1: ("overdue", ""), len(keys) - 2: ("overdue", "已电话联系借用人，承诺明早 9 点前归还"),
                 len(keys) - 3: ("overdue_yesterday", "装修公司周末施工，业主同意延至周一"),
                 len(keys) - 4: ("out", ""), len(keys) - 5: ("out", "")}

    def rows():
        loan_id = 0
        for ki, k in enumerate(keys):
            check_cancel()
            span = range(4, min(days, (today - _first_loan(k)).days + 1))
            n = min(per_key[ki], len(span))
            chosen_days = sorted(rng.sample(span, n)) if n else []
            for back in reversed(chosen_days):
                loan_id += 1
                day = today - timedelta(days=back)
                yield _loan(rng, loan_id, k, day, persons, names, clerks, supervisor, events, recent, None)
            if ki in open_plan:
                loan_id += 1
                yield _loan(rng, loan_id, k, today, persons, names, clerks, supervisor, events, recent,
                            open_plan[ki], now)

    bulk(session, KeyLoan, rows())
    bulk(session, KeyEvent, events)


def _loan(rng, loan_id, k, day, persons, names, clerks, supervisor, events, recent, open_kind, now=None) -> dict:
    owners = [p for p in k["owner_ids"] if p in persons and persons[p][2]]
    tenants = [p for p in k["tenant_ids"] if p in persons]
    roll = rng.random()
    approved_by, reason, verified, pid = None, "", True, None
    if owners and roll < 0.7:
        pid = rng.choice(owners)
        name, id_type, id_number = persons[pid]
        kind = BorrowerKind.OWNER
    else:
        name, _surname, _given, male = names.name()
        id_type, id_number = "居民身份证", names.id_number(names.birthday(20, 65), male)
        if tenants and roll < 0.85:
            pid = rng.choice(tenants)
            name, id_type, id_number = persons[pid][0], persons[pid][1], persons[pid][2] or id_number
        kind, verified = BorrowerKind.OTHER, False
        approved_by = supervisor
        reason = rng.choice(("业主来电确认同意借用", "业主书面委托装修公司", "业主微信确认，已留截图", "维修紧急，业主同意"))
    purpose = rng.choice(PURPOSES)
    clerk = rng.choice(clerks)
    lent = office_time(rng, day)
    if open_kind is not None:
        what, note = open_kind
        # due before today, so they are overdue whenever the demo is opened today
        if what == "overdue":
            lent = at(day - timedelta(days=1), 9, 40 + loan_id % 15)
            due = at(day - timedelta(days=1), 18, 0)
        elif what == "overdue_yesterday":
            lent = at(day - timedelta(days=3), 15, 10)
            due = at(day - timedelta(days=2), 18, 0)
        else:  # several days of decoration work: out, not yet due
            lent = by_now(at(day, 9, loan_id % 50), now)
            due = at(day + timedelta(days=2), 12, 0)
        returned = None
    else:
        note = ""
        due = at(day, 18, 0) if lent < at(day, 18, 0) else at(day, 23, 59)
        late = rng.random() < 0.04
        back_minutes = rng.randrange(20, 300)
        # a key brought back late comes back when the desk is open (the next morning, not at 02:36)
        returned = desk_time(due + timedelta(minutes=rng.randrange(30, 900))) if late else min(
            lent + timedelta(minutes=back_minutes), due - timedelta(minutes=1))
        if returned <= lent:
            returned = lent + timedelta(minutes=10)
    state = ReturnState.GOOD if rng.random() < 0.98 else ReturnState.INCOMPLETE
    row = dict(
        id=loan_id, key_id=k["id"], unit_id=k["unit_id"], lent_at=lent, borrower_name=name,
        borrower_person_id=pid if kind is not BorrowerKind.OTHER or pid else None, borrower_kind=kind,
        borrower_phone="", id_type=id_type, id_number=id_number or "", id_verified=verified, approved_by=approved_by,
        approval_reason=reason, purpose=purpose, purpose_note="更换门锁" if purpose is Purpose.OTHER else "",
        due_at=due, deposit=Decimal("0.00") if purpose is not Purpose.DECORATION else Decimal("100.00"),
        lent_by=clerk, returned_at=returned, returned_by_name=name if returned else "",
        received_by=rng.choice(clerks) if returned else "", return_state=state if returned else None,
        return_note="少还一把，次日补回" if returned and state is ReturnState.INCOMPLETE else "",
        deposit_refunded=bool(returned) and purpose is Purpose.DECORATION, overdue_note=note,
        overdue_note_at=(now if note else None), overdue_note_by=clerk if note else "")
    if lent.date() >= recent or open_kind is not None:
        who = f"{name}（{kind.value}，" + ("证件已核验）" if verified else f"{approved_by} 批准：{reason}）")
        events.append(dict(key_id=k["id"], at=lent, kind=KeyEventKind.LENT,
                           text=f"借给 {who}，事由 {purpose.value}", by=clerk))
        if returned:
            events.append(dict(key_id=k["id"], at=returned, kind=KeyEventKind.RETURNED,
                               text=f"{name} 归还，{state.value}", by=row["received_by"]))
    return row


# ----------------------------------------------------------------- parking and cards

def _spaces(session: Session, plan: DemoPlan, rng: random.Random, all_units, today: date, clerks) -> list[dict]:
    flats = [u for u in all_units if u.kind is UnitKind.FLAT and u.owner_ids]
    n = max(12, round(len(all_units) * 0.3))
    spaces, leases = [], []
    lease_no = {}
    for i in range(1, n + 1):
        area = SpaceArea.UNDERGROUND if i % 5 else SpaceArea.GROUND
        number = f"{'B' if area is SpaceArea.UNDERGROUND else 'A'}-{i:04d}"
        roll = rng.random()
        if roll < 0.55 and flats:
            state, owner = SpaceState.SOLD, rng.choice(flats).id
        elif roll < 0.92:
            state, owner = SpaceState.FREE, None
        else:
            state, owner = SpaceState.PUBLIC, None
        spaces.append(dict(id=i, number=number, area=area, state=state, owner_unit_id=owner, note=""))
        if state is SpaceState.FREE and flats and rng.random() < 0.7:
            lessee = rng.choice(flats)
            # one lease that ended, then the current one, back to back, never overlapping
            start = today.replace(day=1) - timedelta(days=rng.randrange(0, 330))
            start = start.replace(day=1)
            end = add_months(start, 12) - timedelta(days=1)
            for s, e, renews in ((add_months(start, -12), start - timedelta(days=1), None), (start, end, True)):
                year = s.year
                lease_no[year] = lease_no.get(year, 0) + 1
                lid = len(leases) + 1
                leases.append(dict(id=lid, number=f"ZL{year}-{lease_no[year]:04d}", space_id=i, unit_id=lessee.id,
                                   lessee_name="", lessee_phone="", lessee_id_number="", plates="",
                                   start=s, end=e, monthly_rent=Decimal(rng.choice(("250.00", "300.00", "350.00"))),
                                   # a renewal takes no new deposit: the first lease's goes on (keys.parking.renew_lease)
                                   deposit=Decimal("0.00") if renews else Decimal("500.00"), ended_early=False,
                                   end_reason="",
                                   renews_id=lid - 1 if renews else None, created_at=at(s - timedelta(days=3), 10),
                                   created_by=rng.choice(clerks), _owner=lessee.owner_ids[0]))
    owners = {pid: (name, phone or "", idn or "")
              for pid, (name, phone, idn) in demo_queries.person_contacts(session, [ls["_owner"] for ls in leases]).items()}
    used: set[str] = set()
    plates_of: dict[int, str] = {}
    for ls in leases:
        name, phone, idn = owners.get(ls.pop("_owner"), ("", "", ""))
        plate = plates_of.setdefault(ls["space_id"], _plate(rng, used))
        ls.update(lessee_name=name or "承租人", lessee_phone=phone, lessee_id_number=idn, plates=plate)
    bulk(session, ParkingSpace, spaces)
    bulk(session, ParkingLease, leases)
    bulk(session, NumberCounter, [{"series": "ZL", "year": y, "last": n} for y, n in sorted(lease_no.items())])
    return spaces


# The house's card deposit (门禁卡/住户卡押金), taken at the counter for the cards issued in the last
# CARD_DEPOSIT_DAYS (since the supervisor set it; none at all before the centre worked with deskapp,
# demo.worked_since); a card handed back (退卡) gets it back in cash the same way.
CARD_DEPOSIT = Decimal("50.00")
CARD_DEPOSIT_DAYS = 90


def _cards(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random, all_units, spaces, today: date,
           clerks) -> None:
    names_of = demo_queries.person_names(session, [p for u in all_units for p in u.owner_ids[:1]])
    sold = {}
    for s in spaces:
        if s["owner_unit_id"]:
            sold.setdefault(s["owner_unit_id"], s["id"])
    cards, renewals, chronicle = [], [], []
    used_plates: set[str] = set()
    number = 0
    for u in all_units:
        if not u.owner_ids or u.state is UnitState.UNDELIVERED:
            continue
        holder = names_of.get(u.owner_ids[0], "业主")
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
            number += 1
            kind = CardKind.ACCESS if rng.random() < 0.6 else CardKind.RESIDENT
            issued = _lived_in(u, today - timedelta(days=rng.randrange(10, 2000)), today)
            state = CardState.ACTIVE if rng.random() < 0.93 else CardState.LOST
            cards.append(_card(number, kind, u.id, holder, issued, state, None, None, None, None, clerks, rng))
        if rng.random() < 0.28:
            number += 1
            issued = _lived_in(u, today - timedelta(days=rng.randrange(40, 1500)), today)
            # paid-up dates around today: some expired, some within 30 days, most later
            paid_until = today + timedelta(days=rng.choice((-60, -12, 5, 18, 27, 60, 120, 150, 200, 260, 330)))
            fee = Decimal(rng.choice(("100.00", "150.00", "150.00", "200.00")))
            plate = _plate(rng, used_plates)
            cards.append(_card(number, CardKind.VEHICLE, u.id, holder, issued, CardState.ACTIVE, plate,
                               sold.get(u.id), fee, paid_until, clerks, rng))
            start = add_months(paid_until + timedelta(days=1), -12)
            renewals.append(dict(card_id=number, period_start=start, period_end=paid_until, months=12,
                                 monthly_fee=fee, amount=fee * 12, created_at=at(start, 10),
                                 created_by=rng.choice(clerks)))
            chronicle.append(dict(unit_id=u.id, at=at(issued, 11), kind=ChronicleKind.CARD,
                                  text=f"发放车卡 C{number:06d}，车牌 {plate}", automatic=True,
                                  author=rng.choice(clerks)))
    with_deposit = _take_deposits(cards, max(worked_since(plan), today - timedelta(days=CARD_DEPOSIT_DAYS)), today)
    bulk(session, Card, cards)
    bulk(session, CardRenewal, renewals)
    bulk(session, ChronicleEntry, chronicle)
    _deposits_at_the_counter(session, ctx, with_deposit, today)


def _take_deposits(cards: list[dict], since: date, today: date) -> list[tuple[dict, str]]:
    """The resident and access cards issued since `since` take the house's deposit from the holder,
    issued by a clerk at the counter; every sixth, issued three weeks or more ago, was handed back
    since (退卡: cancelled, the deposit given back). Decided by the card's number, not drawn, so the
    rest of the step draws as before."""
    chosen = []
    for c in cards:
        if c["kind"] is CardKind.VEHICLE or c["state"] is not CardState.ACTIVE or not since <= c["issued_on"] <= today:
            continue
        username, key = CASHIERS[c["id"] % 2]
        c.update(deposit=CARD_DEPOSIT, created_by=staff()[key])
        if c["id"] % 6 == 0 and c["issued_on"] <= today - timedelta(days=21):
            c.update(state=CardState.CANCELLED, ended_on=c["issued_on"] + timedelta(days=7 + c["id"] % 13),
                     end_reason="业主退卡")
        chosen.append((c, username))
    return chosen


def _deposits_at_the_counter(session: Session, ctx: Context, cards: list[tuple[dict, str]], today: date) -> None:
    """Each chosen card's deposit taken as 发卡 takes it — the 押金台账's deposit and its 收取 entry in
    the clerk's drawer that day, audited (billing.deposits.take, with the clock at the issue) — and a
    card handed back has its deposit given back from the drawer (billing.deposits.settle)."""
    names = staff()
    actors = {u: Actor(demo_queries.user_id(session, u), u, names[key], Role.CLERK) for u, key in CASHIERS}
    events = []
    for c, cashier in cards:
        check_cancel()
        actor, source = actors[cashier], f"card:{c['id']}"
        then = replace(ctx, clock=FixedClock(c["created_at"]))
        billing_deposits.take(session, then, actor, DepositKind.CARD, source, unit_id=c["unit_id"],
                              payer=c["holder_name"], amount=c["deposit"], source_ref=f"卡 {c['number']}", money=CASH)
        events.append(dict(card_id=c["id"], at=c["created_at"], kind=CardEventKind.ISSUED,
                           text=f"发放给 {c['holder_name']}，押金 {c['deposit']:.2f} 元", amount=c["deposit"],
                           by=actor.display_name))
        if c["state"] is CardState.CANCELLED:
            back = at(c["ended_on"], 15, c["id"] % 60)
            billing_deposits.settle(session, replace(ctx, clock=FixedClock(back)), actor, source, EntryKind.REFUNDED,
                                    c["deposit"], "退卡，押金退还持卡人", CASH)
            events.append(dict(card_id=c["id"], at=back, kind=CardEventKind.CANCELLED, text="业主退卡", amount=None,
                               by=actor.display_name))
            events.append(dict(card_id=c["id"], at=back, kind=CardEventKind.DEPOSIT_REFUNDED,
                               text=f"押金退还 {c['holder_name']}", amount=c["deposit"], by=actor.display_name))
    bulk(session, CardEvent, events)


def _lived_in(u, day: date, today: date) -> date:
    """A card is issued to the residents once the unit is theirs (交房, the owners' purchase)."""
    return min(today, max(day, u.lived_in_from or day))


def _card(number, kind, unit_id, holder, issued, state, plate, space_id, fee, paid_until, clerks, rng) -> dict:
    prefix = {CardKind.ACCESS: "MJ", CardKind.RESIDENT: "ZH", CardKind.VEHICLE: "C"}[kind]
    return dict(id=number, number=f"{prefix}{number:06d}", kind=kind, unit_id=unit_id, holder_name=holder,
                person_id=None, issued_on=issued, fee=Decimal("20.00") if kind is not CardKind.VEHICLE else Decimal("0"),
                deposit=Decimal("0.00"), state=state, ended_on=issued + timedelta(days=200)
                if state is not CardState.ACTIVE else None, end_reason="业主遗失" if state is CardState.LOST else "",
                replaces_id=None, plate=plate, space_id=space_id, monthly_fee=fee, paid_until=paid_until,
                created_at=at(issued, 10), created_by=rng.choice(clerks))


# ----------------------------------------------------------------- stock and past monthly counts

def _stock_and_counts(session: Session, plan: DemoPlan, rng: random.Random, keys: list[dict], today: date,
                      clerks) -> None:
    stock = {CountItem.BLANK_RESIDENT: 40, CountItem.BLANK_ACCESS: 120, CountItem.BLANK_VEHICLE: 30,
             CountItem.INTERCOM: 14}
    bulk(session, StockItem, [dict(item=i, quantity=q) for i, q in stock.items()])
    counts, lines = [], []
    line_id = 0
    for back in range(6, 0, -1):
        month_start = add_months(today.replace(day=1), -back)
        day = month_start.replace(day=rng.randrange(20, 26))
        cid = len(counts) + 1
        counts.append(dict(id=cid, month=f"{day:%Y-%m}", counted_on=day, filed_at=at(day, 17, 20),
                           filed_by=rng.choice(clerks), note=""))
        for k in keys:
            if k["since"] > day:
                continue
            line_id += 1
            counted, diff, amount, note = k["copies"], Difference.NONE, 0, ""
            if rng.random() < 0.01:
                counted, diff, amount, note = k["copies"] - 1, Difference.MISSING, 1, "业主取走一把，已电话确认"
            lines.append(dict(id=line_id, count_id=cid, item=CountItem.KEY, ref=k["tag"],
                              label=f"{k['tag']} {k['location']} {k['kind'].value}", on_record=k["copies"], lent=0,
                              counted=counted, difference=diff, amount=amount, note=note))
        for item in STOCK_ITEMS:
            line_id += 1
            q = stock[item] + rng.randrange(0, 10)
            extra = item is CountItem.INTERCOM and back == 3
            lines.append(dict(id=line_id, count_id=cid, item=item, ref=item.name, label=item.value, on_record=q,
                              lent=0, counted=q + (1 if extra else 0),
                              difference=Difference.EXTRA if extra else Difference.NONE, amount=1 if extra else 0,
                              note="业主退回一台对讲机" if extra else ""))
    bulk(session, InventoryCount, counts)
    bulk(session, InventoryLine, lines)
