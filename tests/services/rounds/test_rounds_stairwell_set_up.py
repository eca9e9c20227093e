"""A stairwell route owes no round from before the day it was set up (D1): not on the 楼道巡查 tab's
missed list, not on the morning list, not on the duty calendar, not as 未巡查 on the weekly sheet."""
from __future__ import annotations

from datetime import date, datetime
from io import BytesIO

from pypdf import PdfReader

from deskapp.domain.calendar import DutyStatus
from deskapp.services import hooks
from deskapp.services.calendar import duties
from deskapp.services.registry import community as registry_community
from deskapp.services.rounds import stairwell


def _building(ctx, actor):
    return [x for x in registry_community.buildings(ctx, actor) if x.code == "3"][0].id


def _walk(ctx, steward, route):
    run = stairwell.start_round(ctx, steward, route)
    for p in stairwell.run_view(ctx, steward, run).points:
        stairwell.record_point(ctx, steward, run, p.point_id)
    stairwell.finish_round(ctx, steward, run)


def test_a_route_set_up_today_owes_nothing_for_the_weeks_before(community, units, supervisor, steward, clock):
    clock.set(datetime(2026, 12, 9, 8, 30))  # a Wednesday, go-live: the route is set up this morning
    route = stairwell.set_route(community, supervisor, _building(community, supervisor), "3号楼楼道", ["一楼大堂"])
    assert stairwell.missed(community, steward) == []  # four weeks back: nothing (it said 7 rounds)
    with community.reader() as uow:
        morning = [i for i in hooks.collect("start_of_day", uow.session, community, steward, clock.today())
                   if i.kind == "楼道巡查漏检"]
    assert morning == []  # two weeks back on the morning list: nothing (it said 4)
    # a week on, Tuesday walked, Wednesday not: only days from the set-up day are owed
    clock.set(datetime(2026, 12, 15, 9, 0))
    _walk(community, steward, route)
    clock.set(datetime(2026, 12, 17, 9, 0))
    assert [(m.route_id, m.day) for m in stairwell.missed(community, steward)] == [
        (route, date(2026, 12, 9)), (route, date(2026, 12, 16))]


def test_the_duty_calendar_and_weekly_sheet_start_on_the_set_up_day(community, units, supervisor, steward, clock):
    clock.set(datetime(2026, 11, 26, 10, 0))  # Thursday: the week's Tue/Wed were before the route
    b = _building(community, supervisor)
    route = stairwell.set_route(community, supervisor, b, "3号楼楼道", ["一楼大堂", "2层楼道"])
    clock.set(datetime(2026, 12, 1, 9, 0))  # the next Tuesday walked, Wednesday not
    _walk(community, steward, route)
    clock.set(datetime(2026, 12, 3, 10, 0))
    rows = {r.due: r for r in duties.month(community, supervisor, 2026, 11) if r.key == "rounds.stairwell"}
    assert rows[date(2026, 11, 24)].status is DutyStatus.DONE  # it said 逾期
    assert rows[date(2026, 11, 24)].record == "楼道巡查路线 2026-11-26 起设立，当日无路线"
    dec = {r.due: r for r in duties.month(community, supervisor, 2026, 12) if r.key == "rounds.stairwell"}
    assert dec[date(2026, 12, 1)].status is DutyStatus.DONE
    assert dec[date(2026, 12, 2)].status is DutyStatus.OVERDUE  # from the set-up day on, a day missed is missed
    old = stairwell.weekly_sheet(community, steward, b, date(2026, 11, 24))
    assert dict(old.blocks[0].lines)["一楼大堂"] == ["", ""]  # not 未巡查: the route was not there yet
    assert old.blocks[0].set_up_on == date(2026, 11, 26)  # and the paper says why the days are blank
    paper = PdfReader(BytesIO(stairwell.weekly_sheet_pdf(community, steward, b, date(2026, 11, 24)))).pages[0]
    assert "3号楼楼道（2026-11-26 设立，此前无巡查）" in paper.extract_text() and "未巡查" not in paper.extract_text().split("说明")[0]
    week = stairwell.weekly_sheet(community, steward, b, date(2026, 12, 1))
    assert dict(week.blocks[0].lines)["一楼大堂"] == ["正常", "未巡查"] and week.blocks[0].set_up_on is None


def test_a_second_route_set_up_later_does_not_undo_the_first_routes_days(community, units, supervisor, steward,
                                                                         clock):
    clock.set(datetime(2026, 11, 16, 9, 0))  # Monday
    b = _building(community, supervisor)
    old = stairwell.set_route(community, supervisor, b, "3号楼1单元", ["一楼大堂"])
    clock.set(datetime(2026, 11, 26, 9, 0))
    new = stairwell.set_route(community, supervisor, b, "3号楼2单元", ["一楼大堂"])
    clock.set(datetime(2026, 11, 27, 9, 0))
    assert [(m.route_id, m.day) for m in stairwell.missed(community, steward, weeks=2)] == [
        (old, date(2026, 11, 17)), (old, date(2026, 11, 18)), (old, date(2026, 11, 24)), (old, date(2026, 11, 25))]
    assert new not in {m.route_id for m in stairwell.missed(community, steward, weeks=2)}
