"""Who is connected (issue 18 §5): each signed-in desk keeps a row in desk_sessions, renewed by a
heartbeat every minute and ended at sign-out, so that the supervisor sees who works on the
centre's database and a schema upgrade is refused under them (store/schema.py).

The rows are the desks' presence, not a record of what anyone did: the sign-in itself is in the
audit trail (accounts.login), so neither the heartbeat nor the presence rows are audited again."""
from __future__ import annotations

import socket
from dataclasses import dataclass

from deskapp.contracts.accounts import DeskRow
from deskapp.domain.permissions import ALL_ROLES, SUPERVISORS, define
from deskapp.services.context import Actor, Context
from deskapp.store.models.accounts import DeskPresence
from deskapp.store.queries import accounts_desks as q

PRESENCE = define("accounts.desks.presence", "登记本工作站在线", ALL_ROLES)
VIEW = define("accounts.desks.view", "查看在线工作站", SUPERVISORS)


def this_desk() -> str:
    """The PC's name, as the supervisor knows the desks by."""
    return socket.gethostname()[:63] or "?"


@dataclass
class Presence:
    """This desk's presence row, once written: the desk signs in while its file's check may
    still run, and the row is written when writes may go (store/write_gate.py)."""

    id: int | None = None


def sign_in(ctx: Context, actor: Actor, desk: str | None = None) -> Presence:
    """This desk is now signed in as `actor`; returns its presence for the heartbeat."""
    actor.require(PRESENCE)
    now = ctx.clock.now()
    presence = Presence()

    def write() -> None:
        with ctx.uow() as uow:
            row = uow.accounts.add(DeskPresence(desk=(desk or this_desk())[:63], username=actor.username[:80],
                                                display_name=actor.display_name[:80], since=now, last_seen=now))
            uow.flush()
            uow.commit()
            presence.id = row.id
    ctx.db.when_writable(write)
    return presence


def heartbeat(ctx: Context, actor: Actor, presence: Presence) -> None:
    """Still here (every minute)."""
    _stamp(ctx, actor, presence, "last_seen")


def sign_out(ctx: Context, actor: Actor, presence: Presence) -> None:
    _stamp(ctx, actor, presence, "ended_at")


def _stamp(ctx: Context, actor: Actor, presence: Presence, column: str) -> None:
    """The desk's row stamped now in `column`. A row ended meanwhile (another sign-out of the same
    row) stays ended. Put off, after the row itself, while the file's check runs."""
    actor.require(PRESENCE)
    at = ctx.clock.now()

    def write() -> None:
        if presence.id is None:
            return
        with ctx.uow() as uow:
            row = uow.accounts.desk_presence(presence.id)
            if row is not None and row.ended_at is None:
                setattr(row, column, at)
                uow.commit()
    ctx.db.when_writable(write)


def connected(ctx: Context, actor: Actor) -> list[DeskRow]:
    """在线工作站: the desks signed in and heard from in the last three minutes."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return q.connected(uow.session, ctx.clock.now())
