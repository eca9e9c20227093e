"""What sub-commands share: opening the database, acting as the OS user, reporting errors."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from deskapp.domain.errors import DeskappError
from deskapp.services.app import AlreadyOpen, InstanceLock, SchemaError, open_context, resolve_db, sqlite_file
from deskapp.services.context import Actor, Context
from deskapp.userpaths import default_db_path

# Instance locks this command holds; cli.main gives them back when the command ends.
_held: dict[str, InstanceLock] = {}


def context(args) -> Context:
    """The command's database, opened only once the command holds the instance lock: a command
    never works beside a running desk (or another command) on the same file — see
    store/instance_lock.py for why reads and backups too."""
    db = resolve_db(getattr(args, "db", None), default_db_path())
    hold_instance_lock(db, getattr(args, "command", None) or "")
    return open_context(db)


def hold_instance_lock(db: str, program: str) -> None:
    path = sqlite_file(db)
    if path is None or str(path) in _held:  # a database server coordinates its own clients
        return
    lock = InstanceLock(path, program=program)
    lock.acquire()
    _held[str(path)] = lock


def release_instance_locks() -> None:
    while _held:
        _path, lock = _held.popitem()
        lock.release()


def actor() -> Actor:
    return Actor.os_user()


def reports_errors(fn: Callable) -> Callable:
    """A user error ends the command with its message and exit status 1, not a traceback."""

    @functools.wraps(fn)
    def wrapper(args):
        try:
            return fn(args)
        except AlreadyOpen as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 3
        except (DeskappError, SchemaError) as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1

    return wrapper
