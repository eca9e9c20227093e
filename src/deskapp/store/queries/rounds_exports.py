"""The rows of the 楼宇管家 monthly registers (services/rounds/registers.py writes them to Excel):
one query per register for the month only."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from deskapp.domain.rounds import FollowUp
from deskapp.store.models.registry import Building, Unit
from deskapp.store.models.rounds import (
    Decoration, DecorationCheck, MoveIn, Rectification, ReleaseSlip, RoundFinding, RoundPoint, RoundResult, RoundRoute,
    RoundRun, SurveyAnswer, SurveyCampaign, SurveySample,
)
from deskapp.store.natural import natural


def move_ins(session: Session, start: date, end: date) -> list[tuple[MoveIn, str]]:
    """(move-in, unit code) handed over in [start, end)."""
    return [tuple(r) for r in session.execute(
        select(MoveIn, Unit.code).join(Unit, Unit.id == MoveIn.unit_id)
        .where(MoveIn.handed_over_on >= start, MoveIn.handed_over_on < end).order_by(MoveIn.handed_over_on, MoveIn.id))]


def decorations(session: Session, start: date, end: date, t0: datetime, t1: datetime) -> list[tuple[Decoration, str]]:
    """(decoration, unit code) of every permit whose period touches [start, end) or applied for in [t0, t1]."""
    return [tuple(r) for r in session.execute(
        select(Decoration, Unit.code).join(Unit, Unit.id == Decoration.unit_id)
        .where(or_(Decoration.applied_at.between(t0, t1),
                   (Decoration.starts_on < end) & (Decoration.ends_on >= start)))
        .order_by(Decoration.number))]


def checks(session: Session, start: date, end: date) -> list[tuple[DecorationCheck, str, str]]:
    """(check, unit code, permit number) of the daily checks in [start, end), by day and unit."""
    return [tuple(r) for r in session.execute(
        select(DecorationCheck, Unit.code, Decoration.number)
        .join(Unit, Unit.id == DecorationCheck.unit_id)
        .join(Decoration, Decoration.id == DecorationCheck.decoration_id)
        .where(DecorationCheck.day >= start, DecorationCheck.day < end)
        .order_by(DecorationCheck.day, natural(Unit.code)))]


def rectifications_by_check(session: Session, check_ids: list[int]) -> dict[int, Rectification]:
    """The 整改通知书 each of these checks issued (a check issues at most one)."""
    if not check_ids:
        return {}
    return {r.check_id: r for r in session.execute(
        select(Rectification).where(Rectification.check_id.in_(check_ids))).scalars()}


def slips(session: Session, t0: datetime, t1: datetime) -> list[tuple[ReleaseSlip, str]]:
    """(slip, unit code) issued in [t0, t1), by number."""
    return [tuple(r) for r in session.execute(
        select(ReleaseSlip, Unit.code).join(Unit, Unit.id == ReleaseSlip.unit_id)
        .where(ReleaseSlip.issued_at >= t0, ReleaseSlip.issued_at < t1)
        .order_by(ReleaseSlip.year, ReleaseSlip.seq))]


@dataclass(frozen=True)
class FindingLine:
    item: str
    text: str
    follow_up: FollowUp | None
    follow_up_ref: str


@dataclass(frozen=True)
class PointLine:
    """One point of one round: when it was checked, the round's day and steward, where it is, and
    its findings (none when all was in order)."""
    at: datetime
    day: date
    steward: str
    building: str
    route: str
    point: str
    findings: tuple[FindingLine, ...]


def round_points(session: Session, start: date, end: date) -> list[PointLine]:
    """As plain rows: a 20,000-unit month has some 80,000 points, and loading each as a RoundResult
    object with its findings was a fifth of the monthly pack's time."""
    in_month = (RoundRun.day >= start, RoundRun.day < end)
    findings: dict[int, list[FindingLine]] = defaultdict(list)
    for result_id, *finding in session.execute(
            select(RoundFinding.result_id, RoundFinding.item, RoundFinding.text, RoundFinding.follow_up,
                   RoundFinding.follow_up_ref)
            .join(RoundResult, RoundResult.id == RoundFinding.result_id)
            .join(RoundRun, RoundRun.id == RoundResult.run_id).where(*in_month).order_by(RoundFinding.id)):
        findings[result_id].append(FindingLine(*finding))
    return [PointLine(at, day, steward, building, route, point, tuple(findings.get(result_id, ())))
            for result_id, at, day, steward, building, route, point in session.execute(
                select(RoundResult.id, RoundResult.at, RoundRun.day, RoundRun.steward, Building.name,
                       RoundRoute.name, RoundPoint.name)
                .join(RoundRun, RoundRun.id == RoundResult.run_id)
                .join(RoundRoute, RoundRoute.id == RoundRun.route_id)
                .join(Building, Building.id == RoundRoute.building_id)
                .join(RoundPoint, RoundPoint.id == RoundResult.point_id)
                .where(*in_month)
                .order_by(RoundRun.day, natural(Building.code), RoundRoute.id, RoundPoint.position))]


def campaigns(session: Session, start: date, end: date) -> list[SurveyCampaign]:
    """The survey campaigns running at some time in [start, end)."""
    return list(session.execute(
        select(SurveyCampaign).where(SurveyCampaign.starts_on < end, SurveyCampaign.ends_on >= start)
        .order_by(SurveyCampaign.starts_on)).scalars())


def scores(session: Session, campaign_id: int) -> list[tuple[int, int, int]]:
    """(sample id, question id, score) of every answer of the campaign."""
    return [tuple(r) for r in session.execute(
        select(SurveyAnswer.sample_id, SurveyAnswer.question_id, SurveyAnswer.score)
        .join(SurveySample, SurveySample.id == SurveyAnswer.sample_id)
        .where(SurveySample.campaign_id == campaign_id))]
