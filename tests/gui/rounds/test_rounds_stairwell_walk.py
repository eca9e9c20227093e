"""What the steward found walking 楼道巡查 (chenzg, 2026-12-07): a round walked on a day outside
the Tue/Wed schedule was nowhere on 《楼道巡查周报表》 (its columns were the scheduled days only) —
it now has a column of its own, marked 加巡."""
from __future__ import annotations

import pytest
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text

from deskapp.services.registry import community as registry_community
from deskapp.services.rounds import stairwell


@pytest.fixture
def route(desk_session, units, admin):
    ctx = desk_session.ctx
    b = [x for x in registry_community.buildings(ctx, admin) if x.code == "3"][0]
    return stairwell.set_route(ctx, admin, b.id, "3号楼1单元", ["一楼大堂", "2层楼道", "3层楼道"])


@pytest.fixture
def stairs(desk_session, route, qtbot):
    """楼宇管家 ▸ 楼道巡查 as the steward opens it."""
    view = open_view(qtbot, desk_window(qtbot, desk_session.ctx, "STEWARD"), "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(3))
    tab = view.stairwell
    qtbot.waitUntil(tab.isVisible)
    return tab


def _walk(qtbot, stairs, findings=None):
    """Starts the round of the first route and walks it: the first point's findings through the
    finding dialog (`findings(dialog)` fills it), every other point 正常, then 完成巡查."""
    from deskapp.gui.rounds.stairwell_tab import FindingDialog, RoundDialog

    seen = {}

    def walk(dlg: RoundDialog) -> None:
        if findings is not None:
            click(qtbot, button_named(dlg, "pointFinding"))
        while dlg.view.remaining:
            click(qtbot, button_named(dlg, "pointOk"))
        seen["first"] = dlg.points.index(0, 1).data()
        click(qtbot, button_named(dlg, "finishRound"))

    answers = ModalAnswers(qtbot)
    answers.dialog(RoundDialog, walk, accept=False)
    if findings is not None:
        findings(answers, FindingDialog)
    click_row(qtbot, stairs.routes_view, 0)
    click(qtbot, button_named(stairs, "startRound"))
    answers.wait_all()
    return seen


def test_a_round_walked_off_the_schedule_is_on_the_weekly_sheet(desk_session, stairs, qtbot):
    assert desk_session.ctx.clock.today().isoweekday() == 5  # a Friday: no round is scheduled
    _walk(qtbot, stairs)
    assert stairs.routes.index(0, 3).data() == "已完成"
    answers = ModalAnswers(qtbot)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(stairs, "printWeekSheet"))
    answers.wait_all()
    text = sheet.pdf_text
    # the week's scheduled days, and the Friday round beside them with what it found
    assert "11-24 周二" in text and "11-25 周三" in text and "11-27 周五（加巡）" in text
    assert text.count("正常") >= 3 and "“加巡”为排班日以外做的巡查" in text
