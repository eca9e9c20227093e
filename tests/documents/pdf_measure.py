"""What a printed page shows, read from the PDF: the size of every piece of text (font size
scaled by the text and graphics matrices) and the text lines."""
from __future__ import annotations

import io
import math

from pypdf import PdfReader


def text_sizes(pdf: bytes) -> list[list[tuple[float, str]]]:
    """Per page, (effective size in pt, text) of every non-blank text run."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[float, str]] = []

        def visit(text, cm, tm, _font, size, runs=runs):
            if text.strip():
                scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
                runs.append((round(size * scale, 2), text))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def smallest(pdf: bytes) -> float:
    return min(size for page in text_sizes(pdf) for size, _ in page)
