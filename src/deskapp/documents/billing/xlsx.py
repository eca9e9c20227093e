"""收费 registers as Excel workbooks: detail sheets and a summary sheet whose totals are
computed from the same rows, so the two agree to the fen."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from deskapp.documents.xlsx import Col, new_workbook, save, write_sheet

MONEY = "#,##0.00"

BILL_COLS = [Col("房号", 12), Col("账期", 9), Col("账单号", 18), Col("收费项目", 11), Col("计费依据", 40),
             Col("数量", 10, "0.####"), Col("单价", 10, "0.0000"), Col("金额", 12, MONEY), Col("起始日期", 11),
             Col("截止日期", 11)]
READING_COLS = [Col("房号", 12), Col("表号", 14), Col("表类型", 8), Col("上期读数", 12, "0.00"),
                Col("本期读数", 12, "0.00"), Col("用量", 10, "0.00"), Col("抄表日期", 11), Col("标记", 24),
                Col("换表/翻转", 10), Col("已计费", 9)]
PAYMENT_COLS = [Col("收据号", 15), Col("日期", 11), Col("房号", 12), Col("缴款人", 12), Col("收费项目", 11),
                Col("期间", 22), Col("金额", 12, MONEY), Col("支付方式", 9), Col("收款人", 10), Col("状态", 8),
                Col("作废时间", 17, "yyyy-mm-dd hh:mm"), Col("作废原因", 30)]
# 收据登记表: one row per receipt, a voided one with when and why
RECEIPT_COLS = [Col("收据号", 15), Col("开具时间", 17, "yyyy-mm-dd hh:mm"), Col("房号", 12), Col("缴款人", 12),
                Col("金额", 12, MONEY), Col("支付方式", 9), Col("交易流水号", 30), Col("收款人", 10), Col("状态", 8),
                Col("作废时间", 17, "yyyy-mm-dd hh:mm"), Col("作废原因", 30)]
ARREARS_COLS = [Col("房号", 12), Col("业主", 14), Col("联系电话", 14), Col("本季度", 12, MONEY), Col("1–2个季度", 12, MONEY),
                Col("2个季度以上", 12, MONEY), Col("一年以上", 12, MONEY), Col("合计", 12, MONEY),
                Col("欠费期间", 16), Col("欠费项目", 30), Col("最近催缴", 30)]
DUNNING_COLS = [Col("序号", 6), Col("联系时间", 16), Col("房号", 12), Col("业主", 14), Col("方式", 8),
                Col("联系结果", 36), Col("承诺缴费日期", 14), Col("催缴通知单", 16), Col("通知单欠费", 12, MONEY),
                Col("经办人", 10)]
STANDARD_COLS = [Col("收费项目", 11), Col("房屋类型", 9), Col("收费标准", 40), Col("单价", 10, "0.0000"),
                 Col("启用日期", 11), Col("状态", 9), Col("备注", 24), Col("录入人", 10), Col("撤销人", 10),
                 Col("撤销时间", 17), Col("撤销原因", 30)]
# 收款方式日清单: 核对 is left empty for the cashier's tick against the merchant statement
METHOD_DAY_COLS = [Col("支付方式", 9), Col("收据号", 15), Col("时间", 17), Col("房号", 12), Col("金额", 12, MONEY),
                   Col("交易流水号", 30), Col("状态", 8), Col("核对", 8)]
# 押金台账: every deposit with what is still held and how old it is
DEPOSIT_COLS = [Col("押金类别", 9), Col("房号", 12), Col("交款人", 12), Col("来源", 20), Col("收取日期", 11),
                Col("账龄（天）", 10, "0"), Col("收取金额", 12, MONEY), Col("已退还", 12, MONEY), Col("已没收", 12, MONEY),
                Col("在押金额", 12, MONEY), Col("退还条件", 30), Col("状态", 16)]
DEPOSIT_SUMMARY_COLS = [Col("押金类别", 12), Col("笔数", 8), Col("在押金额", 14, MONEY)]
SUMMARY_COLS = [Col("项目", 20), Col("笔数", 8), Col("金额", 14, MONEY)]
DISCOUNT_COLS = [Col("申请时间", 17, "yyyy-mm-dd hh:mm"), Col("房号", 12), Col("季度", 8), Col("收费项目", 12),
                 Col("应收", 12, MONEY), Col("减免金额", 12, MONEY), Col("减免规则", 18), Col("减免原因", 30),
                 Col("申请人", 10), Col("状态", 8), Col("审批人", 10), Col("审批时间", 17, "yyyy-mm-dd hh:mm"),
                 Col("审批意见", 20)]


def workbook(path: Path, sheets: Sequence[tuple[str, str, list[Col], Iterable[Sequence]]],
             progress: Callable[[int], None] | None = None) -> int:
    """Write sheets (title, heading, columns, rows) and return the first sheet's row count."""
    wb = new_workbook()
    counts = [write_sheet(wb, title, heading, cols, rows, progress=progress) for title, heading, cols, rows in sheets]
    save(wb, path)
    return counts[0] if counts else 0
