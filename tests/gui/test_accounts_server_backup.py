"""The daily backup on a desk of a server database (issue 18 §6): after the day's first sign-in
the desk takes a pg_dump into its backups folder, and the status bar, which said 尚无备份, shows
when. (The backup is started by a timer after sign-in — gui/app.py — not by a button: the test
fires what that timer fires.)"""
from __future__ import annotations

import pytest

from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.accounts import backup, users

pytestmark = pytest.mark.postgresql_only


def test_the_days_first_start_on_a_server_backs_up_and_the_status_bar_says_so(community, desk_app, qtbot,
                                                                            monkeypatch, tmp_path):
    from deskapp.gui.accounts import actions
    from deskapp.gui.accounts.status import BackupStatus
    from deskapp.gui.main_window import MainWindow

    monkeypatch.setenv("HOME", str(tmp_path))  # this PC's backups folder (~/deskapp-backups), the test's own
    boss = users.create_first_admin(community, "boss", "系统管理员", "Cuihu#2026")
    window = MainWindow(DeskSession(community, boss, ChangeBus()))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    status = window.findChild(BackupStatus, "lastBackup")
    assert status.stale and "尚无备份" in status.text()

    job = actions.daily_backup(window)
    assert job is not None
    job.wait()
    assert job.error is None
    qtbot.waitUntil(lambda: not status.stale)
    assert status.text().startswith("上次备份：")
    dumps = [b for b in backup.list_backups(community) if b.kind == "auto"]
    assert len(dumps) == 1 and dumps[0].path.read_bytes()[:5] == b"PGDMP"
    assert actions.daily_backup(window) is None  # once a day
