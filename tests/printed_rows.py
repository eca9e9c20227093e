"""A printed PDF read back as the eye reads it (pypdf gives a table's cells one per line): per page
the text runs at one height joined left to right, so a table row reads as one line, and the height
of every run above the paper's bottom edge, to see that nothing is drawn off the page or under
the foot. Used by the 收费 forms' tests (documents and GUI)."""
from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.units import mm


def printed_pages(pdf: bytes) -> list[tuple[str, list[tuple[float, str]]]]:
    """Per page: its lines as printed, and (height above the bottom edge in mm, text) of every run."""
    out = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[float, float, str]] = []

        def visit(text, cm, tm, _font, _size, runs=runs):
            if text.strip():
                runs.append((round((tm[4] * cm[1] + tm[5] * cm[3] + cm[5]) / mm, 1),
                             (tm[4] * cm[0] + tm[5] * cm[2] + cm[4]) / mm, text.strip()))

        page.extract_text(visitor_text=visit)
        heights = sorted({y for y, _x, _t in runs}, reverse=True)
        lines = [" ".join(t for _y, _x, t in sorted(r for r in runs if r[0] == y)) for y in heights]
        out.append(("\n".join(lines), [(y, t) for y, _x, t in runs]))
    return out


def line_with(text: str, *parts: str) -> bool:
    """Whether one printed line holds every part (a table row with its number and its amount)."""
    return any(all(p in line for p in parts) for line in text.split("\n"))
