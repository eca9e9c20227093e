"""收费 for a booking: the fee on a receipt of the unit (设施使用费), the deposit into the 押金台账 as a
设施预约 deposit, both by one payment; the booking, its register line, the morning list and its
confirmation say it was paid. Refused before anything is written: not approved, paid already, a
referenced method without its number. Cancelling a paid booking says what is left to give back."""
from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO

import openpyxl
import pytest
from facilities_support import at, booking, make_world
from pypdf import PdfReader
from support import make_actor

from deskapp.contracts.billing import DepositFilter
from deskapp.contracts.facilities import BookingFilter
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import DepositKind
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import exports, hooks
from deskapp.services.billing import deposits, payments
from deskapp.services.facilities import bookings

CLERK = make_actor(Role.CLERK, "周婷")
SUP = make_actor(Role.SUPERVISOR, "王敏")


@pytest.fixture
def world(community):
    return make_world(community)


def _approved_clubhouse(community, world):
    made = bookings.book(community, CLERK, booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30, "生日会"))
    bookings.decide(community, SUP, made.id, True)
    return made


def _row(community, booking_id: int):
    return next(r for r in bookings.booking_register(community, SUP, BookingFilter()).rows if r.id == booking_id)


def _facility_deposits(community):
    return deposits.deposit_page(community, SUP, DepositFilter(kind=DepositKind.FACILITY)).rows


def test_collecting_issues_the_fee_receipt_and_takes_the_deposit_once(community, world):
    made = _approved_clubhouse(community, world)
    done = bookings.collect(community, CLERK, made.id, PayMethod.WECHAT, "4200001234567890", "张伟")
    receipt = payments.receipt(community, CLERK, done.receipt_id)
    assert receipt.number == done.receipt_number and receipt.unit_code == "3-1-1502"
    assert (receipt.amount, receipt.method, receipt.pay_ref) == (Decimal("200.00"), PayMethod.WECHAT, "4200001234567890")
    assert [(ln.item, ln.amount) for ln in receipt.lines] == [("设施使用费", Decimal("200.00"))]
    [held] = _facility_deposits(community)
    assert (held.held, held.source_ref, held.payer, held.unit_code) == (Decimal("500.00"), made.number, "张伟",
                                                                        "3-1-1502")
    assert "会所多功能厅" in held.secures
    row = _row(community, made.id)
    assert row.paid_at is not None and row.receipt_number == done.receipt_number

    with pytest.raises(Conflict) as again:
        bookings.collect(community, CLERK, made.id, PayMethod.CASH)
    assert done.receipt_number in str(again.value)
    assert len(_facility_deposits(community)) == 1


def test_a_booking_not_approved_or_a_payment_without_its_number_writes_nothing(community, world):
    pending = bookings.book(community, CLERK, booking(world, "会所多功能厅", at(28, 14), at(28, 17), 30, "生日会"))
    with pytest.raises(Conflict) as e:
        bookings.collect(community, CLERK, pending.id, PayMethod.CASH)
    assert "待审批" in str(e.value)
    bookings.decide(community, SUP, pending.id, True)
    with pytest.raises(ValidationError) as e:
        bookings.collect(community, CLERK, pending.id, PayMethod.ALIPAY, "")
    assert e.value.field == "交易流水号"
    assert _row(community, pending.id).paid_at is None and _facility_deposits(community) == []
    free = bookings.book(community, CLERK, booking(world, "健身房", at(28, 7), at(28, 8)))
    with pytest.raises(Conflict) as e:
        bookings.collect(community, CLERK, free.id, PayMethod.CASH)
    assert "无需收费" in str(e.value)


def test_the_register_the_morning_list_and_the_confirmation_say_it_was_paid(community, world, tmp_path):
    made = _approved_clubhouse(community, world)
    tennis = bookings.book(community, CLERK, booking(world, "网球场", at(28, 9), at(28, 10)))
    with community.reader() as uow:
        items = hooks.collect(hooks.Hook.START_OF_DAY, uow.session, community, CLERK, date(2026, 11, 28))
    assert sorted(i.text.endswith("，未收费") for i in items if i.area == "facilities") == [True, True]

    done = bookings.collect(community, CLERK, made.id, PayMethod.CASH)
    path = tmp_path / "b.xlsx"
    exports.run_export(community, SUP, "facility-bookings", path, exports.ExportOptions(month="2026-11"))
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[2]]
    paid = {r[1]: r[header.index("收费")] for r in ws.iter_rows(min_row=3, values_only=True) if r[1]}
    assert paid == {made.number: done.receipt_number, tennis.number: "未收"}
    with community.reader() as uow:
        items = hooks.collect(hooks.Hook.START_OF_DAY, uow.session, community, CLERK, date(2026, 11, 28))
    assert {i.ref: i.text.endswith("，未收费") for i in items if i.area == "facilities"} == {
        made.number: False, tennis.number: True}

    text = "".join(p.extract_text() for p in PdfReader(BytesIO(
        bookings.confirmation_pdf(community, CLERK, made.id))).pages)
    assert "已交：使用费 ¥200.00（收据 " + done.receipt_number + "），押金 ¥500.00" in text.replace("\n", "")
    unpaid = "".join(p.extract_text() for p in PdfReader(BytesIO(
        bookings.confirmation_pdf(community, CLERK, tennis.id))).pages)
    assert "未交（请到服务中心收费处交纳）" in unpaid.replace("\n", "")


def test_cancelling_a_paid_booking_says_what_to_give_back(community, world):
    made = _approved_clubhouse(community, world)
    assert bookings.cancel(community, CLERK, bookings.book(
        community, CLERK, booking(world, "网球场", at(28, 9), at(28, 10))).id, "下雨") == ""
    done = bookings.collect(community, CLERK, made.id, PayMethod.CASH)
    left = bookings.cancel(community, CLERK, made.id, "改期")
    assert done.receipt_number in left and "作废" in left and "押金 500.00 元在押金台账" in left


def test_the_deposit_is_refunded_once_the_booking_is_over_or_cancelled(community, world):
    """申请退款… of a booking's deposit before its time is over is refused, naming the booking; once the
    booking is cancelled (or its time has passed) the refund is asked for as any other."""
    made = _approved_clubhouse(community, world)  # 2026-11-28 14:00–17:00; the clock is 11-27 09:30
    bookings.collect(community, CLERK, made.id, PayMethod.CASH)
    [held] = _facility_deposits(community)
    with pytest.raises(Conflict) as e:
        deposits.check_settle_here(community, CLERK, held.id, refund=True)
    assert made.number in str(e.value) and "尚未结束" in str(e.value)
    deposits.check_settle_here(community, CLERK, held.id)  # a forfeit is not held back
    community.clock.set(at(28, 17, 30).replace(tzinfo=None))
    deposits.check_settle_here(community, CLERK, held.id, refund=True)  # used: refunded after the look
    community.clock.set(at(28, 10).replace(tzinfo=None))
    bookings.cancel(community, CLERK, made.id, "改期")
    deposits.check_settle_here(community, CLERK, held.id, refund=True)
