"""业户违章 as the clerk meets it: a deadline chosen (never today by default), each status change
in the history, and a 整改通知书 printed with its own number and issue date."""
from __future__ import annotations

from io import BytesIO

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from pypdf import PdfReader

from deskapp.domain.reception import ViolationState


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def _press(tab, name, qtbot):
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def _save(dlg, qtbot):
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _pdf_text(pdf: bytes) -> str:
    return "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)


def test_deadline_history_and_rectification_notice(main_window, desk_session, unit_id, qtbot, warnings):
    from deskapp.gui.forms import FormDialog

    view = main_window.show_view("reception")
    tab = view.violations
    view.setCurrentWidget(tab)
    qtbot.waitUntil(tab.isVisible)
    _press(tab, "violationNew", qtbot)
    dlg = tab.findChild(FormDialog)
    deadline = dlg.widgets["整改期限"]
    assert deadline.text() == ""  # empty, not today: a deadline is chosen, never defaulted
    dlg.widgets["房号"].setText("3-1-502")
    dlg.widgets["违章情况"].setPlainText("楼道堆放旧家具")
    dlg.widgets["整改要求"].setText("三日内清理")
    _save(dlg, qtbot)
    assert warnings and "整改期限" in warnings[-1] and tab.table.rowCount() == 0
    qtbot.keyClicks(deadline, "2026-12-04")
    _save(dlg, qtbot)
    assert tab.table.rowCount() == 1 and tab.table.item(0, 6).text() == "2026-12-04"

    tab.table.selectRow(0)
    _press(tab, "violationFollow", qtbot)
    follow = [d for d in tab.findChildren(FormDialog) if d.isVisible()][0]
    combo = follow.widgets["状态"]
    combo.setCurrentIndex(combo.findData(ViolationState.ESCALATED))
    follow.widgets["处理结果"].setPlainText("业主拒不清理，上报主管")
    _save(follow, qtbot)

    tab.table.selectRow(0)
    _press(tab, "violationNotice", qtbot)
    first = tab.last_preview
    text = _pdf_text(first.pdf)
    assert "整改通知书" in text and "WZ2026-0001" in text and "2026年11月27日" in text and "张伟" in text
    assert "2026年12月04日" in text
    first.reject()
    tab.table.selectRow(0)
    _press(tab, "violationNotice", qtbot)
    assert "WZ2026-0001" in _pdf_text(tab.last_preview.pdf)  # a reprint, not a new number
    tab.last_preview.reject()

    tab.table.selectRow(0)
    hist = tab.show_history("violation")
    notes = [hist.table.item(r, 3).text() for r in range(hist.table.rowCount())]
    actions = [hist.table.item(r, 2).text() for r in range(hist.table.rowCount())]
    assert actions == ["登记", "跟进", "发出整改通知书"]
    assert notes == ["待整改：三日内清理", "待整改 → 已上报：业主拒不清理，上报主管", "WZ2026-0001"]
    hist.reject()
