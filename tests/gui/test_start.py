"""The start: the main window is shown at once as a frame, the database opens behind it in a
thread, then the sign-in, then the desk (gui/app.py, gui/opening.py, gui/main_window.py)."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from support import heavy_libraries_loaded_by, older_database

from deskapp.gui.app import DeskStart
from deskapp.gui.main_window import MainWindow
from deskapp.services.accounts import users
from deskapp.store.instance_lock import InstanceLock
from deskapp.store.models.accounts import AuditEntry

PW = "Desk#2026pw"


def _texts(menu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_frame_is_a_window_before_anyone_signs_in(desk_app, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "物业客服台"
    assert window.central.currentWidget().findChild(type(window.opening), "opening").text() == "正在打开数据库…"
    assert not window.search.isEnabled()
    assert window.session is None and window.tabs.count() == 0
    assert _texts(window.file_menu) == ["退出(&X)"] and _texts(window.view_menu) == []


def test_attach_turns_the_frame_into_the_desk(desk_app, desk_session, qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.attach(desk_session)
    assert window.central.currentWidget() is window.tabs
    assert window.tabs.tabText(0) == "业户档案"
    assert window.search.isEnabled()
    assert desk_session.actor.display_name in window.windowTitle()
    assert window.quit_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    file_entries = _texts(window.file_menu)
    assert len(file_entries) > 1 and file_entries[-1] == "退出(&X)"  # the areas' entries come before Exit
    assert _texts(window.view_menu)[0] == "业户档案"
    assert window.db_label is not None and str(desk_session.ctx.db.path) in window.db_label.text()


def _logins(ctx) -> list[str]:
    with ctx.reader() as uow:
        rows = uow.session.execute(select(AuditEntry).where(AuditEntry.action == "accounts.login")).scalars()
        return [e.summary for e in rows]


def test_the_start_opens_the_database_behind_the_window_and_signs_in(ctx, desk_app, db_path, monkeypatch, qtbot):
    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    monkeypatch.setenv("DESKAPP_USER", "admin")
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    monkeypatch.setenv("DESKAPP_EXIT_WHEN_READY", "1")
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    shown = []
    start = DeskStart(desk_app, str(db_path))
    original = start._attach

    def attach_and_look(window, actor):
        shown.append(window.isVisible())  # the frame was on screen before the sign-in
        original(window, actor)
        shown.append(window.tabs.tabText(0))

    start._attach = attach_and_look
    assert start.run() == 0
    assert shown == [True, "业户档案"]
    from deskapp.gui.busy import busy_in_gui_thread

    assert start.opened.ctx.db.check.waiting is busy_in_gui_thread  # a save that waits for the check shows it
    assert start.opened is not None and start.opened.ctx.db.path == db_path
    assert _logins(ctx) == ["脚本登录成功"]
    lock = InstanceLock(db_path)  # given back when the program ended
    lock.acquire()
    lock.release()
    start.opened.ctx.db.dispose()


def test_the_file_alone_holds_the_sessions_work_once_the_program_is_closed(ctx, desk_app, db_path, monkeypatch,
                                                                            tmp_path):
    """Closing the program closes its connections, so SQLite writes its log (deskapp.sqlite-wal) into the file
    and removes it: a copy of deskapp.sqlite alone, made after closing (a USB stick, a mail), has the day's
    work. Before, the log stayed beside the file with the session's rows in it."""
    import shutil
    import sqlite3

    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    ctx.db.dispose()  # the test's own connection: the program's are the only ones
    for name, value in (("DESKAPP_USER", "admin"), ("DESKAPP_PASSWORD", PW), ("DESKAPP_EXIT_WHEN_READY", "1")):
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    assert DeskStart(desk_app, str(db_path)).run() == 0
    assert not db_path.with_name(db_path.name + "-wal").exists()
    alone = tmp_path / "copied-alone.sqlite"
    shutil.copyfile(db_path, alone)
    con = sqlite3.connect(alone)
    try:
        logins = con.execute("SELECT summary FROM audit_log WHERE action = 'accounts.login'").fetchall()
    finally:
        con.close()
    assert logins == [("脚本登录成功",)]


def _close_the_message_box(found: list) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):  # none yet, or the login dialog shown while it opens
        QTimer.singleShot(20, lambda: _close_the_message_box(found))
        return
    found.append(box.text())
    box.close()


def test_a_database_that_cannot_be_opened_is_said_and_the_program_ends(tmp_path, desk_app, monkeypatch):
    bad = tmp_path / "not-a-database.sqlite"
    bad.write_bytes(b"this is a text file, not SQLite" * 100)
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    said: list[str] = []
    QTimer.singleShot(20, lambda: _close_the_message_box(said))
    start = DeskStart(desk_app, str(bad))
    assert start.run() == 1
    assert said and said[0]  # the error, in a message box over the window
    lock = InstanceLock(bad)  # not left held after the failure
    lock.acquire()
    lock.release()


def test_a_second_copy_on_the_same_file_is_refused(ctx, desk_app, db_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    held = InstanceLock(db_path)
    held.acquire()
    try:
        said: list[str] = []
        QTimer.singleShot(20, lambda: _close_the_message_box(said))
        assert DeskStart(desk_app, str(db_path)).run() == 1
        assert "正在被另一个 deskapp 程序使用" in said[0]
    finally:
        held.release()


def test_what_the_opening_loads_keeps_the_document_libraries_out():
    """The opening thread loads only what the desk needs at once: Excel, PDF and migration
    libraries and the PostgreSQL dialect load when first used (a clean interpreter, so nothing
    else has loaded them)."""
    loaded = heavy_libraries_loaded_by(
        "import importlib\n"
        "from deskapp.gui.opening import GUI_MODULES\n"
        "from deskapp.gui.view_catalogue import menu_entries, status_widgets, views\n"
        "for name in GUI_MODULES: importlib.import_module(name)\n"
        "views(); menu_entries(); status_widgets()\n")
    assert loaded == []


FRAME_PROBE = """
import os, subprocess
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtCore as core
from PySide6.QtCore import QObject
from deskapp.gui.app import make_app
from deskapp.gui.main_window import MainWindow
app = make_app()
window = MainWindow()
window.show()
app.processEvents()
def state():
    return ["Qt" in core.__dict__, app.findChild(QObject, "dialogSizer") is not None]
shown = state()
window.on_screen()
print([shown, state()])
"""


def test_the_frame_is_painted_without_python_on_its_events_and_gets_them_once_on_screen():
    """What made the frame's first paint slow (issue 21 §2) waits until it is on screen: Qt's whole
    namespace (`from PySide6.QtCore import Qt`, ~25 ms, for the shortcuts and the bench's typist) and
    the dialog sizer, an application-wide Python event filter through which every event of every
    widget went, building each widget class's Python type the first time (~40 ms). A clean
    interpreter, so nothing else has loaded them."""
    import ast
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", FRAME_PROBE], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    shown, on_screen = ast.literal_eval(out.stdout.strip().splitlines()[-1])
    assert shown == [False, False]  # the frame painted: neither Qt's namespace nor the filter
    assert on_screen == [True, True]  # then the shortcuts and the sizer, before any dialog can show


def test_an_older_database_is_upgraded_behind_the_window_and_the_window_says_so(tmp_path, desk_app, monkeypatch):
    path = tmp_path / "old.sqlite"
    older_database(path)
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    monkeypatch.setenv("DESKAPP_USER", "admin")  # no accounts yet: the scripted sign-in ends the start
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    start = DeskStart(desk_app, str(path))
    seen = []
    original = start._opened

    def opened(result):
        seen.append(start.window.opening.text())  # what the frame said while the opening ran
        original(result)

    start._opened = opened
    assert start.run() == 0
    assert "先复制一份，再升级" in seen[0]
    assert "数据库已为此版本升级" in start.upgrade_note and "before-upgrade" in start.upgrade_note
    assert list((tmp_path / "backups").glob("old-before-upgrade-*.sqlite"))


def _press_in_the_message_box(label: str, said: list, then=None) -> None:
    """Wait for the modal box, note its text, and click its button `label` with the mouse."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox
    from pytestqt.qtbot import QtBot

    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _press_in_the_message_box(label, said, then))
        return
    said.append(box.text())
    button = next(b for b in box.buttons() if b.text() == label)
    if then is not None:
        QTimer.singleShot(20, then)
    QtBot.mouseClick(button, Qt.MouseButton.LeftButton)


def _close_whatever_is_modal(seen: list) -> None:
    widget = QApplication.activeModalWidget()
    if widget is None:
        QTimer.singleShot(20, lambda: _close_whatever_is_modal(seen))
        return
    seen.append(widget.windowTitle())
    widget.close()


def test_a_missing_database_is_made_only_when_the_user_chooses_new(tmp_path, desk_app, monkeypatch):
    """Issue 14 §2: a mistyped path does not quietly become a new, empty database."""
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    missing = tmp_path / "typo.sqlite"
    said: list[str] = []
    QTimer.singleShot(20, lambda: _press_in_the_message_box("退出", said))
    assert DeskStart(desk_app, str(missing)).run() == 1
    assert said and str(missing) in said[0] and "没有数据库文件" in said[0]
    assert not missing.exists()

    said.clear()
    seen: list[str] = []          # after 新建, the first sign-in asks for an administrator: close it
    QTimer.singleShot(20, lambda: _press_in_the_message_box("新建数据库", said,
                                                            then=lambda: _close_whatever_is_modal(seen)))
    start = DeskStart(desk_app, str(missing))
    start.run()
    assert missing.exists() and seen
    # the status bar's note: a file just made was not "upgraded for this version"
    assert "升级" not in start.upgrade_note and "新建" in start.upgrade_note
    import sqlite3

    con = sqlite3.connect(missing)
    assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] >= 1
    con.close()
    if start.opened is not None:
        start.opened.ctx.db.dispose()


def _gate_the_opening(monkeypatch):
    """The opening waits (after the file's check, before the desk's imports end) until the test
    opens the gate: what the user does meanwhile happens while the database is still opening."""
    import threading

    from deskapp.gui import opening

    gate = threading.Event()
    real = opening.import_gui_modules

    def gated() -> None:
        gate.wait(60)
        real()

    monkeypatch.setattr(opening, "import_gui_modules", gated)
    return gate


def _when_the_login_shows(then) -> None:
    dialog = QApplication.activeModalWidget()
    if dialog is None or dialog.objectName() != "loginDialog":
        QTimer.singleShot(20, lambda: _when_the_login_shows(then))
        return
    then(dialog)


def test_the_login_is_shown_while_the_database_opens_and_signs_in_once_it_is_open(ctx, desk_app, db_path,
                                                                                  monkeypatch, qtbot):
    from PySide6.QtCore import Qt

    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    for name in ("DESKAPP_EXIT_WHEN_SHOWN", "DESKAPP_USER", "DESKAPP_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DESKAPP_EXIT_WHEN_READY", "1")
    gate = _gate_the_opening(monkeypatch)
    start = DeskStart(desk_app, str(db_path))
    seen: dict = {}

    def type_and_sign_in(dialog) -> None:
        seen["open_already"] = start.opener.result is not None
        qtbot.keyClicks(dialog.username, "admin")
        qtbot.keyClicks(dialog.password, PW)
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # before the database is open
        seen["meanwhile"] = (dialog.isVisible(), dialog.ok.isEnabled(), dialog.intro.text(), start.window.session)
        gate.set()

    QTimer.singleShot(0, lambda: _when_the_login_shows(type_and_sign_in))
    original = start._attach
    start._attach = lambda window, actor: (original(window, actor), seen.setdefault("tab", window.tabs.tabText(0)))
    try:
        assert start.run() == 0
    finally:
        gate.set()
    assert seen["open_already"] is False  # the dialog came before the database was open
    visible, enabled, said, session = seen["meanwhile"]
    assert visible and not enabled and session is None
    assert said == "正在打开数据库…打开后即自动登录。"
    assert seen["tab"] == "业户档案"  # signed in without pressing again, the desk built
    assert _logins(ctx) == ["登录成功"]
    start.opened.ctx.db.dispose()


def test_leaving_at_the_login_while_it_opens_ends_the_program_and_gives_the_file_back(ctx, desk_app, db_path,
                                                                                      monkeypatch, qtbot):
    from PySide6.QtCore import Qt

    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    for name in ("DESKAPP_EXIT_WHEN_SHOWN", "DESKAPP_USER", "DESKAPP_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    gate = _gate_the_opening(monkeypatch)
    start = DeskStart(desk_app, str(db_path))

    def leave(dialog) -> None:
        exit_button = next(b for b in dialog.buttons.buttons() if b.objectName() == "exit")
        qtbot.mouseClick(exit_button, Qt.MouseButton.LeftButton)
        gate.set()

    QTimer.singleShot(0, lambda: _when_the_login_shows(leave))
    try:
        assert start.run() == 0
    finally:
        gate.set()
    assert _logins(ctx) == []
    lock = InstanceLock(db_path)  # the opening's lock was given back when the program ended
    lock.acquire()
    lock.release()


def test_a_file_damaged_deep_inside_is_said_once_its_check_ends_and_nothing_is_written(tmp_path, desk_app,
                                                                                       monkeypatch):
    """The desk opens before the quick_check of the whole file has ended (store/write_gate.py);
    when it finds the file damaged the user is told, as at the start, the program ends, and
    neither the login nor the desk's presence was written to the file."""
    import sqlite3

    from support import damage_deep_inside

    from deskapp.services.app import open_context

    path = tmp_path / "desk.sqlite"
    ctx = open_context(path)
    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    ctx.db.dispose()
    damage_deep_inside(path)
    before = path.read_bytes()
    monkeypatch.setenv("DESKAPP_USER", "admin")
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_READY", raising=False)
    said: list[str] = []
    QTimer.singleShot(20, lambda: _close_the_message_box(said))
    assert DeskStart(desk_app, str(path)).run() == 1
    assert said and "已损坏" in said[0] and "restore" in said[0]
    assert path.read_bytes() == before
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        assert [r[0] for r in con.execute("SELECT action FROM audit_log")] == ["accounts.create"]
    finally:
        con.close()


def test_the_days_backup_waits_for_the_files_check_and_follows_it(ctx, desk_app, db_path, monkeypatch):
    """The daily backup reads the whole file, as the check does: while the check runs (held here
    until the test lets it go) the desk is ready but does not back up; once the check has passed,
    the backup is made."""
    import threading

    from deskapp.services.accounts import backup
    from deskapp.store import write_gate
    from deskapp.store.diagnose import quick_check

    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    assert backup.daily_backup_due(ctx)
    go = threading.Event()

    class HeldCheck(write_gate.FileCheck):
        def __init__(self, path):
            super().__init__(path, findings=lambda: (go.wait(60), quick_check(path))[1])

    monkeypatch.setattr(write_gate, "FileCheck", HeldCheck)
    from deskapp.gui.accounts import actions

    jobs: list = []
    real_backup = actions.daily_backup
    monkeypatch.setattr(actions, "daily_backup", lambda window: jobs.append(real_backup(window)) or jobs[-1])
    monkeypatch.setenv("DESKAPP_USER", "admin")
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    for name in ("DESKAPP_EXIT_WHEN_SHOWN", "DESKAPP_EXIT_WHEN_READY"):
        monkeypatch.delenv(name, raising=False)
    start = DeskStart(desk_app, str(db_path))
    seen: dict = {}
    backups = db_path.parent / "backups"

    def made() -> bool:
        return backups.exists() and any(backups.glob("*.sqlite"))

    def after_the_backup_would_have_started() -> None:  # 1.5 s after the desk was ready, as before
        seen["while_checked"] = (start.window.statusBar().currentMessage(), made() or bool(jobs))
        go.set()
        QTimer.singleShot(100, wait_for_the_backup)

    def wait_for_the_backup(tries: int = 0) -> None:
        done = bool(jobs) and jobs[-1] is not None and jobs[-1].thread.isFinished()
        if done or tries > 300:  # the job ended (its audit row and copy's check too): nothing left running
            seen["after"] = made()
            desk_app.exit(0)
            return
        QTimer.singleShot(100, lambda: wait_for_the_backup(tries + 1))

    original = start._attach
    start._attach = lambda window, actor: (original(window, actor),
                                           QTimer.singleShot(2500, after_the_backup_would_have_started))
    try:
        assert start.run() == 0
    finally:
        go.set()
    message, backed_up = seen["while_checked"]
    assert message == "正在检查数据库文件（保存会等它完成）…" and backed_up is False
    assert seen["after"] is True
    start.opened.ctx.db.dispose()


def test_a_server_not_reached_offers_to_try_again(desk_app, monkeypatch):
    """The server PC still starting, or the network coming back: 重试 tries again in the same
    window; 退出 ends the program. The box says what is wrong in Chinese, not the driver's words."""
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    said: list[str] = []
    QTimer.singleShot(20, lambda: _press_in_the_message_box(
        "重试(&R)", said, then=lambda: _press_in_the_message_box("退出", said)))
    start = DeskStart(desk_app, "postgresql+psycopg://desk:pw@127.0.0.1:1/deskapp")
    assert start.run() == 1
    assert len(said) == 2  # asked, tried again, asked again
    assert all("连不上数据库服务器 127.0.0.1:1" in text and "再试一次" in text for text in said)
    assert not any("OperationalError" in text or "pw" in text for text in said)


def _audited(ctx, action: str) -> list[str]:
    with ctx.reader() as uow:
        return list(uow.session.execute(select(AuditEntry.actor_name).where(AuditEntry.action == action)).scalars())


def test_a_clock_gone_back_is_said_before_the_sign_in_and_exit_is_the_default(ctx, desk_app, db_path, monkeypatch):
    """The newest record is a day ahead of this PC's clock (a dead CMOS battery, a clock set back):
    every receipt would be dated and numbered wrong. 退出，先改时间 ends the program before anyone
    signs in; 仍然继续 signs in and is recorded."""
    from dataclasses import replace
    from datetime import timedelta

    from deskapp.domain.clock import Clock, FixedClock

    tomorrow = replace(ctx, clock=FixedClock(Clock().now() + timedelta(days=1)))
    users.create_first_admin(tomorrow, "admin", "系统管理员", PW)  # the newest record: tomorrow
    monkeypatch.setenv("DESKAPP_USER", "admin")
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    monkeypatch.setenv("DESKAPP_EXIT_WHEN_READY", "1")
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    said: list[str] = []
    QTimer.singleShot(20, lambda: _press_in_the_message_box("退出，先改时间", said))
    start = DeskStart(desk_app, str(db_path))
    assert start.run() == 1
    assert len(said) == 1 and "早于数据库里最后一条记录的时间" in said[0] and "改对" in said[0]
    assert _logins(ctx) == []  # nobody signed in
    start.opened.ctx.db.dispose()

    said.clear()
    QTimer.singleShot(20, lambda: _press_in_the_message_box("仍然继续", said))
    start = DeskStart(desk_app, str(db_path))
    assert start.run() == 0
    assert len(said) == 1 and _logins(ctx) == ["脚本登录成功"]
    assert _audited(ctx, "accounts.clock_wrong") == ["admin"]  # who carried on
    start.opened.ctx.db.dispose()
