"""收据 套打: the values only, at their places on a pre-printed continuous receipt form for
dot-matrix printers (针式打印机). The form is the common 241 mm × 139.7 mm (9.5 × 5.5 inch)
continuous sheet, one receipt per form (a multi-part carbon set takes its 存根/客户联 copies in the
same pass); the form carries the title, the ruled lines and the column heads, so nothing of that
is printed here.

Positions are millimetres from the form's top-left corner (the layout below, one line per field);
the offset from the settings (billing.receipt_offset_x / _y, right and down positive) moves them
all, to calibrate each printer from its test page (`test_page`): printed on a blank form, each
field's name sits where its value would go, and the distance to the form's box is the offset to set."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from deskapp.documents.billing.draw import fit, yuan
from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import FONT
from deskapp.domain.money import ZERO, capitals

WIDTH, HEIGHT = 241 * mm, 139.7 * mm
SIZE = 10  # dot-matrix text; never below 8 pt

# (x, y) in mm from the top-left corner; text starts at x, or ends at x for the right-aligned.
NUMBER = (178, 16)
ISSUED = (178, 23)
PAYER = (32, 31)
UNIT = (132, 31)
FIRST_LINE, LINE_PITCH, ROWS = 45.0, 7.0, 8  # the form's item rows
# item, place, period, price, quantity (left edges); amount and 优惠 (right edges)
COLUMNS = (12, 38, 82, 122, 148)
AMOUNT_RIGHT, WAIVED_RIGHT = 206, 230
TOTAL = (206, 106)  # right edge of 合计
WORDS = (40, 106)
METHOD = (32, 115)
GROUP, GROUP_ROOM = (12, 120.5), 160  # 合并缴费: below the method, left of the cashier, in the form's blank band
CASHIER = (178, 126)
VOID = (12, 133)
_WIDTHS = (25, 43, 39, 25, 32)  # the room of each left-aligned column, mm


def _row_texts(line) -> list[str]:
    return [line.item, line.place, line.period, line.price, line.quantity]


def page(c: Canvas, r, offset_mm: tuple[int, int]) -> None:
    """One receipt (a ReceiptDoc) on one form."""
    dx, dy = offset_mm

    def at(x: float, y: float) -> tuple[float, float]:
        return (x + dx) * mm, HEIGHT - (y + dy) * mm

    def put(xy: tuple[float, float], text: str, *, right: bool = False, room: float | None = None) -> None:
        c.setFont(FONT, fit(text, room * mm, SIZE, minimum=8) if room else SIZE)
        x, y = at(*xy)
        (c.drawRightString if right else c.drawString)(x, y, text)

    def cell(x: float, y: float, room: float, text: str) -> None:
        """A table cell: one line, or two 8 pt lines within the row (a plate never split)."""
        lines = wrap(text, room * mm, 8)
        if len(lines) == 1:  # fits at 8 pt: one line, as large as the room allows up to 10 pt
            put((x, y), text, room=room)
            return
        c.setFont(FONT, 8)
        for k, part in enumerate(lines[:2]):
            px, py = at(x, y - 1.5 + 3 * k)
            c.drawString(px, py, part)

    put(NUMBER, r.number)
    put(ISSUED, r.issued)
    put(PAYER, r.payer, room=90)
    put(UNIT, r.unit_code)
    lines = [ln for ln in r.lines if ln.amount != 0 or ln.waived]  # one taken off whole still shows its 优惠
    if len(lines) > ROWS:  # the form has ROWS lines: the rest are summed on the last one
        rest = lines[ROWS - 1:]
        lines = lines[:ROWS - 1]
        summed = [("其余各项", f"共 {len(rest)} 项", "", "", ""), sum((x.amount for x in rest), ZERO),
                  sum((x.waived for x in rest), ZERO)]
    else:
        summed = None
    rows: list[tuple[Sequence[str], Decimal, Decimal]] = [(_row_texts(ln), ln.amount, ln.waived) for ln in lines]
    if summed:
        rows.append((summed[0], summed[1], summed[2]))
    for i, (texts, amount, waived) in enumerate(rows):
        y = FIRST_LINE + i * LINE_PITCH
        for x, w, text in zip(COLUMNS, _WIDTHS, texts):
            cell(x, y, w, text)
        put((AMOUNT_RIGHT, y), yuan(amount), right=True)
        if waived:
            put((WAIVED_RIGHT, y), yuan(waived), right=True)
    put(TOTAL, f"¥ {yuan(r.total)}", right=True)
    put(WORDS, capitals(r.total), room=120)
    pay = r.method
    if r.pay_ref:  # after the method it pays by: the line the cashier reads it back from
        pay += f"　流水号 {r.pay_ref}"
    if r.prepaid_used:
        pay += f"　预存款抵扣 {yuan(r.prepaid_used)}"
    if r.tendered is not None:
        pay += f"　实收 {yuan(r.tendered)}　找零 {yuan(r.change)}"
    put(METHOD, pay, room=140)
    if r.group:  # one payment for several units: each unit's form says so (at most two 8 pt lines)
        c.setFont(FONT, 8)
        for k, part in enumerate(wrap(r.group, GROUP_ROOM * mm, 8)[:2]):
            c.drawString(*at(GROUP[0], GROUP[1] + 3 * k), part)
    put(CASHIER, r.cashier)
    bottom = "　".join(t for t in (r.reprinted, r.part_paid, r.voided) if t)  # the form's last blank band
    lines = wrap(bottom, 215 * mm, 8) if bottom else []
    if len(lines) == 1:
        put(VOID, bottom, room=215)
    elif lines:  # two 8 pt lines, the upper one clear of the cashier's name
        c.setFont(FONT, 8)
        for k, part in enumerate(lines[:2]):
            c.drawString(*at(VOID[0], VOID[1] - 3 + 3 * k), part)


# Where each field's value starts (or ends, for the right-aligned), named as on the form.
_FIELDS = (("收据号", NUMBER, False), ("日期", ISSUED, False), ("缴款人", PAYER, False), ("房号", UNIT, False),
           ("项目", (COLUMNS[0], FIRST_LINE), False), ("房屋/车位/车牌", (COLUMNS[1], FIRST_LINE), False),
           ("所属期间", (COLUMNS[2], FIRST_LINE), False), ("单价", (COLUMNS[3], FIRST_LINE), False),
           ("数量", (COLUMNS[4], FIRST_LINE), False), ("金额", (AMOUNT_RIGHT, FIRST_LINE), True),
           ("优惠", (WAIVED_RIGHT, FIRST_LINE), True), ("合计", TOTAL, True), ("大写", WORDS, False),
           ("支付方式", METHOD, False), ("合并缴费号", GROUP, False), ("收款人", CASHIER, False))


def test_page(c: Canvas, offset_mm: tuple[int, int]) -> None:
    """The calibration page: each field's name with a cross at its anchor, moved by the offset
    as the values are, and the offset in use printed at the form's unshifted top-left."""
    dx, dy = offset_mm
    c.setFont(FONT, SIZE)
    c.drawString(12 * mm, HEIGHT - 8 * mm, f"套打校准页　当前偏移：水平 {dx} 毫米，垂直 {dy} 毫米")
    for name, (x, y), right in _FIELDS:
        px, py = (x + dx) * mm, HEIGHT - (y + dy) * mm
        c.line(px - 1.5 * mm, py, px + 1.5 * mm, py)
        c.line(px, py - 1.5 * mm, px, py + 1.5 * mm)
        (c.drawRightString if right else c.drawString)(px + (-2 if right else 2) * mm, py + 1 * mm, name)
