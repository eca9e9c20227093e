"""《钥匙借用登记表》: one month's (or one unit's) key loans on A4 landscape, with a signature column."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.keys.common import build, esc, grid
from deskapp.documents.pdf import A4, landscape, style


LOAN_REGISTER_TITLE = "钥匙借用登记表"
LOAN_COLUMNS = ("借用日期", "房号", "钥匙编号", "借用人", "证件核验", "事由", "经办人", "预计归还", "实际归还",
                "归还人", "借用人签字")


@dataclass(frozen=True)
class LoanRegisterDoc:
    centre_name: str
    period: str  # "2026年11月" or a unit and month
    printed_on: date
    printed_by: str
    rows: Sequence[Sequence[str]]  # LOAN_COLUMNS without the signature column


def loan_register_pdf(doc: LoanRegisterDoc) -> bytes:
    story = [Paragraph(esc(f"{doc.centre_name}"), style(11, align=1)),
             Paragraph(LOAN_REGISTER_TITLE, style(16, bold=True, align=1)), Spacer(1, 2 * mm),
             Paragraph(esc(f"期间：{doc.period}　　打印：{doc.printed_on:%Y-%m-%d} {doc.printed_by}　　"
                            f"共 {len(doc.rows)} 条"), style(9)),
             Spacer(1, 2 * mm)]
    widths = [25, 18, 16, 30, 63, 24, 15, 25, 25, 16, 20]
    rows = [list(r) + [""] for r in doc.rows] or [["（本期无借用记录）"] + [""] * (len(LOAN_COLUMNS) - 1)]
    story.append(grid(LOAN_COLUMNS, rows, [w * mm for w in widths]))  # 8 pt: the least on A4
    story += [Spacer(1, 4 * mm), Paragraph("说明：借用前须核验证件；非业主本人或授权人须客服主管批准；"
                                           "借出钥匙当日追回。", style(8))]
    return build(story, landscape(A4), LOAN_REGISTER_TITLE, margins=10)
