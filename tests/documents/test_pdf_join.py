"""documents/pdf_join.py: reportlab PDFs joined by copying their objects are the same pages as
pypdf's join of them — every content stream byte for byte, the fonts each part embedded, the
first part's title — and a PDF that pypdf reads strictly."""
from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from deskapp.documents.pdf import FONT, register_font
from deskapp.documents.pdf_join import join_reportlab_pdfs


def _part(texts: list[str], title: str) -> bytes:
    register_font()
    buf = io.BytesIO()
    c = Canvas(buf, pageCompression=1)
    c.setTitle(title)
    for text in texts:
        c.setFont(FONT, 12)
        c.drawString(72, 720, text)
        c.rect(72, 600, 100, 50)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_joined_pages_are_pypdfs_join_byte_for_byte():
    parts = [_part(["收费通知单 1-1-101", "第二页 续"], "收费通知单 2026Q3"),
             _part(["收费通知单 1-1-102"], "收费通知单 2026Q3"),
             _part([f"收费通知单 2-1-{n} 物业费" for n in range(101, 131)], "收费通知单 2026Q3")]
    ours = PdfReader(io.BytesIO(join_reportlab_pdfs(parts)), strict=True)
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    theirs = PdfReader(out)
    assert len(ours.pages) == len(theirs.pages) == 33
    for a, b in zip(ours.pages, theirs.pages):
        assert a.get_contents().get_data() == b.get_contents().get_data()
        assert a.mediabox == b.mediabox
        assert a.extract_text() == b.extract_text()
        fonts = a["/Resources"]["/Font"]
        assert any("WenQuanYi" in fonts[f].get_object()["/BaseFont"] for f in fonts)
    assert [p.extract_text().strip() for p in ours.pages][:3] == ["收费通知单 1-1-101", "第二页 续", "收费通知单 1-1-102"]
    assert ours.metadata.title == "收费通知单 2026Q3"
