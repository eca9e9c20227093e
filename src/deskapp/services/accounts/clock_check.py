"""This PC's clock checked at the desk's opening, before anyone signs in (domain/clock.py
`clock_trouble`): behind the newest record in the database, or apart from the database server's
clock. Every record — a receipt's date, its number's year, the day's handover — takes the PC's
time, so a clock that went back years after a dead CMOS battery would write them all wrong."""
from __future__ import annotations

from deskapp.domain.clock import clock_trouble
from deskapp.services import audit
from deskapp.services.context import Actor, Context


def trouble(ctx: Context) -> str | None:
    """What is wrong with the clock, said for the clerk; None when it looks right. A read only:
    asked before the sign-in."""
    with ctx.reader() as uow:
        newest, server = uow.audit.latest_at(), uow.audit.server_now()
    return clock_trouble(ctx.clock.now(), newest, server)


def carried_on(ctx: Context, actor: Actor, said: str) -> None:
    """The user signed in although told the clock was wrong: recorded, with what was said."""
    audit.record_event(ctx, actor, "accounts.clock_wrong", "clock", summary=f"时钟有误仍继续：{said}")
