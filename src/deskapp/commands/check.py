"""`deskapp check`: SQLite's own check, the audit hash chain, and the areas' invariants."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("check", help="检查数据库：SQLite 完整性、审计日志哈希链、各项业务规则；有问题时退出码为 1",
                       description="检查数据库。默认 SQLite quick_check，--full 做完整 integrity_check。")
    p.add_argument("--full", action="store_true", help="完整的 integrity_check（较慢）")
    p.set_defaults(func=run)


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services import check

    @reports_errors
    def go(args) -> int:
        report = check.run_check(context(args), actor(), full=args.full)
        for line in report.lines():
            print(line)
        return 0 if report.ok else 1

    return go(args)
