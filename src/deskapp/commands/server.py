"""`deskapp server setup`: roles, database and schema on the centre's PostgreSQL server
(installer/README.md, 服务器电脑)."""
from __future__ import annotations


def register(sub) -> None:
    from deskapp.commands._options import person_options

    p = sub.add_parser("server", help="服务器电脑：在 PostgreSQL 上建立（或升级）中心的数据库，供几台客服台共用",
                       description="在 PostgreSQL 服务器上建立所有者角色、客服台角色和数据库（最小权限：客服台角色"
                                   "只能读写数据，不能删除或停用防篡改触发器），并建立或升级表结构。可重复执行。")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("setup", help="建立或升级服务器上的数据库")
    s.add_argument("--admin-url", required=True,
                   help="管理员连接，如 postgresql://postgres@localhost/postgres（超级用户，或有 CREATEROLE 与 CREATEDB）")
    s.add_argument("--database", default="deskapp", help="数据库名（默认 deskapp）")
    s.add_argument("--owner", default="deskapp_owner", help="拥有表和触发器的角色，不能登录（默认 deskapp_owner）")
    s.add_argument("--desk-role", default="deskapp_desk", help="客服台登录用的角色（默认 deskapp_desk）")
    s.add_argument("--desk-password-stdin", action="store_true",
                   help="从标准输入读客服台角色的新密码（不给：在终端询问，直接回车则不改密码）")
    s.set_defaults(func=run)
    w = actions.add_parser("who", help="列出此刻连着服务器数据库的客服台（用户@电脑、连上时间、最近活动）")
    person_options(w)
    w.set_defaults(func=run_who)


def _desk_password(args) -> str | None:
    """The desk role's new password: a line of standard input, or asked on the terminal; empty
    (or a script giving none) keeps the role's current one."""
    import sys
    from types import SimpleNamespace

    from deskapp.commands._common import secret

    if not args.desk_password_stdin and not sys.stdin.isatty():
        return None
    # _common.secret reads `password_stdin`; ours is named for the password it sets
    asked = SimpleNamespace(password_stdin=args.desk_password_stdin)
    return secret(asked, f"客服台角色 {args.desk_role} 的新密码（回车不改）：") or None


def run(args) -> int:
    from deskapp.commands._common import reports_errors
    from deskapp.services.accounts.server_setup import ServerPlan, set_up_server

    @reports_errors
    def go(args) -> int:
        plan = ServerPlan(args.admin_url, args.database, args.owner, args.desk_role, _desk_password(args))
        report = set_up_server(plan)
        for made in report.created:
            print(f"已建立{made}")
        print("表结构已升级到本程序的版本" if report.upgraded else "表结构已是本程序的版本")
        print(f"各台客服台连接：deskapp --db {report.desk_url}")
        return 0

    return go(args)


def run_who(args) -> int:
    from deskapp.commands._common import context, person, reports_errors
    from deskapp.domain.local_time import local_text
    from deskapp.services.accounts.server_setup import connected_desks

    @reports_errors
    def go(args) -> int:
        ctx = context(args)
        for desk in connected_desks(ctx, person(args, ctx)):
            print(f"{desk.who}\t连上 {local_text(desk.since)}\t最近 {local_text(desk.last_seen)}\t{desk.connections} 个连接")
        return 0

    return go(args)
