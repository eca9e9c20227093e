"""What the steward found walking 装修申请, 物品放行条 and 交房 (chenzg, 2026-12-06): an application
could only be taken from the unit's page — the 装修申请 tab now has 受理装修申请… (Ctrl+N), which
opens the 装修申请表 to sign once recorded; 初验/停工/驳回… with no permit chosen opened their form
and dropped what was typed without a word — they now say what to choose first; a release slip or a
交房记录 printed on a later day said nothing of it — both now say 补打 with the print date."""
from __future__ import annotations

from datetime import timedelta

from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, pdf_text, type_text,
)
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from deskapp.domain.rounds import (
    ConfirmerRelation, ConfirmMethod, OwnerConfirmation, ReleaseInput, ReleaseItem, ReleaseKind,
)
from deskapp.domain.units import UnitState
from deskapp.services.rounds import movein, release


def _tab(qtbot, ctx, index: int):
    window = desk_window(qtbot, ctx, "STEWARD")
    view = open_view(qtbot, window, "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(index))
    tab = (view.decorations, view.release)[index - 1]
    qtbot.waitUntil(tab.isVisible)
    return tab


def test_an_application_is_taken_from_the_tab_and_its_form_opens(desk_session, units, qtbot):
    from deskapp.gui.rounds.decoration_tab import ApplicationDialog

    tab = _tab(qtbot, desk_session.ctx, 1)
    answers = ModalAnswers(qtbot)
    answers.input_text("3-1-1502")

    def fill(dialog: ApplicationDialog) -> None:
        type_text(qtbot, dialog.owner_phone, "13800138000")
        type_text(qtbot, dialog.company, "居美装饰工程有限公司")
        type_text(qtbot, dialog.leader, "刘师傅")
        type_text(qtbot, dialog.leader_phone, "13512345678")
        click(qtbot, next(iter(dialog.works.values())))
        dialog.workers.setItem(0, 0, QTableWidgetItem("孙大力"))
        dialog.workers.setItem(0, 1, QTableWidgetItem("11010519491231002X"))
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(ApplicationDialog, fill, accept=False)
    form = answers.pdf_preview()
    click(qtbot, button_named(tab, "decoApply"))
    answers.wait_all()
    assert "装修申请表" in form.pdf_text and "3-1-1502" in form.pdf_text and "居美装饰工程有限公司" in form.pdf_text
    qtbot.waitUntil(lambda: tab.model.total == 1)


def test_an_inspection_without_a_permit_chosen_says_so_before_its_form(desk_session, site, qtbot):
    tab = _tab(qtbot, desk_session.ctx, 1)
    for name in ("decoFirst", "decoStop", "decoPermit"):
        answers = ModalAnswers(qtbot)
        told = answers.message_box()
        click(qtbot, button_named(tab, name))
        answers.wait_all()
        assert "请先在列表中选择一份装修申请" in told.text, name
    assert tab.selected() is None


def test_a_slip_and_a_move_in_record_printed_later_say_reprint(desk_session, units, admin, qtbot):
    from deskapp.gui.rounds.unit_section import UnitRoundsSection

    ctx = desk_session.ctx
    now = ctx.clock.now()
    release.issue(ctx, admin, ReleaseInput(
        units["1502"], ReleaseKind.MOVING_OUT, "孙大力", "", "11010519491231002X", "13312345678", "",
        (ReleaseItem("沙发", 1),), now, now + timedelta(hours=2),
        OwnerConfirmation("张伟", ConfirmerRelation.OWNER, ConfirmMethod.IN_PERSON, now)))
    movein.move_in(ctx, admin, movein.MoveInInput(
        unit_id=units["0801"], handed_over_on=ctx.clock.today(), owner_name="赵强",
        ticked=tuple(movein.checklist(ctx)), keys_count=3, readings={"水": "12.5", "电": "803", "燃气": "0"},
        cards="门禁卡×2", state_after=UnitState.OCCUPIED))
    ctx.clock.advance(days=2)

    tab = _tab(qtbot, ctx, 2)
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    slip = answers.pdf_preview()
    click(qtbot, button_named(tab, "printSlip"))
    answers.wait_all()
    assert slip.pdf_text.count("补打（打印日期 2026-11-29）") == 2  # the stub and the gate's part

    section = UnitRoundsSection(desk_session, units["0801"])
    qtbot.addWidget(section)
    section.show()
    click(qtbot, section.move_in_print)
    record = section.last_preview
    text = pdf_text(record.pdf)
    record.close()
    assert "交房（收楼）记录" in text and "补打（打印日期 2026-11-29）" in text


def test_slip_and_notice_buttons_without_a_row_chosen_say_so(desk_session, site, qtbot):
    window = desk_window(qtbot, desk_session.ctx, "STEWARD")
    view = open_view(qtbot, window, "rounds")
    checks = view.checks
    qtbot.waitUntil(checks.isVisible)
    for name, wanted in (("printRectification", "整改通知书"), ("markRectified", "整改通知书")):
        answers = ModalAnswers(qtbot)
        told = answers.message_box()
        click(qtbot, button_named(checks, name))
        answers.wait_all()
        assert wanted in told.text, name
    click_tab(qtbot, view.tabs, view.tabs.widget(2))
    slips = view.release
    qtbot.waitUntil(slips.isVisible)
    for name in ("printSlip", "returnSlip", "voidSlip"):
        answers = ModalAnswers(qtbot)
        told = answers.message_box()
        click(qtbot, button_named(slips, name))
        answers.wait_all()
        assert "放行条" in told.text, name
