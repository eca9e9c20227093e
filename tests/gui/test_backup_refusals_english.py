"""文件 ▸ 从备份恢复… in English mode: why a file is refused was shown in Chinese (the backup
refusals were not in the service-text catalogue). Pressed as the administrator does."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest
from PySide6.QtGui import QAction

from modal_answers import ModalAnswers, desk_window

from deskapp.gui import file_dialogs, i18n
from deskapp.services.accounts import audit_anchors, backup

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


def _doctor(path, *statements) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    for sql in statements:
        con.execute(sql)
    con.close()


def test_why_an_altered_backup_is_refused_is_english_line_by_line(english, community, admin, qtbot, monkeypatch,
                                                                    tmp_path):
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    _doctor(saved, "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete",
            "UPDATE audit_log SET summary = '改过的' WHERE id = 1",
            "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    lines = _refusal(qtbot, community, monkeypatch, saved).split("\n")
    assert not [line for line in lines if CJK_RUN.search(line)], lines
    details = lines[1:-1]
    assert "· The file differs from the checksum its manifest (.json) recorded at backup: it was altered after " \
           "the backup was written" in details
    assert "· Audit entry no. 1 was altered (its hash does not match)" in details
    assert "· Trigger audit_log_no_update is missing: someone dropped it, so its table can be rewritten" in details
    assert any(line.startswith("· The manifest of backup saved.sqlite recorded audit entry no. ")
               and line.endswith(": its last entries were deleted") for line in details), details


def test_why_a_backup_of_another_trail_is_refused_is_english(english, community, admin, qtbot, monkeypatch, tmp_path):
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    manifest = audit_anchors.manifest_path(saved)
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["trail"] = "f" * 64  # its manifest says it began another trail: a rewritten one, or another database's
    manifest.write_text(json.dumps(data), encoding="utf-8")
    lines = _refusal(qtbot, community, monkeypatch, saved).split("\n")
    assert not [line for line in lines if CJK_RUN.search(line)], lines
    assert any(line.startswith("· The manifest of backup saved.sqlite recorded audit entry no. ") and line.endswith(
        ", but its first entry differs from the trail's first: the trail was rewritten from the start, "
        "or this is another database") for line in lines), lines


def test_why_a_damaged_backup_is_refused_is_english(english, community, admin, qtbot, monkeypatch, tmp_path):
    saved = backup.backup_to(community, admin, tmp_path / "saved.sqlite")
    data = saved.read_bytes()
    saved.write_bytes(data[: len(data) // 3])  # a copy cut short
    said = _refusal(qtbot, community, monkeypatch, saved)
    assert not CJK_RUN.search(said), said
    assert said.startswith("saved.sqlite "), said
