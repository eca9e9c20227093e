"""What the printer gets, read with pdfplumber: the paper of each page, the smallest text on it
(a character's size is its font size scaled by the text and page matrices, so a register that
LibreOffice shrank to fit the width measures as printed) and money amounts broken over lines."""
from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pdfplumber

MM = 72 / 25.4
PAPERS = {"A4": (210, 297), "A5": (148, 210)}
MIN_PT = {"A4": 8.0, "A5": 7.0}  # issue 13 §7: readable at arm's length
MONEY = re.compile(r"-?(0|[1-9][\d,]*)\.\d{2}")  # as amounts print: no leading zero
HEAD = re.compile(r"[\d.,]+$")  # the digits a line ends with
BARE_PAGE = re.compile(r"第 ?\d+ ?页(?! ?共)")  # a page number without the total: 第 2 页, not 第 2 页 共 3 页
SPARE_LINES = 3  # a later sheet with no more lines than this holds a document's leftover line or two
TAIL = re.compile(r"^[\d.,]+")  # the digits the next line starts with


@dataclass(frozen=True)
class PageMeasure:
    number: int  # 1-based
    paper: str  # "A4", "A5", or "W×H mm" for anything else
    smallest: float  # pt, 0 when the page has no text
    drawn: bool  # lines, boxes or pictures on it (a chart page has no text, a blank page nothing)
    lines: tuple[str, ...]  # the text lines, top to bottom
    splits: tuple[str, ...]  # money amounts broken over two lines, as "343 / 4.93"
    overlaps: tuple[str, ...]  # characters printed over others, as "户 over 建"


def paper_of(width: float, height: float) -> str:
    w, h = sorted((width / MM, height / MM))
    for name, (pw, ph) in PAPERS.items():
        if abs(w - pw) < 2 and abs(h - ph) < 2:
            return name
    return f"{w:.0f}×{h:.0f} mm"


def minimum_pt(paper: str) -> float:
    """A5 (and anything smaller than A4, e.g. a continuous form) may go to 7 pt; A4 and up 8 pt."""
    if paper in MIN_PT:
        return MIN_PT[paper]
    short = float(paper.split("×")[0])
    return 7.0 if short < PAPERS["A4"][0] - 2 else 8.0


def _segment_start(w: dict, words: list[dict]) -> float:
    """Where the run of text that `w` is part of starts: words on its line closer than a character."""
    size = w["bottom"] - w["top"]
    row = sorted((o for o in words if abs(o["top"] - w["top"]) < 1 and o["x1"] <= w["x0"] + 0.5 and o is not w),
                 key=lambda o: -o["x1"])
    start = w["x0"]
    for o in row:
        if start - o["x1"] > size:
            break
        start = o["x0"]
    return start


def _splits(words: list[dict]) -> list[str]:
    """A word ending in a number with, on the line just below, starting a run of text within
    the first one's run, a word beginning with digits, where the two joined make an amount
    (343 / 4.93 → 3434.93) that the first alone is not: a cell's text wrapped inside a number.
    The gap is that of wrapped lines (under 0.8 of the text size). A date, time or plate
    before the break (2025-06-14 / 500.00, 闽EFX717 / 63.17) is not a number, nor a time or date
    after it (a listing's "1." over "09:44：…" or "12-28 …")."""
    found = []
    for a in words:
        head = HEAD.search(a["text"])
        before = a["text"][:head.start()] if head else ""
        if not head or MONEY.fullmatch(head.group()) or before.endswith(("-", "/", ":")) \
                or (before and before[-1].isascii() and before[-1].isalpha()):
            continue
        size = a["bottom"] - a["top"]
        start = None
        for b in words:
            gap = b["top"] - a["bottom"]
            if not (-0.1 * size < gap < 0.8 * size and b["x0"] < a["x1"]):
                continue
            tail = TAIL.match(b["text"])
            if tail and b["text"][tail.end():tail.end() + 1] in (":", "：", "-"):
                continue  # 09:44, 12-28: a time or a date
            if tail and MONEY.fullmatch(head.group() + tail.group()) and _segment_start(b, words) == b["x0"]:
                start = _segment_start(a, words) if start is None else start
                if b["x0"] >= start - 2:
                    found.append(f"{a['text']} / {b['text']}")
    return found


def _overlaps(chars: list[dict]) -> list[str]:
    """Characters printed over other characters: a wrapped cell running into the next row, a
    header over the title, text cut by the next column. Each glyph box is compared with those
    near it; covering a third of the smaller one counts (touching neighbours do not)."""
    cells: dict[tuple[int, int], list[dict]] = {}
    for c in chars:
        cells.setdefault((int(c["x0"] // 20), int(c["top"] // 20)), []).append(c)
    found = []
    for (cx, cy), here in cells.items():
        near = [o for dx in (-1, 0, 1) for dy in (-1, 0, 1) for o in cells.get((cx + dx, cy + dy), ())]
        for a in here:
            for b in near:
                if b is a or (b["x0"], b["top"]) <= (a["x0"], a["top"]):
                    continue  # each pair once
                w = min(a["x1"], b["x1"]) - max(a["x0"], b["x0"])
                h = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
                smaller = min((a["x1"] - a["x0"]) * (a["bottom"] - a["top"]), (b["x1"] - b["x0"]) * (b["bottom"] - b["top"]))
                if w > 0 and h > 0 and smaller > 0 and w * h > smaller / 3:
                    found.append(f"{b['text']} over {a['text']}")
    return found


def measure(pdf: bytes) -> list[PageMeasure]:
    pages = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for number, page in enumerate(doc.pages, start=1):
            # a character turned on its side (a chart's axis title) is as tall as its box is wide
            chars = [c for c in page.chars if c["text"].strip()]
            sizes = [c["size"] if c["upright"] else c["width"] for c in chars]
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            # cells a point apart are apart: a right-aligned amount beside the next column's text
            lines = tuple(line["text"] for line in page.extract_text_lines(x_tolerance=1))
            drawn = bool(page.lines or page.rects or page.curves or page.images)
            pages.append(PageMeasure(number, paper_of(page.width, page.height), round(min(sizes, default=0), 2),
                                     drawn, lines, tuple(_splits(words)), tuple(_overlaps(chars))))
    return pages


def problems(name: str, pages: list[PageMeasure], paper: str | None) -> list[str]:
    """Every page that is on the wrong paper, has text below the minimum, or a split amount."""
    out = []
    if not pages:
        out.append(f"{name}: no pages")
    for p in pages:
        where = f"{name} p.{p.number} ({p.paper})"
        if paper and p.paper != paper:
            out.append(f"{where}: printed on {p.paper}, the form is {paper}")
        if p.smallest == 0:
            if not p.drawn:
                out.append(f"{where}: blank page")
        elif p.smallest < minimum_pt(p.paper) - 0.05:
            out.append(f"{where}: smallest text {p.smallest} pt < {minimum_pt(p.paper)} pt")
        out += [f"{where}: amount split across lines: {s}" for s in p.splits]
        out += [f"{where}: a value printed as ### (its column is too narrow): {line}" for line in p.lines
                if "###" in line]
        out += [f"{where}: page number without the total (第 x 页 共 y 页): {line}" for line in p.lines
                if BARE_PAGE.search(line)]
        if p.overlaps:
            out.append(f"{where}: {len(p.overlaps)} characters printed over others, e.g. {', '.join(p.overlaps[:3])}")
    return out


def spent_sheets(name: str, pages: list[PageMeasure]) -> list[str]:
    """A form's later sheet holding no more than a leftover line or two and its page number (the
    contact phone of a fee notice, the audit line under a handover's signatures): the block it
    belongs to should have moved whole, or the sheet before held it. A register's last page may
    hold one row; a form's may not."""
    return [f"{name} p.{p.number} ({p.paper}): a sheet spent on {len(p.lines)} leftover lines: {' / '.join(p.lines)}"
            for p in pages[1:] if 0 < len(p.lines) <= SPARE_LINES]


def bracketed_titles(name: str, pages: list[PageMeasure]) -> list[str]:
    """A form prints its title as the paper is called, bare: 业户档案, not 《业户档案》 (the book
    marks are for naming a form in a sentence, and one family printed them round its titles)."""
    return [f"{name} p.{p.number}: title in book marks: {line}" for p in pages for line in p.lines[:3]
            if line.startswith("《") and line.endswith("》")]


def missing_amounts(pages: list[PageMeasure], amounts: list[str]) -> list[str]:
    """The amounts (as the sheet shows them) that no printed line holds whole, as many times as
    the sheet has them: a number wrapped in its cell, cut to ### or hidden is missing."""
    text = "\n".join(line for p in pages for line in p.lines)
    wanted: dict[str, int] = {}
    for a in amounts:
        wanted[a] = wanted.get(a, 0) + 1
    return sorted(a for a, n in wanted.items()
                  if len(re.findall(rf"(?<![\d.,]){re.escape(a)}(?![\d])", text)) < n)


def crowded_amounts(pdf: bytes) -> list[str]:
    """Amounts printed against the next cell's text on their line, as "1,880.19|2026Q3": closer
    than a third of the text's size with no space between (a right-aligned number's cell keeps no
    gap of its own, and the next column's text starts at its edge). Text inside one cell is
    spaced by space characters of its own (物业费 773.14 元), which the PDF keeps."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            # a tolerance of one point keeps cells apart however close they print
            words = page.extract_words(x_tolerance=1, keep_blank_chars=False, use_text_flow=False)
            spaces = [c for c in page.chars if c["text"].isspace()]
            for a in words:
                if not MONEY.fullmatch(a["text"]):
                    continue
                size = a["bottom"] - a["top"]
                after = [b for b in words if abs(b["top"] - a["top"]) < size / 2 and b["x0"] >= a["x1"] - 0.1]
                b = min(after, key=lambda w: w["x0"], default=None)
                if b is None or b["x0"] - a["x1"] >= size / 3:
                    continue
                if not any(abs(c["top"] - a["top"]) < size / 2 and a["x1"] - 0.5 <= c["x0"] < b["x0"] for c in spaces):
                    found.append(f"{a['text']}|{b['text']}")
    return found


def check_prints(prints, ctx, actor) -> tuple[list[str], list[str]]:
    """Print each form from the centre and measure it: (problems, one summary line per form)."""
    found, summary = [], []
    for p in prints:
        pages = measure(p.build(ctx, actor))
        found += problems(p.name, pages, p.paper) + spent_sheets(p.name, pages) + bracketed_titles(p.name, pages)
        summary.append(f"{p.name}: {len(pages)} p., {'/'.join(sorted({x.paper for x in pages}))}, "
                       f"smallest {min((x.smallest for x in pages), default=0)} pt")
    return found, summary
