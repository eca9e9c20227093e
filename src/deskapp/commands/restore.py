"""`deskapp restore FILE`: put a backup back, after checking it; the replaced database is kept."""
from __future__ import annotations

import sys


def register(sub) -> None:
    from deskapp.commands._options import person_options

    p = sub.add_parser("restore", help="从备份恢复数据库（先检查备份，被替换的数据库另存为备份）",
                       description="从备份恢复数据库。先检查备份文件的完整性和结构版本；"
                                   "当前数据库另存到备份文件夹后才被替换。客服台程序须先关闭。"
                                   "须以管理员账号执行（--as 用户名）。")
    p.add_argument("file", help="备份文件（.sqlite）")
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
        me = person(args, ctx)
        info = backup.inspect_backup(ctx, args.file)
        print(f"备份文件 {info.path} 检查通过：{info.users} 个账号，{info.audit_rows} 条审计记录"
              + ("（结构较旧，恢复后自动升级）" if info.older else ""))
        if not args.yes:
            if not sys.stdin.isatty():
                print("错误：恢复会替换当前数据库；非交互运行时请加 --yes", file=sys.stderr)
                return 2
            if input(f"用它替换当前数据库 {ctx.db.location}？输入 yes 继续：").strip().lower() != "yes":
                print("已取消，数据库未改变")
                return 1
        result = backup.restore(ctx, me, info.path, lock_held=True,  # this command holds it (_common.context)
                                checked=info)
        print(f"已从 {result.restored_from} 恢复；被替换的数据库保存为 {result.replaced_kept_at}")
        return 0

    return go(args)
