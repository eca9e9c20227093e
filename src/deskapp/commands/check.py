"""`deskapp check`: SQLite's own check, the audit hash chain, and the areas' invariants."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("check", help="检查数据库：SQLite 完整性、审计日志哈希链、各项业务规则；有问题时退出码为 1",
                       description="检查数据库。日常检查：SQLite quick_check，审计日志哈希链从上次检查核对过的锚点往后核对；"
                                   "--full：完整的 integrity_check，哈希链从第一条起全部重新核对。")
    p.add_argument("--full", action="store_true",
                   help="完整检查（较慢）：integrity_check，并从头核对整条审计日志哈希链（能发现上次检查之前被改动的记录）")
    p.add_argument("--anchor", action="append", default=[], metavar="N:HASH",
                   help="对照纸面上的审计链锚点（费用移交表、交接班记录底部的“审计链：第 N 条 · 哈希前 8 位”），可多次给出")
    p.set_defaults(func=run)


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.domain.audit_anchors import parse
    from deskapp.services.accounts import check
    from deskapp.services.app import DAMAGED, DatabaseProblem

    @reports_errors
    def go(args) -> int:
        paper = [parse(text) for text in args.anchor]  # a mistyped anchor is said before anything opens
        try:
            ctx = context(args)
        except DatabaseProblem as problem:
            if problem.kind != DAMAGED:
                raise
            return report_damage(problem)
        report = check.run_check(ctx, actor(), full=args.full, paper=paper)
        for line in report.lines():
            print(line)
        return 0 if report.ok else 1

    return go(args)


def report_damage(problem) -> int:
    """A damaged file: what SQLite finds, the newest backups beside it, and how to restore."""
    import sys

    from deskapp.services.app import integrity_problems
    from deskapp.services.accounts.backup import newest_backups

    print(f"数据库 {problem.path} 已损坏。SQLite 完整性检查（integrity_check）发现：")
    for finding in integrity_problems(problem.path) or list(problem.details):
        for line in finding.splitlines():
            print(f"  {line}")
    found = newest_backups(problem.path)
    if found:
        print("最近的备份（新的在前）：")
        for path, when in found:
            print(f"  {when:%Y-%m-%d %H:%M}  {path}")
        print(f"恢复：关闭客服台程序后运行  deskapp --db {problem.path} restore {found[0][0]}")
        print("（恢复前会先检查备份，被替换的损坏文件另存在备份文件夹中。）")
    else:
        print(f"在 {problem.path.parent / 'backups'} 中没有找到备份。请找回其他位置的备份文件，"
              f"再运行 deskapp --db {problem.path} restore 备份文件。")
    print("结论：数据库已损坏", file=sys.stderr)
    return problem.kind.exit_status
