"""A 收费 form drawn down the page that goes on to the next page when it runs out of room: its
ruled tables break between rows and repeat their header row, its text lines never run below the
foot, and a block that must stay whole (the signatures) moves to a new page when it does not fit.
A day with 80 deposits or a letter with 40 owed items used to be drawn off the page or cut short."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from deskapp.documents.billing.draw import aligned, table
from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import FONT


class Flow:
    """The cursor of one form. `heading(page)` draws the form's heading on a fresh page (page 1
    first, a continuation heading on the later ones) and returns the y below it; nothing is drawn
    below `bottom`. `foot(page)`, if given, marks a page that goes on to the next one."""

    def __init__(self, c: Canvas, bottom: float, heading: Callable[[int], float],
                 foot: Callable[[int], None] | None = None):
        self.c, self.bottom, self.heading, self.foot = c, bottom, heading, foot
        self.page = 1
        self.y = heading(1)

    def next_page(self) -> None:
        if self.foot is not None:
            self.foot(self.page)
        self.c.showPage()
        self.page += 1
        self.y = self.heading(self.page)

    def need(self, height: float) -> None:
        """Go on to the next page unless `height` fits above the foot."""
        if self.y - height < self.bottom:
            self.next_page()

    def down(self, height: float) -> None:
        self.y -= height

    def line(self, x: float, text: str, size: float, step: float) -> None:
        """One line of text, `step` below the last; on the next page if it does not fit."""
        self.need(step)
        self.y -= step
        self.c.setFont(FONT, size)
        self.c.drawString(x, self.y, text)

    def table(self, x: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *, row_h: float,
              size: float, aligns: Sequence[str]) -> None:
        """`rows` (the header first) as many pages as it takes, the header on top of each part; the
        header never stands alone at a page's foot."""
        header, body = rows[0], list(rows[1:])
        self.need(2 * row_h)
        while True:
            room = max(1, int((self.y - self.bottom) / row_h) - 1)
            part, body = body[:room], body[room:]
            self.y = table(self.c, x, self.y, widths, [header, *part], row_h=row_h, size=size, aligns=aligns)
            if not body:
                return
            self.next_page()

    def wrapped_table(self, x: float, widths: Sequence[float], rows: Sequence[Sequence[str]], *, size: float,
                      aligns: Sequence[str], red: Sequence[bool] = ()) -> None:
        """As `table`, but a cell's text wraps (never inside a number or a date) and its row grows
        to hold it, at `size` whatever its length; rows marked in `red` print in red (作废). The
        header is repeated on each page; the last row (a total) goes over with the row before it."""
        step = size * 1.3
        pad = 1.2 * mm

        def cells(row: Sequence[str]) -> list[list[str]]:
            return [wrap(str(t), w - 2 * mm, size) if t else [] for t, w in zip(row, widths)]

        def draw(row: Sequence[str], header: bool, colour: bool) -> None:
            lines = cells(row)
            h = max(1, *(len(c) for c in lines)) * step + 2 * pad
            c = self.c
            c.saveState()
            c.setLineWidth(0.6)
            c.setFont(FONT, size)
            if colour:
                c.setFillColorRGB(0.8, 0.1, 0.1)
            cx = x
            for j, (texts, w) in enumerate(zip(lines, widths)):
                c.rect(cx, self.y - h, w, h)
                align = "center" if header else aligns[j]
                for k, text in enumerate(texts):
                    aligned(c, text, cx, self.y - pad - (k + 1) * step + size * 0.3, w, align)
                cx += w
            c.restoreState()
            self.y -= h

        def height(row: Sequence[str]) -> float:
            return max(1, *(len(c) for c in cells(row))) * step + 2 * pad

        header = rows[0]
        body = list(rows[1:])
        marks = list(red) + [False] * (len(body) - len(red))
        self.need(height(header) + (height(body[0]) if body else 0))
        draw(header, True, False)
        for i, (row, mark) in enumerate(zip(body, marks)):
            # the last row (a total) never stands alone at the top of a page: the one before goes with it
            need = height(row) + (height(body[-1]) if i == len(body) - 2 else 0)
            if self.y - need < self.bottom:
                self.next_page()
                draw(header, True, False)
            draw(row, False, mark)
