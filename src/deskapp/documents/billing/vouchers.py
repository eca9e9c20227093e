"""记账凭证 files for finance's own software, from the built vouchers:
- 金蝶 K/3 凭证引入: an Excel sheet "Page1" whose first row is the 37 column names in K/3's order
  and one row per entry (K/3 reads row 1 as the header, so no title row as on our registers);
- 用友 U8 凭证引入: a text file, one comma-separated line per entry, a voucher's lines together,
  in GBK (U8's import reads the Windows Chinese code page, not UTF-8) with Windows line ends."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from deskapp.documents import xlsx
from deskapp.domain.billing_vouchers import Entry, Voucher
from deskapp.output_file import replacing

KINGDEE_COLUMNS = (
    "凭证日期", "会计年度", "会计期间", "凭证字", "凭证号", "科目代码", "科目名称", "币别代码", "币别名称", "原币金额",
    "借方", "贷方", "制单", "审核", "核准", "出纳", "经办", "结算方式", "结算号", "凭证摘要", "数量", "数量单位",
    "单价", "参考信息", "业务日期", "往来业务编号", "附件数", "序号", "系统模块", "业务描述", "汇率类型", "汇率",
    "分录序号", "核算项目", "过账", "机制凭证", "现金流量",
)
DATE_COLUMNS = (KINGDEE_COLUMNS.index("凭证日期"), KINGDEE_COLUMNS.index("业务日期"))
AMOUNT_COLUMNS = tuple(KINGDEE_COLUMNS.index(c) for c in ("原币金额", "借方", "贷方"))
VOUCHER_WORD = "记"  # 记账凭证: one kind for all entries, as small centres keep their books
# U8's optional fields after 贷方, left empty: 数量, 外币, 汇率, 结算方式, 票号, 票号发生日期, 部门, 个人,
# 客户, 供应商, 业务员, 项目.
U8_OPTIONAL = 12


def kingdee_rows(vouchers: Sequence[Voucher], preparer: str) -> list[list]:
    rows = []
    for v in vouchers:
        for n, e in enumerate(v.entries, start=1):
            rows.append([
                v.day, v.day.year, v.day.month, VOUCHER_WORD, v.number, e.code, e.name, "RMB", "人民币",
                e.debit or e.credit, e.debit, e.credit, preparer, "", "", v.cashier, "", e.method, "", e.summary,
                0, "", 0, f"移交表 {v.handover_id}", v.day, "", v.attachments, v.number, "总账", "", "公司汇率", 1,
                n, "", 0, "", "",
            ])
    return rows


def write_kingdee(vouchers: Sequence[Voucher], preparer: str, path: Path) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import numbers

    wb = xlsx.new_workbook()
    ws = wb.create_sheet("Page1")
    ws.append(list(KINGDEE_COLUMNS))

    def formatted(value, number_format: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = number_format
        return cell

    for row in kingdee_rows(vouchers, preparer):
        row = [None if value == "" else xlsx.safe(value) for value in row]  # an empty cell is not written
        for i in DATE_COLUMNS:
            row[i] = formatted(row[i], numbers.FORMAT_DATE_YYYYMMDD2)
        for i in AMOUNT_COLUMNS:
            row[i] = formatted(row[i], "0.00")
        ws.append(row)
    xlsx.save(wb, path)


def _field(text: str) -> str:
    """A U8 field holds no comma or line break (the file has no quoting)."""
    return text.replace(",", "，").replace("\r", " ").replace("\n", " ")


def u8_line(v: Voucher, e: Entry) -> str:
    fields = [f"{v.day:%Y-%m-%d}", VOUCHER_WORD, str(v.number), str(v.attachments), _field(e.summary), e.code,
              f"{e.debit:.2f}", f"{e.credit:.2f}"]
    return ",".join(fields + [""] * U8_OPTIONAL)


def write_u8(vouchers: Sequence[Voucher], path: Path) -> None:
    text = "".join(u8_line(v, e) + "\r\n" for v in vouchers for e in v.entries)
    with replacing(path) as tmp:
        # a character GBK lacks (a rare one in a name) becomes "?" rather than failing the file
        tmp.write_bytes(text.encode("gbk", errors="replace"))
