"""满意度调查: a half-yearly campaign, its questionnaire and sample, each visit or call, the
results (response rate, score per item and building, comments) with the previous campaign
beside them, and the Excel report with a chart."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from deskapp.documents.rounds import survey as doc
from deskapp.domain import survey as rules
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.survey import Scale
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.rounds import _common as c
from deskapp.services.changes import Change, changes
from deskapp.store.models.rounds import SurveyAnswer, SurveyCampaign, SurveyQuestion
from deskapp.store.queries import rounds_survey as q
from deskapp.store.uow import Session, UnitOfWork

SETUP = define("rounds.survey.setup", "设置满意度调查", SUPERVISORS)
RECORD = define("rounds.survey.record", "记录满意度回访", DESK)

METHODS = ("上门", "电话")
DEFAULT_QUESTIONS = (
    ("客服接待", Scale.FIVE), ("工程维修", Scale.FIVE), ("保洁卫生", Scale.FIVE), ("安全秩序", Scale.FIVE),
    ("绿化养护", Scale.FIVE), ("总体评价", Scale.THREE),
)


@dataclass(frozen=True)
class CampaignView:
    id: int
    name: str
    starts_on: date
    ends_on: date
    share: Decimal | None
    sampled: int
    contacted: int
    reached: int
    closed: bool
    questions: list[tuple[int, str, Scale]]


@dataclass(frozen=True)
class SampleRow:
    id: int
    unit_id: int
    unit_code: str
    building: str
    attempts: int
    contacted_at: datetime | None
    contacted_by: str
    method: str
    reached: bool
    respondent: str
    comment: str  # the owner's experience of the service
    shortfalls: str = ""  # what still falls short
    needs: str = ""  # what they need the centre's help with


@dataclass(frozen=True)
class Report:
    campaign: CampaignView
    previous: CampaignView | None
    results: rules.Results
    previous_results: rules.Results | None
    comments: list[tuple[str, str, str, str, str]]  # unit, building, experience, shortfalls, needs


@changes(Change.ROUNDS)
def create_campaign(ctx: Context, actor: Actor, name: str, starts_on: date, ends_on: date,
                    questions: list[tuple[str, Scale]] | None = None, share: Decimal | None = None,
                    seed: int | None = None) -> int:
    """Draw the sample (all delivered units, or `share` of each building's) and set the questionnaire."""
    actor.require(SETUP)
    name = name.strip()
    if not name:
        raise ValidationError("调查活动名称", "不能为空")
    if ends_on < starts_on:
        raise ValidationError("结束日期", "不能早于开始日期")
    qs = [(t.strip(), s) for t, s in (questions or list(DEFAULT_QUESTIONS))]
    if not qs or any(not t for t, _ in qs):
        raise ValidationError("调查项目", "至少一项，且每项须有名称")
    if len({t for t, _ in qs}) != len(qs):
        raise ValidationError("调查项目", "项目名称重复")
    seed = seed if seed is not None else int(ctx.clock.now().timestamp()) % 1_000_000
    with ctx.uow() as uow:
        if uow.rounds.campaign_named(name) is not None:
            raise Conflict(f"已有名为“{name}”的调查")
        by_building = q.delivered_units_by_building(uow.session)
        sample = rules.pick_sample(by_building, share, seed)
        if not sample:
            raise ValidationError("调查对象", "没有已交房的房屋可调查")
        building_of = {u: b for b, us in by_building.items() for u in us}
        camp = SurveyCampaign(name=name, starts_on=starts_on, ends_on=ends_on, sample_share=share, seed=seed,
                              created_at=ctx.clock.now(), created_by=actor.display_name)
        uow.rounds.add(camp)
        uow.rounds.flush()
        for i, (text, scale) in enumerate(qs):
            uow.rounds.add(SurveyQuestion(campaign_id=camp.id, position=i, text=text, scale=scale))
        uow.rounds.add_samples(camp.id, building_of, sample)
        audit.record(uow.session, ctx, actor, "rounds.survey.create", "survey_campaign", camp.id,
                     summary=f"满意度调查“{name}”：抽取 {len(sample)} 户",
                     after={"name": name, "share": share, "seed": seed, "sampled": len(sample),
                            "questions": [t for t, _ in qs]})
        uow.commit()
        return camp.id


def _open_sample(uow: UnitOfWork, sample_id: int):
    """A sampled unit still to be reached in a running survey, and its survey; or the refusal."""
    smp = found(uow.rounds.sample(sample_id), f"调查对象（编号 {sample_id}）不存在")
    camp = uow.rounds.campaign(smp.campaign_id)
    if camp.closed_at is not None:
        raise Conflict(f"调查“{camp.name}”已结束")
    if smp.reached:
        raise Conflict("该户已完成调查")
    return smp, camp


def check_recordable(ctx: Context, actor: Actor, sample_id: int) -> None:
    """记录回访… refuses before its form opens: a survey that has ended or a unit already reached is
    said at once, not after the desk has filled in every score."""
    actor.require(RECORD)
    with ctx.reader() as uow:
        _open_sample(uow, sample_id)


@changes(Change.ROUNDS)
def record_contact(ctx: Context, actor: Actor, sample_id: int, method: str, reached: bool, *,
                   respondent: str = "", answers: dict[int, str | int] | None = None, comment: str = "",
                   shortfalls: str = "", needs: str = "") -> None:
    """A visit or call: not reached (tried again later), or reached with every item answered and what
    the owner said — their experience of the service (`comment`), what falls short, what they need."""
    actor.require(RECORD)
    if method not in METHODS:
        raise ValidationError("回访方式", f"应为 {'/'.join(METHODS)}")
    with ctx.uow() as uow:
        smp, camp = _open_sample(uow, sample_id)
        scores: dict[int, int] = {}
        if reached:
            answers = answers or {}
            for question in camp.questions:
                qid = question.id
                if qid not in answers or str(answers[qid]).strip() == "":
                    raise ValidationError(question.text, "未评分")
                scores[qid] = rules.parse_score(question.scale, answers[qid], question.text)
        smp.attempts += 1
        smp.contacted_at, smp.contacted_by, smp.method, smp.reached = ctx.clock.now(), actor.display_name, method, reached
        smp.respondent, smp.comment = respondent.strip(), comment.strip()
        smp.shortfalls, smp.needs = shortfalls.strip(), needs.strip()
        for qid, score in scores.items():
            uow.rounds.add(SurveyAnswer(sample_id=smp.id, question_id=qid, score=score))
        code = uow.registry.unit(smp.unit_id).code
        audit.record(uow.session, ctx, actor, "rounds.survey.contact", "survey_sample", smp.id, unit_id=smp.unit_id,
                     summary=f"{code} 满意度{method}回访：" + ("已完成" if reached else "未联系上"),
                     after={"reached": reached, "scores": scores, "comment": smp.comment,
                            "shortfalls": smp.shortfalls, "needs": smp.needs})
        uow.commit()


@changes(Change.ROUNDS)
def close_campaign(ctx: Context, actor: Actor, campaign_id: int) -> None:
    actor.require(SETUP)
    with ctx.uow() as uow:
        camp = _campaign(uow, campaign_id)
        if camp.closed_at is not None:
            raise Conflict(f"调查“{camp.name}”已结束")
        camp.closed_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "rounds.survey.close", "survey_campaign", camp.id,
                     summary=f"结束满意度调查“{camp.name}”", after={"closed": True})
        uow.commit()


def _campaign(uow: UnitOfWork, campaign_id: int) -> SurveyCampaign:
    return found(uow.rounds.campaign(campaign_id), f"满意度调查（编号 {campaign_id}）不存在")


def _campaign_view(s: Session, camp: SurveyCampaign, n: q.SampleCounts | None = None) -> CampaignView:
    n = n or q.sample_counts(s, camp.id)
    return CampaignView(id=camp.id, name=camp.name, starts_on=camp.starts_on, ends_on=camp.ends_on,
                        share=camp.sample_share, sampled=n.sampled, contacted=n.contacted, reached=n.reached,
                        closed=camp.closed_at is not None,
                        questions=[(x.id, x.text, x.scale) for x in camp.questions])


def campaigns(ctx: Context, actor: Actor) -> list[CampaignView]:
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        return [_campaign_view(uow.session, camp) for camp in uow.rounds.campaigns_newest_first()]


def _sample_row(x, code: str, tz) -> SampleRow:
    return SampleRow(id=x.id, unit_id=x.unit_id, unit_code=code, building=x.building, attempts=x.attempts,
                     contacted_at=local(x.contacted_at, tz), contacted_by=x.contacted_by, method=x.method,
                     reached=x.reached, respondent=x.respondent, comment=x.comment, shortfalls=x.shortfalls,
                     needs=x.needs)


def samples(ctx: Context, actor: Actor, campaign_id: int, *, pending_only: bool = False) -> list[SampleRow]:
    actor.require(c.VIEW)
    tz = ctx.clock.now().tzinfo
    with ctx.reader() as uow:
        return [_sample_row(x, code, tz) for x, code in q.samples(uow.session, campaign_id, pending_only=pending_only)]


def sample_ids(ctx: Context, actor: Actor, campaign_id: int, *, pending_only: bool = False) -> list[int]:
    """The campaign's sampled units in the order of `samples`, ids only (the tab's list)."""
    return ctx.read(actor, c.VIEW, q.sample_ids, campaign_id, pending_only=pending_only)


def sample_rows(ctx: Context, actor: Actor, ids: list[int]) -> list[SampleRow]:
    """The rows of these samples (a screenful of the tab's list), in no particular order."""
    actor.require(c.VIEW)
    tz = ctx.clock.now().tzinfo
    with ctx.reader() as uow:
        return [_sample_row(x, code, tz) for x, code in q.samples_by_id(uow.session, ids)]


def _results(s: Session, camp: SurveyCampaign, n: q.SampleCounts, *, by_building: bool) -> rules.Results:
    tallies = [rules.Tally(b, qid, score, count)
               for b, qid, score, count in q.answer_tallies(s, camp.id, by_building=by_building)]
    scales = {x.id: x.scale for x in camp.questions}
    return rules.results(n.sampled, n.reached, tallies, scales)


def report(ctx: Context, actor: Actor, campaign_id: int, *, detail: bool = True) -> Report:
    """The campaign's results beside the previous campaign's. Without `detail` (the survey tab's
    summary) no per-building figures and no comments: only the report file shows them."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        s = uow.session
        camp = _campaign(uow, campaign_id)
        n = q.sample_counts(s, camp.id)  # counted once for the results and the campaign's line
        res = _results(s, camp, n, by_building=detail)
        comments = q.comments(s, camp.id) if detail else []
        prev = uow.rounds.campaign_before(camp.starts_on)
        if prev is None:
            return Report(_campaign_view(s, camp, n), None, res, None, comments)
        prev_n = q.sample_counts(s, prev.id)
        return Report(_campaign_view(s, camp, n), _campaign_view(s, prev, prev_n),
                      res, _results(s, prev, prev_n, by_building=False), comments)


def report_doc(ctx: Context, actor: Actor, campaign_id: int) -> doc.SurveyReportDoc:
    r = report(ctx, actor, campaign_id)
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
    prev_by_text: dict[str, rules.ItemStat] = {}
    if r.previous and r.previous_results:
        for qid, text, _ in r.previous.questions:
            prev_by_text[text] = r.previous_results.per_item[qid]
    items = []
    for qid, text, scale in r.campaign.questions:
        st = r.results.per_item[qid]
        p = prev_by_text.get(text)
        items.append(doc.ItemLine(text, scale.value, st.answers, st.mean, st.satisfied_rate,
                                  p.satisfied_rate if p else None,
                                  rules.change(st.satisfied_rate, p.satisfied_rate if p else None)))
    buildings = []
    for b, per in r.results.per_building.items():
        buildings.append((b, [per[qid].satisfied_rate for qid, _, _ in r.campaign.questions]))
    return doc.SurveyReportDoc(
        centre=centre, name=r.campaign.name, period=f"{r.campaign.starts_on:%Y-%m-%d} 至 {r.campaign.ends_on:%Y-%m-%d}",
        sampled=r.results.sampled, reached=r.results.reached, response_rate=r.results.response_rate,
        overall=r.results.overall_satisfied_rate, previous_name=r.previous.name if r.previous else "",
        previous_overall=r.previous_results.overall_satisfied_rate if r.previous_results else None,
        items=items, questions=[t for _, t, _ in r.campaign.questions], buildings=buildings, comments=r.comments,
        printed_on=ctx.clock.today())


def questionnaire_pdf(ctx: Context, actor: Actor, sample_id: int) -> bytes:
    """《业户满意度调查表》 of one sampled unit: blank to take on the visit, or — once the owner was
    reached — the visit as recorded (answers ticked, what they said, dated; 补打 on a later day)."""
    from deskapp.documents.rounds import survey_form as form  # reportlab only when printing (start-up)

    actor.require(c.VIEW)
    tz = ctx.clock.now().tzinfo
    with ctx.reader() as uow:
        smp = found(uow.rounds.sample(sample_id), f"调查对象（编号 {sample_id}）不存在")
        camp = uow.rounds.campaign(smp.campaign_id)
        unit = uow.registry.unit(smp.unit_id)
        owners = "、".join(t.person.name for t in uow.registry.current_owners(smp.unit_id))
        scores = q.sample_scores(uow.session, smp.id) if smp.reached else {}
        centre = uow.registry.centre().name
        items = [form.Item(x.text, _choices(x.scale), _choice(x.scale, scores[x.id]) if x.id in scores else "")
                 for x in camp.questions]
        return form.survey_form_pdf(form.SurveyFormDoc(
            centre=centre, survey=camp.name, period=f"{camp.starts_on:%Y-%m-%d} 至 {camp.ends_on:%Y-%m-%d}",
            unit_code=unit.code, owners=owners, items=items, method=smp.method if smp.reached else "",
            visited_on=local(smp.contacted_at, tz).date() if smp.reached and smp.contacted_at else None,
            visitor=smp.contacted_by if smp.reached else "", respondent=smp.respondent if smp.reached else "",
            experience=smp.comment if smp.reached else "", shortfalls=smp.shortfalls if smp.reached else "",
            needs=smp.needs if smp.reached else "", printed_on=ctx.clock.today()))


def _choices(scale: Scale) -> list[str]:
    return list(rules.THREE_LEVELS) if scale is Scale.THREE else [rules.score_choice(n) for n in range(5, 0, -1)]


def _choice(scale: Scale, score: int) -> str:
    return rules.THREE_NAMES[score] if scale is Scale.THREE else rules.score_choice(score)


def export_report(ctx: Context, actor: Actor, campaign_id: int, path: Path) -> int:
    """满意度调查报告 (.xlsx): summary with the comparison, a chart, per building, comments."""
    d = report_doc(ctx, actor, campaign_id)
    return doc.write_report(d, Path(path))
