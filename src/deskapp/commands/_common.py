"""What sub-commands share: opening the database, acting as the OS user, reporting errors."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable

from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.services.app import (
    NEWER,
    AlreadyOpen,
    DatabaseProblem,
    InstanceLock,
    NewerSchema,
    SchemaError,
    check_database,
    open_context,
    resolve_db,
    sqlite_file,
)
from deskapp.services.context import Actor, Context
from deskapp.userpaths import default_db_path

# Instance locks this command holds; cli.main gives them back when the command ends.
_held: dict[str, InstanceLock] = {}


def context(args, *, create: bool = False, accept: tuple = ()) -> Context:
    """The command's database, opened only once the command holds the instance lock: a command
    never works beside a running desk (or another command) on the same file — see
    store/instance_lock.py for why reads and backups too. A file that is missing, empty, not
    SQLite, damaged, read-only or another program's is refused before it is opened
    (services.app.check_database); only `init` and `demo` pass `create`."""
    db = resolve_db(getattr(args, "db", None), default_db_path())
    check_database(db, create=create, accept=accept)  # before the lock: no .lock beside a mistyped path
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


def signed_in(args, ctx: Context) -> Actor | None:
    """The desk account a command that may run either way was given (an export): --as USER (its
    password asked, or --password-stdin), or DESKAPP_USER with DESKAPP_PASSWORD as the desk's
    scripted sign-in (audited as 脚本登录); None: neither, the operating-system user acts."""
    import os

    from deskapp.services.accounts import users

    user, password = os.environ.get("DESKAPP_USER", "").strip(), os.environ.get("DESKAPP_PASSWORD")
    if getattr(args, "as_user", None) or (user and password is None):
        return person(args, ctx, user)
    if user:
        return users.authenticate(ctx, user, password, how="脚本登录")
    return None


def person(args, ctx: Context, name: str = "") -> Actor:
    """The desk account an administrative command acts as (users, restore, export --unmasked,
    init): its user name (--as, or asked) and password (asked without echo, or a line of
    standard input with --password-stdin), checked like a sign-in — same message, same growing
    wait, audited as 命令行登录 — so the audit names a person, not whoever has a shell on the PC.
    The services then check that person's role. A database without accounts yet (being set
    up) has nobody to ask: there the operating-system user acts, as before."""
    from deskapp.services.accounts import users

    if not users.has_users(ctx):
        return Actor.os_user()
    name = (getattr(args, "as_user", None) or name).strip()
    if not name:
        if getattr(args, "password_stdin", False) or not sys.stdin.isatty():
            raise ValidationError("管理员", "此命令须以管理员身份执行：请用 --as 用户名 指明是谁")
        name = input("管理员用户名：").strip()
    return users.authenticate(ctx, name, secret(args, f"{name} 的密码："), how="命令行登录")


def secret(args, prompt: str) -> str:
    """One password: the next line of standard input with --password-stdin, else asked on the
    terminal without echo. Without either, a clear message instead of EOFError."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise ValidationError("密码", "标准输入里没有密码（--password-stdin 每行读一个密码）")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError("密码", "没有终端可以输入密码；请用 --password-stdin 从标准输入给出")
    import getpass

    return getpass.getpass(prompt)


# Exit statuses a script can tell apart (README, "Sub-commands").
EXIT_FAILED = 1      # the work could not be done (not found, refused, a check failed)
EXIT_BAD_INPUT = 2   # an argument or an input file is wrong, as argparse's own usage errors
EXIT_IN_USE = 3      # the database is open in another deskapp program
# 4–11: the database file itself (store/diagnose.py): missing, not a file, not SQLite, damaged,
# read-only, another program's, written by a newer program, on a network share; 12–13: a server
# database not reached or refusing the connection (store/server_door.py).


def reports_errors(fn: Callable) -> Callable:
    """A user error ends the command with its message and an exit status, not a traceback."""

    @functools.wraps(fn)
    def wrapper(args):
        try:
            return fn(args)
        except AlreadyOpen as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return EXIT_IN_USE
        except DatabaseProblem as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return exc.kind.exit_status
        except NewerSchema as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return NEWER.exit_status
        except ValidationError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
        except (DeskappError, SchemaError) as exc:
            print(f"错误：{exc}", file=sys.stderr)
            return EXIT_FAILED

    return wrapper
