"""Move-ins, decorations, release slips, stairwell rounds and surveys: loading and locking what a
service call changes."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select

from deskapp.domain.decoration import DecorationState
from deskapp.store.models.rounds import (
    Decoration, DecorationCheck, DecorationDeduction, DecorationExtension, MoveIn, Rectification, ReleaseSlip,
    RoundFinding, RoundPoint, RoundResult, RoundRoute, RoundRun, SurveyCampaign, SurveySample,
)
from deskapp.store.models.rounds_papers import DecorationInspection
from deskapp.store.models.rounds_stops import DecorationStop
from deskapp.store.repositories.base import Repository


class RoundsRepository(Repository):

    # -- move-ins
    def move_in(self, move_in_id: int) -> MoveIn | None:
        return self.s.get(MoveIn, move_in_id)

    def latest_move_in_of(self, unit_id: int) -> MoveIn | None:
        return self.s.execute(
            select(MoveIn).where(MoveIn.unit_id == unit_id).order_by(MoveIn.id.desc()).limit(1)).scalar()

    # -- decorations
    def decoration(self, decoration_id: int) -> Decoration | None:
        return self.s.get(Decoration, decoration_id)

    def latest_decoration_in(self, unit_id: int, states: Iterable[DecorationState]) -> Decoration | None:
        """The unit's newest decoration in one of `states` (a unit has at most one not yet ended)."""
        return self.s.execute(
            select(Decoration).where(Decoration.unit_id == unit_id, Decoration.state.in_(list(states)))
            .order_by(Decoration.id.desc()).limit(1)
        ).scalar()

    def checked_on(self, decoration_id: int, day: date) -> bool:
        return self.s.execute(select(DecorationCheck.id).where(DecorationCheck.decoration_id == decoration_id,
                                                               DecorationCheck.day == day)).scalar() is not None

    def has_checks(self, decoration_id: int) -> bool:
        return bool(self.s.execute(
            select(func.count()).where(DecorationCheck.decoration_id == decoration_id)).scalar_one())

    def checks_of(self, decoration_id: int, *, newest_first: bool) -> list[DecorationCheck]:
        day = DecorationCheck.day.desc() if newest_first else DecorationCheck.day
        return list(self.s.execute(
            select(DecorationCheck).where(DecorationCheck.decoration_id == decoration_id).order_by(day)).scalars())

    def rectification(self, rectification_id: int) -> Rectification | None:
        return self.s.get(Rectification, rectification_id)

    def rectifications_of(self, decoration_id: int) -> list[Rectification]:
        return list(self.s.execute(select(Rectification).where(Rectification.decoration_id == decoration_id)
                                   .order_by(Rectification.id)).scalars())

    def open_rectification_numbers(self, decoration_id: int) -> list[str]:
        return list(self.s.execute(select(Rectification.number).where(
            Rectification.decoration_id == decoration_id, Rectification.rectified_at.is_(None))).scalars())

    def rectifications_to_escalate(self, today: date) -> list[Rectification]:
        """Past their deadline, not rectified and not yet reported to the supervisor."""
        return list(self.s.execute(
            select(Rectification).where(Rectification.rectified_at.is_(None), Rectification.escalated_at.is_(None),
                                        Rectification.deadline < today).order_by(Rectification.id)).scalars())

    def extensions_of(self, decoration_id: int) -> list[DecorationExtension]:
        return list(self.s.execute(select(DecorationExtension).where(DecorationExtension.decoration_id == decoration_id)
                                   .order_by(DecorationExtension.id)).scalars())

    def deductions_of(self, decoration_id: int) -> list[DecorationDeduction]:
        return list(self.s.execute(select(DecorationDeduction).where(DecorationDeduction.decoration_id == decoration_id)
                                   .order_by(DecorationDeduction.id)).scalars())

    def inspections_of(self, decoration_id: int) -> list[DecorationInspection]:
        return list(self.s.execute(select(DecorationInspection)
                                   .where(DecorationInspection.decoration_id == decoration_id)
                                   .order_by(DecorationInspection.id)).scalars())

    def stops_of(self, decoration_id: int) -> list[DecorationStop]:
        return list(self.s.execute(select(DecorationStop).where(DecorationStop.decoration_id == decoration_id)
                                   .order_by(DecorationStop.id)).scalars())

    # -- release slips
    def slip(self, slip_id: int) -> ReleaseSlip | None:
        return self.s.get(ReleaseSlip, slip_id)

    def slip_numbered(self, year: int, seq: int) -> ReleaseSlip | None:
        return self.s.execute(select(ReleaseSlip).where(ReleaseSlip.year == year, ReleaseSlip.seq == seq)).scalar()

    # -- stairwell rounds
    def route(self, route_id: int) -> RoundRoute | None:
        return self.s.get(RoundRoute, route_id)

    def active_routes_of(self, building_id: int) -> list[RoundRoute]:
        return list(self.s.execute(select(RoundRoute).where(RoundRoute.building_id == building_id,
                                                            RoundRoute.active.is_(True))
                                   .order_by(RoundRoute.id)).scalars())

    def point(self, point_id: int) -> RoundPoint | None:
        return self.s.get(RoundPoint, point_id)

    def point_used(self, point_id: int) -> bool:
        return bool(self.s.execute(select(func.count()).where(RoundResult.point_id == point_id)).scalar_one())

    def run(self, run_id: int) -> RoundRun | None:
        return self.s.get(RoundRun, run_id)

    def run_on(self, route_id: int, day: date) -> RoundRun | None:
        return self.s.execute(select(RoundRun).where(RoundRun.route_id == route_id, RoundRun.day == day)).scalar()

    def runs_on(self, day: date) -> list[RoundRun]:
        return list(self.s.execute(select(RoundRun).where(RoundRun.day == day)).scalars())

    def runs_between(self, route_id: int, first: date, last: date) -> list[RoundRun]:
        return list(self.s.execute(select(RoundRun).where(RoundRun.route_id == route_id, RoundRun.day >= first,
                                                          RoundRun.day <= last)).scalars())

    def result(self, result_id: int) -> RoundResult | None:
        return self.s.get(RoundResult, result_id)

    def result_at(self, run_id: int, point_id: int) -> RoundResult | None:
        return self.s.execute(select(RoundResult).where(RoundResult.run_id == run_id,
                                                        RoundResult.point_id == point_id)).scalar()

    def recorded_points(self, run_id: int) -> set[int]:
        return set(self.s.execute(select(RoundResult.point_id).where(RoundResult.run_id == run_id)).scalars())

    def results_of(self, run_id: int) -> list[RoundResult]:
        return list(self.s.execute(select(RoundResult).where(RoundResult.run_id == run_id)).scalars())

    def finding(self, finding_id: int) -> RoundFinding | None:
        return self.s.get(RoundFinding, finding_id)

    # -- surveys
    def campaign(self, campaign_id: int) -> SurveyCampaign | None:
        return self.s.get(SurveyCampaign, campaign_id)

    def campaign_named(self, name: str) -> SurveyCampaign | None:
        return self.s.execute(select(SurveyCampaign).where(SurveyCampaign.name == name)).scalar()

    def campaigns_newest_first(self) -> list[SurveyCampaign]:
        return list(self.s.execute(select(SurveyCampaign).order_by(SurveyCampaign.starts_on.desc())).scalars())

    def campaign_before(self, starts_on: date) -> SurveyCampaign | None:
        """The campaign a report compares with: the latest that started earlier."""
        return self.s.execute(select(SurveyCampaign).where(SurveyCampaign.starts_on < starts_on)
                              .order_by(SurveyCampaign.starts_on.desc()).limit(1)).scalar()

    def add_samples(self, campaign_id: int, building_of: dict[int, str], unit_ids: Iterable[int]) -> None:
        """One statement for the whole sample (thousands of units): a Core executemany, not ORM objects."""
        self.s.execute(SurveySample.__table__.insert(), [
            {"campaign_id": campaign_id, "unit_id": u, "building": building_of[u], "contacted_by": "", "method": "",
             "reached": False, "attempts": 0, "respondent": "", "comment": ""} for u in unit_ids])

    def sample(self, sample_id: int) -> SurveySample | None:
        return self.s.get(SurveySample, sample_id)
