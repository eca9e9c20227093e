"""楼道巡查: routes, a point recorded once, findings handed to engineering and cleaning,
missed rounds with a fixed clock, the weekly sheet."""
from __future__ import annotations

from datetime import datetime
from io import BytesIO

import pytest
from pypdf import PdfReader

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.rounds import FollowUp
from deskapp.services.registry import community as registry_community
from deskapp.services.rounds import stairwell


@pytest.fixture
def route(community, units, supervisor, clock):
    """A route set up on Monday 2026-11-16 (the tests walk it in the weeks after)."""
    b = [x for x in registry_community.buildings(community, supervisor) if x.code == "3"][0]
    now = clock.now()
    clock.set(datetime(2026, 11, 16, 9, 0))
    route = stairwell.set_route(community, supervisor, b.id, "3号楼1单元", ["一楼大堂", "2层楼道", "3层楼道"])
    clock.set(now)
    return route


def test_points_ok_and_findings_then_finish(community, route, steward, clock):
    clock.set(datetime(2026, 11, 24, 9, 0))  # a Tuesday
    run = stairwell.start_round(community, steward, route)
    assert stairwell.start_round(community, steward, route) == run  # continues the same round
    pts = stairwell.run_view(community, steward, run).points
    stairwell.record_point(community, steward, run, pts[0].point_id)
    stairwell.record_point(community, steward, run, pts[1].point_id, [("照明", "2层声控灯不亮")])
    with pytest.raises(Conflict, match="未检查"):
        stairwell.finish_round(community, steward, run)
    stairwell.record_point(community, steward, run, pts[2].point_id, [("卫生", "楼梯间堆放纸箱"),
                                                                      ("消防通道", "纸箱堵塞通道")])
    stairwell.finish_round(community, steward, run)
    view = stairwell.run_view(community, steward, run)
    assert view.finished and view.remaining == 0
    assert [f.item for f in view.points[2].findings] == ["卫生", "消防通道"]


def test_a_point_recorded_twice_is_refused(community, route, steward):
    run = stairwell.start_round(community, steward, route)
    p = stairwell.run_view(community, steward, run).points[0].point_id
    stairwell.record_point(community, steward, run, p)
    with pytest.raises(Conflict, match="已记录过"):
        stairwell.record_point(community, steward, run, p, [("照明", "灯坏")])


def test_finding_needs_a_known_item_and_text(community, route, steward):
    run = stairwell.start_round(community, steward, route)
    p = stairwell.run_view(community, steward, run).points[0].point_id
    with pytest.raises(ValidationError, match="不在巡查项目"):
        stairwell.record_point(community, steward, run, p, [("电梯", "异响")])
    with pytest.raises(ValidationError, match="问题描述"):
        stairwell.record_point(community, steward, run, p, [("照明", " ")])


def test_finding_becomes_a_repair_order_or_cleaning_task_in_one_action(community, route, steward):
    run = stairwell.start_round(community, steward, route)
    pts = stairwell.run_view(community, steward, run).points
    stairwell.record_point(community, steward, run, pts[0].point_id, [("照明", "大堂吸顶灯不亮"),
                                                                      ("卫生", "地面有污渍")])
    light, dirt = stairwell.run_view(community, steward, run).points[0].findings
    ref = stairwell.follow_up(community, steward, light.id, FollowUp.REPAIR)
    assert ref.startswith("WX")
    task = stairwell.follow_up(community, steward, dirt.id, FollowUp.CLEANING)
    assert task
    with pytest.raises(Conflict, match="已转"):
        stairwell.follow_up(community, steward, light.id, FollowUp.CLEANING)
    assert stairwell.open_findings(community, steward) == []
    from deskapp.services.reception import repairs

    order = repairs.repair_detail(community, steward, ref)
    assert "大堂吸顶灯不亮" in order.row.fault and "3号楼" in order.row.location


def test_findings_put_right_on_the_spot_leave_the_open_list_together(community, route, steward):
    """现场处理 of two findings at once: what was done is kept in place of an order's number, both leave
    the open list in one transaction; an empty note or a finding handed on already is refused and
    nothing is written."""
    run = stairwell.start_round(community, steward, route)
    pts = stairwell.run_view(community, steward, run).points
    stairwell.record_point(community, steward, run, pts[0].point_id, [("照明", "声控灯不亮"), ("卫生", "楼梯有垃圾")])
    light, rubbish = stairwell.run_view(community, steward, run).points[0].findings
    with pytest.raises(ValidationError) as e:
        stairwell.handle_on_site(community, steward, [light.id, rubbish.id], " ")
    assert e.value.field == "处理情况"
    stairwell.follow_up(community, steward, rubbish.id, FollowUp.CLEANING)
    with pytest.raises(Conflict, match="已转保洁"):
        stairwell.handle_on_site(community, steward, [light.id, rubbish.id], "已更换灯泡")
    assert [f.id for *_, f in stairwell.open_findings(community, steward)] == [light.id]  # nothing written
    stairwell.handle_on_site(community, steward, [light.id], "已更换灯泡")
    assert stairwell.open_findings(community, steward) == []
    with pytest.raises(Conflict, match="已现场处理（已更换灯泡）"):
        stairwell.follow_up(community, steward, light.id, FollowUp.REPAIR)


def test_missed_rounds_stand_out(community, route, steward, clock):
    clock.set(datetime(2026, 11, 23, 9, 0))  # Monday: last week's Tue/Wed were missed
    missed = stairwell.missed(community, steward, weeks=1)
    assert missed == []  # this week has not had a round day yet
    clock.set(datetime(2026, 11, 25, 9, 0))  # Wednesday
    assert [m.day.isoformat() for m in stairwell.missed(community, steward, weeks=1)] == ["2026-11-24"]
    clock.set(datetime(2026, 11, 24, 9, 0))
    run = stairwell.start_round(community, steward, route)
    for p in stairwell.run_view(community, steward, run).points:
        stairwell.record_point(community, steward, run, p.point_id)
    stairwell.finish_round(community, steward, run)
    clock.set(datetime(2026, 11, 26, 9, 0))  # Thursday: Tuesday done, Wednesday missed
    assert [m.day.isoformat() for m in stairwell.missed(community, steward, weeks=1)] == ["2026-11-25"]


def test_weekly_sheet_prints(community, route, steward, supervisor, clock):
    clock.set(datetime(2026, 11, 24, 9, 0))
    run = stairwell.start_round(community, steward, route)
    pts = stairwell.run_view(community, steward, run).points
    stairwell.record_point(community, steward, run, pts[0].point_id, [("照明", "声控灯不亮")])
    b = [x for x in registry_community.buildings(community, supervisor) if x.code == "3"][0]
    clock.set(datetime(2026, 11, 26, 9, 0))
    sheet = stairwell.weekly_sheet(community, steward, b.id, clock.today())
    assert [d.isoformat() for d in sheet.days] == ["2026-11-24", "2026-11-25"]
    lines = dict(sheet.blocks[0].lines)
    assert lines["一楼大堂"] == ["照明：声控灯不亮", "未巡查"]
    text = PdfReader(BytesIO(stairwell.weekly_sheet_pdf(community, steward, b.id, clock.today()))).pages[0].extract_text()
    assert "楼道巡查周报表" in text and "声控灯不亮" in text


def test_default_route_from_building(community, units, supervisor):
    b = [x for x in registry_community.buildings(community, supervisor) if x.code == "3"][0]
    rid = stairwell.default_route(community, supervisor, b.id)
    r = [x for x in stairwell.routes(community, supervisor) if x.id == rid][0]
    names = [n for _, n in r.points]
    assert names[0] == "1单元一楼大堂/电梯厅" and "2单元屋面出口" in names


def test_buildings_and_routes_in_counting_order(community, units, supervisor):
    ten = registry_community.add_building(community, supervisor, "10")
    two = registry_community.add_building(community, supervisor, "2")
    stairwell.set_route(community, supervisor, ten, "10幢楼道巡查", ["一楼大堂"])
    stairwell.set_route(community, supervisor, two, "2幢楼道巡查", ["一楼大堂"])
    ids = [bid for bid, _ in stairwell.buildings(community, supervisor)]
    assert ids.index(two) < ids.index(ten)  # 2幢 before 10幢, not as text
    names = [r.name for r in stairwell.routes(community, supervisor)]
    assert names.index("2幢楼道巡查") < names.index("10幢楼道巡查")
    assert stairwell.building_order("3") < stairwell.building_order("10") < stairwell.building_order("B1")


def test_a_point_is_corrected_only_while_its_round_is_open_and_nothing_is_handed_on(community, route, steward):
    run = stairwell.start_round(community, steward, route)
    pts = stairwell.run_view(community, steward, run).points
    stairwell.record_point(community, steward, run, pts[0].point_id, [("照明", "大堂吸顶灯不亮")])
    finding = stairwell.run_view(community, steward, run).points[0].findings[0]
    ref = stairwell.follow_up(community, steward, finding.id, FollowUp.REPAIR)
    with pytest.raises(Conflict, match=f"已转工程维修（{ref}）"):
        stairwell.clear_point(community, steward, run, pts[0].point_id)
    with pytest.raises(Conflict, match="尚未记录"):
        stairwell.clear_point(community, steward, run, pts[1].point_id)
    stairwell.record_point(community, steward, run, pts[1].point_id)
    stairwell.clear_point(community, steward, run, pts[1].point_id)
    assert not stairwell.run_view(community, steward, run).points[1].recorded
    for p in pts[1:]:
        stairwell.record_point(community, steward, run, p.point_id)
    stairwell.finish_round(community, steward, run)
    with pytest.raises(Conflict, match="已结束"):
        stairwell.clear_point(community, steward, run, pts[2].point_id)


def test_findings_not_handed_on_are_one_morning_line_a_round(community, route, steward, clock):
    """Two findings of one round, not handed on by the next morning: one line on the steward's list
    saying how many and what (a big centre's list had a line a finding: 585 more at 20,000 units)."""
    from datetime import timedelta

    from deskapp.services import hooks

    run = stairwell.start_round(community, steward, route)
    pts = stairwell.run_view(community, steward, run).points
    stairwell.record_point(community, steward, run, pts[0].point_id, [("照明", "声控灯不亮"), ("卫生", "楼梯有垃圾")])
    stairwell.record_point(community, steward, run, pts[1].point_id, [("墙面", "墙皮脱落")])
    found_on = clock.now().date()
    with community.reader() as uow:
        items = [i for i in hooks.collect(hooks.Hook.START_OF_DAY, uow.session, community, steward,
                                          found_on + timedelta(days=1)) if i.kind == "巡查问题未转办"]
    assert len(items) == 1 and "3 项问题" in items[0].text and "声控灯不亮" in items[0].text
