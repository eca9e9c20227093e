"""每月汇总's sections on the month's work (issue 17 §3): each figure recomputed here from the
records themselves (every row loaded and counted in Python, not through the summary's queries)
and found in the filed summary PDF's text."""
from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from support import CST, make_actor

from deskapp.domain import survey
from deskapp.domain.permissions import Role
from deskapp.domain.reception import CallbackResult, RequestKind
from deskapp.services import demo
from deskapp.services.monthpack import filing
from deskapp.store.models.keys import KeyLoan
from deskapp.store.models.reception import MailItem, RepairOrder, ServiceRequest
from deskapp.store.models.rounds import (Decoration, DecorationCheck, ReleaseSlip, RoundFinding, RoundResult,
                                         RoundRun, SurveyAnswer, SurveyCampaign, SurveySample)

START, END = datetime(2026, 11, 1, tzinfo=CST), datetime(2026, 12, 1, tzinfo=CST)
FIRST, AFTER = date(2026, 11, 1), date(2026, 12, 1)


def in_month(t: datetime | None) -> bool:
    return t is not None and START <= t < END


def pct(part: int, whole: int) -> str:
    return f"{round(part * 1000 / whole) / 10:.1f}%"  # one decimal, as printed


@pytest.fixture
def filed(ctx, clock, tmp_path):
    """(session, the summary's text) of November filed from a demo community in early December."""
    clock.set(datetime(2026, 12, 3, 9, 0, tzinfo=CST))
    admin = make_actor(Role.ADMIN)
    demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=40))
    path, _, _ = filing.file_month(ctx, admin, "2026-11", tmp_path)
    pdf = path.with_name(filing.summary_name("2026-11")).read_bytes()
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    # each printed line as read: a figure right-aligned in its cell comes out with the space before it
    text = "".join(line.strip() + "\n" for line in text.splitlines())
    with ctx.reader() as uow:
        yield uow.session, text


def rows(session, model):
    return list(session.scalars(select(model)))


def test_requests_by_category_and_channel_time_to_complete_callbacks_and_reopened_complaints(filed):
    s, text = filed
    month = [r for r in rows(s, ServiceRequest) if in_month(r.registered_at)]
    assert month, "the demo month has requests"
    for kind, n in Counter(r.kind.value for r in month).items():
        assert f"\n{kind}\n{n}\n" in text
    for channel, n in Counter(r.channel.value for r in month).items():
        assert f"\n{channel}\n{n}\n" in text
    done = [r for r in rows(s, ServiceRequest) if in_month(r.completed_at)]
    timed = [r for r in done if r.due_at is not None]
    on_time = sum(r.completed_at <= r.due_at for r in timed)
    assert f"本月完成\n{len(done)} 件" in text
    assert f"按时完成（有时限的）\n{on_time} / {len(timed)} 件（{pct(on_time, len(timed))}）" in text
    hours = sum((r.completed_at - r.registered_at).total_seconds() for r in done) / 3600 / len(done)
    assert f"平均完成时间（登记至完成）\n{hours:.1f} 小时" in text
    called = Counter(r.callback_result for r in rows(s, ServiceRequest) if in_month(r.callback_at))
    assert called, "the demo month has callbacks"
    for result, n in called.items():
        assert f"\n{result.value}\n{n}\n" in text
    content = called[CallbackResult.SATISFIED] + called[CallbackResult.FAIRLY]
    assert f"满意率（满意 + 基本满意）\n{pct(content, sum(called.values()))}" in text
    complaints = [r for r in month if r.kind is RequestKind.COMPLAINT]
    reopened = [r for r in complaints if r.reopen_count]
    assert f"本月投诉\n{len(complaints)} 件\n其中曾重开\n{len(reopened)} 件（{pct(len(reopened), len(complaints))}）" in text
    assert f"重开次数\n{sum(r.reopen_count for r in complaints)} 次" in text


def test_repairs_keys_and_mail(filed):
    s, text = filed
    repairs = rows(s, RepairOrder)
    reported = Counter(o.scope.value for o in repairs if in_month(o.reported_at))
    finished = [o for o in repairs if in_month(o.finished_at)]
    assert reported and finished
    for scope, n in reported.items():
        mine = [o for o in finished if o.scope.value == scope]
        hours = sum((o.finished_at - o.reported_at).total_seconds() for o in mine) / 3600 / len(mine)
        assert f"\n{scope}\n{n}\n{len(mine)}\n{hours:.1f} 小时\n" in text
    loans = [k for k in rows(s, KeyLoan) if in_month(k.lent_at)]
    late = [k for k in loans if (k.returned_at or END) > k.due_at]
    assert loans
    assert f"本月借出\n{len(loans)} 次\n其中已归还\n{sum(k.returned_at is not None for k in loans)} 次" in text
    assert f"其中逾期（逾期归还或逾期未还）\n{len(late)} 次" in text
    mail = [m for m in rows(s, MailItem) if in_month(m.received_at)]
    assert mail
    for kind in {m.kind for m in mail}:
        of_kind = [m for m in mail if m.kind is kind]
        assert f"\n{kind.value}\n{len(of_kind)}\n{sum(m.collected_at is not None for m in of_kind)}\n" in text


def test_decorations_release_slips_and_stairwell_findings(filed):
    s, text = filed
    active = Counter(d.state.value for d in rows(s, Decoration) if d.starts_on < AFTER and d.ends_on >= FIRST)
    assert active
    part = text[text.index("本月在施装修（按目前状态）"):text.index("装修日检与发现")]
    for state, n in active.items():
        assert f"\n{state}\n{n}\n" in part
    assert f"合计\n{sum(active.values())}\n" in part
    checks = [c for c in rows(s, DecorationCheck) if FIRST <= c.day < AFTER]
    assert checks
    assert f"合计\n{len(checks)}\n{sum(c.violation for c in checks)}\n" in text
    slips = Counter(x.kind.value for x in rows(s, ReleaseSlip) if in_month(x.confirmed_at))
    assert slips
    part = text[text.index("、物品放行条"):text.index("、楼道巡查\n")]
    for kind, n in slips.items():
        assert f"\n{kind}\n{n}\n" in part
    assert f"合计\n{sum(slips.values())}\n" in part
    runs = {r.id for r in rows(s, RoundRun) if FIRST <= r.day < AFTER}
    results = [r for r in rows(s, RoundResult) if r.run_id in runs]
    bad = sum(not r.ok for r in results)
    assert f"巡查次数\n{len(runs)} 次\n检查点位\n{len(results)} 个\n发现问题的点位\n{bad} 个（{pct(bad, len(results))}）" in text
    ids = {r.id for r in results}
    findings = Counter(f.item for f in rows(s, RoundFinding) if f.result_id in ids)
    assert findings
    part = text[text.index("楼道巡查发现（按项目）"):]
    for item, n in findings.items():
        assert f"\n{item}\n{n}\n" in part
    assert f"合计\n{sum(findings.values())}\n" in part


def _overall(s, camp: SurveyCampaign) -> str:
    scales = {x.id: x.scale for x in camp.questions}
    samples = {x.id for x in rows(s, SurveySample) if x.campaign_id == camp.id}
    scores = [(a.question_id, a.score) for a in rows(s, SurveyAnswer) if a.sample_id in samples]
    return pct(sum(survey.is_satisfied(scales[q], v) for q, v in scores), len(scores))


def test_survey_results_against_the_last_survey(filed):
    s, text = filed
    camps = sorted((c for c in rows(s, SurveyCampaign) if c.starts_on < AFTER), key=lambda c: c.starts_on)
    assert len(camps) >= 2, "the demo has two surveys to compare"
    now, before = camps[-1], camps[-2]
    assert f"满意度调查：{now.name}（对比上次：{before.name}）" in text
    assert f"总体满意率\n{_overall(s, now)}\n{_overall(s, before)}\n" in text
