"""《公共设施预约确认单》: one A5 sheet handed to the holder — the facility, the time, who booked it
for which unit, the fee and deposit and whether they were paid (收费, with the receipt), the facility's rules, signatures,
and the day the booking was made (a copy printed on a later day says 补打 with its print date)."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from deskapp.documents.pdf import A5, FONT, esc, register_font, reprint_note, style

TITLE = "公共设施预约确认单"
WIDTH = 128 * mm  # A5 less the margins


@dataclass(frozen=True)
class Confirmation:
    centre: str
    number: str
    facility: str
    kind: str
    starts_at: datetime  # on the centre's wall clock
    ends_at: datetime
    unit_code: str
    person: str
    heads: int
    purpose: str
    fee: Decimal
    deposit: Decimal
    state: str
    rules: str
    papers: list[str]  # a lift booking's release slip or decoration permit
    made_at: datetime
    made_by: str
    printed_on: date | None = None  # a later day than made_at's: the copy says 补打
    paid: str = ""  # "2026-12-07 10:30 已收，收据 SJ2026-000123" once collected



def _facts(d: Confirmation) -> Table:
    cell, label = style(9), style(9, bold=True)
    when = f"{d.starts_at:%Y-%m-%d %H:%M} 至 {d.ends_at:%H:%M}"
    facility = d.facility if d.kind in d.facility else f"{d.facility}（{d.kind}）"  # 健身房, not 健身房（健身房）
    rows = [["设施", facility, "预约号", d.number],
            ["使用时间", when, "状态", d.state],
            ["房号", d.unit_code, "预约人", d.person],
            ["人数", str(d.heads), "用途", d.purpose or "—"],
            ["使用费", f"¥{d.fee:,.2f}", "押金", f"¥{d.deposit:,.2f}"]]
    spans = []
    if d.fee or d.deposit:
        spans.append(len(rows))
        rows.append(["缴费", d.paid or "未交（请到服务中心收费处交纳）", "", ""])
    if d.kind == "货梯":
        spans.append(len(rows))
        rows.append(["搬运单据", "；".join(d.papers) or "无（当天须先开具物品放行条）", "", ""])
    data = [[Paragraph(esc(v), label if i % 2 == 0 else cell) for i, v in enumerate(r)] for r in rows]
    t = Table(data, colWidths=[18 * mm, 50 * mm, 16 * mm, 44 * mm])
    cmds = [("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
            ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#F2F2F2"))]
    cmds += [("SPAN", (1, i), (-1, i)) for i in spans]
    t.setStyle(TableStyle(cmds))
    return t


def _signatures() -> Table:
    cells = [[Paragraph("预约人（签字）：", style(9)), Paragraph("经办人（签字）：", style(9))],
             [Paragraph("日期：　　年　　月　　日", style(8.5)), Paragraph("日期：　　年　　月　　日", style(8.5))]]
    t = Table(cells, colWidths=[WIDTH / 2] * 2, rowHeights=[14 * mm, 7 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("LINEBEFORE", (1, 0), (1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def confirmation_pdf(d: Confirmation) -> bytes:
    register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A5, leftMargin=10 * mm, rightMargin=10 * mm, topMargin=10 * mm,
                            bottomMargin=10 * mm, title=f"{TITLE} {d.number}", author=d.centre, creator="deskapp",
                            initialFontName=FONT, initialFontSize=9)
    reprint = reprint_note(d.made_at.date(), d.printed_on)
    again = f"　{reprint}" if reprint else ""
    money = ""
    if d.deposit:
        money = "押金在使用后检查设施无损坏时凭本单退还。"
    story = [Paragraph(esc(d.centre), style(10, align=1)), Paragraph(TITLE, style(15, bold=True, align=1, leading=22)),
             Paragraph(esc(f"办理日期：{d.made_at:%Y-%m-%d}　经办人：{d.made_by}{again}"), style(8.5, align=2)),
             Spacer(1, 2 * mm), _facts(d), Spacer(1, 3 * mm),
             Paragraph("使用须知", style(10, bold=True)),
             Paragraph(esc(d.rules or "爱护设施，按时使用，离开时关灯关门。").replace("\n", "<br/>"), style(8.5))]
    if money:
        story.append(Paragraph(money, style(8.5)))
    story += [Spacer(1, 3 * mm), Paragraph("本人已阅读并同意遵守以上须知，如有损坏照价赔偿。", style(8.5)),
              Spacer(1, 2 * mm), _signatures()]
    doc.build(story)
    return buf.getvalue()
