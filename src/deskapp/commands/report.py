"""`deskapp report finance --day D | --month YYYY-MM | --quarter YYYYQn -o 季报.pdf [--xlsx 季报.xlsx]`."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("report", help="报表：收费日报 / 月报 / 季报（PDF 含图表，另附 Excel）",
                       description="deskapp report finance --quarter 2026Q4 -o 收费季报.pdf "
                                   "（Excel 默认写在 PDF 旁边，同名 .xlsx）")
    rsub = p.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    f = rsub.add_parser("finance", help="收费日报 / 月报 / 季报：应收、实收、欠收，预收、减免，收费率、户收费率、清缴率")
    f.add_argument("--day", help="日报：日期 YYYY-MM-DD")
    f.add_argument("--month", help="月报：月份 YYYY-MM")
    f.add_argument("--quarter", help="季报：季度，如 2026Q4")
    f.add_argument("-o", "--output", required=True, help="输出的 PDF 文件")
    f.add_argument("--xlsx", help="输出的 Excel 文件（默认与 PDF 同名）")
    f.set_defaults(func=finance)


def finance(args) -> int:
    from pathlib import Path

    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.domain.billing_finance import report_period
    from deskapp.services.billing import finance_report

    @reports_errors
    def go(args) -> int:
        period = report_period(day=args.day, month=args.month, quarter=args.quarter)
        pdf = Path(args.output)
        xlsx = Path(args.xlsx) if args.xlsx else pdf.with_suffix(".xlsx")
        r = finance_report.write(context(args), actor(), period, pdf, xlsx)
        rates = (f"收费率 {r.collection_rate or '—'}%，户收费率 {r.household_rate or '—'}%，"
                 f"清缴率 {r.clearance_rate or '—'}%")
        print(f"{r.period.title}（{r.period.label}）：应收 {r.total.receivable:,.2f} 元，实收 {r.total.received:,.2f} 元；"
              f"{rates}")
        print(f"已写出 {pdf} 和 {xlsx}")
        return 0

    return go(args)
