"""Pure rules of the 楼宇管家 area: decoration state machine, checks, refund, release slips,
round schedule, move-in list."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest

from deskapp.domain import decoration as d
from deskapp.domain import rounds as r
from deskapp.domain.errors import Conflict, ValidationError

CST = timezone(timedelta(hours=8))
S, E = d.DecorationState, d.DecorationEvent


def test_state_machine_happy_path():
    state = S.APPLIED
    for ev in (E.APPROVE, E.STOP, E.RESUME, E.EXTEND, E.FIRST_ACCEPT, E.SECOND_ACCEPT, E.REFUND):
        state = d.next_state(state, ev)
    assert state is S.CLOSED


@pytest.mark.parametrize("state,event", [
    (S.APPLIED, E.FIRST_ACCEPT), (S.REJECTED, E.APPROVE), (S.WORKING, E.REFUND), (S.STOPPED, E.FIRST_ACCEPT),
    (S.FIRST_ACCEPTED, E.STOP), (S.CLOSED, E.EXTEND), (S.WORKING, E.SECOND_ACCEPT),
])
def test_state_machine_refuses(state, event):
    with pytest.raises(Conflict, match=state.value):
        d.next_state(state, event)


def test_every_state_is_reachable():
    reached = {S.APPLIED} | set(d.TRANSITIONS.values())
    assert reached == set(S)


def test_check_validation():
    items = ["承重墙", "防水"]
    ok = d.CheckInput(d.CheckOutcome.CHECKED, {"承重墙": d.ItemResult.OK, "防水": d.ItemResult.NA})
    assert d.validate_check(ok, items) == ok
    with pytest.raises(ValidationError, match="违规情况"):
        d.validate_check(d.CheckInput(d.CheckOutcome.CHECKED, {"承重墙": d.ItemResult.VIOLATION,
                                                               "防水": d.ItemResult.OK}), items)
    with pytest.raises(ValidationError, match="不在日检表"):
        d.validate_check(d.CheckInput(d.CheckOutcome.CHECKED, {"承重墙": d.ItemResult.OK, "防水": d.ItemResult.OK,
                                                               "电梯": d.ItemResult.OK}), items)
    nobody = d.validate_check(d.CheckInput(d.CheckOutcome.NOBODY, {}, notes="敲门无人"), items)
    assert nobody.results == {}


def test_deadline_and_overdue():
    deadline = d.rectify_deadline(date(2026, 11, 27), 3)
    assert deadline == date(2026, 11, 30)
    assert not d.is_overdue(deadline, date(2026, 11, 30))
    assert d.is_overdue(deadline, date(2026, 12, 1))


def test_refund_explains_and_caps():
    assert d.refund(Decimal("3000.00"), [d.Deduction("墙面修补", Decimal("0.10")),
                                         d.Deduction("垃圾清运", Decimal("0.20"))]) == Decimal("2999.70")
    with pytest.raises(ValidationError, match="扣款原因"):
        d.refund(Decimal("100.00"), [d.Deduction(" ", Decimal("1"))])
    with pytest.raises(ValidationError, match="超过押金"):
        d.refund(Decimal("100.00"), [d.Deduction("a", Decimal("60")), d.Deduction("b", Decimal("40.01"))])


def test_todays_sites_keeps_order_and_drops_checked():
    assert d.todays_sites([5, 3, 9], [3]) == [5, 9]


def test_worker_needs_a_valid_id():
    with pytest.raises(ValidationError, match="未登记身份证号"):
        d.validate_worker(d.WorkerInput("孙大力", " "))
    with pytest.raises(ValidationError, match="工人身份证号"):
        d.validate_worker(d.WorkerInput("孙大力", "110105194912310021"))
    assert d.validate_worker(d.WorkerInput("孙大力", "11010519491231002x")).id_number == "11010519491231002X"


def _slip(**changes):
    now = datetime(2026, 11, 27, 9, 0, tzinfo=CST)
    values = dict(unit_id=1, kind=r.ReleaseKind.DECORATION, applicant="孙大力", company="", id_number="11010519491231002X",
                  phone="13312345678", plate="浙a 12345", items=(r.ReleaseItem("旧门", 1),), valid_from=now,
                  valid_until=now + timedelta(hours=2),
                  confirmation=r.OwnerConfirmation("张伟", r.ConfirmerRelation.OWNER, r.ConfirmMethod.PHONE, now))
    values.update(changes)
    return r.ReleaseInput(**values), now


def test_release_validation():
    data, now = _slip()
    assert r.validate_release(data, now).plate == "浙A12345"
    for changes, field in [({"confirmation": None}, "业主确认"), ({"items": ()}, "物品"),
                           ({"items": (r.ReleaseItem("门", 0),)}, "数量"), ({"id_number": ""}, "身份证号"),
                           ({"valid_until": now - timedelta(hours=1)}, "通行时间"), ({"plate": "浙A1"}, "车牌号")]:
        data, now = _slip(**changes)
        with pytest.raises(ValidationError) as e:
            r.validate_release(data, now)
        assert e.value.field == field


def test_slip_numbers():
    assert r.slip_number(2026, 7) == "FX2026-000007"
    assert r.parse_slip_number("fx2026-000007") == (2026, 7)
    with pytest.raises(ValidationError):
        r.parse_slip_number("2026-7")


def test_unreturned_after_a_day():
    issued = datetime(2026, 11, 26, 9, 0, tzinfo=CST)
    assert not r.unreturned_too_long(issued, False, False, issued + timedelta(hours=23))
    assert r.unreturned_too_long(issued, False, False, issued + timedelta(days=1, minutes=1))
    assert not r.unreturned_too_long(issued, True, False, issued + timedelta(days=5))
    assert not r.unreturned_too_long(issued, False, True, issued + timedelta(days=5))


def test_scheduled_and_missed_rounds():
    days = r.scheduled_days(date(2026, 11, 23), date(2026, 11, 29), r.DEFAULT_ROUND_WEEKDAYS)
    assert days == [date(2026, 11, 24), date(2026, 11, 25)]
    done = {(1, date(2026, 11, 24))}
    missed = r.missed_rounds([1, 2], done, date(2026, 11, 23), date(2026, 11, 26), r.DEFAULT_ROUND_WEEKDAYS)
    assert missed == [(2, date(2026, 11, 24)), (1, date(2026, 11, 25)), (2, date(2026, 11, 25))]
    # today is not missed yet
    assert r.missed_rounds([1], set(), date(2026, 11, 23), date(2026, 11, 24), (1,)) == []
    # a round walked on Thursday makes up the Wednesday missed before it; not one of the week before
    done = {(1, date(2026, 11, 26)), (2, date(2026, 11, 30))}
    assert r.missed_rounds([1, 2], done, date(2026, 11, 23), date(2026, 12, 1), r.DEFAULT_ROUND_WEEKDAYS) == [
        (1, date(2026, 11, 24)), (2, date(2026, 11, 24)), (2, date(2026, 11, 25))]
    with pytest.raises(ValidationError):
        r.parse_weekdays([7])


def test_move_in_list_and_readings():
    assert r.check_move_in_list(["a", "b"], ["b", "a", "c"]) == ["a", "b"]
    with pytest.raises(ValidationError, match="b"):
        r.check_move_in_list(["a", "b"], ["a"])
    assert r.validate_reading("水", " 12.5 ") == "12.50"
    with pytest.raises(ValidationError, match="水表起始读数"):
        r.validate_reading("水", "-1")
