"""楼宇管家 ▸ 装修申请: the detail under the register is HTML put together from what owners and
contractors typed. A contractor called "<b>张&李</b>装饰" showed as bold 张&李装饰 without its
tags, and "A&nbsp;B" as "A B": every value is shown as typed, here and in the survey's results."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from modal_answers import click_row

from deskapp.domain.decoration import ApplicationInput, WorkerInput
from deskapp.gui.rounds.view import RoundsView
from deskapp.services.rounds import decoration, survey

WORKER_ID = "11010519491231002X"


def test_the_detail_shows_names_and_reasons_as_typed(community, units, admin, qtbot, supervisors_decorations):
    today = community.clock.today()
    did = decoration.apply(community, admin, ApplicationInput(
        unit_id=units["1601"], owner_name="王芳", owner_phone="13700137000", company="<b>张&李</b>装饰",
        leader="刘师傅", leader_phone="13512345678", licence="A&nbsp;B<br>", works=("水电改造",), starts_on=today,
        ends_on=today + timedelta(days=60), deposit=Decimal("3000"), fees=Decimal("0"),
        workers=(WorkerInput("孙大力", WORKER_ID),)))
    decoration.approve(community, admin, did)
    decoration.extend(community, admin, did, today + timedelta(days=90), "业主<i>出国</i> & 材料未到")
    tab = supervisors_decorations(community)
    click_row(qtbot, tab.table, 0)
    shown = tab.detail.toPlainText()
    for typed in ("<b>张&李</b>装饰", "A&nbsp;B<br>", "业主<i>出国</i> & 材料未到"):
        assert typed in shown, typed
    assert "，A&nbsp;B<br>）\n装修项目" in shown  # on its line, not breaking it


def test_the_survey_results_show_the_campaigns_name_as_typed(units, desk_session, admin, qtbot):
    """The results panel under 满意度调查 is built the same way: a name with "<" or "&" lost its text."""
    survey.create_campaign(desk_session.ctx, admin, "<b>上半年</b> & 物业", date(2026, 5, 1), date(2026, 6, 15))
    view = RoundsView(desk_session)
    qtbot.addWidget(view)
    view.show()
    tab = view.survey
    view.tabs.setCurrentIndex(4)  # 满意度调查
    qtbot.waitUntil(tab.isVisible)
    assert tab.results.toPlainText().startswith("<b>上半年</b> & 物业")
