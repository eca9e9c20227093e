"""What the keys forms share: the ruled grid of a register,
and building an A4/A5 document with its title and page number in the footer."""
from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Table, TableStyle

from deskapp.documents.pdf import FONT, PagedCanvas, esc, register_font, style



def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], size: float = 8) -> Table:
    cell, head = style(size), style(size, bold=True, align=1)
    data = [[Paragraph(esc(h), head) for h in header]]
    data += [[Paragraph(esc(v), cell) for v in row] for row in rows]
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
        canvas.page_number(doc.pagesize[0] - 12 * mm, 8 * mm, before=f"{title}　")
    return draw


def build(story: list, pagesize, title: str, margins: float = 12) -> bytes:
    register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins * mm, rightMargin=margins * mm,
                            topMargin=margins * mm, bottomMargin=14 * mm, title=title, author="deskapp")
    doc.build(story, onFirstPage=_footer(title), onLaterPages=_footer(title), canvasmaker=PagedCanvas)
    return buf.getvalue()
