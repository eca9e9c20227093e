"""The `deskapp` command: the desk program by default, sub-commands for scripted work.

Sub-commands live one module each in `deskapp.commands`; each module has
`register(subparsers)` and is found by itself, so an area adds a command by adding a file."""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import deskapp.commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deskapp", description="物业客服台 deskapp — 前台接待、钥匙、收费、楼宇管家。不带子命令时打开程序窗口。")
    parser.add_argument("--db", help="数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录下的 deskapp.sqlite；也可用环境变量 DESKAPP_DB）")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="界面语言（默认 zh_CN）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(deskapp.commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"deskapp.commands.{info.name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from deskapp.gui.app import run

        return run(args)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
