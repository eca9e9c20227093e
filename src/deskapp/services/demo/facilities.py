"""Demo step 75: 公共设施 — the five facilities (会所, 健身房, 球场, 会议室, 货梯) with hours, rules,
fee and deposit; bookings by the units' owners over the last 90 days and the next week (most
approved, some pending, rejected, cancelled), a closure of the court planned after the booked
week, and the opening and closing checks of the last days (a few findings).

Sizes (``plan.extra``): ``facility_bookings`` (a quarter of the units), the bookings made; beyond
3,600 they reach further back than 90 days (40 a day)."""
from __future__ import annotations

import random
from collections import defaultdict
from datetime import time, timedelta
from decimal import Decimal

from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.facilities import CHECK_ITEMS, SHARED, BookingState, CheckKind, FacilityKind
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, by_now, next_id, staff, units
from deskapp.store.models.facilities import (
    Facility, FacilityBooking, FacilityCheck, FacilityCheckLine, FacilityClosure,
)
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.queries.demo import person_names
from deskapp.store.uow import Session

ORDER = 75
DAYS_BACK, DAYS_AHEAD = 90, 7
NEAR_SHARE = 0.25

FACILITIES = (  # name, kind, opens, closes, capacity, fee, deposit, rules
    ("会所多功能厅", FacilityKind.CLUBHOUSE, 9, 21, 50, "200", "500", "禁止吸烟；活动结束后恢复桌椅，垃圾带走。"),
    ("健身房", FacilityKind.GYM, 6, 22, 20, "0", "0", "穿运动鞋入场；器械用后归位；未成年人须家长陪同。"),
    ("网球场", FacilityKind.COURT, 7, 21, 4, "50", "0", "请穿网球鞋入场；每次预约不超过两小时。"),
    ("二楼会议室", FacilityKind.MEETING_ROOM, 8, 20, 20, "0", "0", "会后关闭投影和空调，恢复桌椅。"),
    ("3号楼货梯", FacilityKind.LIFT, 8, 18, 6, "0", "300", "搬运时铺设电梯保护板；大件物品凭放行条出门。"),
)
PURPOSES = {FacilityKind.CLUBHOUSE: ("生日会", "亲友聚会", "业主读书会", "书法交流"),
            FacilityKind.GYM: ("健身", "瑜伽"), FacilityKind.COURT: ("网球", "羽毛球练习"),
            FacilityKind.MEETING_ROOM: ("业主小组会", "楼栋议事", "装修协调会"), FacilityKind.LIFT: ("搬家", "装修材料进场")}
FINDINGS = ("照明", "空调及通风", "设施设备完好", "卫生")
NOTES = ("一盏灯不亮", "空调滴水", "跑步机皮带打滑", "地面有积水")


def _facilities(session: Session) -> list[dict]:
    first = next_id(session, Facility)
    rows = [{"id": first + i, "name": n, "kind": k, "opens": time(o), "closes": time(c), "capacity": cap,
             "fee": Decimal(fee), "deposit": Decimal(dep), "rules": rules}
            for i, (n, k, o, c, cap, fee, dep, rules) in enumerate(FACILITIES)]
    bulk(session, Facility, rows)
    return rows


# the kinds the supervisor approves (the setting's default, facilities._common.APPROVAL)
APPROVED_BY_SUPERVISOR = (FacilityKind.CLUBHOUSE, FacilityKind.MEETING_ROOM)


def _state(rng: random.Random, past: bool, kind: FacilityKind) -> BookingState:
    """Cancelled or, for a kind the supervisor approves, rejected now and then; such a booking still
    to come may wait for approval. Every other kind is approved when booked, as the desk does."""
    r = rng.random()
    if r < 0.06:
        return BookingState.CANCELLED
    if kind not in APPROVED_BY_SUPERVISOR:
        return BookingState.APPROVED
    if r < 0.09:
        return BookingState.REJECTED
    return BookingState.PENDING if not past and r < 0.2 else BookingState.APPROVED


def _bookings(session: Session, plan: DemoPlan, rng: random.Random, facilities: list[dict]) -> int:
    """Bookings on free slots of whole hours; the gym's bookings share an hour up to its capacity."""
    owners = [(u.id, u.owner_ids[0]) for u in units(session) if u.owner_ids]
    if not owners:
        return 0
    names = person_names(session, sorted({p for _, p in owners}))
    clerks = [staff()[k] for k in ("clerk", "clerk2")]
    today, wanted = plan.today, plan.size("facility_bookings", max(len(owners) // 4, 50))
    days_back = max(DAYS_BACK, wanted // 40)  # a big register goes further back, the rooms never overbooked
    held: dict[tuple, int] = defaultdict(int)  # (facility, day, hour) → heads
    first, made, tries = next_id(session, FacilityBooking), [], 0
    per_year: dict[int, int] = defaultdict(int)  # the gap-free numbers, one series a year
    while len(made) < wanted and tries < wanted * 4:
        tries += 1
        f = rng.choice(facilities)
        # a quarter around today (the last days and the booked week ahead), the rest over the months
        # back: drawn evenly over all of them, seed 0's fifty bookings all fell before the last week,
        # and the morning list and the register had nothing coming
        near = rng.random() < NEAR_SHARE
        day = today + timedelta(days=rng.randint(-3, DAYS_AHEAD) if near else rng.randint(-days_back, DAYS_AHEAD))
        hours = rng.choice((1, 1, 2))
        start = rng.randint(f["opens"].hour, f["closes"].hour - hours)
        heads = rng.randint(1, 3) if f["kind"] in SHARED else rng.randint(1, min(f["capacity"], 30))
        slots = [(f["id"], day, h) for h in range(start, start + hours)]
        room = f["capacity"] if f["kind"] in SHARED else 1
        need = heads if f["kind"] in SHARED else 1
        if any(held[s] + need > room for s in slots):
            continue
        unit_id, person = rng.choice(owners)
        state = _state(rng, day < today, f["kind"])
        decided = state is not BookingState.PENDING and (state is not BookingState.APPROVED
                                                          or f["kind"] in APPROVED_BY_SUPERVISOR)
        if state in (BookingState.PENDING, BookingState.APPROVED):
            for s in slots:
                held[s] += need
        made_on = min(day - timedelta(days=rng.randint(0, 6)), today)
        made.append({"facility_id": f["id"],
                     "unit_id": unit_id, "person_id": person, "person_name": names.get(person, ""),
                     "starts_at": at(day, start), "ends_at": at(day, start + hours), "heads": heads,
                     "purpose": rng.choice(PURPOSES[f["kind"]]), "fee": f["fee"], "deposit": f["deposit"],
                     "state": state, "decided_at": by_now(at(made_on, 16), plan.now) if decided else None,
                     "decided_by": staff()["supervisor"] if decided else "",
                     "decision_note": {BookingState.CANCELLED: "业主有事取消", BookingState.REJECTED: "与社区活动冲突"}
                     .get(state, ""), "closure_id": None, "created_at": by_now(at(made_on, 10, rng.randrange(60)), plan.now),
                     "created_by": rng.choice(clerks)})
    # numbered and stored in the order they were made, as the desk numbers them
    made.sort(key=lambda b: b["created_at"])
    for i, b in enumerate(made):
        year = b["created_at"].astimezone(CENTRE_TZ).year
        per_year[year] += 1
        b["id"], b["number"] = first + i, f"YY{year}-{per_year[year]:06d}"
    bulk(session, FacilityBooking, made)
    bulk(session, NumberCounter, [{"series": "YY", "year": y, "last": n} for y, n in sorted(per_year.items())])
    return len(made)


def _checks(session: Session, plan: DemoPlan, rng: random.Random, facilities: list[dict]) -> None:
    checks, lines = [], []
    check_id = next_id(session, FacilityCheck)
    for back in range(7, 0, -1):
        day = plan.today - timedelta(days=back)
        for f in facilities:
            for kind, hour in ((CheckKind.OPENING, f["opens"].hour), (CheckKind.CLOSING, f["closes"].hour)):
                who = staff()["steward" if kind is CheckKind.OPENING else "steward2"]
                checks.append({"id": check_id, "facility_id": f["id"], "day": day, "kind": kind,
                               "created_at": at(day, hour), "created_by": who})
                bad = rng.choice(FINDINGS) if rng.random() < 0.05 else None
                lines += [{"check_id": check_id, "item": item, "ok": item != bad,
                           "note": rng.choice(NOTES) if item == bad else "", "repair_number": ""}
                          for item in CHECK_ITEMS]
                check_id += 1
    bulk(session, FacilityCheck, checks)
    bulk(session, FacilityCheckLine, lines)


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    facilities = _facilities(session)
    _bookings(session, plan, rng, facilities)
    _checks(session, plan, rng, facilities)
    court = next(f for f in facilities if f["kind"] is FacilityKind.COURT)
    day = plan.today + timedelta(days=DAYS_AHEAD + 3)  # after the booked week: no booking to cancel
    bulk(session, FacilityClosure, [{"facility_id": court["id"], "starts_at": at(day, 7),
                                     "ends_at": at(day + timedelta(days=2), 21), "reason": "更换球场围网及地面翻新",
                                     "created_at": by_now(at(plan.today, 9), plan.now), "created_by": staff()["supervisor"]}])
