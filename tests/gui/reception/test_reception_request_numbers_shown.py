"""客诉单号 at the desk: a request recorded through the dialog shows its number above the list and in the
list's 编号 column, for the clerk to tell the caller; its 处理单 prints it (编号), and typed into the search
box the number lands on the request, chosen in 需求/投诉."""
from __future__ import annotations

from day_support import column
from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from deskapp.domain.reception import RequestKind
from deskapp.gui.forms import FormDialog
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput


def test_a_request_recorded_in_the_dialog_shows_its_number_in_the_list_and_on_paper(community, admin, unit_id,
                                                                                     qtbot):
    requests.record_request(community, admin, RequestInput(text="大堂灯不亮", location="3 号楼大堂"))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)

    def fill(dialog: FormDialog) -> None:
        type_text(qtbot, dialog.unit_edit, "3-1-502")
        qtbot.keyClick(dialog.unit_edit, Qt.Key.Key_Tab)
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData(RequestKind.COMPLAINT))
        dialog.text_edit.setPlainText("楼上装修噪音太大")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill)
    click(qtbot, button_named(tab, "rqNew"))
    answers.wait_all()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2 and tab.selected() is not None)
    recorded = tab.findChild(QLabel, "rqRecorded")
    assert recorded.isVisible() and "KS2026-000002" in recorded.text()
    model = tab.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "编号"
    row = tab.table.currentIndex().row()
    assert model.index(row, 0).data() == "KS2026-000002" and "噪音" in model.index(row, column(model, "内容")).data()

    answers = ModalAnswers(qtbot)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(tab, "rqPrint"))
    answers.wait_all()
    assert "业户投诉处理单" in sheet.pdf_text and "编号：KS2026-000002" in sheet.pdf_text


def test_a_request_number_typed_into_the_search_box_lands_on_the_request(community, admin, unit_id, qtbot):
    first = requests.record_request(community, admin, RequestInput(text="大堂灯不亮", location="3 号楼大堂"))
    requests.record_request(community, admin, RequestInput(text="电梯异响", location="3 号楼电梯"))
    window = desk_window(qtbot, community, "CLERK")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search, "ks2026-000001")
    shown = window.search.completer().model().stringList()
    assert shown[0].startswith("KS2026-000001  求助/服务需求") or shown[0].startswith("KS2026-000001")
    window.search.completer().popup().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    tab = window.show_view("reception").requests
    qtbot.waitUntil(lambda: tab.selected() is not None)
    assert window.show_view("reception").currentWidget() is tab
    assert tab.selected().id == first and tab.selected().number == "KS2026-000001"
