from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.reception import (
    DEFAULT_DUE_HOURS, CallbackResult, Channel, Department, RequestKind, RequestState, Urgency,
)
from deskapp.services import settings
from deskapp.services.registry import units as registry_units
from deskapp.services.reception import create_request_in, requests
from deskapp.services.reception._common import UNSATISFIED
from deskapp.services.reception.requests import RequestInput
from deskapp.contracts.reception import RequestFilter
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.reception import ServiceRequest


@pytest.fixture
def unit_id(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "502", "kind": "住宅",
                                                   "state": "自住", "building_area": "98.5", "floor": "5"})


def _count(ctx, model) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_record_complaint_sets_due_by_category_and_chronicle(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(
        text="楼上漏水到我家卫生间", unit_id=unit_id, caller="张伟", caller_phone="13812345678",
        channel=Channel.PHONE, kind=RequestKind.COMPLAINT))
    d = requests.request_detail(community, clerk, rid)
    assert d.state is RequestState.PENDING
    assert d.caller_phone == "138****5678"
    assert d.due_at == community.clock.now() + timedelta(hours=24)
    assert d.unit_code == "3-1-502"
    page = registry_units.unit_page(community, clerk, unit_id)
    assert any(e.kind is ChronicleKind.SERVICE and "漏水" in e.text for e in page.chronicle)
    with community.reader() as uow:
        assert uow.session.execute(select(AuditEntry).where(AuditEntry.action == "reception.request.record")).scalar()


def test_due_hours_are_a_setting(community, admin, clerk, unit_id):
    settings.set_value(community, admin, "reception.due_hours", {**DEFAULT_DUE_HOURS, "咨询": 2})
    rid = requests.record_request(community, clerk, RequestInput(text="问物业费标准", unit_id=unit_id,
                                                                 kind=RequestKind.ENQUIRY))
    assert requests.request_detail(community, clerk, rid).due_at == community.clock.now() + timedelta(hours=2)


def test_with_office_hours_an_evening_enquiry_is_due_the_next_afternoon(community, admin, clerk, unit_id):
    """A 咨询 (8 hours) registered at 17:55 was due at 01:55 in the night; with the centre's office
    hours set, it is due at the next opening. An urgent item's hours still run through the night."""
    settings.set_value(community, admin, "reception.office_hours", "8:30-17:30")
    assert settings.get(community, "reception.office_hours") == "08:30-17:30"
    evening = community.clock.now().replace(hour=17, minute=55)
    community.clock.set(evening)
    rid = requests.record_request(community, clerk, RequestInput(text="问物业费标准", unit_id=unit_id,
                                                                 kind=RequestKind.ENQUIRY))
    assert requests.request_detail(community, clerk, rid).due_at == evening.replace(hour=8, minute=30) + timedelta(days=1)
    complaint = requests.record_request(community, clerk, RequestInput(text="噪音", unit_id=unit_id,
                                                                       kind=RequestKind.COMPLAINT))
    # 24 hours on is 17:55 tomorrow, after closing: the morning after
    assert requests.request_detail(community, clerk, complaint).due_at == (evening.replace(hour=8, minute=30)
                                                                           + timedelta(days=2))
    urgent = requests.record_request(community, clerk, RequestInput(text="水管爆裂", unit_id=unit_id,
                                                                    urgency=Urgency.URGENT))
    assert requests.request_detail(community, clerk, urgent).due_at == evening + timedelta(hours=4)
    settings.set_value(community, admin, "reception.office_hours", "")  # blank: due when the hours end again
    rid = requests.record_request(community, clerk, RequestInput(text="问停车", unit_id=unit_id,
                                                                 kind=RequestKind.ENQUIRY))
    assert requests.request_detail(community, clerk, rid).due_at == evening + timedelta(hours=8)


def test_with_office_hours_an_item_due_on_new_years_day_is_due_when_the_centre_opens_after_it(
        community, admin, clerk, unit_id):
    """31 December 16:30: a 投诉 (24 hours) was due on 元旦 16:30 and a 咨询 (8 hours) at its 08:30, when the
    centre is closed; with 元旦 marked on the duty calendar both are due at the opening of 1-2. An urgent
    item's hours still run through the holiday."""
    from deskapp.services.calendar import holidays

    settings.set_value(community, admin, "reception.office_hours", "8:30-17:30")
    eve = datetime(2026, 12, 31, 16, 30, tzinfo=community.clock.now().tzinfo)
    community.clock.set(eve)

    def due(text: str, **kw) -> datetime:
        rid = requests.record_request(community, clerk, RequestInput(text=text, unit_id=unit_id, **kw))
        return requests.request_detail(community, clerk, rid).due_at

    assert due("噪音", kind=RequestKind.COMPLAINT) == datetime(2027, 1, 1, 16, 30, tzinfo=eve.tzinfo)  # not marked
    holidays.add_holiday(community, admin, date(2027, 1, 1), "元旦")
    opening = datetime(2027, 1, 2, 8, 30, tzinfo=eve.tzinfo)
    assert due("噪音", kind=RequestKind.COMPLAINT) == opening
    assert due("问物业费标准", kind=RequestKind.ENQUIRY) == opening
    assert due("水管爆裂", urgency=Urgency.URGENT) == eve + timedelta(hours=4)
    holidays.add_holiday(community, admin, date(2027, 1, 2), "元旦")
    assert due("问停车", kind=RequestKind.ENQUIRY) == opening + timedelta(days=1)


def test_office_hours_that_close_before_they_open_are_refused_naming_the_setting(community, admin):
    with pytest.raises(ValidationError) as e:
        settings.set_value(community, admin, "reception.office_hours", "17:30-08:30")
    assert e.value.field.startswith("办公时间") and "应晚于" in str(e.value)
    assert settings.get(community, "reception.office_hours") == ""


def test_urgent_gets_the_short_limit(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="水管爆裂", unit_id=unit_id,
                                                                 urgency=Urgency.URGENT))
    assert requests.request_detail(community, clerk, rid).due_at == community.clock.now() + timedelta(hours=4)


@pytest.mark.parametrize("data,field", [
    (RequestInput(text="灯坏了"), "房号/公共区域"),
    (RequestInput(text="   ", location="3 号楼大堂"), "内容"),
    (RequestInput(text="灯坏了", location="大堂", due_at=datetime(2026, 11, 26, 9, 0).astimezone()), "完成时限"),
    (RequestInput(text="灯坏了", location="大堂", caller_phone="12345"), "联系电话"),
])
def test_bad_input_names_the_field_and_saves_nothing(community, clerk, data, field):
    with pytest.raises(ValidationError) as e:
        requests.record_request(community, clerk, data)
    assert e.value.field == field
    assert _count(community, ServiceRequest) == 0


def test_full_flow_dispatch_work_complete_callback(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="门口垃圾未清", unit_id=unit_id))
    requests.dispatch(community, clerk, rid, Department.CLEANING, "李师傅")
    requests.start(community, clerk, rid)
    requests.complete(community, clerk, rid, "已清理")
    final = requests.callback(community, clerk, rid, CallbackResult.SATISFIED, "业主表示满意")
    assert final is RequestState.CALLED_BACK
    d = requests.request_detail(community, clerk, rid)
    assert [h.action for h in d.history] == ["登记", "派单", "开始处理", "完成", "回访"]
    assert d.department is Department.CLEANING and d.handler == "李师傅"
    assert d.callback_by == "clerk"
    requests.close(community, clerk, rid, "回访满意，归档")
    assert requests.request_detail(community, clerk, rid).state is RequestState.CLOSED


def test_callback_before_completion_is_refused_at_the_field(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="电梯异响", location="3 号楼电梯"))
    requests.dispatch(community, clerk, rid, Department.ENGINEERING)
    with pytest.raises(ValidationError) as e:
        requests.callback(community, clerk, rid, CallbackResult.SATISFIED)
    assert e.value.field == "回访"
    assert requests.request_detail(community, clerk, rid).state is RequestState.DISPATCHED


def test_unsatisfied_callback_reopens_and_counts(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="噪音", unit_id=unit_id))
    requests.dispatch(community, clerk, rid, Department.SECURITY)
    requests.complete(community, clerk, rid, "已劝导")
    assert requests.callback(community, clerk, rid, CallbackResult.UNSATISFIED, "还是吵") is RequestState.DISPATCHED
    d = requests.request_detail(community, clerk, rid)
    assert d.reopen_count == 1 and d.completed_at is None and d.callback_result is CallbackResult.UNSATISFIED


def test_unsatisfied_callback_escalates_when_set(community, admin, clerk, supervisor, unit_id):
    settings.set_value(community, admin, UNSATISFIED, "escalate")
    rid = requests.record_request(community, clerk, RequestInput(text="保安态度差", unit_id=unit_id,
                                                                 kind=RequestKind.COMPLAINT))
    requests.complete(community, clerk, rid, "已批评教育")
    assert requests.callback(community, clerk, rid, CallbackResult.UNSATISFIED, "还是吵") is RequestState.CALLED_BACK
    assert [r.id for r in requests.major_events(community, supervisor)] == [rid]
    requests.acknowledge_major(community, supervisor, rid)
    assert requests.major_events(community, supervisor) == []


def test_major_event_is_on_the_supervisor_list_until_acknowledged(community, clerk, supervisor, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="地下车库进水", location="地下车库",
                                                                 major=True, urgency=Urgency.CRITICAL))
    assert [r.id for r in requests.major_events(community, clerk)] == [rid]
    with pytest.raises(PermissionDenied):
        requests.acknowledge_major(community, clerk, rid)
    requests.acknowledge_major(community, supervisor, rid)
    assert requests.request_detail(community, clerk, rid).major_acknowledged_by == "supervisor"


def test_defer_and_reopen(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="绿化修剪", unit_id=unit_id))
    requests.dispatch(community, clerk, rid, Department.GREENING)
    with pytest.raises(ValidationError):
        requests.defer(community, clerk, rid, date(2026, 11, 27), "等天晴")
    requests.defer(community, clerk, rid, date(2026, 12, 3), "等天晴")
    assert requests.request_detail(community, clerk, rid).state is RequestState.DEFERRED
    requests.start(community, clerk, rid)
    requests.complete(community, clerk, rid, "已修剪")
    requests.close(community, clerk, rid, "业主不需回访")
    requests.reopen(community, clerk, rid, "业主又来电")
    d = requests.request_detail(community, clerk, rid)
    assert d.state is RequestState.PENDING and d.reopen_count == 1


def test_refused_transition_is_a_conflict(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput(text="咨询停车", unit_id=unit_id))
    with pytest.raises(Conflict):
        requests.start(community, clerk, rid)


def test_overdue_filter_and_register_paging(community, clerk, unit_id):
    for n in range(5):
        requests.record_request(community, clerk, RequestInput(text=f"事项{n}", unit_id=unit_id,
                                                               kind=RequestKind.ENQUIRY))
    community.clock.advance(hours=9)
    now = community.clock.now()
    page = requests.request_register(community, clerk, RequestFilter(overdue_at=now), limit=3)
    assert page.total == 5 and len(page.rows) == 3
    assert all(requests.overdue(r, now) for r in page.rows)
    by_state = requests.request_register(community, clerk, RequestFilter(states=(RequestState.CLOSED,)))
    assert by_state.total == 0
    text = requests.request_register(community, clerk, RequestFilter(text="502"))
    assert text.total == 5


def test_the_overdue_filter_takes_in_a_late_callback_as_the_morning_list_does(community, clerk, unit_id):
    done = requests.record_request(community, clerk, RequestInput(text="已修好待回访", unit_id=unit_id,
                                                                  kind=RequestKind.ENQUIRY))
    requests.complete(community, clerk, done, "已处理")
    community.clock.advance(hours=23)  # within the 24 callback hours: not late
    now = community.clock.now()
    assert requests.request_register(community, clerk, RequestFilter(overdue_at=now)).total == 0
    community.clock.advance(hours=2)
    now = community.clock.now()
    late, = requests.request_register(community, clerk, RequestFilter(overdue_at=now)).rows
    assert late.id == done and late.state is RequestState.DONE
    assert requests.overdue(late, now, requests.callback_time(community)) and not requests.overdue(late, now)


def test_create_request_in_callers_transaction(community, steward):
    with community.uow() as uow:
        number = create_request_in(uow.session, community, steward, unit_id=None, location="3 号楼 1 单元楼道",
                                   kind="求助/服务需求", text="楼道有建筑垃圾", department="保洁", source="楼道巡查")
        uow.commit()
    assert number == "KS2026-000001"
    row, = requests.request_register(community, steward, RequestFilter(text=number)).rows
    d = requests.request_detail(community, steward, row.id)
    assert d.number == number
    assert d.state is RequestState.DISPATCHED and d.department is Department.CLEANING and d.source == "楼道巡查"


def test_create_request_in_rolls_back_with_the_caller(community, steward):
    with community.uow() as uow:
        create_request_in(uow.session, community, steward, unit_id=None, location="大堂", kind="保洁任务",
                          text="地面湿滑", department="保洁")
    assert _count(community, ServiceRequest) == 0
    # its number went back with it: the next request takes it (no gap)
    rid = requests.record_request(community, steward, RequestInput(text="大堂地面湿滑", location="大堂"))
    assert requests.request_detail(community, steward, rid).number == "KS2026-000001"
