"""Shared drawing for the 楼宇管家 forms: grids, headers, signature lines, a QR code."""
from __future__ import annotations

import io
import re
from collections.abc import Sequence

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from deskapp.documents.pdf import A4, FONT, PagedCanvas, esc, register_font, style

__all__ = ["mm", "grid", "figure_columns", "esc", "build", "header", "qr", "signatures", "Paragraph", "Spacer", "Table", "style"]



NUMBER = re.compile(r"[-+]?[\d,]+(\.\d+)?( ?%)?")  # 1,234.50 · 12 · 68.56%: a figure, not a text


def figure_columns(rows: Sequence[Sequence[object]], skip: int = 1) -> list[int]:
    """The columns (after the first `skip`, the labels) whose every filled cell is a figure: an
    amount, a count, a rate. They print right-aligned, as amounts are read down a column."""
    width = max((len(r) for r in rows), default=0)
    return [i for i in range(skip, width)
            if any(str(r[i]).strip() for r in rows if i < len(r))
            and all(NUMBER.fullmatch(str(r[i]).strip()) for r in rows if i < len(r) and str(r[i]).strip())]


def grid(header: Sequence[str] | None, rows: Sequence[Sequence[object]], widths: Sequence[float], *,
         size: float = 8.5, long: bool = False, shade_first_col: bool = False, pad: float = 2,
         spans: Sequence[int] = (), right: Sequence[int] = ()) -> Table:
    """A ruled table; a header may break its line at a newline (between words, not inside one);
    `spans` are rows (counted without the header) whose value runs from the
    second cell to the end (a long text beside its label); the cells of the `right` columns
    (amounts, counts, rates: `figure_columns`) are right-aligned under their header."""
    cell, figure = style(size), style(size, align=2)
    head, figure_head = style(size, bold=True), style(size, bold=True, align=2)
    data = [[Paragraph(esc(h).replace("\n", "<br/>"), figure_head if i in right else head)  # \n: a chosen break
             for i, h in enumerate(header)]] if header else []
    data += [[v if not isinstance(v, (str, int, float)) and v is not None
              else Paragraph(esc(v), figure if i in right else cell) for i, v in enumerate(row)]
             for row in rows]
    table = (LongTable if long else Table)(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDEBF7")))
    if shade_first_col:
        cmds.append(("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#F2F2F2")))
    first = 1 if header else 0
    cmds += [("SPAN", (1, first + r), (-1, first + r)) for r in spans]
    table.setStyle(TableStyle(cmds))
    return table


def header(centre: str, title: str, line: str = "") -> list:
    out = [Paragraph(esc(centre), style(11, align=1)), Paragraph(esc(title), style(17, align=1, leading=26))]
    if line:
        out.append(Paragraph(esc(line), style(9, align=1)))
    out.append(Spacer(1, 4 * mm))
    return out


def qr(text: str, size: float = 24 * mm) -> Drawing:
    widget = QrCodeWidget(text, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    d = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    d.add(widget)
    return d


def signatures(labels: Sequence[str], width: float = 180 * mm, room: float = 13 * mm) -> KeepTogether:
    """Boxes with a label, room to sign, and a date line under each; never split over two pages
    (a box whose date line sat alone on the next page was the weekly sheet's second page)."""
    cells = [[Paragraph(esc(f"{label}（签字）："), style(9.5)) for label in labels],
             ["" for _ in labels],
             [Paragraph("日期：　　年　　月　　日", style(9)) for _ in labels]]
    t = Table(cells, colWidths=[width / len(labels)] * len(labels), rowHeights=[7 * mm, room, 7 * mm])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT),  # the empty cells too: no Helvetica, unembedded
                           ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                           ("LINEBEFORE", (1, 0), (-1, -1), 0.6, colors.black),
                           ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([t])


def build(story: list, title: str, author: str, subject: str = "", *, pagesize=A4, margins: float = 15 * mm,
          footer: str = "") -> bytes:
    register_font()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margins, rightMargin=margins, topMargin=12 * mm,
                            bottomMargin=14 * mm, title=title, author=author, subject=subject, creator="deskapp",
                            initialFontName=FONT, initialFontSize=10)

    def draw(canvas, d) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(margins, 8 * mm, f"{author} · {footer or title}")
        canvas.restoreState()
        canvas.page_number(pagesize[0] - margins, 8 * mm)

    doc.build(story, onFirstPage=draw, onLaterPages=draw, canvasmaker=PagedCanvas)
    return buf.getvalue()
