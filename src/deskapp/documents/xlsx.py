"""Excel registers as the supervisor reads them: Chinese title row, header row frozen with
filters, A4 landscape print set-up repeating the header; values that Excel would take for a
formula are written as text."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.output_file import replacing

if TYPE_CHECKING:
    from openpyxl import Workbook

# openpyxl is imported where a sheet is written: the services that export import this
# module at start-up, and openpyxl alone would add more than half a second to it.

FORMULA_STARTS = ("=", "+", "-", "@")
HEADER_ROW = 2  # row 1 is the title (and the unmasked warning, when there is one)
FOOTER = "第 &P 页 共 &N 页"
FONT_PT = 11  # Excel's default body font; column widths are counted in its characters
# An A4 landscape page less 0.5-inch side margins holds about 135 characters of 11-pt text at
# 100 %; fit-to-width shrinks a wider sheet, so 185 characters is the most that still prints
# at 8 pt. Wider registers get their long text columns narrowed and wrapped (fit_widths).
PAGE_CHARS = 135
MIN_PRINT_PT = 8
MAX_CHARS = PAGE_CHARS * FONT_PT / MIN_PRINT_PT - 5  # 5 characters of margin for rounding
KEPT = 16  # columns this narrow hold dates, times, numbers and codes: never narrowed (a date does not wrap)
MIN_WRAPPED = 10  # a wrapped column narrower than this shows a word or two per line
WRAP_FROM = 24  # a column this wide holds free text: it wraps within its width instead of spilling over
LINE_PT = 15  # the height of one line of 11-pt text in a row
PADDING = 1.5  # column-width characters a cell keeps clear of text
# A number or date stands at the right edge of its cell, and the next column's text starts at its
# left edge: printed, 1,880.19 and 2026Q3 would read as one. Every number format keeps a digit's
# width clear on the right ("_0": a space as wide as a 0, in Excel and LibreOffice alike).
GAP = "_0"
DEFAULT = "General" + GAP  # a column without a format of its own
DATE, DATETIME = "yyyy-mm-dd" + GAP, "yyyy-mm-dd hh:mm" + GAP


HALF = " .,:;'|"
WIDE = re.compile("[\u2e80-\U0010ffff]")


def text_width(text: str) -> float:
    """In column-width characters (the width of a 0): a Chinese (full-width) character takes
    two, a space or a point half of one. Counted by C loops, not character by character: a
    20,000-unit monthly pack measures 1.4 million texts."""
    half = sum(map(text.count, HALF))
    wide = 0 if text.isascii() else len(WIDE.findall(text))
    return len(text) + wide - half / 2 if half else len(text) + wide


# A wrapped text is measured token by token, mostly single Chinese characters: remembered.
_token_width = functools.lru_cache(maxsize=8192)(text_width)


# Where a wrapped line may break: a Latin word or number stays whole, any other character alone,
# and punctuation that may not begin a line stays with what is before it.
BREAKS = re.compile(r"(?:[\x21-\x7e\u00b2\u00b3]+|.)[、，。；：！？）》”]*", re.S)


def lines_needed(text: str, width: float) -> int:
    """The lines a wrapped cell of this width takes, breaking as a spreadsheet does (never
    inside a number). LibreOffice (and Excel on some machines) keeps a row at one line unless
    the file gives its height: the wrapped rest would print over the next row, or be cut."""
    room = max(width - PADDING, 1)
    lines = 0
    for part in text.split("\n"):
        lines += 1
        used = 0.0
        for token in BREAKS.findall(part):
            w = _token_width(token)
            if used and used + w > room and not token.isspace():
                lines += 1
                used = 0.0
            used += w
        lines += int(used // room) if used > room else 0  # a token wider than the cell
    return lines


@dataclass(frozen=True)
class Col:
    header: str
    width: float = 12
    number_format: str | None = None  # e.g. "0.00" for money and areas, "yyyy-mm-dd hh:mm:ss" for times


def spaced(number_format: str) -> str:
    """The format with a digit's width kept clear after the value (GAP), in each of its sections
    but the text one (@)."""
    return ";".join(part if not part or "@" in part or part.endswith(GAP) else part + GAP
                    for part in number_format.split(";"))


def heading(centre: str, title: str, period: str, today: date, exporter: str, notice: str = "") -> str:
    """The title row every register carries: whose, what, which period, exported when and by whom."""
    parts = [f"{centre} {title}".strip(), period, f"导出日期 {today:%Y-%m-%d}", f"导出人 {exporter}", notice]
    return "\u3000".join(p for p in parts if p)


def as_of(day: date, what: str = "") -> str:
    """The period of a register of what stands on a day rather than what happened in a month:
    截至 2026-11-30, or 截至 2026-11-30 在押."""
    return f"截至 {day:%Y-%m-%d} {what}".strip()


def header_room(header: str) -> float:
    """The width a header naming two things ("有偿/免费", "来电/来访人") needs to print whole on one
    line: narrower, a spreadsheet breaks it inside a word ("有偿/免" / "费"). 0 for any other header,
    which wraps between its characters as Chinese does. The header's text stays as it is (a newline
    in it would change the column's name for whoever filters or reads the sheet)."""
    return text_width(header) + PADDING if "/" in header else 0


def format_room(number_format: str | None) -> float:
    """The width a date or time format needs to print whole: its pattern is as long as what it
    shows (yyyy-mm-dd hh:mm:ss, 19 characters), and one more for the digit kept clear after it
    (GAP). Narrower, a spreadsheet prints ### instead of the time. 0 for any other format."""
    shown = (number_format or "").split(";")[0].removesuffix(GAP)
    return len(shown) + 1 if "yy" in shown else 0


def fit_widths(widths: Sequence[float], budget: float = MAX_CHARS, floors: Sequence[float] = ()) -> list[float]:
    """Narrow the text columns wider than KEPT to one cap until the sheet fits the budget; the
    capped columns wrap. A sheet already within the budget keeps its widths. A column is never
    narrowed below its floor (a date or time, which does not wrap: `format_room`)."""
    floors = list(floors) + [0.0] * (len(widths) - len(floors))
    widths = [max(w, f) for w, f in zip(widths, floors)]
    if sum(widths) <= budget:
        return widths

    def capped(cap: float) -> list[float]:
        return [w if w <= max(KEPT, f) else max(min(w, cap), MIN_WRAPPED, f) for w, f in zip(widths, floors)]

    low, high = float(MIN_WRAPPED), max(widths)  # the widest cap whose total fits the budget
    for _ in range(30):
        cap = (low + high) / 2
        low, high = (cap, high) if sum(capped(cap)) <= budget else (low, cap)
    return capped(int(low * 2) / 2)  # half characters, rounded down to stay within the budget


def print_scale(widths: Sequence[float]) -> float:
    """The scale fit-to-width prints at, in per cent (Excel never enlarges past 100 %)."""
    return min(100.0, 100.0 * PAGE_CHARS / max(sum(widths), 1))


def safe(value):
    """Decimal stays exact (as a number), dates stay dates, text never becomes a formula."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, (int, float, date, datetime)) or value is None:
        return value
    return str(value)


def page_setup(ws, orientation: str = "landscape") -> None:
    """A4, fitted to one page wide, with the page footer; for any sheet that is printed."""
    from openpyxl.worksheet.worksheet import Worksheet

    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # write-only sheets lack the constant
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
    ws.page_margins.footer = 0.3
    ws.oddFooter.center.text = FOOTER
    # the footer shrinks with the sheet: at the body's size it prints no smaller than the body
    ws.oddFooter.center.size = FONT_PT


def write_sheet(wb: Workbook, title: str, heading: str, columns: Sequence[Col], rows: Iterable[Sequence],
                *, progress: Callable[[int], None] | None = None) -> int:
    """Add one register sheet to a write-only workbook; returns the number of data rows."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    from deskapp.documents import xlsx_rows

    ws = wb.create_sheet(title[:31]) if isinstance(wb, PackPart) else xlsx_rows.new_sheet(wb, title[:31])
    ws.freeze_panes = f"A{HEADER_ROW + 1}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    page_setup(ws)
    widths = fit_widths([col.width for col in columns],
                        floors=[max(format_room(col.number_format), header_room(col.header)) for col in columns])
    wrapped = {i for i, (col, w) in enumerate(zip(columns, widths)) if w < col.width or w >= WRAP_FROM}
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")  # a row of several lines reads from its top line
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    title_cell = WriteOnlyCell(ws, heading)
    title_cell.font = Font(bold=True, size=14)
    ws.append([title_cell])
    header = []
    # the header wraps in its cell too (14 pt rows otherwise print it over the title)
    ws.row_dimensions[HEADER_ROW].height = LINE_PT * max(lines_needed(col.header, w) for col, w in zip(columns, widths))
    for col in columns:
        c = WriteOnlyCell(ws, col.header)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        header.append(c)
    ws.append(header)
    styles = xlsx_rows.StyleIds(ws, {"wrap": wrap, "top": top})
    n = 0
    formats = [spaced(col.number_format or "General") for col in columns]
    rooms = [w - PADDING for w in widths]
    for row in rows:
        cells, lines = _row_cells(formats, widths, rooms, wrapped, row, styles)
        if lines > 1:
            ws.row_dimensions[HEADER_ROW + 1 + n].height = LINE_PT * lines
            # a row of several lines reads from its top line
            cells = [(v, styles.top(style), as_text) for v, style, as_text in cells]
        ws.append(xlsx_rows.Prepared(cells))
        n += 1
        if progress and n % 500 == 0:
            progress(n)
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(n, 1)}"
    return n


def _row_cells(formats: Sequence[str | None], widths: Sequence[float], rooms: Sequence[float], wrapped: set[int],
               row: Sequence, styles) -> tuple[list[tuple], int]:
    """Each value of a register row made safe, with the style id of its number format and
    wrapping and whether it is text that Excel must not take for a formula; and the lines the
    row needs. One pass per cell: a 20,000-unit monthly pack has two million of them."""
    cells, lines = [], 1
    for i, (fmt, value) in enumerate(zip(formats, row)):
        v = value if type(value) is str else safe(value)
        if isinstance(v, str):
            # text wider than its column wraps too: the next column's text would cut it off
            if i in wrapped or (2 * len(v) > rooms[i] and text_width(v) > rooms[i]):  # cheap test first
                lines = max(lines, lines_needed(v, widths[i]))
                cells.append((v, styles.id(None, "wrap"), True))
            else:
                cells.append((v, None, v.startswith(FORMULA_STARTS)))
        elif v is None:
            cells.append((None, None, False))
        elif isinstance(v, (int, float, Decimal)):
            cells.append((v, styles.id(fmt, None), False))
        elif isinstance(v, datetime):
            cells.append((v, styles.id(fmt if fmt != DEFAULT else DATETIME, None), False))
        else:  # a date
            cells.append((v, styles.id(DATE, None), False))
    return cells, lines


def write_split(wb: Workbook, title: str, heading: str, columns: Sequence[Col], rows: Iterable[Sequence],
                key: Sequence[int], rest: Sequence[int], *, progress: Callable[[int], None] | None = None) -> int:
    """A register too wide for one printed page: the columns in `rest` go to a second sheet
    "（续）" that repeats the `key` columns, so the first sheet keeps the essential ones."""
    rows = [list(r) for r in rows]
    first = [i for i in range(len(columns)) if i not in rest]
    second = [*key, *rest]
    n = write_sheet(wb, title, heading, [columns[i] for i in first], ([r[i] for i in first] for r in rows),
                    progress=progress)
    write_sheet(wb, f"{title[:28]}（续）", f"{heading}　（续）", [columns[i] for i in second],
                ([r[i] for i in second] for r in rows))
    return n


def new_workbook() -> Workbook:
    """A write-only workbook; inside `into_pack`, the pack's workbook (see there)."""
    from openpyxl import Workbook

    pack = _PACKING.get()
    if pack is not None:
        return pack
    return Workbook(write_only=True)


def save(wb: Workbook, path: Path) -> None:
    """Write next to the target and rename, so a cancelled or failed export leaves no half file.
    A register written into a pack is saved with the pack."""
    if isinstance(wb, PackPart):
        return
    with replacing(path) as tmp:
        wb.save(tmp)


@dataclass
class PackPart:
    """The sheets one register adds to a pack, named `prefix` + the register's own sheet name."""
    book: Workbook
    prefix: str
    sheets: list = field(default_factory=list)

    def create_sheet(self, title: str):
        from deskapp.documents import xlsx_rows

        ws = xlsx_rows.new_sheet(self.book, f"{self.prefix}{title}"[:31])
        counted = _count_appends(ws)
        self.sheets.append(counted)
        return ws

    def written(self) -> list[tuple[str, int]]:
        """(sheet, data rows under the header) of each sheet this register added."""
        return [(ws.title, max(n() - HEADER_ROW, 0)) for ws, n in self.sheets]

    def drop(self) -> None:
        """A register that refused part-way (nothing for the month) leaves no sheet in the pack."""
        for ws, _ in self.sheets:
            self.book.remove(ws)
        self.sheets.clear()


def _count_appends(ws):
    """A write-only sheet does not know its rows: the pack's index counts them as appended."""
    appended = [0]
    append = ws.append

    def counting(row):
        appended[0] += 1
        append(row)

    ws.append = counting
    return ws, lambda: appended[0]


_PACKING: ContextVar[PackPart | None] = ContextVar("xlsx_packing", default=None)


def packing() -> PackPart | None:
    """The pack a register is being written into, or None for a file of its own."""
    return _PACKING.get()


@contextmanager
def into_pack(book: Workbook, prefix: str) -> Iterator[PackPart]:
    """While open, a register's export writes its sheets into `book` (the monthly pack's
    write-only workbook) instead of a file of its own: its own writer, heading, columns and
    masking, so the pack's sheet is the separate export's sheet, without writing, re-reading
    and copying a workbook per register (which took most of a 20,000-unit pack's time)."""
    part = PackPart(book, prefix)
    token = _PACKING.set(part)
    try:
        yield part
    finally:
        _PACKING.reset(token)
