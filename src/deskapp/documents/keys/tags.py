"""托管钥匙标签: tag labels for keys in custody, three across on A4."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from deskapp.documents.keys.common import build, esc
from deskapp.documents.pdf import A4, style


@dataclass(frozen=True)
class TagLabel:
    tag: str
    kind: str
    location: str


def tag_labels_pdf(labels: Sequence[TagLabel]) -> bytes:
    """Labels three across on A4 (cut along the lines). They carry the tag, the kind of key and
    the hook, never the unit: a lost key must not lead a finder to the door."""
    big, small = style(20, bold=True, align=1), style(8, align=1)
    cells = [[Paragraph(esc(lb.tag), big), Paragraph(esc(lb.kind), small), Paragraph(esc(lb.location), small)]
             for lb in labels]
    rows = []
    for i in range(0, max(len(cells), 1), 3):
        row = cells[i:i + 3]
        rows.append(row + [""] * (3 - len(row)))
    t = Table(rows, colWidths=[62 * mm] * 3, rowHeights=[30 * mm] * len(rows))
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.3, colors.grey, None, (2, 2)),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return build([Paragraph("托管钥匙标签", style(10, align=1)), Spacer(1, 3 * mm), t], A4, "托管钥匙标签")
