from __future__ import annotations

from datetime import date


def register(sub) -> None:
    from deskapp.commands._options import person_options

    p = sub.add_parser("export", help="导出 Excel 登记表（deskapp export --list 列出全部）",
                       description="导出 Excel 登记表，例如：deskapp export units -o 业户档案.xlsx；"
                                   "deskapp export requests --month 2026-11 -o 投诉登记表.xlsx")
    p.add_argument("name", nargs="?", help="导出内容，如 units、people、requests、key-loans、bills…")
    p.add_argument("-o", "--output", help="输出的 .xlsx 文件")
    p.add_argument("--month", help="月份 YYYY-MM")
    p.add_argument("--quarter", help="季度，如 2026Q3")
    p.add_argument("--as-of", type=date.fromisoformat, help="截至日期 YYYY-MM-DD")
    p.add_argument("--day", type=date.fromisoformat, help="日期 YYYY-MM-DD（vouchers：一天的移交）")
    p.add_argument("--from", dest="day_from", type=date.fromisoformat, help="起始日期 YYYY-MM-DD（receipts）")
    p.add_argument("--to", dest="day_to", type=date.fromisoformat, help="截止日期 YYYY-MM-DD（receipts，含当天）")
    p.add_argument("--search", default="", help="检索（receipts：收据号、房号、缴款人或交易流水号）")
    p.add_argument("--age", help="账龄（arrears：仅列欠费该账龄及更久的房屋，如 1–2个季度、2个季度以上、一年以上）")
    p.add_argument("--format", default="", help="文件格式（vouchers：kingdee 金蝶 K/3 Excel 或 u8 用友 U8 文本）")
    p.add_argument("--unmasked", action="store_true",
                   help="导出完整证件号和电话：须以有权限的账号执行（--as 用户名），记入审计日志")
    p.add_argument("--list", action="store_true", help="列出可导出的登记表")
    person_options(p)
    p.set_defaults(func=run)


def run(args) -> int:
    from deskapp.commands._common import actor, context, person, reports_errors, signed_in
    from deskapp.services import exports

    @reports_errors
    def go(args) -> int:
        if args.list or not args.name:
            for name, spec in exports.all_exports().items():
                print(f"{name:16} {spec.title}" + (f"  （需要 --{spec.period.replace('_', '-')}）" if spec.period else ""))
            return 0
        if not args.output:
            print("错误：请用 -o 指定输出文件")
            return 2
        opts = exports.ExportOptions(month=args.month, quarter=args.quarter, as_of=args.as_of, day=args.day,
                                     format=args.format, unmasked=args.unmasked, min_age=args.age or None,
                                     day_from=args.day_from, day_to=args.day_to, search=args.search)
        ctx = context(args)
        # full ID numbers and phones leave the program only in a named person's hands; a person signed in
        # (--as, DESKAPP_USER) is the one the register names as 导出人
        who = signed_in(args, ctx) or (person(args, ctx) if args.unmasked else actor())
        n = exports.run_export(ctx, who, args.name, args.output, opts)
        print(f"已导出 {n} 行到 {args.output}")
        return 0

    return go(args)
