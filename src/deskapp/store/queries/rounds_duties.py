"""What the duty calendar asks the steward's records: the stairwell rounds of a day, the surveys of
a half-year."""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from deskapp.store.models.rounds import RoundRoute, RoundRun, SurveyCampaign


def rounds_on(session: Session, day: date) -> tuple[int, int]:
    """(active routes set up by `day`, of them with a round finished on `day`): a route set up later
    owed no round that day."""
    set_up = or_(RoundRoute.set_up_on.is_(None), RoundRoute.set_up_on <= day)
    routes = session.execute(select(func.count()).select_from(RoundRoute)
                             .where(RoundRoute.active.is_(True), set_up)).scalar_one()
    done = session.execute(select(func.count(func.distinct(RoundRun.route_id)))
                           .join(RoundRoute, RoundRoute.id == RoundRun.route_id)
                           .where(RoundRoute.active.is_(True), set_up, RoundRun.day == day,
                                  RoundRun.finished_at.is_not(None))).scalar_one()
    return routes, done


def first_set_up(session: Session) -> date | None:
    """The day the first active route was set up (None: no route, or none dated)."""
    return session.execute(select(func.min(RoundRoute.set_up_on)).where(RoundRoute.active.is_(True))).scalar_one()


def surveys_started(session: Session, first: date, last: date) -> list[tuple[str, date]]:
    """(name, first day) of the survey campaigns starting from `first` to `last`, by first day."""
    return [tuple(r) for r in session.execute(
        select(SurveyCampaign.name, SurveyCampaign.starts_on)
        .where(SurveyCampaign.starts_on >= first, SurveyCampaign.starts_on <= last).order_by(SurveyCampaign.starts_on))]
