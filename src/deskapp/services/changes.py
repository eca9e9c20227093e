"""What a write service changed, declared where it is written so no screen can forget to refresh.

`@changes(Change.KEYS, Change.CHRONICLE)` above a service function records its flags each time
it returns (a refusal records nothing). The GUI runs a call inside `recording()` (errors.call,
worker.Job) and announces what was recorded on the desk's change bus. Recording is per context
(contextvars), so a job in a worker thread records its own calls only.

On PostgreSQL the flags also go to the other desks (store/notify.py, issue 18 §4): `listen` hears
theirs, and the GUI announces them on its bus as if the write had been its own."""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from deskapp.contracts.changes import Change
from deskapp.services.context import Context
from deskapp.store import notify

P = ParamSpec("P")
R = TypeVar("R")

_recorded: ContextVar[set[Change] | None] = ContextVar("changes_recorded", default=None)


def changes(*flags: Change) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Declare the kinds of data the decorated write service changes."""
    declared = frozenset(Change(f) for f in flags)

    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            ctx = args[0] if args else kwargs.get("ctx")
            if isinstance(ctx, Context):
                with notify.announcing(ctx.db, declared):  # the other desks hear it with the commit
                    result = fn(*args, **kwargs)
            else:
                result = fn(*args, **kwargs)
            into = _recorded.get()
            if into is not None:
                into.update(declared)
            return result

        return wrapper

    return deco


@contextmanager
def recording() -> Iterator[set[Change]]:
    """Collect the flags of every declared service that returns inside the block."""
    into: set[Change] = set()
    token = _recorded.set(into)
    try:
        yield into
    finally:
        _recorded.reset(token)


def listen(ctx: Context, deliver: Callable[[frozenset[Change]], None],
           hearing: Callable[[bool], None] | None = None) -> notify.Listener | None:
    """Hear the other desks' change flags (in a background thread: `deliver` must hand them over
    to the GUI thread); None on SQLite, where this desk is the only one. Stop it when the desk closes.
    `hearing(on)` is told, in that thread too, when listening starts and when the server is lost."""
    if ctx.db.is_sqlite:
        return None
    known = set(Change)
    return notify.Listener(ctx.db, lambda names: deliver(frozenset(Change(n) for n in names if n in known)),
                           everything=frozenset(c.value for c in Change), hearing=hearing).start()
