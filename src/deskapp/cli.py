"""The `deskapp` command: the desk program by default, sub-commands for scripted work.

Sub-commands live one module each in `deskapp.commands`; each module has
`register(subparsers)` and is found by itself, so an area adds a command by adding a file."""
from __future__ import annotations

import sys
from types import SimpleNamespace
from typing import TYPE_CHECKING

# argparse, the sub-commands and the log are imported when a sub-command runs: `deskapp` alone
# opens the window, which should appear as fast as Qt allows (issue 2's start_ratio; the
# window's own log starts once it is shown, gui/app.py).
if TYPE_CHECKING:
    import argparse

LANGUAGES = ("zh_CN", "en")


def _window_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", help="数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录下的 deskapp.sqlite；也可用环境变量 DESKAPP_DB）")
    parser.add_argument("--lang", choices=LANGUAGES, help="界面语言（默认 zh_CN）")
    return parser


def build_parser() -> argparse.ArgumentParser:
    import argparse
    import importlib
    import pkgutil

    import deskapp.commands

    parser = _window_options(argparse.ArgumentParser(
        prog="deskapp", description="物业客服台 deskapp — 前台接待、钥匙、收费、楼宇管家。不带子命令时打开程序窗口。"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(deskapp.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"deskapp.commands.{info.name}")
        module.register(sub)
    return parser


def _window_only(argv: list[str]) -> SimpleNamespace | None:
    """`deskapp [--db X] [--lang L]`: the program window, without importing every sub-command
    first (the window should appear as fast as Qt allows). Read by hand: argparse and what it
    loads (gettext, locale, shutil) cost the window's start ~8 ms. Anything else — a command,
    --help, a bad or missing value, an abbreviation — is None: the full parser reads it."""
    given: dict[str, str | None] = {"db": None, "lang": None}
    rest = list(argv)
    while rest:
        name, eq, value = rest.pop(0).partition("=")
        if name not in ("--db", "--lang"):
            return None
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if name == "--lang" and value not in LANGUAGES:
            return None
        given[name[2:]] = value
    return SimpleNamespace(**given)


def main(argv: list[str] | None = None) -> int:
    window = _window_only(sys.argv[1:] if argv is None else argv)
    if window is not None:
        import gc

        # Loading Qt, SQLAlchemy and the models makes a few hundred thousand objects that all
        # live until the program ends; collecting them again and again while they load costs a
        # third of the start. Collection resumes once they are loaded, in the GUI thread only (gui/app.py,
        # DeskStart._opened; gui/main_thread_gc.py).
        gc.disable()
        from deskapp.gui.app import run

        return run(window)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from deskapp.gui.app import run

        return run(args)
    from deskapp import logs

    _start_log(args.command)
    try:
        return int(args.func(args) or 0)
    except Exception:  # a bug, not a user error (those are reported by the command): to the log
        logs.report_crash(*sys.exc_info())
        return 70  # EX_SOFTWARE
    finally:
        from deskapp.commands._common import release_instance_locks

        release_instance_locks()
        logs.teardown()


def _start_log(command: str) -> None:
    """Commands log into the same deskapp.log as the window (the per-user data folder)."""
    from deskapp import logs
    from deskapp.userpaths import data_dir

    logs.start(data_dir(), "deskapp.cli", f"command {command}", "注意：无法写日志（{exc}）")


if __name__ == "__main__":
    sys.exit(main())
