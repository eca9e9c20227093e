"""The A4 papers of a community activity: 《活动通知》 posted in the lobbies — the centre, the
activity's details, how to sign up, the issue date — and 《活动报名表》, a row per sign-up with the
unit, the name, the people and a column for the signature at the door. An activity called off has
《活动取消通知》 instead of its notice, dated the day it was called off (补打 when printed later), and its
sign-up sheet says so (the list the desk rings the households from)."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from deskapp.documents.pdf import A4, FONT, PagedCanvas, esc, register_font, reprint_note, style

NOTICE = "活动通知"
CANCELLED = "活动取消通知"
SHEET = "活动报名表"
WIDTH = 180 * mm  # A4 less the margins


@dataclass(frozen=True)
class Activity:
    centre: str
    title: str
    starts_at: datetime  # on the centre's wall clock
    place: str
    organiser: str
    limit: int  # 0: no limit
    waiting_list: bool
    content: str
    phone: str  # the centre's service phone
    cancelled_on: date | None = None  # called off that day (the centre's), with `cancel_reason`
    cancel_reason: str = ""
    issued_on: date | None = None  # the day it was entered (the centre's): its notice's date


@dataclass(frozen=True)
class SheetRow:
    unit_code: str
    name: str
    people: int
    state: str  # 已报名 or 候补



def _document(buf: io.BytesIO, title: str, author: str) -> SimpleDocTemplate:
    register_font()
    return SimpleDocTemplate(buf, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                             bottomMargin=15 * mm, title=title, author=author, creator="deskapp",
                             initialFontName=FONT, initialFontSize=11)


def _limit(a: Activity) -> str:
    if not a.limit:
        return "不限人数"
    return f"限 {a.limit} 人" + ("，额满后可登记候补" if a.waiting_list else "，额满即止")


def _dated(day: date, printed_on: date) -> list:
    """The paper's own date under the centre's name and, printed on a later day, 补打 with the print date."""
    story = [Paragraph(f"{day:%Y年%m月%d日}", style(12, align=2))]
    if note := reprint_note(day, printed_on):
        story.append(Paragraph(note, style(9, align=2)))
    return story


def notice_pdf(a: Activity, printed_on: date) -> bytes:
    """《活动通知》, dated the day the activity was entered (its issue); printed on a later day it says
    补打 with the print date."""
    buf = io.BytesIO()
    doc = _document(buf, f"{NOTICE} {a.title}", a.centre)
    body = style(12, leading=20)
    facts = [["活动名称", a.title], ["活动时间", f"{a.starts_at:%Y年%m月%d日 %H:%M}"], ["活动地点", a.place],
             ["报名人数", _limit(a)], ["组织人", a.organiser]]
    t = Table([[Paragraph(k, style(12, bold=True)), Paragraph(esc(v), body)] for k, v in facts],
              colWidths=[30 * mm, WIDTH - 30 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                           ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    ask = f"请各位业户携带房号到物业服务中心前台报名{('（电话 ' + a.phone + '）') if a.phone else ''}，按报名先后登记。"
    story = [Paragraph(NOTICE, style(24, bold=True, align=1, leading=36)), Spacer(1, 6 * mm),
             Paragraph("尊敬的各位业户：", body),
             Paragraph(esc(f"为丰富小区文化生活，增进邻里交流，物业服务中心将举办“{a.title}”活动，欢迎踊跃参加。"), body),
             Spacer(1, 4 * mm), t, Spacer(1, 4 * mm)]
    if a.content:
        story += [Paragraph("活动内容", style(12, bold=True)),
                  Paragraph(esc(a.content).replace("\n", "<br/>"), body), Spacer(1, 4 * mm)]
    story += [Paragraph(esc(ask), body), Spacer(1, 14 * mm),
              Paragraph(esc(a.centre), style(12, align=2)), *_dated(a.issued_on or printed_on, printed_on)]
    doc.build(story)
    return buf.getvalue()


def cancellation_pdf(a: Activity, printed_on: date) -> bytes:
    """《活动取消通知》: what was to be held, when and where, that it is called off and why, dated the
    day it was called off; printed on a later day it says 补打 with that day."""
    if a.cancelled_on is None:
        raise ValueError("only an activity called off has a cancellation notice")
    buf = io.BytesIO()
    doc = _document(buf, f"{CANCELLED} {a.title}", a.centre)
    body = style(12, leading=20)
    phone = f"如有疑问，请联系物业服务中心（电话 {a.phone}）。" if a.phone else "如有疑问，请联系物业服务中心前台。"
    story = [Paragraph(CANCELLED, style(24, bold=True, align=1, leading=36)), Spacer(1, 6 * mm),
             Paragraph("尊敬的各位业户：", body),
             Paragraph(esc(f"原定于 {a.starts_at:%Y年%m月%d日 %H:%M} 在{a.place}举行的“{a.title}”活动，"
                           f"因{a.cancel_reason.rstrip('。')}，决定取消。"), body),
             Paragraph("已报名及候补的业户，物业服务中心将逐户告知。给您带来的不便，敬请谅解。", body),
             Paragraph(esc(phone), body), Spacer(1, 14 * mm),
             Paragraph(esc(a.centre), style(12, align=2)), *_dated(a.cancelled_on, printed_on)]
    doc.build(story)
    return buf.getvalue()


def sheet_pdf(a: Activity, rows: list[SheetRow], printed_on: date) -> bytes:
    buf = io.BytesIO()
    doc = _document(buf, f"{SHEET} {a.title}", a.centre)
    cell = style(10.5)
    head = [Paragraph(h, style(10.5, bold=True, align=1)) for h in ("序号", "房号", "姓名", "人数", "状态", "签名")]
    data = [head] + [[Paragraph(str(n), cell), Paragraph(esc(r.unit_code), cell), Paragraph(esc(r.name), cell),
                      Paragraph(str(r.people), cell), Paragraph(r.state, cell), ""]
                     for n, r in enumerate(rows, 1)]
    data += [["", "", "", "", "", ""]] * max(0, 10 - len(rows))  # blank lines for sign-ups taken at the door
    t = Table(data, colWidths=[14 * mm, 32 * mm, 36 * mm, 16 * mm, 20 * mm, WIDTH - 118 * mm], repeatRows=1,
              rowHeights=[8 * mm] + [10 * mm] * (len(data) - 1))
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    signed = sum(r.people for r in rows if r.state == "已报名")
    story = [Paragraph(esc(a.centre), style(11, align=1)), Paragraph(SHEET, style(20, bold=True, align=1, leading=30)),
             Paragraph(esc(f"活动：{a.title}　时间：{a.starts_at:%Y-%m-%d %H:%M}　地点：{a.place}"), style(10.5)),
             Paragraph(esc(f"{_limit(a)}；已报名 {signed} 人　打印日期：{printed_on:%Y-%m-%d}"), style(10.5))]
    if a.cancelled_on is not None:  # the list the desk rings the households from
        story.append(Paragraph(esc(f"本活动已于 {a.cancelled_on:%Y-%m-%d} 取消（{a.cancel_reason}），请逐户告知。"),
                               style(10.5, bold=True)))
    story += [Spacer(1, 3 * mm), t, Spacer(1, 6 * mm),
              Paragraph("组织人（签字）：＿＿＿＿＿＿＿＿　　日期：　　年　　月　　日", style(10.5))]

    def foot(canvas, _doc) -> None:  # a long list's sheets, signed at the door one by one, say whose and which
        canvas.page_number(A4[0] - 15 * mm, 8 * mm, size=9, before=f"{SHEET}　{a.title}　", several_only=True)

    doc.build(story, onFirstPage=foot, onLaterPages=foot, canvasmaker=PagedCanvas)
    return buf.getvalue()
