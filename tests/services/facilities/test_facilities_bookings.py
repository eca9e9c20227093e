"""公共设施 bookings: refused at their field (past, outside hours, overlapping, over the gym's heads,
during a closure) with nothing written; approval where the setting asks; the fee and deposit
recorded; the lift booking's papers; the confirmation's text."""
from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from facilities_support import at, booking, make_world
from pypdf import PdfReader
from support import make_actor

from deskapp.contracts.facilities import BookingFilter
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.facilities import BookingState
from deskapp.domain.permissions import Role
from deskapp.services.facilities import bookings

CLERK = make_actor(Role.CLERK, "周婷")
SUP = make_actor(Role.SUPERVISOR, "王敏")


@pytest.fixture
def world(community):
    return make_world(community)


def _count(ctx) -> int:
    return bookings.booking_register(ctx, SUP, BookingFilter()).total


def test_a_booking_records_fee_and_deposit_and_waits_for_approval_where_the_setting_asks(community, world):
    made = bookings.book(community, CLERK, booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30, "生日会"))
    assert made.number == "YY2026-000001" and made.state is BookingState.PENDING
    row = bookings.booking_register(community, SUP, BookingFilter()).rows[0]
    assert (row.fee, row.deposit, row.person, row.unit_code) == (Decimal("200"), Decimal("500"), "张伟", "3-1-1502")
    with pytest.raises(PermissionDenied):
        bookings.decide(community, CLERK, made.id, True)
    bookings.decide(community, SUP, made.id, True)
    assert bookings.for_unit(community, CLERK, world.unit_id)[0].state is BookingState.APPROVED
    with pytest.raises(Conflict):
        bookings.decide(community, SUP, made.id, False, "重复")
    gym = bookings.book(community, CLERK, booking(world, "健身房", at(28, 7), at(28, 8)))
    assert gym.state is BookingState.APPROVED  # the gym needs no approval by default


@pytest.mark.parametrize("start, end, field", [
    (at(27, 8), at(27, 9), "开始时间"),  # in the past (the clock is 09:30)
    (at(28, 6), at(28, 8), "开始时间"),  # before the court opens at 07:00
    (at(28, 20), at(28, 22), "开始时间"),  # after it closes at 21:00
    (at(28, 10), at(28, 9), "结束时间"),
])
def test_a_booking_at_a_bad_time_is_refused_at_its_field(community, world, start, end, field):
    with pytest.raises(ValidationError) as e:
        bookings.book(community, CLERK, booking(world, "网球场", start, end))
    assert e.value.field == field
    assert _count(community) == 0


def test_an_overlapping_booking_is_refused_and_the_gym_counts_heads(community, world):
    bookings.book(community, CLERK, booking(world, "网球场", at(28, 9), at(28, 11)))
    with pytest.raises(ValidationError) as e:
        bookings.book(community, CLERK, booking(world, "网球场", at(28, 10), at(28, 12)))
    assert e.value.field == "开始时间" and "YY2026-000001" in e.value.message
    bookings.book(community, CLERK, booking(world, "网球场", at(28, 11), at(28, 12)))  # end to end is fine
    bookings.book(community, CLERK, booking(world, "健身房", at(28, 7), at(28, 9), 2))
    bookings.book(community, CLERK, booking(world, "健身房", at(28, 9), at(28, 10), 3))  # after the first two left
    with pytest.raises(ValidationError) as e:
        bookings.book(community, CLERK, booking(world, "健身房", at(28, 8), at(28, 9), 2))  # 2 + 2 > 3
    assert e.value.field == "人数"
    assert _count(community) == 4


def test_the_booking_must_be_made_by_one_of_the_units_people(community, world):
    from dataclasses import replace
    with pytest.raises(ValidationError) as e:
        bookings.book(community, CLERK, replace(booking(world, "网球场", at(28, 9), at(28, 10)), person_id=999))
    assert e.value.field == "预约人"


def test_a_lift_booking_without_papers_is_allowed_with_a_warning(community, world):
    made = bookings.book(community, CLERK, booking(world, "3号楼货梯", at(28, 9), at(28, 11), 2, "搬家"))
    assert made.state is BookingState.APPROVED and "放行条" in made.warning
    assert bookings.lift_papers(community, CLERK, made.id) == []


def test_the_confirmation_carries_facility_time_person_fee_rules_and_its_day(community, world):
    made = bookings.book(community, CLERK, booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30, "生日会"))
    reader = PdfReader(BytesIO(bookings.confirmation_pdf(community, CLERK, made.id)))
    text = "".join(p.extract_text() for p in reader.pages)
    fonts = {f["/BaseFont"] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert all("WenQuanYiMicroHei" in name for name in fonts)  # embedded, nothing left to the printer
    for part in ("公共设施预约确认单", "会所多功能厅", "2026-11-28 14:00", "3-1-1502", "张伟", "¥200.00", "¥500.00",
                 "禁止吸烟", "预约人（签字）", "办理日期：2026-11-27", made.number):
        assert part in text, part


def test_a_lift_booking_links_the_units_release_slip_of_that_day(community, world):
    from deskapp.domain.rounds import (
        ConfirmerRelation, ConfirmMethod, OwnerConfirmation, ReleaseInput, ReleaseItem, ReleaseKind,
    )
    from deskapp.services.rounds import release

    conf = OwnerConfirmation("张伟", ConfirmerRelation.OWNER, ConfirmMethod.PHONE, at(27, 9))
    slip = release.issue(community, CLERK, ReleaseInput(
        unit_id=world.unit_id, kind=ReleaseKind.MOVING_OUT,
        applicant="孙大力", company="居美搬家", id_number="11010519491231002X", phone="13312345678", plate="浙A12345",
        items=(ReleaseItem("沙发", 1, "件"),), valid_from=at(28, 8), valid_until=at(28, 12), confirmation=conf))
    made = bookings.book(community, CLERK, booking(world, "3号楼货梯", at(28, 9), at(28, 11), 2, "搬家"))
    assert made.warning == ""
    assert bookings.lift_papers(community, CLERK, made.id) == [f"物品放行条 {slip.number}"]
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(bookings.confirmation_pdf(community, CLERK, made.id))).pages)
    assert slip.number in text
