"""《月度盘点表》: the filed monthly count of keys, cards and blank stock."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.keys.common import build, esc, grid
from deskapp.documents.pdf import A4, reprint_note, style


INVENTORY_TITLE = "月度盘点表"


@dataclass(frozen=True)
class InventoryDoc:
    centre_name: str
    month: str
    counted_on: date
    filed_by: str
    note: str
    rows: Sequence[Sequence[str]]  # 类别, 编号/物品, 说明, 账面数, 借出, 实点数, 差异, 说明
    printed_on: date | None = None  # printed on a later day than counted_on, the sheet says 补打


INVENTORY_COLUMNS = ("类别", "编号", "物品/位置", "账面数", "借出", "实点数", "差异", "差异说明")


def inventory_pdf(d: InventoryDoc) -> bytes:
    again = reprint_note(d.counted_on, d.printed_on)
    story = [Paragraph(esc(d.centre_name), style(11, align=1)),
             Paragraph(INVENTORY_TITLE, style(16, bold=True, align=1)), Spacer(1, 2 * mm),
             Paragraph(esc(f"盘点月份：{d.month}　盘点日期：{d.counted_on:%Y-%m-%d}　盘点人：{d.filed_by}"
                           + (f"　{again}" if again else "")), style(9)),
             Spacer(1, 2 * mm),
             grid(INVENTORY_COLUMNS, d.rows, [w * mm for w in (22, 22, 50, 13, 11, 13, 20, 35)])]
    if d.note:
        story += [Spacer(1, 3 * mm), Paragraph(esc(f"备注：{d.note}"), style(9))]
    story += [Spacer(1, 10 * mm), Paragraph("盘点人签字：____________　　复核人签字：____________　　"
                                            "客服主管签字：____________", style(10))]
    return build(story, A4, INVENTORY_TITLE)
