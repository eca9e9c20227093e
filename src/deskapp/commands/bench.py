"""`deskapp bench`: build a demo community in a temporary folder and print speed figures."""
from __future__ import annotations

from deskapp.commands._args import positive_int


def register(sub) -> None:
    p = sub.add_parser(
        "bench", help="性能基准：生成演示数据库并测量启动、搜索、登记表、内存等指标",
        description="在临时目录中生成指定规模的演示小区（默认 20000 套房屋），依次运行各模块的基准测试，"
                    "打印指标、目标值与比值。--json 另存为 {名称: {\"value\": 数值, \"unit\": 单位}}。")
    p.add_argument("--units", type=positive_int, default=None, help="演示小区的房屋套数（默认 20000）")
    p.add_argument("--seed", type=int, default=1, help="演示数据的随机种子（默认 1）")
    p.add_argument("--json", metavar="FILE", help="把指标写入 JSON 文件")
    p.add_argument("--only", nargs="+", metavar="NAME", default=[],
                   help="只运行这些基准模块（例如 core reception keys）")
    p.add_argument("--keep", metavar="DIR",
                   help="在此目录中生成并保留演示数据库，再次运行时直接复用（默认用临时目录并在结束后删除）")
    p.add_argument("--runs", type=positive_int, default=9, help="启动时间测量次数（取中位数，默认 9）")
    p.add_argument("--frozen", metavar="DIR",
                   help="已打包程序的文件夹（installer/build.py 的输出），供 --only frozen 测量；不给则现场打包")
    p.add_argument("--years", type=positive_int, default=None,
                   help="另建一年与这么多年收费历史的演示小区，并排测量出账、收款页、欠费导出、完整检查、备份与库大小"
                        "（运行 history 模块；不给 --only 时只运行它）")
    p.add_argument("--list", action="store_true", help="列出基准模块")
    p.set_defaults(func=run)


def run(args) -> int:
    import json
    import sys
    from pathlib import Path

    from deskapp import bench

    if args.list:
        for m in bench.steps():
            print(f"{m.__name__.rsplit('.', 1)[-1]:16} {(m.__doc__ or '').strip().splitlines()[0]}")
        return 0
    units = args.units or bench.DEFAULT_UNITS
    only = list(args.only)
    if args.years and "history" not in only:
        only.append("history")  # alone, or with the steps named
    try:
        bench.steps(only)
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    folder = None
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
    try:
        report = bench.run_bench(units, only, args.seed, folder,
                                 options={"runs": args.runs, "frozen": args.frozen, "years": args.years})
    except ValueError as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    print(f"deskapp bench — {units} units")
    print(report.table())
    if args.json:
        Path(args.json).write_text(json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n",
                                   encoding="utf-8")
        print(f"figures written to {args.json}")
    return 1 if report.failures else 0
