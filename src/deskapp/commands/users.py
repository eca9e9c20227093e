"""`deskapp users`: the administrator's account work from the command line, as a desk
administrator who gives user name and password (issue 14 §6)."""
from __future__ import annotations


def register(sub) -> None:
    from deskapp.commands._options import person_options

    p = sub.add_parser("users", help="管理用户账号（列出、新建、停用、启用、重置密码、改角色）",
                       description="管理客服台账号。须以管理员账号执行（--as 用户名，密码在终端输入，"
                                   "或用 --password-stdin 从标准输入读），以此人的名义记入审计日志。")
    acts = p.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    person_options(acts.add_parser("list", help="列出账号"))
    add = acts.add_parser("add", help="新建账号")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="姓名")
    add.add_argument("--role", required=True, choices=["clerk", "steward", "supervisor", "admin"])
    person_options(add)
    for name, text in (("disable", "停用账号"), ("enable", "启用账号"), ("reset-password", "重置密码")):
        sp = acts.add_parser(name, help=text)
        sp.add_argument("username")
        person_options(sp)
    role = acts.add_parser("role", help="修改角色")
    role.add_argument("username")
    role.add_argument("role", choices=["clerk", "steward", "supervisor", "admin"])
    person_options(role)
    p.set_defaults(func=run)


def _new_password(args) -> str:
    """The new account's password: typed twice on a terminal, or the next line of standard input."""
    from deskapp.commands._common import secret
    from deskapp.domain.errors import ValidationError

    first = secret(args, "新密码：")
    if not args.password_stdin and secret(args, "再输一次新密码：") != first:
        raise ValidationError("新密码", "两次输入不一致")
    return first


def run(args) -> int:
    from deskapp.commands._common import context, person, reports_errors
    from deskapp.domain.errors import NotFound
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import users

    roles = {"clerk": Role.CLERK, "steward": Role.STEWARD, "supervisor": Role.SUPERVISOR, "admin": Role.ADMIN}

    @reports_errors
    def go(args) -> int:
        ctx = context(args)
        me = person(args, ctx)
        if args.users_command == "list":
            for u in users.list_users(ctx, me):
                state = "在用" if u.active else "停用"
                print(f"{u.username:16} {u.display_name:10} {u.role.value:6} {state}")
            return 0
        if args.users_command == "add":
            users.create_user(ctx, me, args.username, args.name, roles[args.role], _new_password(args))
            print(f"已新建账号 {args.username}（首次登录须改密码）")
            return 0
        found = {u.username: u for u in users.list_users(ctx, me)}
        if args.username not in found:
            raise NotFound(f"没有账号“{args.username}”")
        uid = found[args.username].id
        if args.users_command in ("disable", "enable"):
            users.set_active(ctx, me, uid, args.users_command == "enable")
        elif args.users_command == "reset-password":
            users.reset_password(ctx, me, uid, _new_password(args))
        elif args.users_command == "role":
            users.change_role(ctx, me, uid, roles[args.role])
        print("已完成")
        return 0

    return go(args)
