"""收据 套打 (billing.receipt_paper = "241 套打"): one 241 mm continuous form per receipt with
the values only, moved by the offset settings for the printer's alignment."""
from __future__ import annotations

import io

import pdfplumber
from billing_helpers import billed_community
from pypdf import PdfReader

from deskapp.domain.billing import PayMethod
from deskapp.services import settings
from deskapp.services.billing import payments, prints, run
from deskapp.services.billing.common import RECEIPT_OFFSET_X, RECEIPT_OFFSET_Y, RECEIPT_PAPER

MM = 72 / 25.4


def _runs(pdf: bytes) -> dict[str, tuple[float, float]]:
    """Every text run with its position (pt from the bottom-left corner)."""
    out: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, _font, _size):
        if text.strip():
            out.setdefault(text.strip(), (tm[4], tm[5]))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return out


def test_taoda_receipt_is_a_241_mm_form_with_values_at_their_places(community, admin, clerk):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    r = payments.take_payment(community, clerk, ids[0], [o.line_id for o in acc.lines], "768.01", PayMethod.CASH,
                              tendered="800")
    settings.set_value(community, admin, RECEIPT_PAPER, "241 套打")
    pdf = prints.receipt_pdf(community, clerk, r.id)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert round(float(box.width) / MM, 1) == 241.0 and round(float(box.height) / MM, 1) == 139.7
    text = reader.pages[0].extract_text()
    for value in (r.number, "柒佰陆拾捌元零壹分", "¥ 768.01", "物业费", "找零 31.99"):
        assert value in text, value
    for printed_by_the_form in ("收　据", "缴款人", "项目", "合计", "（签字）"):
        assert printed_by_the_form not in text, printed_by_the_form
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert min(ch["size"] for ch in doc.pages[0].chars) >= 8
    before = _runs(pdf)[r.number]
    settings.set_value(community, admin, RECEIPT_OFFSET_X, 3)
    settings.set_value(community, admin, RECEIPT_OFFSET_Y, -2)
    after = _runs(prints.receipt_pdf(community, clerk, r.id))[r.number]
    assert round((after[0] - before[0]) / MM, 1) == 3.0  # 3 mm to the right
    assert round((after[1] - before[1]) / MM, 1) == 2.0  # 2 mm up (y down is positive)


def test_a_long_place_wraps_in_its_row_and_lines_beyond_the_form_are_summed():
    from decimal import Decimal as D

    from deskapp.documents.billing import forms as billing_forms

    line = billing_forms.ReceiptLine
    lines = (line("车辆管理费", "车位租赁 ZL-007 车位 B-019 浙B67890", "2026.07.01–2026.09.30", "300 元/月", "3 个月",
                  D("900.00"), D("50.00")),) + tuple(
        line("车辆管理费", f"车卡 C{i:03d}", "2026.07.01–2026.09.30", "150 元/月", "3 个月", D("450.00"), D("0"))
        for i in range(10))
    r = billing_forms.ReceiptDoc("中心", "SJ2026-000009", "2026-11-27 09:30", "张三", "3-1-101", lines,
                                 D("5400.00"), "微信", D("0"), None, D("0"), "李收款")
    pdf = billing_forms.receipt_pdf([r], paper="241 套打")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "浙B67890" in text and "B-019" in text  # the plate whole, on the row's second line
    assert "C005" in text and "C006" not in text and "共 4 项" in text and "1,800.00" in text  # 7 lines + the rest
    assert "伍仟肆佰元整" in text
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        assert min(ch["size"] for ch in doc.pages[0].chars) >= 8
