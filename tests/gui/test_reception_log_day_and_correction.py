"""Issue 12 §3, 客服接待记录表 through its buttons: the form says an entry is recorded today and
shows that day after 添加, even when another day was shown; an entry is corrected, audited."""
from __future__ import annotations

from datetime import timedelta

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from deskapp.gui.forms import FormDialog
from deskapp.services.accounts import audit_trail


def test_an_entry_goes_to_today_and_is_corrected(community, admin, desk_app, qtbot):
    today = community.clock.today()
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.log
    click_tab(qtbot, view, tab)
    # the clerk looks at yesterday's page, then records a visitor
    tab.day.clear()
    type_text(qtbot, tab.day, f"{today - timedelta(days=1):%Y-%m-%d}")
    qtbot.keyClick(tab.day, Qt.Key.Key_Return)
    assert tab.day.value() == today - timedelta(days=1)
    assert f"{today:%Y-%m-%d}" in tab.records_today.text()
    type_text(qtbot, tab.visitor, "李女士")
    type_text(qtbot, tab.matter, "咨询停车月卡办理")
    click(qtbot, button_named(tab, "logAdd"))

    assert tab.day.value() == today  # the day the entry went to is the day shown
    assert tab.table.rowCount() == 1 and tab.table.item(0, 4).text() == "咨询停车月卡办理"

    click_row(qtbot, tab.table, 0)

    def fix(dlg: FormDialog) -> None:
        matter = dlg.findChild(QLineEdit, "logFixMatter")
        assert matter.text() == "咨询停车月卡办理"  # the form shows what the entry said
        matter.setText("咨询车位租赁")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fix)
    click(qtbot, button_named(tab, "logCorrect"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.table.item(0, 4).text() == "咨询车位租赁")
    assert tab.table.item(0, 2).text() == "李女士"

    trail = audit_trail.browse(community, admin, audit_trail.TrailFilter(action="reception.log.correct")).rows
    assert len(trail) == 1
    assert "咨询停车月卡办理" in trail[0].before and "咨询车位租赁" in trail[0].after
