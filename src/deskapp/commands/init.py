from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("init", help="新建或升级数据库（可同时设置小区名称）")
    p.add_argument("--community", help="小区名称")
    p.add_argument("--centre", default="", help="物业服务中心名称（打印在表单上）")
    p.set_defaults(func=run)


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services import registry

    @reports_errors
    def go(args) -> int:
        ctx = context(args, create=True)  # init makes the database (or upgrades one)
        if args.community:
            registry.setup_community(ctx, actor(), args.community, args.centre)
        print(f"数据库已就绪：{ctx.db.location}")
        return 0

    return go(args)
