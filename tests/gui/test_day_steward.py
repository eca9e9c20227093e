"""A building steward's day (楼宇客服管家) in the demo centre, end to end through the main window:
decoration paperwork, the daily site check and its 整改通知书, a release slip, the stairwell round
and its repair order — only tabs, buttons and the dialogs they open (issue 12 §2)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QRadioButton

from day_support import current_view_key, demo_centre, no_traceback, sign_in
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, type_text

from deskapp.domain.decoration import ItemResult
from deskapp.gui.rounds.checks_tab import CheckDialog
from deskapp.gui.rounds.release_tab import SlipDialog
from deskapp.gui.rounds.stairwell_tab import FindingDialog, RoundDialog


@pytest.fixture
def centre(ctx, desk_app):
    return demo_centre(ctx)


def _row_of(model, text: str) -> int:
    """The first row of a table model showing `text` in a cell."""
    for r in range(model.rowCount()):
        if any(model.index(r, c).data() == text for c in range(model.columnCount())):
            return r
    raise AssertionError(f"no row shows {text}")


@pytest.mark.slow
def test_a_stewards_day_through_the_main_window(centre, qtbot, capfd):
    ctx = centre
    window = sign_in(qtbot, ctx, "chenzg")

    # 1. 上班：the steward lands on the building rounds, today's decoration sites listed
    assert current_view_key(window) == "rounds"
    rounds = window.show_view("rounds")
    assert rounds.tabs.currentIndex() == 0
    checks = rounds.checks
    assert checks.sites.rowCount() == 3 and checks.count.text() == "今日还有 3 户待检查"
    site_row = _row_of(checks.sites, "1-1-601")
    permit = checks.sites.index(site_row, 1).data()

    # 2. 装修许可证：find the site's permit in 装修管理 and print it for the door
    click_tab(qtbot, rounds.tabs, rounds.tabs.widget(1))
    decorations = rounds.decorations
    qtbot.waitUntil(decorations.isVisible)
    type_text(qtbot, decorations.text, permit)
    qtbot.waitUntil(lambda: decorations.model.rowCount() == 1)
    click_row(qtbot, decorations.table, 0)
    answers = ModalAnswers(qtbot)
    printed = answers.pdf_preview()
    click(qtbot, button_named(decorations, "decoPermit"))
    answers.wait_all()
    assert "装修许可证" in printed.pdf_text and permit in printed.pdf_text and "1-1-601" in printed.pdf_text

    # 3. 二次装修日检：the site checked, 阳台封闭 found against the rules
    click_tab(qtbot, rounds.tabs, rounds.tabs.widget(0))
    click_row(qtbot, checks.sites_view, _row_of(checks.sites, "1-1-601"))
    before = checks.rects.rowCount()

    def check(dlg: CheckDialog) -> None:
        index = list(dlg.groups).index("阳台封闭")  # no assert in here: it would leave the dialog open
        click(qtbot, dlg.findChild(QRadioButton, f"check_{index}_{ItemResult.VIOLATION.name}"))
        type_text(qtbot, dlg.violation, "阳台外扩封闭，超出原外立面")
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    answers = ModalAnswers(qtbot)
    answers.dialog(CheckDialog, check)
    notice = answers.pdf_preview()  # 4. 整改通知书, shown as soon as the check is saved
    click(qtbot, button_named(checks, "checkSite"))
    answers.wait_all()
    qtbot.waitUntil(lambda: checks.rects.rowCount() == before + 1)
    row = _row_of(checks.rects, "1-1-601")
    number = checks.rects.index(row, 0).data()
    assert "整改通知书" in notice.pdf_text and number in notice.pdf_text and "阳台外扩封闭" in notice.pdf_text
    assert checks.count.text() == "今日还有 2 户待检查"  # checked today: off the list of sites still to check

    # 4b. 整改通知书 printed again from the open notices, for the owner's copy
    click_row(qtbot, checks.rects_view, row)
    answers = ModalAnswers(qtbot)
    again = answers.pdf_preview()
    click(qtbot, button_named(checks, "printRectification"))
    answers.wait_all()
    assert number in again.pdf_text and "1-1-601" in again.pdf_text

    # 5. 物品放行条：from the release-slip tab, the owner on file confirms, the slip is printed
    click_tab(qtbot, rounds.tabs, rounds.tabs.widget(2))
    release = rounds.release
    qtbot.waitUntil(release.isVisible)
    slips = release.model.rowCount()

    def slip(dialog: SlipDialog) -> None:
        dialog.unit.setFocus()
        qtbot.keyClicks(dialog.unit, "1-1-601")
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Tab)  # leaving the field looks the unit up
        type_text(qtbot, dialog.applicant, "李师傅")
        qtbot.keyClicks(dialog.id_number, "110105198503150035")
        qtbot.keyClicks(dialog.phone, "13900001111")
        dialog.add_item(0, "旧橱柜", 2)
        click(qtbot, dialog.confirmed)
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    answers.dialog(SlipDialog, slip)
    slip_pdf = answers.pdf_preview()
    click(qtbot, button_named(release, "newSlip"))
    answers.wait_all()
    qtbot.waitUntil(lambda: release.model.rowCount() == slips + 1)
    issued = next(release.model.row_at(r) for r in range(release.model.rowCount())
                  if release.model.row_at(r).unit_code == "1-1-601" and "旧橱柜" in release.model.row_at(r).items)
    assert "物品放行条" in slip_pdf.pdf_text and issued.number in slip_pdf.pdf_text

    # 6. 楼道巡查：the shop-street route, every point walked, a light out at one of them
    click_tab(qtbot, rounds.tabs, rounds.tabs.widget(3))
    stairs = rounds.stairwell
    qtbot.waitUntil(stairs.isVisible)
    route = _row_of(stairs.routes, "沿街商铺楼道巡查")
    click_row(qtbot, stairs.routes_view, route)
    walked = {}

    def walk(dlg: RoundDialog) -> None:
        walked["points"] = len(dlg.view.points)
        click(qtbot, button_named(dlg, "pointFinding"))  # the first point: the nested finding dialog answers
        while dlg.view.remaining:
            click(qtbot, button_named(dlg, "pointOk"))
        walked["finding"] = dlg.points.index(0, 1).data()
        click(qtbot, button_named(dlg, "finishRound"))

    def finding(dlg: FindingDialog) -> None:
        dlg.item.setCurrentIndex(dlg.item.findText("照明"))
        type_text(qtbot, dlg.text, "楼梯间声控灯不亮")

    findings = stairs.findings.rowCount()
    answers = ModalAnswers(qtbot)
    answers.dialog(RoundDialog, walk, accept=False)
    answers.dialog(FindingDialog, finding)
    click(qtbot, button_named(stairs, "startRound"))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in stairs.findChildren(RoundDialog) if d.isVisible()])
    assert "楼梯间声控灯不亮" in walked["finding"]
    assert stairs.routes.index(route, 3).data() == "已完成"
    assert stairs.findings.rowCount() == findings + 1

    # 7. 维修单：the finding handed on to the engineers as a repair order
    click_row(qtbot, stairs.findings_view, _row_of(stairs.findings, "楼梯间声控灯不亮"))
    answers = ModalAnswers(qtbot)
    asked = answers.message_box()  # asked first, naming where it goes
    answers.message_box(QMessageBox.StandardButton.No, contains="打印")  # the order is offered for printing
    click(qtbot, button_named(stairs, "toRepair"))
    answers.wait_all()
    assert "转工程维修，开工程维修单" in asked.text and "楼梯间声控灯不亮" in asked.text
    repair = stairs.last_handed
    assert repair.startswith("WX") and repair in stairs.notice.text()
    assert stairs.findings.rowCount() == findings  # handed on: off the list

    no_traceback(capfd)
