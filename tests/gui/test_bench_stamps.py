"""What `deskapp bench` asks of a started desk (gui/bench_stamps.py): its clerk types into the real
login dialog and presses 登录, and the desk says when the dialog was painted, when 登录 was
pressed, how long the dialog went without answering and when the desk was ready."""
from __future__ import annotations

from sqlalchemy import select

from deskapp.gui.app import DeskStart
from deskapp.services.accounts import users
from deskapp.store.models.accounts import AuditEntry

PW = "Desk#2026pw"


def test_the_bench_clerk_signs_in_through_the_dialog_and_the_moments_are_said(ctx, desk_app, db_path,
                                                                             monkeypatch, capsys):
    users.create_first_admin(ctx, "admin", "系统管理员", PW)
    monkeypatch.setenv("DESKAPP_USER", "admin")
    monkeypatch.setenv("DESKAPP_PASSWORD", PW)
    monkeypatch.setenv("DESKAPP_TYPIST_MS", "300")
    monkeypatch.setenv("DESKAPP_READY_STAMP", "1")
    monkeypatch.setenv("DESKAPP_EXIT_WHEN_READY", "1")
    monkeypatch.delenv("DESKAPP_EXIT_WHEN_SHOWN", raising=False)
    start = DeskStart(desk_app, str(db_path))
    seen = {}
    original = start._attach
    start._attach = lambda window, actor: (original(window, actor), seen.setdefault("tab", window.tabs.tabText(0)))
    assert start.run() == 0
    said = {}
    for line in capsys.readouterr().out.splitlines():
        marker, value = line.split()
        said[marker] = float(value)
    assert set(said) == {"DESKAPP_SIGNIN_PAINTED", "DESKAPP_SIGNIN_LAG", "DESKAPP_SIGNIN_PRESSED", "DESKAPP_READY"}
    assert said["DESKAPP_SIGNIN_PAINTED"] + 0.3 <= said["DESKAPP_SIGNIN_PRESSED"] <= said["DESKAPP_READY"]
    typing_ms = (said["DESKAPP_SIGNIN_PRESSED"] - said["DESKAPP_SIGNIN_PAINTED"]) * 1000
    assert 0 <= said["DESKAPP_SIGNIN_LAG"] <= typing_ms  # a gap in ms, within the typing
    assert seen["tab"] == "业户档案"
    with ctx.reader() as uow:  # through the dialog as a person, not the scripted sign-in
        logins = uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == "accounts.login")
                                     .order_by(AuditEntry.id)).scalars().all()
    assert logins == ["登录成功"]
    start.opened.ctx.db.dispose()
