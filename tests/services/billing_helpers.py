"""A small billed community for the billing tests: building 3 with three delivered units of
50/30/20 ㎡, water meters read Jun–Sep 2026, a master power meter for the building."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from deskapp.domain.billing import FeeItem, MeterKind
from deskapp.services.registry import units as registry_units
from deskapp.services.billing import meters
from deskapp.services.billing import standards

JUN, JUL, AUG, SEP = (date(2026, m, 1) for m in (6, 7, 8, 9))


def setup_units(ctx, admin, *, states=("自住", "自住", "空置")):
    ids = []
    for (room, area), state in zip((("101", "50"), ("102", "30"), ("201", "20")), states):
        uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room,
                                                "building_area": area, "state": state},
                                   delivered_on=date(2020, 1, 1))
        ids.append(uid)
    return ids


def setup_standards(ctx, admin):
    standards.add_standard(ctx, admin, FeeItem.PROPERTY, "2.50", date(2020, 1, 1), unit_kind="住宅")
    standards.add_standard(ctx, admin, FeeItem.WATER, "4.10", date(2020, 1, 1))
    standards.add_standard(ctx, admin, FeeItem.SHARED_WATER, "4.10", date(2020, 1, 1))
    standards.add_standard(ctx, admin, FeeItem.SHARED_POWER, "0.60", date(2020, 1, 1))


def read_all(ctx, admin, values=None, *, months=(JUN, JUL, AUG, SEP), shared=None):
    """Water readings per unit code; shared power meter readings."""
    values = values or {"3-1-101": (100, 110, 121, 130), "3-1-102": (50, 55, 60, 66), "3-1-201": (10, 10, 10, 10)}
    for m_i, month in enumerate(months):
        meters.create_missing_meters(ctx, admin, MeterKind.WATER, "3")
        grid = meters.reading_grid(ctx, admin, month, MeterKind.WATER, "3")
        for row in grid:
            if row.unit_code in values and m_i < len(values[row.unit_code]) and values[row.unit_code][m_i] is not None:
                meters.enter_reading(ctx, admin, row.meter_id, month, str(values[row.unit_code][m_i]))
    if shared is not None:
        mid = shared
        for month, v in zip(months, (1000, 1300.50, 1600, 1900.01)):
            meters.enter_reading(ctx, admin, mid, month, D(str(v)))


def billed_community(ctx, admin):
    ids = setup_units(ctx, admin)
    setup_standards(ctx, admin)
    power = meters.add_shared_meter(ctx, admin, "GD-3-01", MeterKind.POWER, "3", "3号楼公共照明")
    read_all(ctx, admin, shared=power)
    return ids, power


def three_handovers(ctx, admin, clock) -> dict[str, int]:
    """Three days handed to finance (往日移交表), the clock put back where it was: the clerk's
    Tuesday 2026-11-24 (cash 100.50 with one receipt voided, 100.00 counted, the short 0.50
    explained), 周婷's Wednesday (by 微信), the clerk's Thursday; their ids by day."""
    from datetime import datetime

    from support import CST, make_actor

    from deskapp.domain.billing import PayMethod
    from deskapp.domain.permissions import Role
    from deskapp.services.billing import handover, payments
    from deskapp.services.context import Actor

    clerk, zhou = make_actor(Role.CLERK), Actor(None, "zhouting", "周婷", Role.CLERK)
    unit = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                   "building_area": "88", "state": "自住"})
    now, ids = clock.now(), {}
    for day, who, pays, counted, why in (
            (24, clerk, [("60.50", PayMethod.CASH), ("40.00", PayMethod.CASH), ("9.99", PayMethod.CASH)], "100.00",
             "短款 0.50 元，收款员已补交"),
            (25, zhou, [("320.00", PayMethod.WECHAT)], "0.00", ""),
            (26, clerk, [("75.00", PayMethod.CASH)], "75.00", "")):
        clock.set(datetime(2026, 11, day, 10, 0, tzinfo=CST))
        paid = [payments.take_payment(ctx, who, unit, [], amount, method, to_prepayment=True,
                                      pay_ref="" if method is PayMethod.CASH else f"4200000000202611{day}0001")
                for amount, method in pays]
        if len(paid) == 3:
            payments.void_receipt(ctx, who, paid[2].id, "重复收款")
        clock.set(datetime(2026, 11, day, 17, 30, tzinfo=CST))
        ids[f"2026-11-{day}"] = handover.hand_over(ctx, who, counted, "财务 吴会计", why).id
    clock.set(now)
    return ids
