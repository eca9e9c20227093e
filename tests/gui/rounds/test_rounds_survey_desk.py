"""满意度调查 as a clerk meets it: the campaign's name is labelled as one, the new campaign is
the one shown, scores say what they mean, and the results say how both scales are read."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QPushButton

from deskapp.domain.survey import SCALES_NOTE
from deskapp.services.rounds import survey


def _click(widget, name, qtbot):
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_a_new_campaign_is_named_selected_and_scored_with_meanings(units, desk_session, admin, qtbot, tmp_path,
                                                                   monkeypatch):
    from deskapp.gui.rounds.survey_tab import CampaignDialog, ContactDialog
    from deskapp.gui.rounds.view import RoundsView

    survey.create_campaign(desk_session.ctx, admin, "2026年上半年", date(2026, 5, 1), date(2026, 6, 15))
    view = RoundsView(desk_session)
    qtbot.addWidget(view)
    view.show()
    tab = view.survey
    view.tabs.setCurrentIndex(4)  # the clerk opens 满意度调查
    qtbot.waitUntil(tab.isVisible)
    _click(tab, "newSurvey", qtbot)
    dlg = tab.findChild(CampaignDialog)
    qtbot.waitUntil(dlg.isVisible)
    form = dlg.findChild(QFormLayout)
    assert form.labelForField(dlg.name).text() == "调查活动名称"
    dlg.name.setText("2026年下半年满意度调查")
    qtbot.mouseClick(dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert tab.campaign.currentText().startswith("2026年下半年满意度调查")
    assert tab.samples.rowCount() >= 1
    tab.table.selectRow(0)
    _click(tab, "recordContact", qtbot)
    contact = tab.findChild(ContactDialog)
    qtbot.waitUntil(contact.isVisible)
    five = contact.scores[min(contact.scores)]
    assert [five.itemText(i) for i in range(1, five.count())] == ["5 非常满意", "4 满意", "3 一般", "2 不满意",
                                                                 "1 很不满意"]
    for combo in contact.scores.values():
        combo.setCurrentIndex(1)
    qtbot.mouseClick(contact.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    text = tab.results.toPlainText()
    assert "5.00/5" in text or "5/5" in text
    assert "/3" in text and SCALES_NOTE in text
    from openpyxl import load_workbook

    from deskapp.gui import file_dialogs

    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: tmp_path / "report.xlsx")
    _click(tab, "surveyReport", qtbot)
    sheet = load_workbook(tmp_path / "report.xlsx")["汇总"]
    assert SCALES_NOTE in [c.value for row in sheet.iter_rows() for c in row]



def test_record_on_an_ended_survey_says_so_before_the_form_opens(units, desk_session, admin, qtbot, monkeypatch):
    """记录回访… on a survey that has ended opened the form and refused only after every score was
    given; now it says so at once and no form opens."""
    from deskapp.gui import errors as gui_errors
    from deskapp.gui.rounds.survey_tab import ContactDialog
    from deskapp.gui.rounds.view import RoundsView

    cid = survey.create_campaign(desk_session.ctx, admin, "2026年上半年", date(2026, 5, 1), date(2026, 6, 15))
    survey.close_campaign(desk_session.ctx, admin, cid)
    shown = []
    monkeypatch.setattr(gui_errors, "show_error", lambda parent, exc, *a, **k: shown.append(str(exc)))
    view = RoundsView(desk_session)
    qtbot.addWidget(view)
    view.show()
    tab = view.survey
    view.tabs.setCurrentIndex(4)
    qtbot.waitUntil(tab.isVisible)
    assert tab.samples.rowCount() >= 1
    tab.table.selectRow(0)
    _click(tab, "recordContact", qtbot)
    assert tab.findChild(ContactDialog) is None
    assert any("已结束" in text for text in shown)
