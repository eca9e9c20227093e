"""An export's own audit entry, read in the audit view after pressing 导出: which register, the
filter, the rows, masked or not, the file and its SHA-256, all in words (issue 14 §6)."""
from __future__ import annotations

import hashlib

from modal_answers import ModalAnswers, patch_save_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def test_the_audit_export_is_audited_with_what_it_contained(main_window, desk_session, qtbot, tmp_path,
                                                               monkeypatch):
    from deskapp.gui.accounts.audit_view import AuditView

    action = next(a for a in main_window.view_menu.actions() if a.text().startswith("审计日志"))
    action.trigger()
    view = main_window.tabs.currentWidget().findChild(AuditView, "auditView")
    qtbot.waitUntil(view.isVisible)
    out = tmp_path / "审计日志.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    done = answers.message_box(QMessageBox.StandardButton.Ok, contains=str(out))
    qtbot.mouseClick(view.export, Qt.MouseButton.LeftButton)
    answers.wait_all(timeout=30000)
    assert done.text

    view.apply()  # the list as the supervisor reloads it
    model = view.model
    texts = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    row = next(i for i, t in enumerate(texts) if "导出《审计日志》" in " ".join(str(x) for x in t))
    rect = view.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = view.detail.toPlainText()
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert "登记表：审计日志" in detail and "期间/筛选：全部" in detail
    assert f"文件校验值（SHA-256）：{digest}" in detail
    assert "个人信息已遮蔽" in detail and "{" not in detail
