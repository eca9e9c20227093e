"""`deskapp demo`: fill an empty database with the demo community."""
from __future__ import annotations

import sys

from deskapp.commands._args import positive_int


def _size(text: str) -> tuple[str, int]:
    import argparse

    key, sep, value = text.partition("=")
    if not sep or not key.strip() or not value.strip().isdigit():
        raise argparse.ArgumentTypeError(f"“{text}”应写成 名称=数量，例如 requests=200000")
    return key.strip(), int(value)


def register(sub) -> None:
    import argparse

    p = sub.add_parser(
        "demo", help="在空数据库中生成演示小区（翠湖花园）",
        description="在空数据库中生成一个演示小区：楼栋、房屋、业主与住户、前台须知、大事记，以及各模块的演示业务数据。"
                    "同一个 --seed 生成的数据完全相同。已有数据的数据库会被拒绝。"
                    "例如：deskapp --db demo.sqlite demo --units 1200")
    # Also accepted after the sub-command (deskapp demo --db x.sqlite), as users type it.
    p.add_argument("--db", default=argparse.SUPPRESS, help="数据库文件（同 deskapp --db）")
    p.add_argument("--units", type=positive_int, default=None, help="房屋套数（精确；默认 1200）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（默认 1）")
    p.add_argument("--size", action="append", default=[], type=_size, metavar="NAME=N",
                   help="各模块的数据量，例如 --size requests=200000 --size key_loans=500000（可重复）")
    p.add_argument("--quiet", action="store_true", help="不显示进度")
    p.set_defaults(func=run)


def _packs_folder(ctx):
    """Where the demo supervisor's past monthly packs (每月汇总归档) are written: beside the program's
    data — the database file's folder (翠湖.sqlite → 翠湖-每月汇总/), or for a server database, which
    has no folder on this PC, the program's data folder (userpaths.data_dir, where its own database
    and log are) under the database's name; never the folder the command was typed in."""
    if ctx.db.is_sqlite:
        return ctx.db.path.parent / f"{ctx.db.path.stem}-每月汇总"
    from deskapp.userpaths import data_dir

    return data_dir() / f"{ctx.db.engine.url.database or 'deskapp'}-每月汇总"


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services import demo

    @reports_errors
    def go(args) -> int:
        ctx = context(args, create=True)  # demo builds its database
        plan = demo.DemoPlan(seed=args.seed, units=args.units or demo.DEFAULT_UNITS, extra=dict(args.size),
                             packs_folder=_packs_folder(ctx))
        live = not args.quiet and sys.stderr.isatty()
        state = {"step": "", "shown": 0}

        def on_step(name: str) -> None:
            state["step"] = name
            if not args.quiet:
                end = "\r" if live else "\n"
                print(f"正在生成演示数据：{name} …".ljust(50), end=end, file=sys.stderr, flush=True)

        def on_rows(rows: int) -> None:
            # Only on a terminal: a redirected log gets one line per step, not thousands.
            if live and rows - state["shown"] >= 20000:
                state["shown"] = rows
                print(f"正在生成演示数据：{state['step']} … 已写入 {rows:,} 行".ljust(50), end="\r",
                      file=sys.stderr, flush=True)

        try:
            result = demo.generate(ctx, actor(), plan, on_step=on_step, on_rows=on_rows)
        except KeyboardInterrupt:
            print("\n已中断，数据库未改变。", file=sys.stderr)
            return 130
        finally:
            ctx.db.dispose()
        if live:
            print(" " * 50, end="\r", file=sys.stderr)
        rows = result.rows
        print(f"演示小区已生成到 {ctx.db.location}（{result.seconds:.1f} 秒）：{rows.get('units', 0)} 套房屋，"
              f"{rows.get('buildings', 0)} 栋楼，{rows.get('people', 0)} 位业主与住户，"
              f"{sum(rows.values())} 行数据。")
        if result.packs:
            print(f"已由客服主管归档过去 {result.packs} 个月的每月汇总（登记表汇总归档），文件在 {plan.packs_folder}。")
        return 0

    return go(args)
