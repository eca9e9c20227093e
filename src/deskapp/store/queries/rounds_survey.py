"""满意度调查 reads in SQL: the units to sample from, each campaign's sample, counts, scores
and comments."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain.units import UnitState
from deskapp.store.models.registry import Building, Unit
from deskapp.store.models.rounds import SurveyAnswer, SurveySample
from deskapp.store.natural import natural


def delivered_units_by_building(session: Session) -> dict[str, list[int]]:
    """Building name → its delivered units (ids ascending): what a sample is drawn from."""
    by_building: dict[str, list[int]] = {}
    for uid, bname in session.execute(select(Unit.id, Building.name).join(Building, Building.id == Unit.building_id)
                                      .where(Unit.state != UnitState.UNDELIVERED).order_by(Unit.id)):
        by_building.setdefault(bname, []).append(uid)
    return by_building


@dataclass(frozen=True)
class SampleCounts:
    sampled: int
    contacted: int
    reached: int


def sample_counts(session: Session, campaign_id: int) -> SampleCounts:
    r = session.execute(
        select(func.count().label("sampled"), func.count(SurveySample.contacted_at).label("contacted"),
               func.count(SurveySample.id).filter(SurveySample.reached.is_(True)).label("reached"))
        .where(SurveySample.campaign_id == campaign_id)).one()
    return SampleCounts(sampled=r.sampled, contacted=r.contacted, reached=int(r.reached))


def samples(session: Session, campaign_id: int, *, pending_only: bool) -> list[tuple[SurveySample, str]]:
    """(sample, unit code) in the units' natural order; pending: not reached yet."""
    q = (select(SurveySample, Unit.code).join(Unit, Unit.id == SurveySample.unit_id)
         .where(SurveySample.campaign_id == campaign_id).order_by(natural(Unit.code)))
    if pending_only:
        q = q.where(SurveySample.reached.is_(False))
    return [tuple(r) for r in session.execute(q)]


def answers(session: Session, campaign_id: int) -> list[tuple[int, str, int, int]]:
    """(unit id, building, question id, score) of every answer given, in the order given."""
    return [tuple(r) for r in session.execute(
        select(SurveySample.unit_id, SurveySample.building, SurveyAnswer.question_id, SurveyAnswer.score)
        .join(SurveySample, SurveySample.id == SurveyAnswer.sample_id)
        .where(SurveySample.campaign_id == campaign_id).order_by(SurveyAnswer.id))]


def comments(session: Session, campaign_id: int) -> list[tuple[str, str, str]]:
    """(unit code, building, comment) of the units that left one."""
    return [tuple(r) for r in session.execute(
        select(Unit.code, SurveySample.building, SurveySample.comment).join(Unit, Unit.id == SurveySample.unit_id)
        .where(SurveySample.campaign_id == campaign_id, SurveySample.comment != "").order_by(natural(Unit.code)))]
