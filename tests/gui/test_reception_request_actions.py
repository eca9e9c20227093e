"""The request actions the clerk works through by button — start, defer, close, reopen — each
open their form, whose values reach the service in the order of its fields (action_dialog)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from deskapp.domain.reception import Department, RequestState
from deskapp.gui.forms import FormDialog
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput


def _click_first_row(qtbot, table) -> None:
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _answer_form(qtbot, tab, name: str, values: dict[str, str]) -> str:
    """Press the action's button, fill the form it opens, save; the form's title."""
    qtbot.mouseClick(tab.findChild(type(tab.repair_button), name), Qt.MouseButton.LeftButton)
    dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, FormDialog) and w.isVisible())
    for field, text in values.items():
        dlg.widgets[field].setText(text)
    title = dlg.windowTitle()
    qtbot.mouseClick(dlg.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dlg.isVisible()
    return title


def test_start_defer_close_and_reopen_by_button(main_window, desk_session, qtbot):
    ctx, actor = desk_session.ctx, desk_session.actor
    rid = requests.record_request(ctx, actor, RequestInput(text="大堂灯不亮", location="3 号楼大堂",
                                                           department=Department.ENGINEERING))
    tab = main_window.show_view("reception").requests
    tab.reload()
    _click_first_row(qtbot, tab.table)

    assert _answer_form(qtbot, tab, "rq_start", {"说明": "电工已到场"}) == "开始处理 KS2026-000001"
    assert requests.request_detail(ctx, actor, rid).state is RequestState.IN_PROGRESS
    _click_first_row(qtbot, tab.table)
    assert _answer_form(qtbot, tab, "rq_defer", {"暂缓原因": "等灯具到货"}) == "暂缓 KS2026-000001"
    d = requests.request_detail(ctx, actor, rid)
    until = ctx.clock.today() + timedelta(days=7)  # the form's default
    assert d.state is RequestState.DEFERRED and d.deferred_until == until
    _click_first_row(qtbot, tab.table)
    _answer_form(qtbot, tab, "rq_close", {"关闭原因": "重复登记"})
    assert requests.request_detail(ctx, actor, rid).state is RequestState.CLOSED
    assert tab.model.total == 0  # closed: out of the default (open) view

    tab.state.setCurrentIndex(tab.state.findData(None))  # all states
    _click_first_row(qtbot, tab.table)
    _answer_form(qtbot, tab, "rq_reopen", {"重新打开原因": "业主说并非重复"})
    d = requests.request_detail(ctx, actor, rid)
    assert d.state is RequestState.PENDING
    assert tab.table.model().index(0, 8).data() == "待处理（重开1）"
    assert [h.note for h in d.history][-4:] == ["电工已到场", f"暂缓至 {until:%Y-%m-%d}：等灯具到货", "重复登记",
                                                "业主说并非重复"]
