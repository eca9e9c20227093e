"""《工程维修单》 as the paper form: A5 portrait, or two forms side by side on A4 landscape; each
order prints its three parts (联), each marked with whom it is for."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import A4, A5, FONT, esc, landscape, register_font, reprint_note, style


@dataclass(frozen=True)
class RepairSheet:
    centre: str
    number: str
    scope: str
    unit_code: str
    location: str
    fault: str
    reported_by: str
    reporter_phone: str
    urgency: str
    paid: str
    technician: str
    reported_at: str
    dispatched_at: str
    arrived_at: str
    finished_at: str
    work_done: str
    materials: str
    charge: str
    check: str
    callback: str  # 回访结果
    callback_at: str = ""  # 回访时间
    callback_by: str = ""  # 回访人
    callback_note: str = ""  # 回访意见: what the owner said
    reported_on: date | None = None  # the order's own day (报修); printed on a later day it says 补打
    printed_on: date | None = None
    rework: str = ""  # "返工（第 1 次）：回访不满意：还在滴水": sent back, and why the last time
    # every dispatch, one line each ("1. 王师傅　派工 11-02 09:30（林晓燕）　完工 11-02 11:00，返工 …"),
    # when there was more than one; empty otherwise (the 维修人 cell says it)
    dispatches: tuple[str, ...] = ()


PARTS = ("第一联：客服存根", "第二联：工程部", "第三联：报修人")


W, H = A5  # 148 × 210 mm
MARGIN = 10 * mm
LABEL_W = 22 * mm


def _cell(c: Canvas, x: float, y: float, w: float, h: float, label: str, value: str, *, size: float = 9,
          value_size: float | None = None) -> None:
    """A bordered cell: label on the left, the value wrapped in the rest (in `value_size` if given)."""
    c.rect(x, y, w, h)
    c.rect(x, y, LABEL_W, h)
    c.setFont(FONT, size)
    c.drawString(x + 2 * mm, y + h - 5 * mm, label)
    # what was typed is text, not markup: a fault "灯 <二楼>" stopped the print
    para = Paragraph(esc(value).replace("\n", "<br/>"), style(value_size or size))
    _, ph = para.wrap(w - LABEL_W - 4 * mm, h)
    para.drawOn(c, x + LABEL_W + 2 * mm, y + h - 1.5 * mm - ph)


DISPATCH_LABEL = "派工记录"
DISPATCH_ROWS = 24 * mm  # its cell (the form has room for it above the signatures)
WORK_ROWS, MATERIAL_ROWS = 18 * mm, 12 * mm  # 维修情况 and 使用材料, which give a long record up to 14 mm


def _dispatch_cell(text: str, width: float) -> tuple[str, float, float, float]:
    """(the record broken into lines, font size, the 派工记录 cell's height, what 维修情况 and 使用材料
    give up for it): the largest size, 9 pt down to 7 (the least an A5 form is read at), at which the
    record fits 24 mm; one too long even at 7 pt (four dispatches or more, sent back with long reasons)
    takes up to 14 mm of the two cells below it. Lines break between words, never between a date and
    its time ("返工 12-28 / 09:44" read as two times)."""
    for size in (9, 8, 7):
        lines = "\n".join(wrap(text, width, size))
        need = Paragraph(esc(lines).replace("\n", "<br/>"), style(size)).wrap(width, 1000 * mm)[1] + 3 * mm
        if need <= DISPATCH_ROWS or size == 7:
            taken = min(max(need - DISPATCH_ROWS, 0), 14 * mm)
            return lines, size, DISPATCH_ROWS + taken, taken


def draw_sheet(c: Canvas, ox: float, oy: float, s: RepairSheet, part: str) -> None:
    register_font()
    left, width = ox + MARGIN, W - 2 * MARGIN
    top = oy + H - MARGIN
    c.setFont(FONT, 13)
    c.drawCentredString(ox + W / 2, top - 5 * mm, s.centre)
    c.setFont(FONT, 16)
    c.drawCentredString(ox + W / 2, top - 12 * mm, "工程维修单")
    c.setFont(FONT, 9)
    c.drawRightString(left + width, top - 5 * mm, part)
    reprint = reprint_note(s.reported_on, s.printed_on)
    if reprint:
        c.drawRightString(left + width, top - 10 * mm, reprint)
    c.setFont(FONT, 10)
    c.drawRightString(left + width, top - 19 * mm, f"No. {s.number}")
    c.drawString(left, top - 19 * mm, f"类别：{s.scope}　紧急程度：{s.urgency}　{s.paid}")
    y = top - 22 * mm
    half = width / 2
    record = "\n".join(s.dispatches)
    record, size, record_h, taken = _dispatch_cell(record, width - LABEL_W - 4 * mm) if record else ("", 9, 0, 0)
    rows: list[tuple[float, list[tuple[str, str]]]] = [
        (8 * mm, [("房号/地点", " ".join(x for x in (s.unit_code, s.location) if x))]),
        (8 * mm, [("报修人", s.reported_by), ("联系电话", s.reporter_phone)]),
        (8 * mm, [("报修时间", s.reported_at), ("派工时间", s.dispatched_at)]),
        (18 * mm, [("故障描述", s.fault + (f"\n{s.rework}" if s.rework else ""))]),
        (8 * mm, [("维修人", s.technician), ("到场时间", s.arrived_at)]),
        (8 * mm, [("完工时间", s.finished_at), ("收费金额", s.charge)]),
        (WORK_ROWS - taken * 8 / 14, [("维修情况", s.work_done)]),
        (MATERIAL_ROWS - taken * 6 / 14, [("使用材料", s.materials)]),
        (8 * mm, [("检查结果", s.check), ("回访结果", s.callback)]),
        (8 * mm, [("回访时间", s.callback_at), ("回访人", s.callback_by)]),
        (12 * mm, [("回访意见", s.callback_note)]),
    ]
    if s.dispatches:  # under 维修人 and 到场时间: who worked on it before, and how each dispatch ended
        rows.insert(5, (record_h, [(DISPATCH_LABEL, record)]))
    c.setLineWidth(0.6)
    for h, cells in rows:
        y -= h
        if cells[0][0] == DISPATCH_LABEL:
            _cell(c, left, y, width, h, *cells[0], value_size=size)
        elif len(cells) == 1:
            _cell(c, left, y, width, h, *cells[0])
        else:
            for i, (label, value) in enumerate(cells):
                _cell(c, left + i * half, y, half, h, label, value)
    # Signature boxes: the three people who sign the paper form.
    y -= 20 * mm
    third = width / 3
    for i, label in enumerate(("报修人签字", "维修人签字", "验收/回访人签字")):
        x = left + i * third
        c.rect(x, y, third, 20 * mm)
        c.setFont(FONT, 9)
        c.drawString(x + 2 * mm, y + 20 * mm - 5 * mm, label)
        c.drawString(x + 2 * mm, y + 2.5 * mm, "日期：")
    c.setFont(FONT, 8)
    c.drawString(left, y - 5 * mm, "　".join(PARTS) + f"　（本联：{part.split('：')[0]}）")


def repair_orders_pdf(sheets: list[RepairSheet], *, two_per_page: bool = False) -> bytes:
    buf = io.BytesIO()
    size = landscape(A4) if two_per_page else A5
    c = Canvas(buf, pagesize=size, pageCompression=1)
    c.setTitle("工程维修单")
    per_page = 2 if two_per_page else 1
    copies = [(sheet, part) for sheet in sheets for part in PARTS]
    for start in range(0, len(copies), per_page):
        for i, (sheet, part) in enumerate(copies[start:start + per_page]):
            draw_sheet(c, i * W, 0, sheet, part)
        if two_per_page:
            c.setDash(3, 3)
            c.line(W, 5 * mm, W, H - 5 * mm)  # where to cut
            c.setDash()
        c.showPage()
    c.save()
    return buf.getvalue()
