"""The audit view and its export read in words: "收据 SJ2026-000001", "已作废：否 → 是", never a
table name, an id or JSON."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.gui import file_dialogs  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402

@pytest.fixture
def voided(desk_session, admin):
    ctx = desk_session.ctx
    ids, _ = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    acc = payments.account(ctx, admin, ids[0])
    r = payments.take_payment(ctx, admin, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.CASH)
    payments.void_receipt(ctx, admin, r.id, "收错房号")
    return r

def test_audit_view_names_the_receipt_and_lists_changes(main_window, voided, qtbot, tmp_path, monkeypatch):
    action = next(a for a in main_window.view_menu.actions() if a.text().startswith("审计日志"))
    action.trigger()
    from deskapp.gui.accounts.audit_view import AuditView

    view = main_window.tabs.currentWidget().findChild(AuditView, "auditView")
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    view.apply()
    model = view.model
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    row = next(i for i, t in enumerate(texts) if t[5] == f"收据 {voided.number}")
    assert voided.number.startswith("SJ") and "作废" in texts[row][3]
    assert not any(t[5].startswith(("receipt", "rx_")) for t in texts)
    view.table.scrollTo(model.index(row, 0))
    rect = view.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = view.detail.toPlainText()
    assert f"收据 {voided.number}" in detail
    assert "已作废：否 → 是" in detail and "原因：收错房号" in detail
    assert "{" not in detail

    out = tmp_path / "audit.xlsx"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: out)
    told = []  # the "exported" box would wait for a click: record it instead
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a, **k: told.append(text))
    qtbot.mouseClick(view.export, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=30000)
    assert str(out) in told[0]
    ws = load_workbook(out).worksheets[0]
    header = [c.value for c in ws[2]]
    rows = [dict(zip(header, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    void_row = next(r for r in rows if r["对象"] == f"收据 {voided.number}" and "作废" in r["操作"])
    change = next(h for h in header if h and h.startswith("修改内容"))   # 修改内容（字段：修改前 → 修改后）
    assert "已作废：否 → 是" in void_row[change] and "{" not in void_row[change]


def test_the_days_automatic_backup_is_the_programs_own_work(main_window, qtbot):
    """The backup the start makes on the day's first run is recorded as 系统 / 自动备份, not as the
    operating-system account the program runs under (os:root)."""
    from deskapp.gui.accounts import actions
    from deskapp.gui.accounts.audit_view import AuditView

    job = actions.daily_backup(main_window)  # what the start runs once the desk is shown
    assert job is not None
    qtbot.waitUntil(lambda: job.thread.isFinished(), timeout=30000)
    action = next(a for a in main_window.view_menu.actions() if a.text().startswith("审计日志"))
    action.trigger()
    view = main_window.tabs.currentWidget().findChild(AuditView, "auditView")
    qtbot.waitUntil(view.isVisible)
    view.apply()
    model = view.model
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    made = [t for t in texts if "（自动）" in t[6]]
    assert made and made[0][1:3] == ["系统", "自动备份"], made
    assert not [t for t in texts if str(t[1]).startswith("os:")]
    assert "系统" in [view.user.itemText(i) for i in range(view.user.count())]  # and it can be filtered on
