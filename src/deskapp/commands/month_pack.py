"""`deskapp month-pack --month YYYY-MM -o DIR`: the month's registers in one workbook (每月汇总归档)."""
from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("month-pack", help="每月汇总归档：本月各登记表合成一个工作簿（含目录），并记录其 SHA-256 归档",
                       description="deskapp month-pack --month 2026-11 -o 归档文件夹")
    p.add_argument("--month", required=True, help="月份 YYYY-MM")
    p.add_argument("-o", "--output", required=True, help="输出文件夹")
    p.set_defaults(func=run)


def run(args) -> int:
    from pathlib import Path

    from deskapp.commands._common import actor, context, reports_errors
    from deskapp.services.monthpack import filing, workbook

    @reports_errors
    def go(args) -> int:
        path, sheets, digest = filing.file_month(context(args), actor(), args.month, Path(args.output))
        counts = workbook.records(sheets)
        print(f"已写出并归档 {path}：{len(counts)} 种登记表（{len(sheets)} 张工作表），本月共 {sum(counts.values())} 条记录；"
              f"SHA-256 {digest}")
        return 0

    return go(args)
