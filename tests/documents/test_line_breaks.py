"""Chinese papers never start a line with a closing mark (避头点: ，。、；：！？ and the closing quotes and
brackets) nor end one with an opening mark — in reportlab's Paragraphs (documents/pdf.py) and in the
forms' own wrapping (documents/billing/wrap.py)."""
from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import CLOSING_MARKS, OPENING_MARKS, esc, style

TEXT = ("原定于 2026年12月09日 14:30 在中心花园举行的“社区义诊”活动，因预报当天有大风降温，决定取消。"
        "请于本周五前（含）到前台：带上身份证！可以吗？他说好；《业主临时公约》第三条、第五条。")


def _paragraph_lines(markup: str, width: float) -> list[str]:
    p = Paragraph(markup, style(12))
    p.wrap(width, 10_000)
    return ["".join(line[1]) if isinstance(line, tuple) else "".join(getattr(w, "text", "") for w in line.words)
            for line in p.blPara.lines]


@pytest.mark.parametrize("markup", [esc(TEXT), f"<b>{esc(TEXT[:40])}</b>{esc(TEXT[40:])}"], ids=["plain", "marked-up"])
def test_a_paragraph_never_starts_a_line_with_a_closing_mark(markup):
    # "……有大风降温\n，决定取消" before: reportlab's own list of such marks is Japanese. (Two closing marks
    # in a row, "好”；", may still part: reportlab hangs one mark at a line's end, never two.)
    starts = {line[0] for width in range(100, 520) for line in _paragraph_lines(markup, width)[1:] if line}
    assert not starts & set(CLOSING_MARKS)
    assert "，" in TEXT and len(starts) > 10  # widths enough for a break before every kind of character


def test_the_forms_wrapping_keeps_marks_with_their_words():
    broken = [wrap(TEXT, width, 10) for width in range(60, 400, 3)]
    assert all(len(lines) > 1 for lines in broken[:20])
    for lines in broken:
        assert not {line[0] for line in lines[1:] if line} & set(CLOSING_MARKS)
        assert not {line[-1] for line in lines[:-1] if line} & set(OPENING_MARKS)
