"""每月汇总's sections on the month's work (issue 17 §3): requests, callbacks, complaints,
repairs, keys, mail, decorations, release slips, stairwell rounds and the satisfaction survey,
each read from its area's records (store/queries/monthpack_summary.py)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from deskapp.domain import survey
from deskapp.domain.local_time import day_start
from deskapp.domain.reception_dispatch import by_technician
from deskapp.domain.monthpack import Section, hours_text, mean_hours, percent, with_total
from deskapp.services.context import Context
from deskapp.services.exports import month_range
from deskapp.store.queries import monthpack_summary as q
from deskapp.store.queries import rounds_survey


@dataclass(frozen=True)
class Month:
    first: date  # the month's first day
    after: date  # the next month's first day
    start: datetime  # both as the centre's midnights
    end: datetime


def requests(s, m: Month) -> list[Section]:
    kinds, channels = q.requests_by_kind(s, m.start, m.end), q.requests_by_channel(s, m.start, m.end)
    done = q.requests_completed(s, m.start, m.end)
    on_time = sum(1 for _, c, due in done if due is not None and c <= due)
    with_due = sum(1 for *_, due in done if due is not None)
    return [
        Section("服务需求/投诉：类别", ["类别", "登记数"], with_total(kinds), kinds, "本月服务需求/投诉（按类别）"),
        Section("服务需求/投诉：渠道", ["渠道", "登记数"], with_total(channels)),
        Section("完成时间", ["指标", "数值"], [
            ["本月完成", f"{len(done)} 件"],
            ["平均完成时间（登记至完成）", hours_text(mean_hours((a, b) for a, b, _ in done))],
            ["按时完成（有时限的）", f"{on_time} / {with_due} 件（{percent(on_time, with_due)}）"]]),
    ]


def callbacks_and_complaints(s, m: Month) -> list[Section]:
    results = q.callbacks(s, m.start, m.end)
    called = sum(n for _, n in results)
    satisfied = sum(n for r, n in results if r in ("满意", "基本满意"))
    n, reopened, times = q.complaints(s, m.start, m.end)
    return [
        Section("回访满意度", ["回访结果", "件数"],
                with_total(results) + [["满意率（满意 + 基本满意）", percent(satisfied, called)]],
                results, "本月回访结果"),
        Section("投诉重开", ["指标", "数值"], [
            ["本月投诉", f"{n} 件"], ["其中曾重开", f"{reopened} 件（{percent(reopened, n)}）"],
            ["重开次数", f"{times} 次"]]),
    ]


def repairs(s, m: Month) -> list[Section]:
    scopes = q.repairs_by_scope(s, m.start, m.end)
    done = q.repairs_finished(s, m.start, m.end)
    kinds = sorted({k for k, _, _ in done} | {k for k, _ in scopes})
    reported = dict(scopes)
    rows = [[k, str(reported.get(k, 0)), str(sum(1 for x, *_ in done if x == k)),
             hours_text(mean_hours((a, b) for x, a, b in done if x == k))] for k in kinds]
    rows.append(["合计", str(sum(reported.values())), str(len(done)), hours_text(mean_hours((a, b) for _, a, b in done))])
    people = [[t, str(n), str(back), hours_text(mean_hours(spans))]
              for t, n, back, spans in by_technician(q.repairs_dispatched(s, m.start, m.end))]
    return [Section("维修：类别与完工时间", ["类别", "本月报修", "本月完工", "平均完工时间（报修至完工）"], rows, scopes,
                    "本月报修（按类别）"),
            # as the month's 《工程维修单》登记表 counts them: one line there for each technician
            Section("维修：按维修人（本月报修的单；返工换人的，每人各计一次）",
                    ["维修人", "维修单", "其中返工", "平均用时（派工至完工）"], people or [["（本月无派工）", "0", "0", "—"]])]


def keys_and_mail(s, m: Month) -> list[Section]:
    lent, returned, overdue, out_late = q.key_loans(s, m.start, m.end)
    mail = q.mail_by_kind(s, m.start, m.end)
    return [
        Section("钥匙借用", ["指标", "数值"], [
            ["本月借出", f"{lent} 次"], ["其中已归还", f"{returned} 次"], ["其中逾期（逾期归还或逾期未还）", f"{overdue} 次"],
            ["月末逾期未还（含以前借出）", f"{out_late} 次"]]),
        Section("信件", ["类别", "本月登记", "已领取"],
                [[k, str(n), str(c)] for k, n, c in mail]
                + [["合计", str(sum(n for _, n, _ in mail)), str(sum(c for *_, c in mail))]]),
    ]


def decorations_and_slips(s, m: Month) -> list[Section]:
    active = q.decorations_active(s, m.first, m.after)
    checks = q.decoration_checks(s, m.first, m.after)
    slips = q.release_slips(s, m.start, m.end)
    return [
        Section("本月在施装修（按目前状态）", ["状态", "户数"], with_total(active)),
        Section("装修日检与发现", ["检查结果", "次数", "发现违规"],
                [[o, str(n), str(v)] for o, n, v in checks]
                + [["合计", str(sum(n for _, n, _ in checks)), str(sum(v for *_, v in checks))]]),
        Section("物品放行条", ["类别", "张数"], with_total(slips)),
    ]


def stairwell(s, m: Month) -> list[Section]:
    runs, points, bad = q.stairwell(s, m.first, m.after)
    findings = q.stairwell_findings(s, m.first, m.after)
    return [
        Section("楼道巡查", ["指标", "数值"], [
            ["巡查次数", f"{runs} 次"], ["检查点位", f"{points} 个"], ["发现问题的点位", f"{bad} 个（{percent(bad, points)}）"]]),
        Section("楼道巡查发现（按项目）", ["项目", "问题数"], with_total(findings), findings, "本月楼道巡查发现（按项目）"),
    ]


def _survey_results(s, camp) -> survey.Results:
    n = rounds_survey.sample_counts(s, camp.id)
    tallies = [survey.Tally(b, qid, score, count)
               for b, qid, score, count in rounds_survey.answer_tallies(s, camp.id, by_building=False)]
    return survey.results(n.sampled, n.reached, tallies, {x.id: x.scale for x in camp.questions})


def _rate(r) -> str:
    return "—" if r is None else f"{r}%"


def _change(now, before) -> str:
    d = survey.change(now, before)
    return "—" if d is None else f"{d:+} 个百分点"


def satisfaction_survey(s, m: Month) -> list[Section]:
    camps = q.survey_campaigns(s, m.after)
    if not camps:
        return [Section("满意度调查", ["说明"], [["本月底前没有满意度调查"]])]
    now = _survey_results(s, camps[0])
    before = _survey_results(s, camps[1]) if len(camps) > 1 else None
    prev = {x.text: before.per_item[x.id].satisfied_rate for x in camps[1].questions} if before else {}
    rows = [["总体满意率", _rate(now.overall_satisfied_rate), _rate(before.overall_satisfied_rate if before else None),
             _change(now.overall_satisfied_rate, before.overall_satisfied_rate if before else None)],
            ["回访成功率", _rate(now.response_rate), _rate(before.response_rate if before else None),
             _change(now.response_rate, before.response_rate if before else None)]]
    for x in camps[0].questions:
        rate = now.per_item[x.id].satisfied_rate
        rows.append([x.text, _rate(rate), _rate(prev.get(x.text)), _change(rate, prev.get(x.text))])
    name = f"满意度调查：{camps[0].name}" + (f"（对比上次：{camps[1].name}）" if before else "（无上次调查可比）")
    return [Section(name, ["项目", "本次满意率", "上次满意率", "变化"], rows)]


BUILDERS = (requests, callbacks_and_complaints, repairs, keys_and_mail, decorations_and_slips, stairwell,
            satisfaction_survey)


def month_sections(ctx: Context, month: str) -> list[Section]:
    first, after = month_range(month)
    tz = ctx.clock.now().tzinfo
    m = Month(first, after, day_start(first, tz), day_start(after, tz))
    with ctx.reader() as uow:
        return [section for build in BUILDERS for section in build(uow.session, m)]
