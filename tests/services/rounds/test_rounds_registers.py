"""The supervisor's monthly registers and the morning list."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from test_rounds_decoration import violation_check
from test_rounds_release import slip_input

from deskapp.domain.survey import Scale
from deskapp.services import exports, hooks
from deskapp.services.registry import community as registry_community
from deskapp.services.rounds import decoration, release, stairwell, survey


@pytest.fixture
def busy_month(community, units, site, steward, clerk, supervisor, clock):
    decoration.record_check(community, steward, units.vacant, violation_check(community))
    release.issue(community, clerk, slip_input(community, units.occupied))
    b = [x for x in registry_community.buildings(community, supervisor) if x.code == "3"][0]
    route = stairwell.set_route(community, supervisor, b.id, "3号楼", ["一楼大堂", "2层楼道"])
    run = stairwell.start_round(community, steward, route)
    p = stairwell.run_view(community, steward, run).points[0].point_id
    stairwell.record_point(community, steward, run, p, [("照明", "灯不亮")])
    cid = survey.create_campaign(community, supervisor, "2026年下半年", date(2026, 11, 1), date(2026, 12, 15),
                                 [("客服接待", Scale.FIVE)])
    row = survey.samples(community, clerk, cid)[0]
    qid = survey.campaigns(community, clerk)[0].questions[0][0]
    survey.record_contact(community, clerk, row.id, "电话", True, answers={qid: 5}, comment="满意")
    return community


@pytest.mark.parametrize("name,title,cell", [
    ("decorations", "装修申请登记表", "居美装饰工程有限公司"),
    ("inspections", "二次装修日检表", "拆除卫生间与卧室之间承重墙约 1 平方米"),
    ("release-slips", "物品放行条登记表", "110***********002X"),
    ("rounds", "楼道巡查记录表", "灯不亮"),
    ("survey", "满意度调查回访记录", "满意"),
])
def test_monthly_registers(busy_month, admin, tmp_path, name, title, cell):
    out = tmp_path / f"{name}.xlsx"
    n = exports.run_export(busy_month, admin, name, out, exports.ExportOptions(month="2026-11"))
    assert n >= 1
    ws = load_workbook(out).worksheets[0]
    assert title in ws["A1"].value
    values = [c for row in ws.iter_rows(min_row=3, values_only=True) for c in row]
    assert cell in values
    assert "11010519491231002X" not in values
    empty = tmp_path / f"{name}-empty.xlsx"
    assert exports.run_export(busy_month, admin, name, empty, exports.ExportOptions(month="2026-09")) == 0


def test_move_in_register_is_listed(community, admin):
    assert {"move-ins", "decorations", "inspections", "release-slips", "rounds", "survey"} <= set(exports.all_exports())


def test_morning_list(busy_month, units, admin, clock):
    clock.set(datetime(2026, 12, 3, 8, 30))  # Thursday of the next week
    with busy_month.reader() as uow:
        items = [i for i in hooks.collect("start_of_day", uow.session, busy_month, admin, clock.today())
                 if i.area == "rounds"]
    kinds = {i.kind for i in items}
    assert {"放行条未交回", "装修未日检", "整改逾期", "楼道巡查漏检"} <= kinds
    slip = [i for i in items if i.kind == "放行条未交回"][0]
    assert slip.ref == "FX2026-000001" and slip.overdue


def test_check_hook_passes(busy_month):
    with busy_month.reader() as uow:
        results = [r for r in hooks.collect("checks", uow.session, busy_month) if "放行条" in r.name]
    assert results and results[0].problems == [] and results[0].checked == 1


def test_cancelled_export_leaves_no_file(busy_month, admin, tmp_path):
    from deskapp.domain.errors import Cancelled

    out = tmp_path / "x.xlsx"
    with pytest.raises(Cancelled, match="已取消导出，没有写出文件"):
        exports.run_export(busy_month, admin, "release-slips", out,
                           exports.ExportOptions(month="2026-11", cancelled=lambda: True))
    assert not out.exists() and not list(tmp_path.glob("*.part"))


