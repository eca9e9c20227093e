"""楼道巡查 reads in SQL: the routes with their buildings, the rounds finished, the findings
not yet handed on."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.store.models.registry import Building, Stairwell
from deskapp.store.models.rounds import RoundFinding, RoundPoint, RoundResult, RoundRoute, RoundRun


def stairwell_codes(session: Session, building_id: int) -> list[str]:
    return list(session.execute(
        select(Stairwell.code).where(Stairwell.building_id == building_id).order_by(Stairwell.code)).scalars())


def active_routes(session: Session) -> list[tuple[int, int, str, str, str]]:
    """(route id, building id, route name, building name, building code), by route id; the caller
    puts buildings in natural order."""
    return [tuple(r) for r in session.execute(
        select(RoundRoute.id, RoundRoute.building_id, RoundRoute.name, Building.name, Building.code)
        .join(Building, Building.id == RoundRoute.building_id)
        .where(RoundRoute.active.is_(True)).order_by(RoundRoute.id))]


def active_route_points(session: Session) -> dict[int, list[tuple[int, str]]]:
    """Route id → its points (id, name) in walking order, for every active route at once: as plain
    rows, since building ~24,000 RoundPoint objects was most of opening the stairwell tab."""
    points: dict[int, list[tuple[int, str]]] = {}
    for route_id, point_id, name in session.execute(
            select(RoundPoint.route_id, RoundPoint.id, RoundPoint.name)
            .join(RoundRoute, RoundRoute.id == RoundPoint.route_id).where(RoundRoute.active.is_(True))
            .order_by(RoundPoint.route_id, RoundPoint.position)):
        points.setdefault(route_id, []).append((point_id, name))
    return points


def active_route_point_counts(session: Session) -> dict[int, int]:
    """Route id → how many points it has, for every active route (the stairwell tab's list shows
    the number: reading every point's name for it was most of opening the tab)."""
    return dict(session.execute(
        select(RoundPoint.route_id, func.count()).join(RoundRoute, RoundRoute.id == RoundPoint.route_id)
        .where(RoundRoute.active.is_(True)).group_by(RoundPoint.route_id)).all())


@dataclass(frozen=True)
class RouteName:
    id: int
    name: str
    building: str
    building_code: str
    set_up_on: date | None  # no round before it is missed


def active_route_names(session: Session) -> list[RouteName]:
    """Names only: loading every route's points (thousands of ORM objects) made the morning list slow."""
    return [RouteName(**r._mapping) for r in session.execute(
        select(RoundRoute.id, RoundRoute.name, Building.name.label("building"),
               Building.code.label("building_code"), RoundRoute.set_up_on)
        .join(Building, Building.id == RoundRoute.building_id)
        .where(RoundRoute.active.is_(True)).order_by(RoundRoute.id))]


def finished_rounds_since(session: Session, start: date) -> set[tuple[int, date]]:
    """(route id, day) of every round finished on or after `start`."""
    return {(r, d) for r, d in session.execute(select(RoundRun.route_id, RoundRun.day).where(
        RoundRun.day >= start, RoundRun.finished_at.is_not(None)))}


def open_findings(session: Session, since: date | None) -> list[tuple[RoundFinding, date, str, str]]:
    """(finding, day, building name, point name) of findings not yet handed on, newest day first."""
    q = (select(RoundFinding, RoundRun.day, Building.name, RoundPoint.name)
         .join(RoundResult, RoundResult.id == RoundFinding.result_id)
         .join(RoundRun, RoundRun.id == RoundResult.run_id)
         .join(RoundPoint, RoundPoint.id == RoundResult.point_id)
         .join(RoundRoute, RoundRoute.id == RoundRun.route_id)
         .join(Building, Building.id == RoundRoute.building_id)
         .where(RoundFinding.follow_up.is_(None)).order_by(RoundRun.day.desc(), RoundFinding.id))
    if since is not None:
        q = q.where(RoundRun.day >= since)
    return [tuple(r) for r in session.execute(q)]
