"""Writes wait for the file's check (store/write_gate.py): the desk opens the file, signs in and
reads at once; nothing is written until SQLite's quick_check of the whole file has passed, and
nothing at all to a damaged file (issue 14 §2, issue 21 §2)."""
from __future__ import annotations

import contextlib
import threading

import pytest
from sqlalchemy import select
from support import damage_deep_inside

from deskapp.services import audit
from deskapp.services.accounts import desks, users
from deskapp.services.app import DAMAGED, open_context, open_for_desk
from deskapp.store.diagnose import quick_check
from deskapp.store.models.accounts import AuditEntry, LoginThrottle
from deskapp.store.write_gate import FileCheck, WritesRefused

pytestmark = pytest.mark.sqlite_only  # the SQLite file's own check

PW = "Desk#2026pw"


def _held(ctx) -> threading.Event:
    """The real quick_check of ctx's file, held until the test sets the returned event."""
    go = threading.Event()
    path = ctx.db.path
    ctx.db.check = FileCheck(path, findings=lambda: (go.wait(60), quick_check(path))[1])
    return go


def _actions(ctx) -> list[tuple[str, str]]:
    with ctx.reader() as uow:
        rows = uow.session.execute(select(AuditEntry.action, AuditEntry.summary).order_by(AuditEntry.id))
        return [tuple(r) for r in rows]


def _in_thread(fn) -> tuple[threading.Thread, list]:
    result: list = []

    def run() -> None:
        try:
            result.append(fn())
        except Exception as exc:  # handed to the test
            result.append(exc)
    thread = threading.Thread(target=run)
    thread.start()
    return thread, result


def test_a_write_waits_for_the_check_and_goes_once_it_has_passed(ctx, admin):
    go = _held(ctx)
    assert ctx.db.writes_wait
    thread, result = _in_thread(lambda: audit.record_event(ctx, admin, "accounts.print", "document", summary="打印"))
    thread.join(0.5)
    assert thread.is_alive() and result == []  # still waiting for the check
    assert ("accounts.print", "打印") not in _actions(ctx)
    go.set()
    thread.join(60)
    assert result == [None] and ("accounts.print", "打印") in _actions(ctx)
    assert not ctx.db.writes_wait


def test_the_right_password_signs_in_at_once_and_the_login_is_written_once_the_check_has_passed(ctx):
    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    go = _held(ctx)
    actor = users.authenticate(ctx, "admin", PW)  # returns while the check is held
    presence = desks.sign_in(ctx, actor, desk="RECEPTION-PC")
    assert actor.username == "admin" and presence.id is None
    assert ("accounts.login", "登录成功") not in _actions(ctx)
    go.set()
    assert ctx.db.check.outcome() is None
    assert _actions(ctx)[-1] == ("accounts.login", "登录成功")
    assert presence.id is not None  # the desk's presence row, written after the login
    assert users.must_change_password(ctx, actor) is False


def test_a_wrong_password_waits_for_the_check_and_counts(ctx):
    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    go = _held(ctx)
    thread, result = _in_thread(lambda: users.authenticate(ctx, "admin", "wrong-password"))
    thread.join(0.5)
    assert thread.is_alive()  # a failure is written (the lockout counts it): it waits
    go.set()
    thread.join(60)
    assert isinstance(result[0], users.LoginFailed)
    with ctx.reader() as uow:
        assert uow.session.get(LoginThrottle, "admin").failures == 1
    assert _actions(ctx)[-1] == ("accounts.login_failed", "登录失败：密码错误（连续第 1 次）")


def test_what_waits_for_the_check_is_written_even_when_the_program_leaves_first(ctx, admin):
    go = _held(ctx)
    presence = desks.sign_in(ctx, admin, desk="RECEPTION-PC")
    ctx.db.check.leave()  # the program closes: the put-off row keeps the check going
    go.set()
    assert ctx.db.check.outcome() is None
    assert presence.id is not None and not ctx.db.writes_wait


def _damaged_desk(tmp_path):
    path = tmp_path / "desk.sqlite"
    ctx = open_context(path)
    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    ctx.db.dispose()
    damage_deep_inside(path)
    return path


def test_a_file_damaged_deep_inside_opens_for_reading_and_nothing_is_written_to_it(tmp_path, admin):
    path = _damaged_desk(tmp_path)
    before = path.read_bytes()
    ctx, lock = open_for_desk(path)  # the cheap checks pass: the desk opens
    try:
        assert users.has_users(ctx)  # reading works
        with contextlib.suppress(WritesRefused):  # signed in at once, or refused if the check was quicker
            users.authenticate(ctx, "admin", PW)
        problem = ctx.db.check.outcome()
        assert problem is not None and problem.kind == DAMAGED and "已损坏" in str(problem)
        with pytest.raises(WritesRefused, match="已损坏"):
            audit.record_event(ctx, admin, "accounts.print", "document", summary="打印")
        assert desks.sign_in(ctx, admin).id is None  # dropped, never written
        assert [a for a, _ in _actions(ctx)] == ["accounts.create"]  # no login, no print
    finally:
        lock.release()
        ctx.db.dispose()
    assert path.read_bytes() == before


def test_the_check_process_gives_way_to_the_desk():
    """The quick_check's process takes the processor only when the desk does not want it
    (write_gate.give_way, run first in the child): a clean process, so this one keeps its own."""
    import json
    import subprocess
    import sys

    probe = ("import json, os\n"
             "from deskapp.store.write_gate import give_way\n"
             "before = os.nice(0)\n"
             "give_way()\n"
             "print(json.dumps([before, os.nice(0)]))\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after = json.loads(out.stdout.strip().splitlines()[-1])
    assert before == 0 and after == 19


def test_a_check_process_that_dies_is_replaced_by_the_check_in_the_desks_own(tmp_path):
    """Killed (an antivirus, the task manager), the child gives no verdict: the check runs in the
    desk's own process instead, and a damaged file is still found."""
    import os
    import signal
    import time

    path = _damaged_desk(tmp_path)
    check = FileCheck(path)
    deadline = time.monotonic() + 60
    while getattr(check._process, "pid", None) is None and time.monotonic() < deadline:  # the child, once started
        time.sleep(0.001)
    with contextlib.suppress(ProcessLookupError):  # it had already given its verdict
        os.kill(check._process.pid, signal.SIGKILL)
    problem = check.outcome()
    assert problem is not None and problem.kind == DAMAGED
    with pytest.raises(WritesRefused, match="已损坏"):
        check.wait_writable()
