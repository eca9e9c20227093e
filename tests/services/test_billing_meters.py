from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from deskapp.domain.billing import MeterKind
from deskapp.domain.billing_meters import Flag, ReadingEvent
from deskapp.domain.errors import ValidationError
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.billing import meters


@pytest.fixture
def units(community, admin):
    ctx = community
    ids = [registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": f"{r}", "building_area": a,
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


def test_typed_reading_lower_than_previous_is_kept_flagged_until_read_again_or_replaced(units, admin):
    ctx, ids = units
    meters.create_missing_meters(ctx, admin, MeterKind.WATER, "3")
    grid = meters.reading_grid(ctx, admin, date(2026, 7, 1), MeterKind.WATER, "3")
    mid = grid[0].meter_id
    meters.enter_reading(ctx, admin, mid, date(2026, 7, 1), "500")
    low = meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "20")
    assert low.value == D("20") and low.usage is None and low.flags == (Flag.LOWER.value,) and low.waiting
    with pytest.raises(ValidationError) as e:  # nothing to confirm: it must be read again
        meters.confirm_reading(ctx, admin, low.reading_id, "已复抄")
    assert e.value.field == "本期读数" and "小于上期" in str(e.value)
    with pytest.raises(ValidationError):
        meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "abc")
    row = meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "20", event=ReadingEvent.REPLACED,
                               old_final="510", new_start="5")
    assert row.usage == D("25") and row.flags == () and not row.waiting
    assert [r.label for r in meters.recheck_list(ctx, admin, date(2026, 7, 1))] == ["3-1-101"]  # no previous


def test_flagged_reading_is_confirmed_with_a_reason_and_audited(units, admin):
    from sqlalchemy import select

    from deskapp.store.models.accounts import AuditEntry

    ctx, ids = units
    meters.create_missing_meters(ctx, admin, MeterKind.WATER, "3")
    mid = meters.reading_grid(ctx, admin, date(2026, 7, 1), MeterKind.WATER, "3")[0].meter_id
    for m, v in ((4, "100"), (5, "110"), (6, "121"), (7, "130")):
        meters.enter_reading(ctx, admin, mid, date(2026, m, 1), v)
    high = meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "742.3")  # 612.3 m³ against a usual 10
    assert high.flags == (Flag.HIGH.value,) and high.waiting
    with pytest.raises(ValidationError) as e:
        meters.confirm_reading(ctx, admin, high.reading_id, "  ")
    assert e.value.field == "确认原因"
    done = meters.confirm_reading(ctx, admin, high.reading_id, "已复抄，厨房漏水已报修")
    assert done.confirmed and not done.waiting
    assert meters.recheck_list(ctx, admin, date(2026, 8, 1)) == []
    with ctx.reader() as uow:
        summary = uow.session.execute(select(AuditEntry.summary)
                                      .where(AuditEntry.action == "meters.confirm")).scalar_one()
    assert "漏水已报修" in summary
    # typed again: judged again, waiting again
    again = meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "742.4")
    assert again.waiting


def test_vacant_unit_usage_is_flagged_and_move_in_reading_is_the_baseline(units, admin):
    from deskapp.domain.units import UnitState

    ctx, ids = units
    registry_units.set_unit_state(ctx, admin, ids[1], UnitState.VACANT, "业主外出")
    meters.create_missing_meters(ctx, admin, MeterKind.WATER, "3")
    mid = next(r for r in meters.reading_grid(ctx, admin, date(2026, 7, 1), MeterKind.WATER, "3")
               if r.unit_code == "3-1-102").meter_id
    with ctx.uow() as uow:  # the move-in path: start readings saved as the meter's baseline
        meters.save_imported_readings(uow.session, ctx, admin, [
            meters.ImportedReading(ids[1], "水表", date(2026, 7, 1), D("70"), date(2026, 7, 3), "交房 3-1-102")],
            baseline=True)
        uow.commit()
    july = next(r for r in meters.reading_grid(ctx, admin, date(2026, 7, 1), MeterKind.WATER, "3")
                if r.unit_code == "3-1-102")
    assert july.event is ReadingEvent.BASELINE and july.flags == () and july.usage == D("0")
    assert meters.recheck_list(ctx, admin, date(2026, 7, 1)) == []  # not 无上期读数 on the 复抄清单
    aug = meters.enter_reading(ctx, admin, mid, date(2026, 8, 1), "5000")
    assert aug.previous == D("70") and aug.usage == D("4930") and aug.flags == (Flag.VACANT_USE.value,)
    # typing the move-in month again keeps it the baseline
    assert meters.enter_reading(ctx, admin, mid, date(2026, 7, 1), "70").event is ReadingEvent.BASELINE


def test_looking_at_the_grid_writes_nothing_and_missing_meters_are_set_up_on_request(units, admin):
    from sqlalchemy import func, select

    from deskapp.store.models.accounts import AuditEntry
    from deskapp.store.models.billing_meters import Meter

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


def test_move_in_start_readings_are_the_baseline_not_on_the_reread_list(community, admin, clerk):
    from deskapp.domain.people import Relation
    from deskapp.domain.units import UnitState
    from deskapp.services.rounds import movein

    ctx = community
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "301", "building_area": "90",
                                            "state": "未交房"})
    registry_people.add_person(ctx, admin, uid, registry_people.PersonInput("赵强", "13600136000"), Relation.OWNER)
    movein.move_in(ctx, clerk, movein.MoveInInput(
        unit_id=uid, handed_over_on=ctx.clock.today(), owner_name="赵强", ticked=tuple(movein.checklist(ctx)),
        keys_count=2, readings={"水": "12.5", "电": "803", "燃气": "0"}, state_after=UnitState.VACANT))
    nov, dec = date(2026, 11, 1), date(2026, 12, 1)
    assert meters.recheck_list(ctx, admin, nov) == []  # not 无上期读数 on the 复抄清单
    start = meters.reading_grid(ctx, admin, nov, MeterKind.WATER, "3")[0]
    assert (start.value, start.usage, start.flags, start.event) == (D("12.5"), D("0"), (), ReadingEvent.BASELINE)
    # the next reading compares against it, with the same check as any other (the flat stands empty)
    nxt = meters.enter_reading(ctx, admin, start.meter_id, dec, "20.5")
    assert nxt.previous == D("12.5") and nxt.usage == D("8") and nxt.flags == (Flag.VACANT_USE.value,)
