"""`deskapp billing run --quarter 2026Q3 [--dry-run]` and `deskapp billing notices`."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("billing", help="收费：季度出账、打印收费通知单",
                       description="deskapp billing run --quarter 2026Q3 [--dry-run]；"
                                   "deskapp billing notices --quarter 2026Q3 -o 收费通知单.pdf")
    bsub = p.add_subparsers(dest="billing_command", metavar="ACTION", required=True)
    r = bsub.add_parser("run", help="季度出账（--dry-run 只预览，不写入）")
    r.add_argument("--quarter", required=True, help="季度，如 2026Q3（7–9 月）")
    r.add_argument("--dry-run", action="store_true", help="只预览：每户金额和按收费项目合计，不写入")
    r.add_argument("--bill-rest", action="store_true", help="有读数缺失时，先为其余房屋出账，缺读数的房屋留待以后")
    r.set_defaults(func=run)
    n = bsub.add_parser("notices", help="批量打印收费通知单（PDF）")
    n.add_argument("--quarter", required=True, help="季度，如 2026Q3")
    n.add_argument("-o", "--output", required=True, help="输出的 PDF 文件")
    n.add_argument("--building", help="只打印某栋楼，如 3")
    n.add_argument("--size", choices=["A4", "A5"], help="纸张（默认按系统设置）")
    n.add_argument("--include-paid", action="store_true", help="已缴清的房屋也打印（注明“已缴清”）")
    n.set_defaults(func=notices)


def run(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services.billing import run as billing_run

    @reports_errors
    def go(args) -> int:
        ctx, who = context(args), actor()
        p = billing_run.preview(ctx, who, args.quarter, bill_rest=args.bill_rest)
        print(f"{p.quarter.label}（{p.quarter.code}）出账预览")
        for item, amount in p.totals_by_item.items():
            print(f"  {item:8} {amount:>14,.2f} 元")
        print(f"  {'合计':8} {p.total:>14,.2f} 元；新账单 {sum(1 for u in p.units if not u.adjustment)} 户，"
              f"调整 {sum(1 for u in p.units if u.adjustment)} 户，无变化 {p.unchanged} 户")
        for a in p.allocations[:10]:
            print(f"  公摊 {a.meter}：用量 {a.usage}（扣分户 {a.sub_usage}）× {a.price} = {a.amount:,.2f} 元，"
                  f"{a.units} 户{a.basis.value}")
        if len(p.allocations) > 10:
            print(f"  …公摊表共 {len(p.allocations)} 块，合计 {sum(a.amount for a in p.allocations):,.2f} 元")
        if p.missing:
            print(f"读数缺失 {len(p.missing)} 项：")
            for m in p.missing[:30]:
                print(f"  {m}")
            if len(p.missing) > 30:
                print(f"  …等共 {len(p.missing)} 项")
        if p.held:  # flagged readings not confirmed: those units wait, the rest is billed
            print(f"待确认读数 {p.held_units} 户（确认读数或复抄后才出账）：")
            for h in p.held[:30]:
                print(f"  {h}")
            if len(p.held) > 30:
                print(f"  …等共 {len(p.held)} 项")
        for problem in p.problems:
            print(f"问题：{problem}")
        if args.dry_run:
            print("（预览，未写入）")
            return 0
        res = billing_run.post(ctx, who, args.quarter, bill_rest=args.bill_rest)
        if res.run_id is None:
            print(f"{res.quarter} 已出账且数据无变化，未写入任何内容")
        else:
            print(f"已出账：{res.bills} 张账单（其中调整 {res.adjustments} 张），合计 {res.total:,.2f} 元")
            if res.left_out:
                print(f"暂缓出账 {len(res.left_out)} 户：{'、'.join(res.left_out[:20])}")
        return 0

    return go(args)


def notices(args) -> int:
    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services.billing import notices as fee_notices
    from deskapp.services.billing import prints

    @reports_errors
    def go(args) -> int:
        ctx, who = context(args), actor()
        count = fee_notices.write_notices(ctx, who, args.quarter, args.output, building=args.building,
                                          size=args.size, include_paid=args.include_paid)
        prints.record_print(ctx, who, f"收费通知单 {args.quarter}", count)
        print(f"已生成 {count} 份收费通知单：{args.output}")
        return 0

    return go(args)
