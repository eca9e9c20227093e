"""A register's data rows written straight into a write-only sheet's XML.

openpyxl's write-only path makes a cell object for every value, works out its type, coordinate and
style, and writes it through nested XML contexts: about 20 µs a cell, which was most of a
20,000-unit monthly pack (2.5 million cells). Here a prepared row — each value with the style id
it needs — becomes the XML text openpyxl writes for the same cells (inline strings, numbers as
%.16g, dates as Excel serial numbers, the same style ids), written into the sheet's stream in
batches, so the workbook reads back the same. (Building an lxml element per cell, or parsing
each row's text into one, still cost 10–14 µs a cell.) Imported where a sheet is written (openpyxl is slow to import).
"""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import xmlfile

# What must be escaped in XML text; a carriage return too, which the parse would make a line feed
SPECIAL = re.compile(r"[&<>\r]")
ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
BATCH = 1000  # rows of text held before they are written
MAX_TEXT = 32767  # Excel's longest cell text; openpyxl cuts longer text there too


class Prepared(list):
    """A data row of (value, style id or None, written as text) — values already made safe by
    documents.xlsx.safe (text, numbers, dates or None)."""


class RegisterSheet(WriteOnlyWorksheet):
    """A write-only sheet that writes Prepared rows itself and any other row as openpyxl does."""

    def _get_writer(self):
        if self._writer is None:
            self._writer = _Writer(self)
            self._writer.write_top()

    def _write_rows(self):  # openpyxl's generator, with the Prepared branch
        try:
            xf = self._writer.xf.send(True)
        except StopIteration:
            self._already_saved()
        book, waiting = self.parent, []
        letters: list[str] = []

        def flush() -> None:  # the XML writer's own output first, then the rows' text after it
            xf.flush()
            self._writer.file.write("".join(waiting).encode("utf-8"))
            waiting.clear()

        with xf.element("sheetData"):
            row_idx = 1
            try:
                while True:
                    row = (yield)
                    if isinstance(row, Prepared):
                        while len(letters) < len(row):
                            letters.append(get_column_letter(len(letters) + 1))
                        waiting.append(_row_text(book, self.row_dimensions, row_idx, row, letters))
                        if len(waiting) >= BATCH:
                            flush()
                    else:
                        flush()
                        self._writer.write_row(xf, self._values_to_row(row, row_idx), row_idx)
                    row_idx += 1
            except GeneratorExit:  # the sheet is closed: write what waits, then end the element
                pass
            flush()
        self._writer.xf.send(None)


class _Writer(WorksheetWriter):
    """openpyxl's sheet writer streaming into a file this module can write to as well (openpyxl
    names only the path): the XML writer is flushed before each batch of rows' text goes in."""

    def get_stream(self):
        with open(self.out, "wb") as self.file, xmlfile(self.file) as xf:
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        el = (yield)
                        if el is True:
                            yield xf
                        elif el is not None:
                            xf.write(el)
                except GeneratorExit:  # closed by openpyxl after the last element, as its own writer is
                    pass


def _row_text(book, dims, r: int, row: Prepared, letters: list[str]) -> str:
    """The row's XML, as openpyxl's writer would write its cells."""
    head = "".join(f' {k}="{v}"' for k, v in dims.get(r, {}))  # a row of several lines: its height
    parts = [f'<row r="{r}"{head}>']
    for i, (value, style, as_text) in enumerate(row):
        if value is None and style is None:
            continue
        at = f'<c r="{letters[i]}{r}"' if style is None else f'<c r="{letters[i]}{r}" s="{style}"'
        if isinstance(value, str):
            parts.append(_text(at, value, as_text))
        elif value is None:
            parts.append(f'{at} t="n"/>')
        elif isinstance(value, bool):
            parts.append(f'{at} t="b"><v>{safe_string(value)}</v></c>')
        elif isinstance(value, (int, float, Decimal)):
            parts.append(f'{at} t="n"><v>{safe_string(value)}</v></c>')
        elif isinstance(value, (date, datetime)):
            parts.append(_date(at, value, book))
        else:
            raise TypeError(f"{type(value).__name__} is not a register value (documents.xlsx.safe)")
    parts.append("</row>")
    return "".join(parts)


def _text(at: str, value: str, as_text: bool) -> str:
    value = value[:MAX_TEXT]
    if ILLEGAL_CHARACTERS_RE.search(value):
        raise IllegalCharacterError(f"{value} cannot be used in worksheets.")
    if SPECIAL.search(value):
        value = value.translate(ESCAPES)
    if not as_text and value in ERROR_CODES:
        return f'{at} t="e"><v>{value}</v></c>'
    # documents.xlsx sets as_text on anything Excel could take for a formula: never written as one
    if not value:
        return f'{at} t="inlineStr"/>'
    space = ' xml:space="preserve"' if value != value.strip() else ""
    return f'{at} t="inlineStr"><is><t{space}>{value}</t></is></c>'


def _date(at: str, value: date, book) -> str:
    if getattr(value, "tzinfo", None) is not None:
        raise TypeError("Excel does not support timezones in datetimes. "
                        "The tzinfo in the datetime/time object must be set to None.")
    if book.iso_dates:
        return f'{at} t="d"><v>{value.isoformat()}</v></c>'
    return f'{at} t="n"><v>{safe_string(to_excel(value, book.epoch))}</v></c>'


class StyleIds:
    """The workbook's style id of each (number format, alignment) a sheet's cells use, made once:
    the first cell of a kind is styled as openpyxl styles it and its id kept."""

    def __init__(self, ws, alignments: dict):
        self.ws, self.alignments = ws, alignments
        self.made: dict[tuple, str | None] = {}
        self.formats: dict[str | None, str | None] = {None: None}  # style id → its number format
        self.tops: dict[str | None, str | None] = {}

    def id(self, number_format: str | None, alignment: str | None) -> str | None:
        key = (number_format, alignment)
        if key in self.made:
            return self.made[key]
        c = WriteOnlyCell(self.ws)
        if number_format:
            c.number_format = number_format
        if alignment:
            c.alignment = self.alignments[alignment]
        self.made[key] = f"{c.style_id}" if c.has_style else None
        if alignment is None:
            self.formats[self.made[key]] = number_format
        return self.made[key]

    def top(self, style: str | None) -> str | None:
        """The style a cell of a row of several lines takes: its number format, aligned to the
        top; a wrapped cell stays wrapped (it is aligned to the top already)."""
        if style not in self.tops:
            self.tops[style] = self.id(self.formats[style], "top") if style in self.formats else style
        return self.tops[style]


def new_sheet(book, title: str) -> RegisterSheet:
    """What Workbook.create_sheet does in write-only mode, with a RegisterSheet."""
    ws = RegisterSheet(parent=book, title=title)
    book._add_sheet(ws)
    return ws
