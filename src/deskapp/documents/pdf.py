"""PDF basics: the embedded CJK font, page sizes, and common drawing helpers.

Every PDF embeds (a subset of) WenQuanYi Micro Hei, so Chinese prints on any machine."""
from __future__ import annotations

from datetime import date
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import textsplit as _textsplit
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as _paragraph

from deskapp.resources_path import font_file

FONT = "WQYMicroHei"

# Chinese typesetting never starts a line with a closing mark (避头点) nor ends one with an opening mark.
CLOSING_MARKS = "，。、；：！？）】」』》〉〕｝”’)"
OPENING_MARKS = "（【「『《〈〔｛“‘("
# reportlab's line breakers for wordWrap="CJK" keep a mark that may not start a line hanging at the end of
# the line before, but their list (reportlab.lib.textsplit.ALL_CANNOT_START, read as a module global there
# for plain text and in platypus.paragraph for marked-up text) is Japanese: without the full-width comma,
# semicolon, colon, ! and ? or the closing quotes and book-title marks, "……有大风降温，决定取消" broke
# before its "，". reportlab has no setting for it; both globals get the marks they lack.
for _module in (_textsplit, _paragraph):
    _module.ALL_CANNOT_START += "".join(c for c in CLOSING_MARKS if c not in _module.ALL_CANNOT_START)

__all__ = ["FONT", "CLOSING_MARKS", "OPENING_MARKS", "register_font", "A4", "A5", "landscape", "style", "esc", "reprint_note", "page_of", "PagedCanvas"]


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


def page_of(page: int, pages: int) -> str:
    """A page's number as a paper form prints it: 第 2 页 共 3 页 (a sheet that comes loose says
    what it belongs to, and the reader sees whether a sheet is missing)."""
    return f"第 {page} 页 共 {pages} 页"


class PagedCanvas(Canvas):
    """A canvas that numbers each page among its document's pages (`page_of`), which a page does
    not know while it is drawn: a page is held when it ends, and its page-number marks
    (`page_number`) are drawn once its document is complete — at `begin` of the next document of
    a batch (a batch of notices or letters numbers each on its own, and holds one at a time) or
    at `save`. For a platypus document: `doc.build(story, ..., canvasmaker=PagedCanvas)` and
    `canvas.page_number(...)` in its page callback."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._held: list[tuple[dict, list]] = []
        self._marks: list[tuple] = []
        self._firsts: set[int] = set()  # held pages (by index) that begin another document: copy_begins

    def page_number(self, x: float, y: float, *, align: str = "right", size: float = 8, before: str = "",
                    after: str = "", several_only: bool = False) -> None:
        """Print 第 n 页 共 N 页 (between `before` and `after`) at (x, y) on this page, aligned
        "right", "centre" or "left" there; `several_only`: not on a document of one page."""
        self._marks.append((x, y, align, size, before, after, several_only))

    def begin(self) -> None:
        """The next page starts another document of the batch: the pages so far are numbered
        among themselves and written."""
        self._flush()

    def copy_begins(self) -> None:
        """The page being drawn begins another document of the file — the second copy of an
        agreement printed in one PDF counts 第 1 页 共 1 页 again. Unlike `begin`, it may be called
        while the page is drawn (by a platypus flowable: `CopyBegins`), after its marks are made."""
        self._firsts.add(len(self._held))

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held.append((dict(self.__dict__), self._marks))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        self._flush()
        super().save()

    def _flush(self) -> None:
        held = self._held
        draw = {"right": self.drawRightString, "centre": self.drawCentredString, "left": self.drawString}
        starts = sorted({0} | {i for i in self._firsts if i < len(held)}) + [len(held)]
        for first, end in zip(starts, starts[1:]):
            pages = end - first
            for n, (state, marks) in enumerate(held[first:end], start=1):
                self.__dict__.update(state)
                for x, y, align, size, before, after, several_only in marks:
                    if several_only and pages == 1:
                        continue
                    self.saveState()
                    self.setFillColorRGB(0, 0, 0)
                    self.setFont(register_font(), size)
                    draw[align](x, y, f"{before}{page_of(n, pages)}{after}")
                    self.restoreState()
                Canvas.showPage(self)
        self._held, self._marks, self._firsts = [], [], set()


class CopyBegins(Flowable):
    """Flowed first on a page (after a PageBreak): that page begins another copy of the document,
    whose pages a PagedCanvas numbers among themselves (`PagedCanvas.copy_begins`)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.copy_begins()
