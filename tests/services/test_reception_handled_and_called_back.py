"""完成, 完工 and 回访 record what the 处理单 and the 维修单 carry (FORMS.md): who handled the item and
when it was completed, who called the owner back, how (电话/上门/短信/微信) and when — each defaulting
to the one signed in and now, an earlier time accepted, a time to come or before the step it follows
refused naming the field, nothing written."""
from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from deskapp.domain.errors import ValidationError
from deskapp.domain.local_time import local_text
from deskapp.domain.reception import CallbackMethod, CallbackResult, Department, RepairState, RequestState
from deskapp.services.registry import units as registry_units
from deskapp.services.reception import repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput


@pytest.fixture
def unit_id(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "301", "kind": "住宅",
                                                         "state": "自住", "building_area": "120", "floor": "3"})


def _text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_a_request_is_completed_by_its_handler_at_the_time_given(community, clerk, unit_id):
    ctx = community
    rid = requests.record_request(ctx, clerk, RequestInput("楼道灯不亮", unit_id=unit_id,
                                                           department=Department.ENGINEERING, handler="王建国"))
    registered = ctx.clock.now()
    ctx.clock.advance(hours=3)
    now = ctx.clock.now()
    with pytest.raises(ValidationError) as later:
        requests.complete(ctx, clerk, rid, "更换灯泡", "", now + timedelta(hours=1))
    assert later.value.field == "完成时间" and "不能晚于现在" in str(later.value)
    with pytest.raises(ValidationError) as before:
        requests.complete(ctx, clerk, rid, "更换灯泡", "", registered - timedelta(hours=1))
    assert before.value.field == "完成时间" and "不能早于登记时间" in str(before.value)
    assert requests.request_detail(ctx, clerk, rid).state is RequestState.DISPATCHED  # nothing written

    requests.complete(ctx, clerk, rid, "更换灯泡", "", now - timedelta(hours=1))  # 处理人 left: the one dispatched
    d = requests.request_detail(ctx, clerk, rid)
    assert d.state is RequestState.DONE and d.handler == "王建国" and d.completed_at == now - timedelta(hours=1)


def test_a_callback_records_who_how_and_when_and_the_sheet_prints_them(community, clerk, unit_id):
    ctx = community
    rid = requests.record_request(ctx, clerk, RequestInput("楼上漏水到我家卫生间", unit_id=unit_id))
    ctx.clock.advance(hours=1)
    requests.complete(ctx, clerk, rid, "已维修楼上防水", "李师傅")  # 处理人 named at completion
    done = ctx.clock.now()
    ctx.clock.advance(hours=5)
    with pytest.raises(ValidationError) as early:
        requests.callback(ctx, clerk, rid, CallbackResult.SATISFIED, "", "林晓燕", CallbackMethod.VISIT,
                          done - timedelta(minutes=30))
    assert early.value.field == "回访时间" and "不能早于完成时间" in str(early.value)
    assert requests.request_detail(ctx, clerk, rid).callback_result is None

    at = ctx.clock.now() - timedelta(hours=2)
    requests.callback(ctx, clerk, rid, CallbackResult.SATISFIED, "不再漏水", "林晓燕", CallbackMethod.VISIT, at)
    d = requests.request_detail(ctx, clerk, rid)
    assert (d.handler, d.completed_at) == ("李师傅", done)
    assert (d.callback_by, d.callback_method, d.callback_at) == ("林晓燕", "上门", at)
    assert "上门回访" in d.history[-1].note and "林晓燕" in d.history[-1].note

    text = _text(requests.request_pdf(ctx, clerk, rid))
    tz = ctx.clock.now().tzinfo
    for shown in ("处理人", "李师傅", "完成时间", local_text(done, tz=tz), "回访方式", "上门", "回访人", "林晓燕",
                  "回访时间", local_text(at, tz=tz), "满意"):
        assert shown in text, shown


def test_a_callback_given_nothing_is_now_by_the_one_signed_in(community, clerk, unit_id):
    rid = requests.record_request(community, clerk, RequestInput("咨询装修手续", unit_id=unit_id))
    requests.complete(community, clerk, rid, "已告知所需材料")
    requests.callback(community, clerk, rid, CallbackResult.SATISFIED)
    d = requests.request_detail(community, clerk, rid)
    assert d.handler == clerk.display_name and d.completed_at == community.clock.now()
    assert (d.callback_by, d.callback_method, d.callback_at) == (clerk.display_name, "", community.clock.now())


def test_a_repair_is_finished_and_called_back_at_the_times_given(community, clerk, unit_id):
    ctx = community
    n = repairs.create_repair(ctx, clerk, RepairInput(fault="厨房下水堵塞", reported_by="张伟", unit_id=unit_id))
    repairs.dispatch(ctx, clerk, n, "王建国")
    sent = ctx.clock.now()
    ctx.clock.advance(hours=4)
    with pytest.raises(ValidationError) as early:
        repairs.finish(ctx, clerk, n, "疏通下水", finished_at=sent - timedelta(hours=1))
    assert early.value.field == "完工时间" and "不能早于派工时间" in str(early.value)
    finished = sent + timedelta(hours=2)
    repairs.finish(ctx, clerk, n, "疏通下水", finished_at=finished)
    d = repairs.repair_detail(ctx, clerk, n)
    assert d.row.finished_at == finished and d.dispatches[-1].finished_at == finished

    ctx.clock.advance(hours=20)
    called = ctx.clock.now() - timedelta(hours=1)
    with pytest.raises(ValidationError) as later:
        repairs.callback(ctx, clerk, n, CallbackResult.SATISFIED, "", "林晓燕", CallbackMethod.PHONE,
                         ctx.clock.now() + timedelta(days=1))
    assert later.value.field == "回访时间"
    assert repairs.callback(ctx, clerk, n, CallbackResult.SATISFIED, "下水通畅", "林晓燕", CallbackMethod.PHONE,
                            called) is RepairState.CLOSED
    d = repairs.repair_detail(ctx, clerk, n)
    assert (d.checked_by, d.checked_at, d.callback_method) == ("林晓燕", called, "电话")

    text = _text(repairs.repair_pdf(ctx, clerk, [n]))
    tz = ctx.clock.now().tzinfo
    for shown in ("满意（电话回访）", "林晓燕", local_text(called, tz=tz), local_text(finished, tz=tz)):
        assert shown in text, shown
