"""停用维护 cancels the bookings in its time (因停用取消) and lists their holders, and refuses new
ones; a check's finding becomes a repair order; the morning list; the monthly register."""
from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from facilities_support import at, booking, make_world
from support import make_actor

from deskapp.contracts.facilities import BookingFilter
from deskapp.domain.errors import ValidationError
from deskapp.domain.facilities import BookingState, CheckKind, CheckLine
from deskapp.domain.permissions import Role
from deskapp.services import exports, hooks
from deskapp.services.facilities import bookings, checks, closures

CLERK = make_actor(Role.CLERK, "周婷")
SUP = make_actor(Role.SUPERVISOR, "王敏")


@pytest.fixture
def world(community):
    return make_world(community)


def test_a_closure_cancels_the_bookings_in_its_time_lists_the_holders_and_refuses_new_ones(community, world):
    inside = bookings.book(community, CLERK, booking(world, "网球场", at(28, 9), at(28, 10)))
    outside = bookings.book(community, CLERK, booking(world, "网球场", at(29, 9), at(29, 10)))
    holders = closures.close_for_maintenance(community, SUP, world.ids["网球场"], at(28, 7), at(28, 21), "更换围网")
    assert [(h.number, h.unit_code, h.person, h.phone) for h in holders] == [
        (inside.number, "3-1-1502", "张伟", "138****8000")]
    states = {r.number: r.state for r in bookings.for_unit(community, CLERK, world.unit_id)}
    assert states == {inside.number: BookingState.CLOSED_OFF, outside.number: BookingState.APPROVED}
    with pytest.raises(ValidationError) as e:
        bookings.book(community, CLERK, booking(world, "网球场", at(28, 15), at(28, 16)))
    assert e.value.field == "开始时间" and "更换围网" in e.value.message
    assert [c.reason for c in closures.closures(community, CLERK)] == ["更换围网"]


def test_a_closure_needs_a_reason_and_an_end_after_its_start(community, world):
    with pytest.raises(ValidationError) as e:
        closures.close_for_maintenance(community, SUP, world.ids["网球场"], at(28, 7), at(28, 21), " ")
    assert e.value.field == "停用原因"
    with pytest.raises(ValidationError) as e:
        closures.close_for_maintenance(community, SUP, world.ids["网球场"], at(28, 7), at(28, 6), "维修")
    assert e.value.field == "停用结束"


def test_a_finding_becomes_a_repair_order(community, world):
    lines = [CheckLine(item, True) for item in checks.check_items()]
    lines[1] = CheckLine("照明", False, "东侧两盏灯不亮")
    repairs = checks.record_check(community, CLERK, world.ids["健身房"], CheckKind.OPENING, lines)
    assert len(repairs) == 1 and repairs[0].startswith("WX")
    today = checks.checks_today(community, CLERK)
    assert today[0].facility == "健身房" and today[0].findings == [f"照明：东侧两盏灯不亮（{repairs[0]}）"]
    with pytest.raises(ValidationError) as e:
        checks.record_check(community, CLERK, world.ids["健身房"], CheckKind.CLOSING, [CheckLine("卫生", False, "")])
    assert e.value.field == "检查项目"


def test_the_morning_list_has_todays_bookings_and_the_supervisors_approvals(community, world):
    bookings.book(community, CLERK, booking(world, "网球场", at(27, 15), at(27, 16)))
    bookings.book(community, CLERK, booking(world, "二楼会议室", at(30, 9), at(30, 10)))
    with community.reader() as uow:
        clerk_items = hooks.collect(hooks.Hook.START_OF_DAY, uow.session, community, CLERK, date(2026, 11, 27))
        sup_items = hooks.collect(hooks.Hook.START_OF_DAY, uow.session, community, SUP, date(2026, 11, 27))
    assert [i.kind for i in clerk_items if i.area == "facilities"] == ["设施预约"]
    assert sorted(i.kind for i in sup_items if i.area == "facilities") == ["设施预约", "设施预约待审批"]


def test_the_monthly_register(community, world, tmp_path):
    made = bookings.book(community, CLERK, booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30, "生日会"))
    bookings.book(community, CLERK, booking(world, "网球场", at(29, 9), at(29, 10)))
    path = tmp_path / "b.xlsx"
    n = exports.run_export(community, SUP, "facility-bookings", path, exports.ExportOptions(month="2026-11"))
    assert n == 2
    ws = openpyxl.load_workbook(path).active
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=3, values_only=False)]
    assert "公共设施预约登记表" in ws["A1"].value
    assert rows[0][1:3] == [made.number, "会所多功能厅"] and rows[0][9] == 200 and rows[0][11] == "待审批"
    assert bookings.booking_register(community, SUP, BookingFilter(unit_id=world.unit_id)).total == 2


def test_deskapp_check_finds_a_room_held_twice(community, world):
    from deskapp.store.models.facilities import FacilityBooking

    first = bookings.book(community, CLERK, booking(world, "网球场", at(28, 9), at(28, 11)))
    bookings.book(community, CLERK, booking(world, "网球场", at(28, 11), at(28, 12)))
    bookings.book(community, CLERK, booking(world, "健身房", at(28, 9), at(28, 10), 2))
    bookings.book(community, CLERK, booking(world, "健身房", at(28, 9), at(28, 10), 1))  # the gym is shared
    with community.reader() as uow:
        result = [c for c in hooks.collect(hooks.Hook.CHECKS, uow.session, community) if c.name == "公共设施预约"][0]
    assert result.problems == [] and result.checked == 2
    with community.uow() as uow:  # a row written around the service (an old import, a hand edit)
        b = uow.session.get(FacilityBooking, first.id)
        uow.session.add(FacilityBooking(number="YY2026-999999", facility_id=b.facility_id, unit_id=b.unit_id,
                                        person_id=b.person_id, person_name="张伟", starts_at=at(28, 10),
                                        ends_at=at(28, 10, 30), heads=1, fee=0, deposit=0,
                                        state=BookingState.APPROVED, created_at=at(27, 9), created_by="x"))
        uow.commit()
    with community.reader() as uow:
        result = [c for c in hooks.collect(hooks.Hook.CHECKS, uow.session, community) if c.name == "公共设施预约"][0]
    assert result.problems == [f"预约 {first.number} 与 YY2026-999999 时间重叠"]
