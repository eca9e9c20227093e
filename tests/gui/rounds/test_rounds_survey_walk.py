"""What the steward (chenzg) and the supervisor (wanglh) found walking 满意度调查 (2026-12-06):
记录回访… with no unit chosen did nothing; the visit kept one line for all the owner said — it now
asks for their experience of the service, what falls short and what they need, each kept and
listed; a refusal named an item not scored but left the focus where it was; 结束调查 closed the
survey at once with nothing asked (and on an ended one asked nothing and refused); a survey nobody
had answered yet read "满意率 —%"."""
from __future__ import annotations

from datetime import date

from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text,
)
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from deskapp.services.rounds import survey


def _survey_tab(qtbot, ctx, role: str):
    window = desk_window(qtbot, ctx, role)
    view = open_view(qtbot, window, "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(4))  # 满意度调查, made on first show
    tab = view.survey
    qtbot.waitUntil(tab.isVisible)
    return tab


def test_the_steward_records_a_visit_with_experience_shortfalls_and_needs(desk_session, units, admin, qtbot):
    from deskapp.gui.rounds.survey_tab import ContactDialog

    ctx = desk_session.ctx
    cid = survey.create_campaign(ctx, admin, "2026年下半年满意度调查", date(2026, 11, 1), date(2026, 12, 15))
    tab = _survey_tab(qtbot, ctx, "STEWARD")
    assert "满意率 —（" not in tab.results.toPlainText() and "—%" not in tab.results.toPlainText()

    answers = ModalAnswers(qtbot)
    told = answers.message_box()
    click(qtbot, button_named(tab, "recordContact"))  # nothing chosen yet
    answers.wait_all()
    assert "选中" in told.text and tab.findChild(ContactDialog) is None

    click_row(qtbot, tab.table, 0)
    unit = tab.samples.row_at(0).unit_code
    seen = {}

    def visit(d: ContactDialog) -> None:
        type_text(qtbot, d.respondent, "业主")
        type_text(qtbot, d.comment, "前台办事快，态度好")
        type_text(qtbot, d.shortfalls, "电梯经常停运")
        type_text(qtbot, d.needs, "希望加快电梯维修")
        first = d.scores[min(d.scores)]
        save = d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
        refused = ModalAnswers(qtbot)
        said = refused.message_box()
        click(qtbot, save)  # nothing scored: refused, naming the first item, which takes the focus
        refused.wait_all()
        seen["refusal"], seen["focus"] = said.text, d.focusWidget() is first
        for combo in d.scores.values():
            combo.setCurrentIndex(1)
        click(qtbot, save)

    answers = ModalAnswers(qtbot)
    answers.dialog(ContactDialog, visit, accept=False)
    click(qtbot, button_named(tab, "recordContact"))
    answers.wait_all()
    assert "客服接待" in seen["refusal"] and "未评分" in seen["refusal"] and seen["focus"]
    qtbot.waitUntil(lambda: tab.samples.row_at(0) is not None and tab.samples.row_at(0).reached)
    owner_said = tab.samples.index(0, tab.samples.columnCount() - 1).data()
    assert owner_said == "前台办事快，态度好；不足：电梯经常停运；需要：希望加快电梯维修"
    assert tab.samples.row_at(0).unit_code == unit
    assert tab.table.currentIndex().row() == 0  # the place is kept: the list does not jump

    click(qtbot, tab.pending)  # 只看未完成: the unit visited leaves the list
    assert unit not in [tab.samples.row_at(i).unit_code for i in range(tab.samples.rowCount())]
    click_row(qtbot, tab.table, 0)
    nxt = tab.samples.row_at(0).unit_code
    answers = ModalAnswers(qtbot)
    answers.dialog(ContactDialog, lambda d: click(qtbot, d.reached) or click(
        qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)), accept=False)
    click(qtbot, button_named(tab, "recordContact"))  # not reached: stays in the list, stays chosen
    answers.wait_all()
    chosen_now = tab.samples.row_at(tab.table.currentIndex().row())
    assert chosen_now.unit_code == nxt and chosen_now.attempts == 1 and not chosen_now.reached
    r = survey.report(ctx, admin, cid)
    assert r.comments == [(unit, r.comments[0][1], "前台办事快，态度好", "电梯经常停运", "希望加快电梯维修")]
    # the 审计日志 names the visit by its survey (it said 调查样本 118) and reads what was said in words
    from deskapp.services.accounts import audit_trail

    trail = audit_trail.browse(ctx, admin, audit_trail.TrailFilter(action="rounds.survey.contact")).rows
    (entry,) = [e for e in trail if e.unit_code == unit]
    assert audit_trail.object_text(entry) == "调查样本 2026年下半年满意度调查"
    assert {"不足之处：电梯经常停运", "需要协助：希望加快电梯维修"} <= set(audit_trail.change_lines(entry))


def test_the_supervisor_is_asked_before_a_survey_is_closed(desk_session, units, admin, qtbot):
    ctx = desk_session.ctx
    cid = survey.create_campaign(ctx, admin, "2026年下半年满意度调查", date(2026, 11, 1), date(2026, 12, 15))
    tab = _survey_tab(qtbot, ctx, "SUPERVISOR")

    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(tab, "closeSurvey"))
    answers.wait_all()
    assert "结束“2026年下半年满意度调查”" in asked.text and "已完成 0 户" in asked.text and "不能再记录回访" in asked.text
    assert not next(c for c in survey.campaigns(ctx, admin) if c.id == cid).closed

    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(tab, "closeSurvey"))
    answers.wait_all()
    assert next(c for c in survey.campaigns(ctx, admin) if c.id == cid).closed
    from deskapp.services.accounts import audit_trail  # read in words (it said 楼宇管家·新建)

    assert {audit_trail.action_label(a) for a in ("rounds.survey.create", "rounds.survey.close")} == {
        "新建满意度调查", "结束满意度调查"}
    qtbot.waitUntil(lambda: "已结束" in tab.campaign.currentText())

    answers = ModalAnswers(qtbot)
    told = answers.message_box()
    click(qtbot, button_named(tab, "closeSurvey"))  # ended: said at once, nothing asked
    answers.wait_all()
    assert "已经结束" in told.text and told.title.startswith("结束调查")


def test_f5_lists_a_survey_planned_at_another_desk(desk_session, units, admin, qtbot):
    """The steward's tab was open when the supervisor planned the half year's survey at her desk:
    刷新 (F5) read only the shown survey's units again, so the new survey never appeared."""
    from PySide6.QtCore import Qt

    ctx = desk_session.ctx
    survey.create_campaign(ctx, admin, "2026年上半年满意度调查", date(2026, 5, 1), date(2026, 6, 15))
    tab = _survey_tab(qtbot, ctx, "STEWARD")
    assert tab.campaign.count() == 1
    survey.create_campaign(ctx, admin, "2026年下半年满意度调查", date(2026, 11, 1), date(2026, 12, 15))  # elsewhere
    qtbot.keyClick(tab.window(), Qt.Key.Key_F5)
    names = [tab.campaign.itemText(i) for i in range(tab.campaign.count())]
    assert names[0].startswith("2026年下半年满意度调查（进行中") and len(names) == 2


def test_the_questionnaire_prints_blank_for_the_visit_and_filled_after_it(desk_session, units, admin, qtbot):
    """The steward goes to the door with 《业户满意度调查表》 — the flow had no paper to take."""
    ctx = desk_session.ctx
    cid = survey.create_campaign(ctx, admin, "2026年下半年满意度调查", date(2026, 11, 1), date(2026, 12, 15))
    tab = _survey_tab(qtbot, ctx, "STEWARD")
    answers = ModalAnswers(qtbot)
    told = answers.message_box()
    click(qtbot, button_named(tab, "surveyForm"))  # nothing chosen
    answers.wait_all()
    assert "选中" in told.text

    click_row(qtbot, tab.table, 0)
    unit = tab.samples.row_at(0).unit_code
    answers = ModalAnswers(qtbot)
    blank = answers.pdf_preview()
    click(qtbot, button_named(tab, "surveyForm"))
    answers.wait_all()
    assert "业户满意度调查表" in blank.pdf_text and unit in blank.pdf_text and "张伟" in blank.pdf_text
    assert "□ 5 非常满意" in blank.pdf_text and "■" not in blank.pdf_text and "打 √" in blank.pdf_text

    sample = tab.samples.row_at(0)
    camp = next(c for c in survey.campaigns(ctx, admin) if c.id == cid)
    survey.record_contact(ctx, admin, sample.id, "上门", True, respondent="张伟",
                          answers={qid: (4 if scale.name == "FIVE" else "满意") for qid, _, scale in camp.questions},
                          comment="前台办事快", shortfalls="电梯常停", needs="希望加快维修")
    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    filled = answers.pdf_preview()
    click(qtbot, button_named(tab, "surveyForm"))
    answers.wait_all()
    text = filled.pdf_text
    assert "■ 4 满意" in text and "■ 满意" in text and "■ 上门" in text
    assert "前台办事快" in text and "电梯常停" in text and "希望加快维修" in text
    assert ctx.clock.today().strftime("%Y-%m-%d") in text and "补打" not in text  # dated the visit's day
