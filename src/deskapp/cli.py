"""The `deskapp` command: the desk program by default, sub-commands for scripted work.

Sub-commands live one module each in `deskapp.commands`; each module has
`register(subparsers)` and is found by itself, so an area adds a command by adding a file."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import deskapp.commands
from deskapp import logs


def _window_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", help="数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录下的 deskapp.sqlite；也可用环境变量 DESKAPP_DB）")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认 zh_CN）")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _window_options(argparse.ArgumentParser(
        prog="deskapp", description="物业客服台 deskapp — 前台接待、钥匙、收费、楼宇管家。不带子命令时打开程序窗口。"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(deskapp.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"deskapp.commands.{info.name}")
        module.register(sub)
    return parser


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """`deskapp [--db X] [--lang L]`: the program window, without importing every sub-command
    first (the window should appear as fast as Qt allows)."""
    quick = _window_options(_QuietParser(prog="deskapp", add_help=False))
    try:
        args, rest = quick.parse_known_args(argv)
    except ValueError:  # a bad value: the full parser says so, with its usage
        return None
    return None if rest else args


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str):
        raise ValueError(message)


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
    from deskapp.userpaths import data_dir

    logs.start(data_dir(), "deskapp.cli", f"command {command}", "注意：无法写日志（{exc}）")


if __name__ == "__main__":
    sys.exit(main())
