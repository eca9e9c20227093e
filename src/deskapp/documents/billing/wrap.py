"""Text wrapped to a width for printed forms, never breaking inside a number: "343.93㎡",
"4.1 元/m³", "2026年11月27日", "12-28 09:44" (a date and its time) and "浙A12345" stay on one line
(a clerk must not read "343" / "4.93㎡")."""
from __future__ import annotations

import re

from reportlab.pdfbase.pdfmetrics import stringWidth

from deskapp.documents.pdf import CLOSING_MARKS, FONT, OPENING_MARKS

# A number or code with its unit (and a province character before a plate) is one unbreakable
# token; any other character may end a line.
_TOKEN = re.compile(
    r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|"  # a date in words: 2026年11月27日
    r"(?:\d{4}-)?\d{1,2}-\d{1,2} \d{1,2}:\d{2}(?::\d{2})?|"  # a date with its time: 12-28 09:44
    r"[\u4e00-\u9fff]?[0-9A-Za-z.,:/·\-–+¥()%≤≥]*[0-9][0-9A-Za-z.,:/·\-–+¥()%≤≥]*"
    r"(?: ?(?:㎡|m³|kWh|元(?:/[㎡m³kWh·月]+)?|个月|月|天|户|%))?"
    r"|\s+|.")


_CLOSING = set(CLOSING_MARKS)  # never starts a line
_OPENING = set(OPENING_MARKS)  # never ends one


def tokens(text: str) -> list[str]:
    out: list[str] = []
    glue_next = False
    for tok in _TOKEN.findall(text):
        if out and (glue_next or tok in _CLOSING) and not tok.isspace():
            out[-1] += tok
        else:
            out.append(tok)
        glue_next = tok in _OPENING
    return out


def wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of `text` no wider than `width` at `size`, broken between tokens only. A single
    token wider than `width` gets a line of its own (the caller sizes columns so it fits)."""
    lines: list[str] = []
    for para in text.split("\n"):
        line, broken = "", False
        for tok in tokens(para):
            if broken and not line and tok.isspace():
                continue  # a space where the line broke; a paragraph's own indent stays
            if line.strip() and stringWidth(line + tok, FONT, size) > width:
                lines.append(line.rstrip())
                line, broken = ("" if tok.isspace() else tok), True
            else:
                line += tok
        lines.append(line.rstrip())
    return lines
