"""A short rulebook PDF (业主临时公约, 业户手册, 装修管理规定 …) for the demo world: the centre, the title,
the version and its effective date, then numbered clauses. Built invariant (no creation time in
the file), so the same text gives the same bytes and the same SHA-256 in the register."""
from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from deskapp.documents.pdf import A4, FONT, register_font, style
from deskapp.documents.rounds.common import esc


def rulebook_pdf(centre: str, title: str, label: str, effective_on: date, clauses: Sequence[str]) -> bytes:
    register_font()
    story = [Paragraph(esc(centre), style(11, align=1)), Paragraph(esc(title), style(18, align=1, leading=28)),
             Paragraph(esc(f"{label}　自 {effective_on:%Y年%m月%d日} 起施行"), style(10, align=1)),
             Spacer(1, 6 * mm)]
    story += [Paragraph(esc(f"第{n}条　{text}"), style(11, leading=18)) for n, text in enumerate(clauses, 1)]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=title, author=centre, creator="deskapp", invariant=1,
                            initialFontName=FONT, initialFontSize=11)
    doc.build(story)
    return buf.getvalue()
