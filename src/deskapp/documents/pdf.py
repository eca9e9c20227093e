"""PDF basics: the embedded CJK font, page sizes, and common drawing helpers.

Every PDF embeds (a subset of) WenQuanYi Micro Hei, so Chinese prints on any machine."""
from __future__ import annotations

from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from deskapp.resources_path import font_file

FONT = "WQYMicroHei"

__all__ = ["FONT", "register_font", "A4", "A5", "landscape", "style", "esc", "reprint_note"]


@cache
def register_font() -> str:
    """Register the shipped TrueType font with reportlab (once); reportlab subsets and embeds it."""
    pdfmetrics.registerFont(TTFont(FONT, str(font_file()), subfontIndex=0))
    return FONT


def style(size: float = 10, *, leading: float | None = None, bold: bool = False, align: int = 0,
          name: str = "deskapp") -> ParagraphStyle:
    """A paragraph style in the CJK font; `align` 0 left, 1 centre, 2 right. CJK wraps per character."""
    register_font()
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading or size * 1.35, alignment=align,
                          wordWrap="CJK")


def esc(text: object) -> str:
    """Text as a Paragraph's markup reads it: & < > escaped, nothing (None) empty."""
    return escape("" if text is None else str(text))


def reprint_note(event_on: date | None, printed_on: date | None) -> str:
    """What a paper printed on a later day than its own event adds after its date: 补打 with the
    print date (DESIGN.md: a reprint says 补打 with its print date); "" on the day itself (or when
    either day is not known)."""
    if event_on is None or printed_on is None or printed_on <= event_on:
        return ""
    return f"补打（打印日期 {printed_on:%Y-%m-%d}）"
