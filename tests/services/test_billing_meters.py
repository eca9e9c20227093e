from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from deskapp.domain.billing import MeterKind
from deskapp.domain.billing_meters import Flag, ReadingEvent
from deskapp.domain.errors import ValidationError
from deskapp.services import meters, registry


@pytest.fixture
def units(community, admin):
    ctx = community
    ids = [registry.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": f"{r}", "building_area": a,
                                             "state": "自住"}, delivered_on=date(2020, 1, 1))
           for r, a in (("101", "50"), ("102", "30"), ("201", "20"))]
    return ctx, ids


def test_imported_readings_create_meters_flag_and_audit(units, admin):
    ctx, ids = units
    rows = [meters.ImportedReading(ids[0], "水表", date(2026, m, 1), D(v), None, f"抄表.xlsx 水表 {m}")
            for m, v in ((4, "100"), (5, "110"), (6, "120"), (7, "121"), (8, "160"), (9, "150"))]
    with ctx.uow() as uow:
        n = meters.save_imported_readings(uow.session, ctx, admin, rows)
        uow.commit()
    assert n == 6
    grid = meters.reading_grid(ctx, admin, date(2026, 8, 1), MeterKind.WATER, "3")
    row = next(r for r in grid if r.unit_code == "3-1-101")
    assert row.previous == D("121") and row.usage == D("39") and Flag.HIGH.value in row.flags
    sep = meters.reading_grid(ctx, admin, date(2026, 9, 1), MeterKind.WATER, "3")
    assert Flag.LOWER.value in next(r for r in sep if r.unit_code == "3-1-101").flags
    from sqlalchemy import select

    from deskapp.store.models.accounts import AuditEntry
    with ctx.reader() as uow:
        actions = list(uow.session.execute(select(AuditEntry.action)).scalars())
    assert actions.count("meters.import") == 1


def test_typed_reading_lower_than_previous_is_refused_unless_replacement(units, admin):
    ctx, ids = units
    meters.create_missing_meters(ctx, admin, MeterKind.WATER, "3")
    grid = meters.reading_grid(ctx, admin, date(2026, 7, 1), MeterKind.WATER, "3")
    mid = grid[0].meter_id
    meters.enter_reading(ctx, admin, mid, date(2026, 7, 1), "500")
    with pytest.raises(ValidationError) as e:
        meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "20")
    assert e.value.field == "本期读数"
    with pytest.raises(ValidationError):
        meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "abc")
    row = meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "20", event=ReadingEvent.REPLACED,
                               old_final="510", new_start="5")
    assert row.usage == D("25")
    assert [r.label for r in meters.recheck_list(ctx, admin, date(2026, 7, 1))] == ["3-1-101"]  # no previous


def test_looking_at_the_grid_writes_nothing_and_missing_meters_are_set_up_on_request(units, admin):
    from sqlalchemy import func, select

    from deskapp.store.models.accounts import AuditEntry
    from deskapp.store.models.meters import Meter

    ctx, _ids = units

    def count(model) -> int:
        with ctx.reader() as uow:
            return uow.session.execute(select(func.count()).select_from(model)).scalar_one()

    audit_before = count(AuditEntry)
    assert meters.reading_grid(ctx, admin, date(2026, 7, 1), MeterKind.WATER, "3") == []
    assert count(Meter) == 0 and count(AuditEntry) == audit_before  # viewing is not writing
    assert meters.units_without_meter(ctx, admin, MeterKind.WATER, "3") == ["3-1-101", "3-1-102", "3-1-201"]
    assert meters.create_missing_meters(ctx, admin, MeterKind.WATER, "3") == 3
    assert meters.create_missing_meters(ctx, admin, MeterKind.WATER, "3") == 0  # only the missing ones
    grid = meters.reading_grid(ctx, admin, date(2026, 7, 1), MeterKind.WATER, "3")
    assert [r.meter_number for r in grid] == ["S-3-1-101", "S-3-1-102", "S-3-1-201"]
    assert meters.units_without_meter(ctx, admin, MeterKind.WATER, "3") == []
    assert meters.units_without_meter(ctx, admin, MeterKind.POWER, "3") == ["3-1-101", "3-1-102", "3-1-201"]
    with ctx.reader() as uow:
        summaries = list(uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "meters.create"))
                         .scalars())
    assert summaries == ["为3 栋 3 户建立水表"]
