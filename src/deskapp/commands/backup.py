"""`deskapp backup [-o FILE]`: a backup through SQLite's online backup API."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("backup", help="备份数据库（SQLite 在线备份，不停程序也一致）",
                       description="备份数据库。不给 -o 时存入数据库旁的备份文件夹，文件名带时间。")
    p.add_argument("-o", "--output", help="备份文件（.sqlite）")
    p.add_argument("--list", action="store_true", help="列出备份文件夹里的备份")
    p.set_defaults(func=run)


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services.accounts import backup

    @reports_errors
    def go(args) -> int:
        ctx = context(args)
        if args.list:
            for b in backup.list_backups(ctx):
                when = b.at.strftime("%Y-%m-%d %H:%M:%S") if b.at else "—"
                print(f"{when}  {b.kind or '-':15} {b.size / 1048576:8.1f} MB  {b.path}")
            return 0
        if args.output:
            path = backup.backup_to(ctx, actor(), args.output)
        else:
            path = backup.backup_now(ctx, actor())
        print(f"已备份到 {path}")
        return 0

    return go(args)
