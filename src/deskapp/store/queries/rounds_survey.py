"""满意度调查 reads in SQL: the units to sample from, each campaign's sample, counts, scores
and comments."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Row, func, literal, or_, select
from sqlalchemy.orm import Session

from deskapp.domain.unit_order import unit_sort_key
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


def _sample_query(*columns):
    return select(*columns, Unit.code).join(Unit, Unit.id == SurveySample.unit_id)


def samples(session: Session, campaign_id: int, *, pending_only: bool) -> list[tuple[Row, str]]:
    """(sample, unit code) in the units' natural order; pending: not reached yet."""
    # Columns, not SurveySample objects: the list shows every sampled unit (5,000 at 20,000 units)
    # and building ORM objects for them was a third of opening the survey tab. The rows answer
    # the same attribute names (sample.id, sample.reached ...).
    # Sorted here rather than with the unit_code collation: SQLite called the collation ~110,000
    # times for 5,000 rows, Python's sort makes each unit's key once. The list is read whole.
    q = _sample_query(*SurveySample.__table__.columns).where(SurveySample.campaign_id == campaign_id)
    if pending_only:
        q = q.where(SurveySample.reached.is_(False))
    return sorted(((r, r.code) for r in session.execute(q)), key=lambda pair: unit_sort_key(pair[1]))


def sample_ids(session: Session, campaign_id: int, *, pending_only: bool) -> list[int]:
    """The ids of `samples`, in the same order: what the survey tab's list scrolls through
    (its rows are read a screenful at a time with `samples_by_id`)."""
    q = _sample_query(SurveySample.id).where(SurveySample.campaign_id == campaign_id)
    if pending_only:
        q = q.where(SurveySample.reached.is_(False))
    return [r.id for r in sorted(session.execute(q), key=lambda r: unit_sort_key(r.code))]


def samples_by_id(session: Session, ids: list[int]) -> list[tuple[Row, str]]:
    """(sample, unit code) of these samples, in no particular order."""
    return [(r, r.code) for r in session.execute(
        _sample_query(*SurveySample.__table__.columns).where(SurveySample.id.in_(ids)))]


def answer_tallies(session: Session, campaign_id: int, *, by_building: bool) -> list[tuple[str, int, int, int]]:
    """(building, question id, score, how many answers) of the campaign: counted here, not read one
    by one. Without `by_building` the building is "" and the counts are the whole campaign's."""
    building = SurveySample.building if by_building else literal("")
    q = (select(building, SurveyAnswer.question_id, SurveyAnswer.score, func.count())
         .join(SurveySample, SurveySample.id == SurveyAnswer.sample_id)
         .where(SurveySample.campaign_id == campaign_id))
    keys = (SurveyAnswer.question_id, SurveyAnswer.score)
    return [tuple(r) for r in session.execute(q.group_by(SurveySample.building, *keys) if by_building
                                              else q.group_by(*keys))]


def comments(session: Session, campaign_id: int) -> list[tuple[str, str, str, str, str]]:
    """(unit code, building, experience, shortfalls, needs) of the units that said any of them."""
    said = or_(SurveySample.comment != "", SurveySample.shortfalls != "", SurveySample.needs != "")
    return [tuple(r) for r in session.execute(
        select(Unit.code, SurveySample.building, SurveySample.comment, SurveySample.shortfalls, SurveySample.needs)
        .join(Unit, Unit.id == SurveySample.unit_id)
        .where(SurveySample.campaign_id == campaign_id, said).order_by(natural(Unit.code)))]


def sample_scores(session: Session, sample_id: int) -> dict[int, int]:
    """Question id → score of one visited unit's answers."""
    return dict(session.execute(select(SurveyAnswer.question_id, SurveyAnswer.score)
                                .where(SurveyAnswer.sample_id == sample_id)).all())
