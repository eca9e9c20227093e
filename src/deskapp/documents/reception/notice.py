"""通知/公告 for the notice board: A4, the centre's name, date and a place for the stamp;
and the recipients file for the centre's SMS platform."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

from deskapp.documents.pdf import A4, FONT, register_font, style
from deskapp.domain.errors import ValidationError


@dataclass(frozen=True)
class NoticeSheet:
    centre: str
    title: str
    body: str
    date: str  # "2026年11月27日"
    audience: str  # 尊敬的各位业户 / 3 号楼各位业户
    reprinted: str = ""  # "补打 2026-12-02" when printed after the day it was written


def notice_pdf(sheet: NoticeSheet) -> bytes:
    register_font()
    buf = io.BytesIO()
    w, h = A4
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(sheet.title)
    c.setFont(FONT, 24)
    c.drawCentredString(w / 2, h - 35 * mm, sheet.title)
    body = [Paragraph(f"{sheet.audience}：", style(14, leading=24))]
    for para in sheet.body.split("\n"):
        if para.strip():
            body.append(Paragraph("　　" + para.strip(), style(14, leading=24)))
    frame = Frame(25 * mm, 80 * mm, w - 50 * mm, h - 130 * mm, showBoundary=0)
    frame.addFromList(body, c)  # leaves in `body` what did not fit: a notice is one page
    if body:
        raise ValidationError("正文", "公告正文超过一页，请精简")
    c.setFont(FONT, 14)
    c.drawRightString(w - 30 * mm, 62 * mm, sheet.centre)
    c.drawRightString(w - 30 * mm, 52 * mm, sheet.date)
    # The stamp goes over the centre's name and the date.
    c.setDash(2, 3)
    c.circle(w - 55 * mm, 58 * mm, 20 * mm)
    c.setDash()
    c.setFont(FONT, 8)
    c.drawCentredString(w - 55 * mm, 34 * mm, "（盖章处）")
    if sheet.reprinted:
        c.setFont(FONT, 9)
        c.drawString(25 * mm, 20 * mm, sheet.reprinted)
    c.showPage()
    c.save()
    return buf.getvalue()


def recipients_csv(rows: list[tuple[str, str, str]]) -> bytes:
    """房号, 姓名, 手机号 — UTF-8 with BOM so Excel and the SMS platforms read the Chinese."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(["房号", "姓名", "手机号"])
    writer.writerows(rows)
    return buf.getvalue().encode("utf-8-sig")
