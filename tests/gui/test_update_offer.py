"""Issue 20 §5 through the start: an administrator signing in is offered the newer version in
the update folder; 立即安装 backs up, starts the installer and closes the desk. A clerk is
offered nothing; a folder that fails its check is said, and nothing runs."""
from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from support import signing_tool

from deskapp.domain.permissions import Role
from deskapp.gui.app import DeskStart
from deskapp.services import settings
from deskapp.services.accounts import users, updates
from deskapp.services.context import Actor
from deskapp.store.models.accounts import AuditEntry

PW = "Desk#2026pw"


def _update_folder(tmp_path: Path, monkeypatch) -> tuple[Path, Path]:
    """A stick with version 9.0.0 whose 'installer' (a script here, Inno Setup's .exe on the
    reception PC) leaves a mark when it runs; signed with a key the program is set to trust."""
    tool = signing_tool()
    pub = tool.keygen(tmp_path / "release.key", tmp_path / "pub")
    monkeypatch.setattr(updates, "trusted_keys", lambda: [base64.b64decode(pub.read_text())])
    folder = tmp_path / "U盘"
    folder.mkdir()
    mark = tmp_path / "installer-ran"
    installer = folder / "deskapp-setup-9.0.0.run"
    installer.write_text(f"#!/bin/sh\necho \"$@\" > '{mark}'\n", encoding="utf-8")
    installer.chmod(0o755)
    tool.sign(folder, tmp_path / "release.key", "9.0.0", installer.name, notes="收据补打更清楚")
    return folder, mark


def _start(ctx, db_path, monkeypatch, user: str, folder: Path) -> DeskStart:
    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    admin = Actor(1, "admin", "系统管理员", Role.ADMIN)
    if user != "admin":
        users.create_user(ctx, admin, user, "前台小王", Role.CLERK, PW)
    settings.set_value(ctx, admin, updates.FOLDER, str(folder))
    monkeypatch.setenv("DESKAPP_USER", user)
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_READY", raising=False)
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    return DeskStart(QApplication.instance(), str(db_path))


def _answer(said: list, role: QMessageBox.ButtonRole | None, then_close: bool = False, tries: int = 3000) -> None:
    """Wait for the message box, note its text, press the button of `role` (None: close it);
    then, if asked, close the desk as the user would at the end of the day."""
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        if tries:  # gives up after a minute, so a missing box cannot answer a later test's
            QTimer.singleShot(20, lambda: _answer(said, role, then_close, tries - 1))
        return
    said.append(box.text() + "\n" + box.informativeText())
    if then_close:
        QTimer.singleShot(300, _close_all)
    if role is None:
        box.close()
        return
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    QtBot.mouseClick(button, Qt.MouseButton.LeftButton)


def _close_all() -> None:
    for w in QApplication.topLevelWidgets():
        if w.isVisible():
            w.close()


@pytest.fixture
def close_after():
    """A safety net that closes the desk if what a test waits for never comes; stopped at the
    end of the test so it cannot close the next test's desk."""
    timers: list[QTimer] = []

    def arm(seconds: float) -> None:
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(_close_all)
        timer.start(int(seconds * 1000))
        timers.append(timer)

    yield arm
    for timer in timers:
        timer.stop()


def test_administrator_installs_the_newer_version(ctx, desk_app, db_path, tmp_path, monkeypatch, qtbot, close_after):
    folder, mark = _update_folder(tmp_path, monkeypatch)
    start = _start(ctx, db_path, monkeypatch, "admin", folder)
    said: list[str] = []
    _answer(said, QMessageBox.ButtonRole.AcceptRole)
    close_after(60)  # only if the offer never came: the assertions below then say so
    assert start.run() == 0  # the desk closed itself for the installer
    assert "9.0.0" in said[0] and "收据补打更清楚" in said[0]
    qtbot.waitUntil(mark.exists, timeout=10_000)
    if os.name == "nt":
        assert "/SILENT" in mark.read_text()
    with ctx.reader() as uow:
        summary = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "update.install")).scalar_one()
    assert "→ 9.0.0" in summary and "安装前备份" in summary
    assert list((db_path.parent / "backups").glob("*.sqlite"))
    start.opened.ctx.db.dispose()


def test_later_installs_nothing(ctx, desk_app, db_path, tmp_path, monkeypatch, qtbot, close_after):
    folder, mark = _update_folder(tmp_path, monkeypatch)
    start = _start(ctx, db_path, monkeypatch, "admin", folder)
    said: list[str] = []
    _answer(said, QMessageBox.ButtonRole.RejectRole, then_close=True)
    close_after(60)  # only if the offer never came
    start.run()
    assert said and "9.0.0" in said[0]
    assert not mark.exists()
    start.opened.ctx.db.dispose()


def test_a_clerk_is_not_offered_the_update(ctx, desk_app, tmp_path, monkeypatch, qtbot):
    # what the start calls once the desk is ready (the administrator's test above goes through
    # the whole start): for a clerk it asks nothing and starts nothing
    from deskapp.gui.accounts.update_offer import offer_update
    from modal_answers import desk_window

    folder, mark = _update_folder(tmp_path, monkeypatch)
    admin = Actor(None, "admin", "系统管理员", Role.ADMIN)
    settings.set_value(ctx, admin, updates.FOLDER, str(folder))
    assert updates.offer_for(ctx, admin) is not None  # there is something to offer
    window = desk_window(qtbot, ctx, "CLERK")
    seen: list[str] = []

    def look() -> None:  # and close a box if one came, so a broken gate fails instead of hanging
        box = QApplication.activeModalWidget()
        seen.append(type(box).__name__)
        if box is not None:
            box.close()

    QTimer.singleShot(200, look)
    assert offer_update(window) is False
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == ["NoneType"]
    assert not mark.exists()


def test_a_forged_update_is_said_and_not_installed(ctx, desk_app, db_path, tmp_path, monkeypatch, qtbot, close_after):
    folder, mark = _update_folder(tmp_path, monkeypatch)
    (folder / "deskapp-setup-9.0.0.run").write_text("#!/bin/sh\necho forged\n")  # swapped on the stick
    start = _start(ctx, db_path, monkeypatch, "admin", folder)
    said: list[str] = []
    _answer(said, None, then_close=True)
    close_after(60)  # only if the message never came
    start.run()
    assert said and "与签名清单不符" in said[0]
    assert not mark.exists()
    start.opened.ctx.db.dispose()
