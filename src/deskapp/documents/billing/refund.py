"""退款单 (A5 landscape): a refund paid out — what was refunded (预存款 or which deposit), to whom, why,
how it was paid, the amount in figures and in 大写, dated the day it was paid (printed on a later day it
says 补打 with the print date), with the four signatures 申请人 / 审批人 / 经办人 / 领款人."""
from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from deskapp.documents.billing.draw import signature_boxes, yuan
from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import A5, FONT, landscape, register_font, reprint_note
from deskapp.domain.money import capitals


@dataclass(frozen=True)
class RefundDoc:
    centre: str
    number: str
    paid_on: date  # the payout's day: the paper's date
    unit_code: str
    source: str  # 预存款, or 押金
    deposit: str  # "车位押金 CW2026-0001", empty for a prepayment refund
    amount: Decimal
    reason: str
    payee: str
    method: str
    pay_ref: str
    applicant: str
    approver: str
    decision: str  # the approver's note
    cashier: str
    printed_on: date | None = None  # a print on a later day than paid_on says 补打 with this date


def refund_pdf(d: RefundDoc) -> bytes:
    register_font()
    buf = io.BytesIO()
    w, h = landscape(A5)
    c = Canvas(buf, pagesize=(w, h), pageCompression=1)
    c.setTitle(f"退款单 {d.number}")
    m = 12 * mm
    inner = w - 2 * m
    c.setFont(FONT, 11)
    c.drawCentredString(w / 2, h - m, d.centre)
    c.setFont(FONT, 16)
    c.drawCentredString(w / 2, h - m - 9 * mm, "退款单")
    c.setFont(FONT, 10)
    c.drawString(m, h - m - 17 * mm, f"编号：{d.number}")
    c.drawRightString(w - m, h - m - 17 * mm, f"付款日期：{d.paid_on:%Y-%m-%d}")
    if again := reprint_note(d.paid_on, d.printed_on):
        c.setFont(FONT, 9)
        c.drawRightString(w - m, h - m - 9 * mm, again)
        c.setFont(FONT, 10)
    what = d.source + (f"（{d.deposit}）" if d.deposit else "")
    half = inner / 2
    rows = [
        ["房号", d.unit_code or "—", "退款来源", what],
        ["领款人", d.payee, "付款方式", d.method + (f"　流水号 {d.pay_ref}" if d.pay_ref else "")],
        ["退款原因", d.reason, "审批意见", d.decision or "同意"],
        ["金额（小写）", f"¥{yuan(d.amount)}", "金额（大写）", capitals(d.amount)],
    ]
    y = _grid(c, m, h - m - 21 * mm, [half * 0.3, half * 0.7, half * 0.3, half * 0.7], rows) - 14 * mm
    signature_boxes(c, m, y, inner, ["申请人", "审批人", "经办人", "领款人"], 10)
    c.setFont(FONT, 9)
    c.drawString(m, y - 8 * mm, f"申请人 {d.applicant}　审批人 {d.approver}　经办人 {d.cashier}"
                                f"（系统记录，签字以手写为准）")
    c.showPage()
    c.save()
    return buf.getvalue()


SIZE = 10  # the form's text; a long reason or transaction number wraps in its cell, never shrinks
LEADING = 12.5
ROW_H = 9 * mm


def _grid(c: Canvas, x: float, top: float, widths: list[float], rows: list[list[str]]) -> float:
    """The ruled table, each row as tall as its longest wrapped cell; returns the bottom y."""
    c.setLineWidth(0.6)
    c.setFont(FONT, SIZE)
    total = sum(widths)
    y = top
    for row in rows:
        cells = [wrap(str(t), w - 2 * mm, SIZE) if stringWidth(str(t), FONT, SIZE) > w - 2 * mm else [str(t)]
                 for t, w in zip(row, widths)]
        row_h = max(ROW_H, max(len(lines) for lines in cells) * LEADING + 4 * mm)
        c.rect(x, y - row_h, total, row_h)
        cx = x
        for w, lines in zip(widths, cells):
            c.line(cx, y - row_h, cx, y)
            first = y - row_h / 2 + (len(lines) - 1) * LEADING / 2 - SIZE * 0.35  # the lines centred in the row
            for i, line in enumerate(lines):
                c.drawString(cx + 1 * mm, first - i * LEADING, line)
            cx += w
        y -= row_h
    return y
