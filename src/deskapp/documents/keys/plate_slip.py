"""车位牌: the plate slip posted at a parking space."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from deskapp.documents.keys.common import build, esc
from deskapp.documents.pdf import A5, landscape, style


@dataclass(frozen=True)
class PlateSlipDoc:
    community: str
    plate: str
    space: str
    paid_until: date | None
    card_number: str


def plate_slip_pdf(d: PlateSlipDoc) -> bytes:
    """车位牌: posted at the space on first issue; the plate in large type, no owner's details."""
    story = [Paragraph(esc(d.community), style(16, align=1)), Spacer(1, 4 * mm),
             Paragraph("车位牌", style(22, bold=True, align=1)), Spacer(1, 8 * mm),
             Paragraph(esc(d.plate), style(54, bold=True, align=1, leading=66)), Spacer(1, 8 * mm),
             Paragraph(esc(f"车位：{d.space or '（无固定车位）'}　　车卡：{d.card_number}"), style(14, align=1)),
             Paragraph(esc("有效期至：" + (f"{d.paid_until:%Y-%m-%d}" if d.paid_until else "—")), style(14, align=1))]
    return build(story, landscape(A5), "车位牌")
