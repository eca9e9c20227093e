from __future__ import annotations


def register(sub) -> None:
    from deskapp.commands._options import person_options

    p = sub.add_parser("init", help="新建或升级数据库（可同时设置小区名称）",
                       description="新建或升级数据库。已有账号的数据库须以管理员账号执行（--as 用户名）。")
    p.add_argument("--community", help="小区名称")
    p.add_argument("--centre", default="", help="物业服务中心名称（打印在表单上）")
    person_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from deskapp.commands._common import context, person, reports_errors
    from deskapp.services.registry import community as registry_community

    @reports_errors
    def go(args) -> int:
        ctx = context(args, create=True)  # init makes the database (or upgrades one)
        me = person(args, ctx)  # a database in use: an administrator; a new one: the OS user
        if args.community:
            registry_community.setup_community(ctx, me, args.community, args.centre)
        print(f"数据库已就绪：{ctx.db.location}")
        return 0

    return go(args)
