"""《收费标准公示》(明码标价): the fee standards in force, posted on the centre's board, A4 or A3.

Everything is sized from A4 and scaled by the paper's width, so the A3 poster reads from further
away; the table repeats its heading on every page when many standards run onto a second sheet."""
from __future__ import annotations

import io
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from deskapp.documents.pdf import A4, PagedCanvas, style
from deskapp.domain.billing_price_notice import PRICE_COMPLAINT_PHONE, PriceLine

PAGES = {"A4": A4, "A3": A3}
_HEAD = ("收费项目", "适用对象", "收费标准", "计费依据", "收费周期", "执行日期")
_WIDTHS = (0.135, 0.155, 0.265, 0.20, 0.11, 0.135)  # of the text width


@dataclass(frozen=True)
class PriceNoticeDoc:
    centre: str
    community: str
    address: str
    phone: str
    on: str  # the standards are those in force on this day (yyyy年mm月dd日)
    made: str  # the day the notice was made
    lines: tuple[PriceLine, ...]


def _p(text: str, size: float, **kw) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style(size, **kw))


def price_notice_pdf(d: PriceNoticeDoc, paper: str = "A4") -> bytes:
    page = PAGES[paper]
    k = page[0] / A4[0]  # A3 is √2 times A4 in every direction
    margin = 15 * mm * k
    body, table_size = 12 * k, 11 * k
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=margin, rightMargin=margin, topMargin=margin,
                            bottomMargin=margin + 10 * k, title="收费标准公示", author=d.centre)
    width = page[0] - 2 * margin
    # "翠湖花园物业服务中心" already names 翠湖花园: the community is printed only when it does not
    where = f"{d.community}　" if d.community and d.community not in d.centre else ""
    story = [
        _p("收费标准公示", 30 * k, align=1, leading=40 * k),
        _p("（明码标价）", 14 * k, align=1),
        Spacer(1, 4 * mm * k),
        _p(f"{where}{d.centre}", 14 * k, align=1),
        Spacer(1, 5 * mm * k),
        _p(f"根据《物业服务收费管理办法》和明码标价的规定，现将本小区 {d.on} 执行的收费标准公示如下：", body),
        Spacer(1, 3 * mm * k),
    ]
    rows = [[_p(h, table_size, align=1) for h in _HEAD]]
    for ln in d.lines:
        rows.append([_p(ln.item, table_size), _p(ln.unit_kind, table_size, align=1), _p(ln.rate, table_size),
                     _p(ln.basis, table_size), _p(ln.period, table_size, align=1),
                     _p(f"{ln.starts_on:%Y-%m-%d}" if ln.starts_on else "—", table_size, align=1)])
    if not d.lines:
        rows.append([_p("（暂无执行中的收费标准）", table_size), "", "", "", "", ""])
    table = LongTable(rows, colWidths=[w * width for w in _WIDTHS], repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6 * k, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5 * k),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5 * k),
        *([("SPAN", (0, 1), (-1, 1))] if not d.lines else []),
    ]))
    story += [table, Spacer(1, 6 * mm * k)]
    story.append(KeepTogether([  # the closing lines and the signature stay on one sheet
        _p("以上收费标准如有调整，以新的公示为准；收费时出具收据，欢迎业户监督。", body),
        _p(f"服务中心地址：{d.address or '（未填写）'}　　服务电话：{d.phone or '（未填写）'}", body),
        Spacer(1, 3 * mm * k), _p(f"价格举报电话：{PRICE_COMPLAINT_PHONE}", 16 * k),
        Spacer(1, 8 * mm * k), _p(d.centre, body, align=2), _p(d.made, body, align=2)]))

    def footer(canvas, document) -> None:
        canvas.page_number(page[0] / 2, margin * 0.6, align="centre", size=9 * k, before=f"{d.centre}　收费标准公示　",
                           after=f"　价格举报电话 {PRICE_COMPLAINT_PHONE}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=PagedCanvas)
    return buf.getvalue()
