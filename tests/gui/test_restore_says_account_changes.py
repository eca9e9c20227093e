"""文件 ▸ 从备份恢复…: the question before a restore says how many actions this database recorded
since the backup and names the account changes the restore undoes. It counted only receipts,
requests and key loans, so an administrator who had since disabled a leaver and made a new
clerk's account read "收据 0 张、需求/投诉 0 条、钥匙借出 0 次" and restored the leaver's access."""
from __future__ import annotations

from modal_answers import ModalAnswers, desk_window, patch_open_file
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from deskapp.domain.permissions import Role
from deskapp.services.accounts import backup, users

RESTORE = "action_file_81"  # 文件 ▸ 从备份恢复…


def _state(ctx, admin) -> dict[str, bool]:
    return {u.username: u.active for u in users.list_users(ctx, admin)}


def test_the_restore_question_names_the_account_changes_it_undoes(community, admin, desk_app, qtbot, tmp_path, monkeypatch):
    leaver = users.create_user(community, admin, "zhouting", "周婷", Role.CLERK, "Temp#1234")
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    community.clock.advance(minutes=10)  # the morning's work after the backup
    users.set_active(community, admin, leaver, False)
    users.create_user(community, admin, "zhaol", "赵磊", Role.CLERK, "Temp#1234")
    backup.backup_to(community, admin, tmp_path / "later.sqlite")  # a backup is not work the restore loses
    window = desk_window(qtbot, community, "ADMIN")
    patch_open_file(monkeypatch, saved)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    window.findChild(QAction, RESTORE).trigger()
    answers.wait_all(timeout=30_000)
    assert "saved.sqlite" in asked.text, asked.text
    assert "此后本数据库共记录了 2 项操作" in asked.text, asked.text
    assert "恢复还会撤销此后的 2 项账号变更：停用账号 zhouting；新建账号 zhaol（前台接待）" in asked.text, asked.text
    assert "停用的离职人员账号会重新可用" in asked.text
    state = _state(community, admin)  # No: the database stays as it is
    assert state["zhouting"] is False and state["zhaol"] is True


def test_nothing_done_since_is_said_as_nothing(community, admin, desk_app, qtbot, tmp_path, monkeypatch):
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    community.clock.advance(minutes=10)
    window = desk_window(qtbot, community, "ADMIN")
    patch_open_file(monkeypatch, saved)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    window.findChild(QAction, RESTORE).trigger()
    answers.wait_all(timeout=30_000)
    assert "此后本数据库共记录了 0 项操作" in asked.text and "账号变更" not in asked.text, asked.text
