from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.reception import (
    REQUEST_TRANSITIONS, HandoverState, MailPlace, RepairAction, RepairScope, RepairState, RequestAction,
    RequestKind, RequestState, Urgency, allowed_request_actions, check_due, check_handover_close,
    check_handover_receive, check_place, due_time, is_overdue, mail_waiting, next_repair_state,
    next_request_state, parse_codes, parse_repair_number, repair_number, sms_text,
)

CST = timezone(timedelta(hours=8))
NOW = datetime(2026, 11, 27, 9, 30, tzinfo=CST)

S, A = RequestState, RequestAction
ALLOWED = {
    (S.PENDING, A.DISPATCH): S.DISPATCHED, (S.PENDING, A.COMPLETE): S.DONE, (S.PENDING, A.CLOSE): S.CLOSED,
    (S.DISPATCHED, A.DISPATCH): S.DISPATCHED, (S.DISPATCHED, A.START): S.IN_PROGRESS,
    (S.DISPATCHED, A.DEFER): S.DEFERRED, (S.DISPATCHED, A.COMPLETE): S.DONE, (S.DISPATCHED, A.CLOSE): S.CLOSED,
    (S.IN_PROGRESS, A.DEFER): S.DEFERRED, (S.IN_PROGRESS, A.COMPLETE): S.DONE, (S.IN_PROGRESS, A.CLOSE): S.CLOSED,
    (S.DEFERRED, A.START): S.IN_PROGRESS, (S.DEFERRED, A.COMPLETE): S.DONE, (S.DEFERRED, A.CLOSE): S.CLOSED,
    (S.DONE, A.CALLBACK): S.CALLED_BACK, (S.DONE, A.CLOSE): S.CLOSED, (S.DONE, A.REOPEN): S.PENDING,
    (S.CALLED_BACK, A.CLOSE): S.CLOSED, (S.CALLED_BACK, A.REOPEN): S.PENDING, (S.CLOSED, A.REOPEN): S.PENDING,
}


@pytest.mark.parametrize("state", list(RequestState))
@pytest.mark.parametrize("action", list(RequestAction))
def test_every_request_transition(state, action):
    if (state, action) in ALLOWED:
        assert next_request_state(state, action) is ALLOWED[(state, action)]
    else:
        with pytest.raises((Conflict, ValidationError)):
            next_request_state(state, action)


def test_table_is_the_spec():
    assert REQUEST_TRANSITIONS == ALLOWED
    assert allowed_request_actions(S.DONE) == [A.CALLBACK, A.CLOSE, A.REOPEN]


@pytest.mark.parametrize("state", [s for s in RequestState if s is not S.DONE])
def test_callback_before_completion_names_the_field(state):
    with pytest.raises(ValidationError) as e:
        next_request_state(state, A.CALLBACK)
    assert e.value.field == "回访"


def test_due_time_by_category_and_urgency():
    assert due_time(NOW, RequestKind.COMPLAINT, Urgency.NORMAL) == NOW + timedelta(hours=24)
    assert due_time(NOW, RequestKind.ENQUIRY, Urgency.URGENT) == NOW + timedelta(hours=4)
    assert due_time(NOW, RequestKind.COMPLAINT, Urgency.CRITICAL) == NOW + timedelta(hours=1)
    assert due_time(NOW, RequestKind.GAS, Urgency.NORMAL, {"天然气": 6}) == NOW + timedelta(hours=6)


def test_due_in_the_past_is_refused():
    with pytest.raises(ValidationError) as e:
        check_due(NOW - timedelta(minutes=1), NOW)
    assert e.value.field == "完成时限"
    assert check_due(NOW + timedelta(hours=1), NOW) == NOW + timedelta(hours=1)


def test_overdue_rules():
    past = NOW - timedelta(hours=1)
    assert is_overdue(S.DISPATCHED, past, NOW)
    assert not is_overdue(S.DONE, past, NOW)
    assert not is_overdue(S.DEFERRED, past, NOW, date(2026, 11, 30))
    assert is_overdue(S.DEFERRED, past, NOW, date(2026, 11, 26))


def test_place_is_needed():
    with pytest.raises(ValidationError) as e:
        check_place(None, "  ")
    assert e.value.field == "房号/公共区域"
    assert check_place(3, "") == "" and check_place(None, " 大堂 ") == "大堂"


R, RA = RepairState, RepairAction


def test_repair_flow_public_and_in_unit():
    s = next_repair_state(R.REPORTED, RA.DISPATCH, RepairScope.PUBLIC)
    s = next_repair_state(s, RA.ARRIVE, RepairScope.PUBLIC)
    s = next_repair_state(s, RA.FINISH, RepairScope.PUBLIC)
    assert next_repair_state(s, RA.CHECK, RepairScope.PUBLIC) is R.CLOSED
    with pytest.raises(ValidationError):
        next_repair_state(s, RA.CALLBACK, RepairScope.PUBLIC)
    assert next_repair_state(s, RA.CALLBACK, RepairScope.IN_UNIT) is R.CLOSED
    with pytest.raises(ValidationError) as e:
        next_repair_state(R.DISPATCHED, RA.CALLBACK, RepairScope.IN_UNIT)
    assert e.value.field == "回访"
    with pytest.raises(Conflict):
        next_repair_state(R.CLOSED, RA.DISPATCH, RepairScope.PUBLIC)
    assert next_repair_state(R.REPORTED, RA.CANCEL, RepairScope.IN_UNIT) is R.CANCELLED


def test_repair_numbers():
    assert repair_number(2026, 123) == "WX2026-000123"
    assert parse_repair_number("WX2026-000123") == (2026, 123)
    with pytest.raises(ValidationError):
        parse_repair_number("WX26-1")


def test_handover_rules():
    with pytest.raises(ValidationError) as e:
        check_handover_close(HandoverState.DRAFT, ["钥匙逾期"])
    assert "钥匙逾期" in str(e.value)
    check_handover_close(HandoverState.DRAFT, [])
    with pytest.raises(Conflict):
        check_handover_close(HandoverState.HANDED, [])
    with pytest.raises(Conflict):
        check_handover_receive(HandoverState.DRAFT, "林", "周")
    with pytest.raises(ValidationError):
        check_handover_receive(HandoverState.HANDED, "林", "林")
    check_handover_receive(HandoverState.HANDED, "林", "周")


def test_mail_codes_and_sms():
    assert mail_waiting(NOW - timedelta(days=4), NOW, MailPlace.DESK, 3)
    assert not mail_waiting(NOW - timedelta(days=4), NOW, MailPlace.MAILBOX, 3)
    assert parse_codes("3，5; S 3") == ["3", "5", "S"]
    assert sms_text("中心", "停水", "明日\n停水") == "【中心】停水：明日 停水"
    with pytest.raises(ValidationError):
        sms_text("中心", "停水", "长" * 600)


def test_the_handover_carries_this_shift_and_what_falls_due_by_the_next():
    from datetime import datetime

    from deskapp.domain.reception import for_next_shift

    start, end = datetime(2026, 12, 4), datetime(2026, 12, 6)
    assert for_next_shift(None, False, True, start, end)  # came in this shift
    assert for_next_shift(datetime(2026, 12, 5, 10), False, False, start, end)  # due tomorrow
    assert for_next_shift(datetime(2026, 12, 4, 9), True, False, start, end)  # turned overdue today
    assert not for_next_shift(datetime(2026, 12, 1), True, False, start, end)  # overdue since earlier days
    assert not for_next_shift(datetime(2026, 12, 9), False, False, start, end)  # due later
    assert not for_next_shift(None, True, False, start, end)  # no date, not new: the morning list has it


def test_the_finishes_whose_callback_is_late_are_those_before_one_moment():
    """The register's 逾期 asks the database for finishes before `late_before(now)`; that must pick out
    exactly the callbacks `late` says are past, at every hour of the day, open or closed."""
    from dataclasses import replace
    from datetime import time

    from deskapp.domain.office_hours import OfficeHours
    from deskapp.domain.reception import CallbackTime

    hours = OfficeHours(time(8, 30), time(17, 30))
    holiday = (NOW + timedelta(days=1)).date()  # the day after: the centre closed (a holiday of the calendar)
    finishes = [NOW.replace(hour=0, minute=0) + timedelta(minutes=25 * n) for n in range(-120, 240)]
    for rule in (CallbackTime(24, hours), CallbackTime(24, replace(hours, closed=frozenset({holiday})))):
        for now in (NOW.replace(hour=h, minute=m) + timedelta(days=d) for d in (1, 2, 3) for h in range(24)
                    for m in (0, 29, 30, 31)):
            before = rule.late_before(now)
            for finished in finishes:
                assert rule.late(RequestState.DONE, finished, now) == (finished < before), (rule, now, finished)
    assert CallbackTime(24).late_before(NOW) == NOW - timedelta(hours=24)  # no office hours: the plain hours


def test_an_ordinary_repair_due_at_night_is_due_at_the_next_opening_an_urgent_one_is_not():
    from datetime import time

    from deskapp.domain.office_hours import OfficeHours
    from deskapp.domain.reception import repair_due

    office = OfficeHours(time(8, 30), time(17, 30))
    evening = NOW.replace(hour=19)
    assert repair_due(evening, Urgency.NORMAL) == evening + timedelta(hours=48)
    assert repair_due(evening, Urgency.NORMAL, office) == NOW.replace(hour=8, minute=30) + timedelta(days=3)
    assert repair_due(evening, Urgency.URGENT, office) == evening + timedelta(hours=4)
    assert repair_due(NOW, Urgency.NORMAL, office) == NOW + timedelta(hours=48)  # within the hours: as it is
