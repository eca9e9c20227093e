"""《客服部工作交接表》 printed on A4, dated by its shift (printed on a later day it says 补打 with the print
date): the open items with priorities and notes, signatures of both clerks
(kept with the audit chain's head under them: that line alone once took a sheet of its own), and
第 x 页 共 y 页 at the foot of a sheet that goes on."""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from deskapp.documents.pdf import A4, FONT, PagedCanvas, register_font, reprint_note, style


@dataclass(frozen=True)
class HandoverLine:
    kind: str
    ref: str
    unit_code: str
    text: str
    due: str
    priority: bool
    overdue: bool
    note: str


@dataclass(frozen=True)
class HandoverSheet:
    centre: str
    shift_date: str
    handed_by: str
    handed_at: str
    received_by: str
    received_at: str
    notes: str
    state: str
    lines: list[HandoverLine] = field(default_factory=list)
    audit_anchor: str = ""  # "审计链：第 N 条 · abcd1234": the audit chain's head on paper (issue 14 §4)
    shift_day: date | None = None  # the shift's day (shift_date as a date) and the print's: a later print
    printed_on: date | None = None  # says 补打 with the print date


def handover_pdf(sheet: HandoverSheet) -> bytes:
    register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=12 * mm, rightMargin=12 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title="客服部工作交接表")
    small, cell = style(8.5), style(9)
    story = [
        Paragraph(sheet.centre, style(12, align=1)),
        Paragraph("客服部工作交接表", style(16, align=1, leading=24)),
    ]
    if again := reprint_note(sheet.shift_day, sheet.printed_on):
        story.append(Paragraph(again, style(9, align=2)))
    story.append(Spacer(1, 3 * mm))
    head = Table([
        ["交班日期", sheet.shift_date, "交班人", sheet.handed_by, "交班时间", sheet.handed_at],
        ["接班人", sheet.received_by, "接班时间", sheet.received_at, "状态", sheet.state],
    ], colWidths=[20 * mm, 30 * mm, 20 * mm, 36 * mm, 20 * mm, 60 * mm])
    head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                              ("BACKGROUND", (0, 0), (0, -1), colors.whitesmoke),
                              ("BACKGROUND", (2, 0), (2, -1), colors.whitesmoke),
                              ("BACKGROUND", (4, 0), (4, -1), colors.whitesmoke)]))
    story += [head, Spacer(1, 4 * mm)]
    rows = [["序号", "类别", "编号", "房号/地点", "未完成事项", "期限", "重点", "交接说明"]]
    for n, line in enumerate(sheet.lines, start=1):
        mark = "★" if line.priority else ""
        due = line.due + ("（逾期）" if line.overdue else "")
        rows.append([str(n), Paragraph(line.kind, small), Paragraph(line.ref, small), Paragraph(line.unit_code, small),
                     Paragraph(line.text, cell), Paragraph(due, small), mark, Paragraph(line.note, cell)])
    if not sheet.lines:
        rows.append(["", "", "", "", Paragraph("无未完成事项", cell), "", "", ""])
    # 编号 holds a repair number whole (WX2026-000131 broke after 000 at 22 mm)
    table = Table(rows, colWidths=[9 * mm, 20 * mm, 29 * mm, 22 * mm, 57 * mm, 20 * mm, 9 * mm, 20 * mm],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), FONT, 9), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (6, 0), (6, -1), "CENTER"),
    ]))
    story += [table, Spacer(1, 4 * mm), Paragraph("交班说明：" + (sheet.notes or "无"), cell), Spacer(1, 6 * mm)]
    sign = Table([["交班人签字：", "", "接班人签字：", ""], ["日期：", "", "日期：", ""]],
                 colWidths=[25 * mm, 65 * mm, 25 * mm, 65 * mm], rowHeights=[12 * mm, 8 * mm])
    sign.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 10), ("LINEBELOW", (1, 0), (1, 0), 0.5, colors.black),
                              ("LINEBELOW", (3, 0), (3, 0), 0.5, colors.black)]))
    closing = [sign]
    if sheet.audit_anchor:
        closing += [Spacer(1, 2 * mm), Paragraph(sheet.audit_anchor, style(8, align=2))]
    story.append(KeepTogether(closing))

    def foot(canvas, _doc) -> None:
        canvas.page_number(A4[0] - 12 * mm, 6 * mm, several_only=True)

    doc.build(story, onFirstPage=foot, onLaterPages=foot, canvasmaker=PagedCanvas)
    return buf.getvalue()
