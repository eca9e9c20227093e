"""Printed key, card and parking forms: 《钥匙借用登记表》, 《车位租赁协议》 (two copies), key tag
labels, 车位牌 and 《月度盘点表》. Built from plain data; personal data arrives masked."""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether, LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

from deskapp.documents.pdf import A4, A5, FONT, landscape, register_font, style
from deskapp.domain.money import capitals, format_yuan

LOAN_REGISTER_TITLE = "钥匙借用登记表"
LEASE_TITLE = "车位租赁协议"
INVENTORY_TITLE = "月度盘点表"
LOAN_COLUMNS = ("借用日期", "房号", "钥匙编号", "借用人", "证件核验", "事由", "经办人", "预计归还", "实际归还",
                "归还人", "借用人签字")


def _esc(text: str) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 8) -> Table:
    cell, head = style(size), style(size, bold=True, align=1)
    data = [[Paragraph(_esc(h), head) for h in header]]
    data += [[Paragraph(_esc(v), cell) for v in row] for row in rows]
    t = LongTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return t


def _footer(title: str):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawRightString(doc.pagesize[0] - 12 * mm, 8 * mm, f"{title}　第 {doc.page} 页")
        canvas.restoreState()
    return draw


def _build(story: list, pagesize, title: str, margins: float = 12) -> bytes:
    register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=margins * mm, bottomMargin=14 * mm, title=title, author="deskapp")
    doc.build(story, onFirstPage=_footer(title), onLaterPages=_footer(title))
    return buf.getvalue()


# ----------------------------------------------------------------- 钥匙借用登记表

@dataclass(frozen=True)
class LoanRegisterDoc:
    centre_name: str
    period: str  # "2026年11月" or a unit and month
    printed_on: date
    printed_by: str
    rows: Sequence[Sequence[str]]  # LOAN_COLUMNS without the signature column


def loan_register_pdf(doc: LoanRegisterDoc) -> bytes:
    story = [Paragraph(_esc(f"{doc.centre_name}"), style(11, align=1)),
             Paragraph(LOAN_REGISTER_TITLE, style(16, bold=True, align=1)), Spacer(1, 2 * mm),
             Paragraph(_esc(f"期间：{doc.period}　　打印：{doc.printed_on:%Y-%m-%d} {doc.printed_by}　　"
                            f"共 {len(doc.rows)} 条"), style(9)),
             Spacer(1, 2 * mm)]
    widths = [25, 18, 16, 30, 63, 24, 15, 25, 25, 16, 20]
    rows = [list(r) + [""] for r in doc.rows] or [["（本期无借用记录）"] + [""] * (len(LOAN_COLUMNS) - 1)]
    story.append(_grid(LOAN_COLUMNS, rows, [w * mm for w in widths]))  # 8 pt: the least on A4
    story += [Spacer(1, 4 * mm), Paragraph("说明：借用前须核验证件；非业主本人或授权人须客服主管批准；"
                                           "借出钥匙当日追回。", style(8))]
    return _build(story, landscape(A4), LOAN_REGISTER_TITLE, margins=10)


# ----------------------------------------------------------------- 车位租赁协议

@dataclass(frozen=True)
class LeaseDoc:
    number: str
    centre_name: str
    centre_address: str
    centre_phone: str
    lessee_name: str
    lessee_id_number: str
    lessee_phone: str
    unit_code: str
    space: str
    area: str
    plates: str
    start: date
    end: date
    months: int
    monthly_rent: Decimal
    total_rent: Decimal
    deposit: Decimal
    renews: str = ""


TERMS = (
    "乙方租用的车位仅供停放上述登记车牌的车辆，不得转租、转借，不得堆放杂物或改变用途。",
    "租金按月计算，乙方应在租期开始前一次性或按季度预交，逾期未交的，甲方有权停止提供车位。",
    "押金在租期届满、乙方结清费用并交还车卡后无息退还。",
    "乙方应遵守小区停车管理规定，服从管理人员指挥；车辆及车内物品由乙方自行保管，甲方不承担保管责任。",
    "租期届满乙方需续租的，应提前十五日办理续租手续；不续租的，应于期满之日起撤离车位。",
    "任何一方提前解除协议的，应提前三十日书面通知对方，租金按实际使用月份结算。",
    "本协议一式两份，甲乙双方各执一份，自双方签字（盖章）之日起生效。",
)


def _lease_copy(d: LeaseDoc, copy_label: str) -> list:
    body = style(10, leading=15)
    label = style(9.5, bold=True)
    cell = style(9.5)
    story = [
        Paragraph(_esc(copy_label), style(9, align=2)),
        Paragraph(LEASE_TITLE, style(18, bold=True, align=1)),
        Paragraph(_esc(f"协议编号：{d.number}" + (f"（续 {d.renews}）" if d.renews else "")), style(9, align=1)),
        Spacer(1, 4 * mm),
    ]
    parties = [
        ["甲方（出租方）", d.centre_name, "联系电话", d.centre_phone],
        ["地址", d.centre_address, "", ""],
        ["乙方（承租方）", d.lessee_name, "证件号码", d.lessee_id_number],
        ["联系电话", d.lessee_phone, "房号", d.unit_code or "（非本小区业户）"],
        ["车位编号", f"{d.space}（{d.area}）", "车牌号", d.plates],
        ["租赁期限", f"{d.start:%Y年%m月%d日} 至 {d.end:%Y年%m月%d日}（共 {d.months} 个月）", "", ""],
        ["月租金", f"人民币 {format_yuan(d.monthly_rent)} 元", "押金", f"人民币 {format_yuan(d.deposit)} 元"],
        ["租金合计", f"人民币 {format_yuan(d.total_rent)} 元（大写：{capitals(d.total_rent)}）", "", ""],
    ]
    data = [[Paragraph(_esc(a), label), Paragraph(_esc(b), cell), Paragraph(_esc(c), label), Paragraph(_esc(e), cell)]
            for a, b, c, e in parties]
    t = Table(data, colWidths=[28 * mm, 70 * mm, 22 * mm, 66 * mm])
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("SPAN", (1, 1), (3, 1)), ("SPAN", (1, 5), (3, 5)), ("SPAN", (1, 7), (3, 7)),
    ]))
    story += [t, Spacer(1, 4 * mm), Paragraph("经甲乙双方协商一致，就车位租赁事宜订立本协议，条款如下：", body)]
    story += [Paragraph(_esc(f"{n}. {text}"), body) for n, text in enumerate(TERMS, start=1)]
    story.append(Spacer(1, 8 * mm))
    sig = Table([
        [Paragraph("甲方（盖章）：", label), "", Paragraph("乙方（签字）：", label), ""],
        [Paragraph("经办人：", label), "", Paragraph("日期：", label), ""],
        [Paragraph("日期：", label), "", "", ""],
    ], colWidths=[28 * mm, 65 * mm, 28 * mm, 65 * mm], rowHeights=[16 * mm, 12 * mm, 12 * mm])
    sig.setStyle(TableStyle([
        ("BOX", (0, 0), (1, -1), 0.8, colors.black), ("BOX", (2, 0), (3, -1), 0.8, colors.black),
        ("LINEBELOW", (1, 0), (1, -1), 0.4, colors.grey), ("LINEBELOW", (3, 0), (3, 1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
    ]))
    story.append(KeepTogether([sig]))
    return story


def lease_agreement_pdf(d: LeaseDoc) -> bytes:
    """A4, two identical copies (甲方存 / 乙方存), each with signature boxes for both parties."""
    story = _lease_copy(d, "第一联　甲方存") + [PageBreak()] + _lease_copy(d, "第二联　乙方存")
    return _build(story, A4, LEASE_TITLE, margins=12)


# ----------------------------------------------------------------- tag labels and 车位牌

@dataclass(frozen=True)
class TagLabel:
    tag: str
    kind: str
    location: str


def tag_labels_pdf(labels: Sequence[TagLabel]) -> bytes:
    """Labels three across on A4 (cut along the lines). They carry the tag, the kind of key and
    the hook, never the unit: a lost key must not lead a finder to the door."""
    big, small = style(20, bold=True, align=1), style(8, align=1)
    cells = [[Paragraph(_esc(lb.tag), big), Paragraph(_esc(lb.kind), small), Paragraph(_esc(lb.location), small)]
             for lb in labels]
    rows = []
    for i in range(0, max(len(cells), 1), 3):
        row = cells[i:i + 3]
        rows.append(row + [""] * (3 - len(row)))
    t = Table(rows, colWidths=[62 * mm] * 3, rowHeights=[30 * mm] * len(rows))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey, None, (2, 2)),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return _build([Paragraph("托管钥匙标签", style(10, align=1)), Spacer(1, 3 * mm), t], A4, "托管钥匙标签")


@dataclass(frozen=True)
class PlateSlipDoc:
    community: str
    plate: str
    space: str
    paid_until: date | None
    card_number: str


def plate_slip_pdf(d: PlateSlipDoc) -> bytes:
    """车位牌: posted at the space on first issue; the plate in large type, no owner's details."""
    story = [Paragraph(_esc(d.community), style(16, align=1)), Spacer(1, 4 * mm),
             Paragraph("车位牌", style(22, bold=True, align=1)), Spacer(1, 8 * mm),
             Paragraph(_esc(d.plate), style(54, bold=True, align=1, leading=66)), Spacer(1, 8 * mm),
             Paragraph(_esc(f"车位：{d.space or '（无固定车位）'}　　车卡：{d.card_number}"), style(14, align=1)),
             Paragraph(_esc("有效期至：" + (f"{d.paid_until:%Y-%m-%d}" if d.paid_until else "—")), style(14, align=1))]
    return _build(story, landscape(A5), "车位牌")


# ----------------------------------------------------------------- 月度盘点表

@dataclass(frozen=True)
class InventoryDoc:
    centre_name: str
    month: str
    counted_on: date
    filed_by: str
    note: str
    rows: Sequence[Sequence[str]]  # 类别, 编号/物品, 说明, 账面数, 借出, 实点数, 差异, 说明


INVENTORY_COLUMNS = ("类别", "编号", "物品/位置", "账面数", "借出", "实点数", "差异", "差异说明")


def inventory_pdf(d: InventoryDoc) -> bytes:
    story = [Paragraph(_esc(d.centre_name), style(11, align=1)),
             Paragraph(INVENTORY_TITLE, style(16, bold=True, align=1)), Spacer(1, 2 * mm),
             Paragraph(_esc(f"盘点月份：{d.month}　盘点日期：{d.counted_on:%Y-%m-%d}　盘点人：{d.filed_by}"), style(9)),
             Spacer(1, 2 * mm),
             _grid(INVENTORY_COLUMNS, d.rows, [w * mm for w in (22, 22, 50, 13, 11, 13, 20, 35)])]
    if d.note:
        story += [Spacer(1, 3 * mm), Paragraph(_esc(f"备注：{d.note}"), style(9))]
    story += [Spacer(1, 10 * mm), Paragraph("盘点人签字：____________　　复核人签字：____________　　"
                                            "客服主管签字：____________", style(10))]
    return _build(story, A4, INVENTORY_TITLE)
