"""`deskapp migrate --to postgresql://…`: the centre's SQLite file copied onto the server,
verified, and reported (services/accounts/server_move.py); the file itself is kept."""
from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser("migrate", help="把 SQLite 数据库文件搬到 PostgreSQL 服务器上的空数据库（核对行数、金额、审计链、编号）",
                       description="把 --db 给的 SQLite 文件复制到服务器上的空数据库：按迁移脚本建表，逐表分批复制"
                                   "（全部成功才提交），再核对每张表的行数、各金额列合计、审计日志哈希链、防篡改触发器和编号计数器。"
                                   "SQLite 文件只读不改（不在其中登录），仍保留；以操作系统用户的名义记入服务器的审计日志。")
    p.add_argument("--to", required=True, metavar="URL",
                   help="目标：服务器上的空数据库，用其所有者或管理员的连接，如 postgresql://postgres@服务器/deskapp")
    p.set_defaults(func=run)


def _progress():
    """One line per table on a log; on a terminal the line counts up in place."""
    live = sys.stdout.isatty()

    def say(table: str, done: int, total: int) -> None:
        if live:
            print(f"\r复制 {table}：{done:,}/{total:,} 行".ljust(60), end="" if done < total else "\n", flush=True)
        elif done == total:
            print(f"复制 {table}：{total:,} 行", flush=True)
    return say


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services.accounts import server_move

    @reports_errors
    def go(args) -> int:
        ctx = context(args)  # holds the file's instance lock: no desk writes while it is copied
        # the OS user acts, as for backup and check: signing in would write into the file being moved
        report = server_move.move_to_server(ctx, actor(), args.to, progress=_progress())
        for line in _report_lines(report):
            print(line)
        return 0 if not report.problems else 1

    return go(args)


def _report_lines(report) -> list[str]:
    c = report.comparison
    rows = sum(a for a, _ in c.counts.values())
    money = sum(a for a, _ in c.money.values())
    lines = [f"核对 {report.source} → {report.target}：",
             f"  行数：{len(c.counts)} 张表，共 {rows:,} 行" + ("，全部一致" if not any(a != b for a, b in c.counts.values()) else ""),
             f"  金额：{len(c.money)} 个金额列，合计 {money:,.2f} 元" + ("，全部一致" if not any(a != b for a, b in c.money.values()) else ""),
             f"  审计链：{report.audit_rows} 条" + ("，完整" if not report.chain_problems else ""),
             f"  编号计数器：{c.counters[1]} 个" + ("，全部一致" if not c.counter_problems else "")]
    lines += [f"  ✗ {p}" for p in report.problems]
    lines.append("结论：" + ("全部一致。各台客服台改用服务器数据库（deskapp server setup 给出的客服台连接）"
                            if not report.problems else f"发现 {len(report.problems)} 处不一致，请勿启用服务器数据库"))
    lines.append(f"SQLite 文件 {report.source} 没有改动，仍保留。")
    return lines
