"""The steward's duties on the duty calendar (工作日历), read from the steward's records: the daily
decoration site checks, the stairwell rounds on the round days (the setting 楼道巡查日, Tue/Wed by
default), the half-yearly satisfaction survey."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain import rounds as rules
from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.permissions import Role
from deskapp.services import hooks, settings
from deskapp.services.context import Context
from deskapp.services.rounds._common import ROUND_WEEKDAYS
from deskapp.store.queries import rounds as q
from deskapp.store.queries import rounds_duties as dq
from deskapp.store.queries import rounds_stairwell as sq
from deskapp.store.repositories.rounds import RoundsRepository
from deskapp.store.uow import Session

SURVEY_DAYS = settings.declare("rounds.duty.survey_days", 15, "工作日历：满意度调查截止（半年结束前几天）",
                               minimum=0, maximum=120)


def _site_checks(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    # a works begun after the day was not there to check (the list is of the sites under way now)
    sites = [s for s in q.sites_under_decoration(session, o.start) if s.starts_on <= o.start]
    if any(not s.checked_on_day for s in sites):
        return None
    if sites:
        return hooks.DoneBy(f"在施工装修 {len(sites)} 户均已日检")
    return hooks.DoneBy("当日无在施工装修")


def _stairwells(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    routes, done = dq.rounds_on(session, o.start)
    if routes == 0:
        # a day before any route was set up owed no round (at go-live the routes are new); with no
        # route at all the duty is not being done
        first = dq.first_set_up(session)
        if first is not None and first > o.start:
            return hooks.DoneBy(f"楼道巡查路线 {first:%Y-%m-%d} 起设立，当日无路线")
        return None
    if done == routes:
        return hooks.DoneBy(f"楼道巡查 {done} 条路线已完成")
    # some route not walked that day: done all the same once a make-up round (补巡) later in the week
    # covers it, as the missed list counts it (domain.rounds.missed_rounds); read only for such a day
    week = rules.week_start(o.start)
    repo = RoundsRepository(session)
    finished = {(run.route_id, run.day) for n in range(7) for run in repo.runs_on(week + timedelta(days=n))
                if run.finished_at is not None}
    names = sq.active_route_names(session)
    weekdays = rules.parse_weekdays(settings.read_in(session, ROUND_WEEKDAYS))
    # the whole week, as the missed list sees it: one make-up covers one missed day, the latest before it
    missed = rules.missed_rounds([r.id for r in names], finished, week, week + timedelta(days=7), weekdays,
                                 {r.id: r.set_up_on for r in names})
    if any(day == o.start for _, day in missed):
        return None
    return hooks.DoneBy(f"楼道巡查 {routes} 条路线已完成（{routes - done} 条补巡）")


def _survey(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    return hooks.done_by_first(dq.surveys_started(session, o.start, o.end),
                               lambda name, first: hooks.DoneBy(f"满意度调查“{name}”（{first:%Y-%m-%d} 起）"))


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    weekdays = rules.parse_weekdays(settings.read_in(session, ROUND_WEEKDAYS))
    survey_days = int(settings.read_in(session, SURVEY_DAYS))
    return [
        hooks.Duty("rounds.site_checks", "装修现场日检", Role.STEWARD.value, Cadence(Every.DAY), _site_checks),
        hooks.Duty("rounds.stairwell", "楼道照明、卫生巡查", Role.STEWARD.value,
                   Cadence(Every.WEEKDAYS, weekdays=weekdays), _stairwells),
        hooks.Duty("rounds.survey", "满意度调查", Role.STEWARD.value,
                   Cadence(Every.HALF_YEAR, days_before_end=survey_days), _survey),
    ]
