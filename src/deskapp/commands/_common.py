"""What sub-commands share: opening the database, acting as the OS user, reporting errors."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from deskapp.domain.errors import DeskappError
from deskapp.services.app import SchemaError, open_context, resolve_db
from deskapp.services.context import Actor, Context
from deskapp.userpaths import default_db_path


def context(args) -> Context:
    return open_context(resolve_db(getattr(args, "db", None), default_db_path()))


def actor() -> Actor:
    return Actor.os_user()


def reports_errors(fn: Callable) -> Callable:
    """A user error ends the command with its message and exit status 1, not a traceback."""

    @functools.wraps(fn)
    def wrapper(args):
        try:
            return fn(args)
        except (DeskappError, SchemaError) as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return 1

    return wrapper
