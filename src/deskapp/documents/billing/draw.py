"""Drawing helpers the 收费 forms share: ruled tables straight on the canvas (fast enough for
20,000 notices), text shrunk to fit its cell, signature boxes, the 作废 stamp, the red boxed marks (补打, 已逾期, 已缴清)."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from deskapp.documents.pdf import FONT


def yuan(v: Decimal | None) -> str:
    return "" if v is None else f"{v:,.2f}"


def num(v: Decimal | None) -> str:
    if v is None:
        return ""
    text = format(v.normalize(), "f")
    return text


def columns(*cols: Sequence[Decimal | None]) -> list[list[str]]:
    """Right-aligned columns of one kind of figure (a meter's previous and present readings and
    its usage) at one number of decimals, the most any of them has: 1441.0 under 1423.3, not 1441
    ending under the 3; the points stand under each other and a reading is copied digit for digit.
    Blank for None."""
    places = max((max(0, -v.normalize().as_tuple().exponent) for col in cols for v in col if v is not None),
                 default=0)
    return [["" if v is None else f"{v:.{places}f}" for v in col] for col in cols]


def fit(text: str, width: float, size: float, minimum: float = 5.5) -> float:
    """The font size at which `text` fits `width` (never below `minimum`)."""
    w = stringWidth(text, FONT, size)
    if w <= width:
        return size
    return max(minimum, size * width / w)


def _split(text: str, width: float, size: float) -> tuple[str, str]:
    """The longest head of `text` that fits `width`, and the rest."""
    for cut in range(len(text), 0, -1):
        if stringWidth(text[:cut], FONT, size) <= width:
            return text[:cut], text[cut:]
    return text[:1], text[1:]


def _ellipsis(text: str, width: float, size: float) -> str:
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def cell_text(c: Canvas, text: str, x: float, y: float, width: float, size: float, align: str = "left") -> None:
    inner = width - 2 * mm
    s = fit(text, inner, size)
    if stringWidth(text, FONT, s) > inner:
        # Too long even at the smallest size (tiered prices, allocation bases): two lines in the
        # cell rather than running over the next column.
        first, rest = _split(text, inner, s)
        c.setFont(FONT, s)
        c.drawString(x + 1 * mm, y + s * 0.55, first)
        c.drawString(x + 1 * mm, y - s * 0.55, _ellipsis(rest, inner, s))
        return
    c.setFont(FONT, s)
    aligned(c, text, x, y, width, align)


def aligned(c: Canvas, text: str, x: float, y: float, width: float, align: str) -> None:
    """`text` on baseline `y` in the cell from `x` of `width`: left or right 1 mm in, or centred."""
    if align == "right":
        c.drawRightString(x + width - 1 * mm, y, text)
    elif align == "center":
        c.drawCentredString(x + width / 2, y, text)
    else:
        c.drawString(x + 1 * mm, y, text)


def table(c: Canvas, x: float, top: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *,
          row_h: float = 7 * mm, size: float = 9, header: bool = True,
          aligns: Sequence[str] | None = None) -> float:
    """Rows (the first is the header when `header`) in a ruled grid; returns the bottom y."""
    total_w = sum(widths)
    n = len(rows)
    bottom = top - n * row_h
    c.setLineWidth(0.6)
    c.rect(x, bottom, total_w, n * row_h)
    for i in range(1, n):
        c.line(x, top - i * row_h, x + total_w, top - i * row_h)
    cx = x
    for w in widths[:-1]:
        cx += w
        c.line(cx, bottom, cx, top)
    for i, row in enumerate(rows):
        y = top - (i + 1) * row_h + row_h * 0.32
        cx = x
        for j, (w, text) in enumerate(zip(widths, row)):
            align = "center" if header and i == 0 else (aligns[j] if aligns else "left")
            if text:
                cell_text(c, str(text), cx, y, w, size, align)
            cx += w
    return bottom


def signature_boxes(c: Canvas, x: float, y: float, width: float, labels: Sequence[str], size: float = 9) -> None:
    step = width / len(labels)
    c.setFont(FONT, size)
    for i, label in enumerate(labels):
        c.drawString(x + i * step, y, f"{label}：")
        c.line(x + i * step + stringWidth(label + "：", FONT, size), y - 1, x + (i + 1) * step - 4 * mm, y - 1)


def void_stamp(c: Canvas, x: float, y: float, w: float, h: float, text: str = "作废") -> None:
    """An outlined stamp in the box given, which the caller keeps clear of text: it never covers
    what is needed to read the form."""
    c.saveState()
    c.setStrokeColorRGB(0.85, 0.1, 0.1)
    c.setFillColorRGB(0.85, 0.1, 0.1)
    c.setLineWidth(2)
    c.rect(x, y, w, h)
    c.setLineWidth(0.6)
    c.rect(x + 1.2 * mm, y + 1.2 * mm, w - 2.4 * mm, h - 2.4 * mm)
    size = min(h * 0.62, 26)
    c.setFont(FONT, size)
    c.drawCentredString(x + w / 2, y + (h - size * 0.72) / 2, text)
    c.restoreState()


def boxed_mark(c: Canvas, x: float, y: float, text: str, size: float) -> float:
    """A red boxed mark (补打, 已逾期, 已缴清) with its text starting at `x` on baseline `y`, clear
    of the text it qualifies; returns where the box ends on the right."""
    c.saveState()
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.setStrokeColorRGB(0.8, 0.1, 0.1)
    c.setFont(FONT, size)
    w = stringWidth(text, FONT, size)
    c.setLineWidth(1.5)
    c.rect(x - 1.5 * mm, y - size * 0.35, w + 3 * mm, size * 1.45)
    c.drawString(x, y, text)
    c.restoreState()
    return x + w + 1.5 * mm
