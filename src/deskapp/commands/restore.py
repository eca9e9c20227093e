"""`deskapp restore FILE`: put a backup back, after checking it; the replaced database is kept."""
from __future__ import annotations

import sys


def register(sub) -> None:
    from deskapp.commands._options import person_options

    p = sub.add_parser("restore", help="从备份恢复数据库（先检查备份，被替换的数据库另存为备份）",
                       description="从备份恢复数据库。先检查备份文件的完整性和结构版本；"
                                   "当前数据库另存到备份文件夹后才被替换。客服台程序须先关闭。"
                                   "须以管理员账号执行（--as 用户名）。")
    p.add_argument("file", help="备份文件（SQLite 的 .sqlite；服务器数据库为 deskapp backup 写的 pg_dump 文件）")
    p.add_argument("--admin-url", help="服务器数据库：能建立和改名数据库的连接（如 postgresql://postgres@服务器/postgres），"
                                       "默认用 --db 的连接")
    p.add_argument("-y", "--yes", action="store_true", help="不再询问，直接恢复")
    person_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from deskapp.commands._common import context, person, reports_errors
    from deskapp.services.accounts import backup
    from deskapp.services.app import DAMAGED

    @reports_errors
    def go(args) -> int:
        ctx = context(args, accept=(DAMAGED,))  # a damaged database is what a restore is for
        try:
            return _restore(args, ctx)
        finally:
            # a refused restore leaves no connection behind: a server's next restore counts them
            ctx.db.dispose()

    def _restore(args, ctx) -> int:
        me = person(args, ctx)
        if not ctx.db.is_sqlite:
            return _on_server(args, ctx, me)
        info = backup.inspect_backup(ctx, args.file)
        print(f"备份文件 {info.path} 检查通过：{info.users} 个账号，{info.audit_rows} 条审计记录"
              + ("（结构较旧，恢复后自动升级）" if info.older else ""))
        if not _confirmed(args, ctx):
            return 2 if not sys.stdin.isatty() else 1
        result = backup.restore(ctx, me, info.path, lock_held=True,  # this command holds it (_common.context)
                                checked=info)
        print(f"已从 {result.restored_from} 恢复；被替换的数据库保存为 {result.replaced_kept_at}")
        return 0

    return go(args)


def _confirmed(args, ctx) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print("错误：恢复会替换当前数据库；非交互运行时请加 --yes", file=sys.stderr)
        return False
    if input(f"用它替换当前数据库 {ctx.db.location}？输入 yes 继续：").strip().lower() != "yes":
        print("已取消，数据库未改变")
        return False
    return True


def _on_server(args, ctx, me) -> int:
    """PostgreSQL: the dump restored into a fresh database, checked, then switched in
    (services/accounts/server_restore.py)."""
    from deskapp.services.accounts import server_restore

    info = server_restore.inspect_dump(args.file)
    print(f"备份文件 {info.path} 检查通过（pg_restore 读得出目录，{info.tables} 张表）")
    if not _confirmed(args, ctx):
        return 2 if not sys.stdin.isatty() else 1
    result = server_restore.restore_server(ctx, me, info.path, admin_url=args.admin_url, checked=info,
                                           say=lambda text: print(text, flush=True))
    print(f"已从 {result.restored_from} 恢复数据库 {result.database}；被替换的数据库改名为 {result.kept_as} 保留")
    return 0
