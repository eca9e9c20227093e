"""A doctored backup offered for restore through 文件 ▸ 从备份恢复 is refused before any question,
and the warning says why; the database stays as it was."""
from __future__ import annotations

import sqlite3

from modal_answers import ModalAnswers, desk_window, patch_open_file
from PySide6.QtGui import QAction

from deskapp.services.accounts import backup
from deskapp.services.registry import community as registry_community


def test_the_restore_menu_shows_why_a_doctored_backup_is_refused(community, admin, qtbot, tmp_path, monkeypatch):
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    con = sqlite3.connect(saved, isolation_level=None)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET summary = '改过的' WHERE id = 1")
    con.close()
    registry_community.add_building(community, admin, "9")  # what a restore would lose
    window = desk_window(qtbot, community, "ADMIN")
    patch_open_file(monkeypatch, saved)
    answers = ModalAnswers(qtbot)
    warning = answers.message_box(contains="被改动过，不能用来恢复")
    window.findChild(QAction, "action_file_81").trigger()
    answers.wait_all()
    assert "触发器 audit_log_no_update 不存在" in warning.text
    assert "第 1 条的内容被改动过" in warning.text
    assert "9" in [b.code for b in registry_community.buildings(community, admin)]  # nothing was replaced
