"""文件 ▸ 从备份恢复… in English mode: why a file is refused was shown in Chinese (the backup
refusals were not in the service-text catalogue). Pressed as the administrator does."""
from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtGui import QAction

from modal_answers import ModalAnswers, desk_window

from deskapp.gui import file_dialogs, i18n
from deskapp.services.accounts import backup

CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
RESTORE = "action_file_81"  # 文件 ▸ 从备份恢复…


@pytest.fixture
def english(desk_app):
    i18n.install(desk_app, "en")
    yield
    i18n.install(desk_app, "zh_CN")  # the language every other GUI test expects


def _refusal(qtbot, community, monkeypatch, path) -> str:
    window = desk_window(qtbot, community, "ADMIN")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: path)
    answers = ModalAnswers(qtbot)
    refusal = answers.message_box()
    action = window.findChild(QAction, RESTORE)
    assert action.text() == "&Restore from backup…"
    action.trigger()
    answers.wait_all()
    assert refusal.title == "Cannot do that"
    return refusal.text


def test_a_file_that_is_no_database_is_refused_in_english(english, community, qtbot, monkeypatch, tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("hello, not a database")
    said = _refusal(qtbot, community, monkeypatch, bad)
    assert said == "notes.sqlite is not a SQLite database file and cannot be restored from"


def test_an_altered_backup_is_refused_in_english(english, community, admin, qtbot, monkeypatch, tmp_path):
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    con = sqlite3.connect(saved)
    con.execute("CREATE TABLE smuggled (x)")  # the file differs from what its manifest recorded
    con.commit()
    con.close()
    lines = _refusal(qtbot, community, monkeypatch, saved).split("\n")
    assert lines[0] == "saved.sqlite has been altered and cannot be restored from:"
    assert lines[-1] == "Please choose a backup without problems (the current database is unchanged)."
    assert all(line.startswith("· ") for line in lines[1:-1]) and len(lines) > 2
