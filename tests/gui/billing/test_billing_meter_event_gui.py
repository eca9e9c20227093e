"""换表/翻转…: a replaced meter is entered with the old meter's final and the new one's start
reading. A refusal (the old meter's final reading missing) stays in the dialog at its field with
what was typed; completed, the grid shows the reading, its usage and the event."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import read_all, setup_standards, setup_units  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view  # noqa: E402

from deskapp.gui.billing.readings import EventDialog  # noqa: E402


def test_a_replaced_meter_refused_then_entered_in_the_same_dialog(community, admin, desk_app, qtbot):
    setup_units(community, admin)
    setup_standards(community, admin)
    read_all(community, admin)  # 3-1-101 read 130 in September
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.readings)
    tab = view.readings
    click_row(qtbot, tab.table, 0, 3)
    seen = {}

    def fill(dialog: EventDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        dialog.event.setCurrentIndex(dialog.event.findText("换表"))
        dialog.value.setText("12")
        ok.click()  # the old meter's final reading is missing
        seen["error"] = dialog.problems.label.text()
        seen["open"] = dialog.isVisible()
        seen["kept"] = dialog.value.text()
        dialog.old_final.setText("135")
        dialog.new_start.setText("0")
        ok.click()

    answers = ModalAnswers(qtbot)
    answers.dialog(EventDialog, fill)
    click(qtbot, button_named(tab, "readingEvent"))
    answers.wait_all()
    assert seen == {"error": "换表读数：换表需填写旧表止数和新表起数", "open": True, "kept": "12"}
    m = tab.model
    assert [m.data(m.index(0, c)) for c in (0, 3, 4, 5, 6)] == ["3-1-101", "12", "17", "（换表）", "已抄"]
    assert tab.message.text() == "已保存：3-1-101 12"
