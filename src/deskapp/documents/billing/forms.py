"""收据 (A5, optional 存根/客户联), 费用入账和费用移交表, 催缴通知单, 复抄清单."""
from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from deskapp.documents.billing import receipt_241
from deskapp.documents.billing.draw import boxed_mark, columns, fit, signature_boxes, void_stamp, yuan
from deskapp.documents.billing.flow import Flow
from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import A4, A5, FONT, PagedCanvas, landscape, register_font
from deskapp.domain.money import ZERO, capitals


def _canvas(title: str, pagesize: tuple[float, float]) -> tuple[io.BytesIO, PagedCanvas]:
    """A titled canvas drawing into memory, the font registered: how every form here starts. It
    numbers a form's pages 第 x 页 共 y 页 where the form asks (`PagedCanvas.page_number`)."""
    register_font()
    buf = io.BytesIO()
    c = PagedCanvas(buf, pagesize=pagesize, pageCompression=1)
    c.setTitle(title)
    return buf, c


def _saved(buf: io.BytesIO, c: Canvas) -> bytes:
    c.save()
    return buf.getvalue()


# ----------------------------------------------------------------- 收据

@dataclass(frozen=True)
class ReceiptLine:
    item: str  # 项目
    place: str  # 房屋/车位/车牌
    period: str  # 所属期间
    price: str  # 单价 with its unit, "" when the line has none (预存款, adjustments)
    quantity: str  # 数量: area × months, usage or months
    amount: Decimal  # 金额 paid on this receipt
    waived: Decimal  # 优惠/减免


@dataclass(frozen=True)
class ReceiptDoc:
    centre: str
    number: str
    issued: str  # 2026-11-27 09:30
    payer: str
    unit_code: str
    lines: tuple[ReceiptLine, ...]
    total: Decimal
    method: str
    prepaid_used: Decimal
    tendered: Decimal | None
    change: Decimal
    cashier: str
    voided: str = ""  # "作废：原因（某某 2026-11-27 10:00）" when voided
    pay_ref: str = ""  # 交易流水号 of a 微信/支付宝/银行卡/转账 payment
    group: str = ""  # "合并缴费号 HB2026-000001：SJ…、SJ…，共 ¥ 300.00" for one payment for several units
    reprinted: str = ""  # "补打 2026-12-06 19:40": printed again after the payment's own print (重印)
    part_paid: str = ""  # "部分缴纳，缴后物业费（…）尚欠 65.58 元": a line paid in part, and its rest


# The settings' choices (billing.receipt_paper): the parts printed, and whether two parts share
# one A4 sheet (top and bottom half, cut along the dashed line) or each takes an A5 page.
PAPERS: dict[str, tuple[tuple[str, ...], bool]] = {
    "A4 两联": (("第一联 存根", "第二联 客户联"), True),
    "A5 两联": (("第一联 存根", "第二联 客户联"), False),
    "A5 三联": (("第一联 存根", "第二联 客户联", "第三联 记账联"), False),
}
TAODA = "241 套打"  # values only, on pre-printed continuous forms (receipt_241)

_HEAD = ("项目", "房屋/车位/车牌", "所属期间", "单价", "数量", "金额（元）", "优惠（元）")
_WIDTHS = (20, 44, 38, 24, 28, 22, 18)  # mm, 194 in all: A5 landscape less 8 mm margins
_RIGHT = {3, 4, 5, 6}
_SIZE = 8.5  # table text; never below 7 pt on A5
_LINE = 3.6 * mm
STAMP_W, STAMP_H = 38 * mm, 13 * mm


def _cells(row: Sequence[str], size: float) -> list[list[str]]:
    return [wrap(t, w * mm - 2 * mm, size) for t, w in zip(row, _WIDTHS)]


def _row(c: Canvas, x: float, top: float, row: Sequence[str], size: float) -> float:
    """One ruled row whose cells wrap between tokens (a number never splits); returns its bottom."""
    cells = _cells(row, size)
    h = max(len(lines) for lines in cells) * _LINE + 1.6 * mm
    c.setFont(FONT, size)
    cx = x
    for j, (lines, w) in enumerate(zip(cells, _WIDTHS)):
        c.rect(cx, top - h, w * mm, h)
        for k, text in enumerate(lines):
            y = top - 0.8 * mm - (k + 1) * _LINE + 0.9 * mm
            if j in _RIGHT:
                c.drawRightString(cx + w * mm - 1 * mm, y, text)
            else:
                c.drawString(cx + 1 * mm, y, text)
        cx += w * mm
    return top - h


def _cells_of(ln: ReceiptLine) -> list[str]:
    return [ln.item, ln.place, ln.period, ln.price, ln.quantity, yuan(ln.amount), yuan(ln.waived) if ln.waived else ""]


def _row_height(row: Sequence[str], size: float) -> float:
    return max(len(lines) for lines in _cells(row, size)) * _LINE + 1.6 * mm


def stamp_box(w: float, y_total: float) -> tuple[float, float, float, float]:
    """The 作废 stamp's rectangle (x, y, width, height): right of the total and payment lines,
    where no text is drawn, so the 大写 and the amounts stay readable."""
    m = 8 * mm
    return w - m - STAMP_W, y_total - 8 * mm, STAMP_W, STAMP_H


def _receipt_page(c: Canvas, r: ReceiptDoc, part: str, w: float, h: float) -> None:
    m = 8 * mm
    inner = w - 2 * m
    c.setFont(FONT, 10)
    c.drawCentredString(w / 2, h - m - 3 * mm, r.centre)
    c.setFont(FONT, 16)
    c.drawCentredString(w / 2, h - m - 11 * mm, "收　据")
    if r.reprinted:  # right of the title, clear of the number and issue time on the right
        boxed_mark(c, w / 2 + stringWidth("收　据", FONT, 16) / 2 + 5 * mm, h - m - 10.5 * mm, r.reprinted, 9)
    c.setFont(FONT, 9)
    if part:
        c.drawString(m, h - m - 11 * mm, f"（{part}）")
    c.drawRightString(w - m, h - m - 4 * mm, f"No. {r.number}")
    c.drawRightString(w - m, h - m - 10 * mm, r.issued)
    y = h - m - 18 * mm
    c.setFont(FONT, 9.5)
    c.drawString(m, y, f"缴款人：{r.payer}")
    c.drawString(m + 90 * mm, y, f"房号：{r.unit_code}")
    # a line paying nothing says nothing, unless its 优惠 took it off whole (预交一年优惠 at the counter)
    lines = [ln for ln in r.lines if ln.amount != 0 or ln.waived]
    # Below the table: total, payment, void note and signatures need 34 mm, and 5 mm a line of
    # what a part payment leaves owing; lines that do not fit above them are summed in one row,
    # so the page still adds up to the total.
    rest = wrap(r.part_paid, inner - STAMP_W - 2 * mm, 9) if r.part_paid else []
    room = y - 2 * mm - (m + 34 * mm + 5 * mm * len(rest)) - _row_height(_HEAD, _SIZE)
    shown: list[list[str]] = []
    for i, ln in enumerate(lines):
        row = _cells_of(ln)
        need = _row_height(row, _SIZE) + (_LINE + 1.6 * mm if i + 1 < len(lines) else 0)
        if need > room:
            left = lines[i:]
            waived = sum((x.waived for x in left), ZERO)
            shown.append(["其余各项", f"共 {len(left)} 项", "", "", "", yuan(sum((x.amount for x in left), ZERO)),
                          yuan(waived) if waived else ""])
            break
        shown.append(row)
        room -= _row_height(row, _SIZE)
    c.setLineWidth(0.6)
    y = _row(c, m, y - 2 * mm, _HEAD, _SIZE)
    for row in shown:
        y = _row(c, m, y, row, _SIZE)
    y -= 6 * mm
    c.setFont(FONT, 10)
    c.drawString(m, y, f"合计：¥ {yuan(r.total)}")
    words = f"人民币（大写）：{capitals(r.total)}"
    c.setFont(FONT, fit(words, inner - 48 * mm - STAMP_W - 2 * mm, 10, minimum=8))
    c.drawString(m + 48 * mm, y, words)
    y_total = y
    pay = f"支付方式：{r.method}"
    if r.pay_ref:
        pay += f"　交易流水号 {r.pay_ref}"
    if r.prepaid_used:
        pay += f"　预存款抵扣 {yuan(r.prepaid_used)}"
    if r.tendered is not None:
        pay += f"　实收现金 {yuan(r.tendered)}　找零 {yuan(r.change)}"
    if r.group:
        pay += f"　{r.group}"
    c.setFont(FONT, 9)
    for text in wrap(pay, inner - STAMP_W - 2 * mm, 9) + rest:
        y -= 5 * mm
        c.drawString(m, y, text)
    signature_boxes(c, m, m + 3 * mm, inner, ["部门负责人", "经办人/收款人", "财务", "客户确认"])
    c.setFont(FONT, 9)
    c.drawString(m + inner / 4 + stringWidth("经办人/收款人：", FONT, 9) + 1 * mm, m + 4 * mm, r.cashier)
    if r.voided:
        x, sy, sw, sh = stamp_box(w, y_total)
        void_stamp(c, x, sy, sw, sh)
        c.setFont(FONT, 9)
        c.setFillColorRGB(0.85, 0.1, 0.1)
        c.drawString(m, m + 11 * mm, r.voided)
        c.setFillColorRGB(0, 0, 0)


def receipt_pdf(receipts: Sequence[ReceiptDoc], *, paper: str = "A5 两联",
                offset_mm: tuple[int, int] = (0, 0)) -> bytes:
    """Each receipt in the parts `paper` names: an A5 landscape page per part, or two parts on
    one A4 portrait sheet with a dashed cut line between them; or, for 套打, one 241 mm form
    each with the values only, moved by `offset_mm` (x right, y down)."""
    if paper == TAODA:
        buf, c = _canvas("收据", (receipt_241.WIDTH, receipt_241.HEIGHT))
        for r in receipts:
            receipt_241.page(c, r, offset_mm)
            c.showPage()
        return _saved(buf, c)
    parts, on_a4 = PAPERS[paper]
    w, h = landscape(A5)
    buf, c = _canvas("收据", A4 if on_a4 else (w, h))
    for r in receipts:
        if on_a4:
            top = A4[1]
            for i, part in enumerate(parts):
                c.saveState()
                c.translate(0, top - (i + 1) * top / 2 + (top / 2 - h) / 2)
                _receipt_page(c, r, part, w, h)
                c.restoreState()
            c.saveState()
            c.setDash(3, 3)
            c.setLineWidth(0.4)
            c.line(5 * mm, top / 2, A4[0] - 5 * mm, top / 2)
            c.restoreState()
            c.showPage()
        else:
            for part in parts:
                _receipt_page(c, r, part, w, h)
                c.showPage()
    return _saved(buf, c)


def receipt_241_test_pdf(offset_mm: tuple[int, int]) -> bytes:
    """The 套打 calibration page for one printer (see receipt_241.test_page)."""
    buf, c = _canvas("套打校准页", (receipt_241.WIDTH, receipt_241.HEIGHT))
    receipt_241.test_page(c, offset_mm)
    c.showPage()
    return _saved(buf, c)


# ----------------------------------------------------------------- 费用入账和费用移交表

@dataclass(frozen=True)
class HandoverDoc:
    centre: str
    cashier: str
    day: str
    count: int
    by_method: tuple[tuple[str, Decimal], ...]
    total: Decimal
    receipts: tuple[tuple[str, str, str, Decimal, str], ...]  # number, unit, method, amount, status
    voided: tuple[tuple[str, Decimal, str], ...]  # number, amount, reason
    cash_expected: Decimal
    cash_counted: Decimal | None
    explanation: str
    receiver: str
    handed_at: str
    audit_anchor: str = ""  # "审计链：第 N 条 · abcd1234": the audit chain's head on paper (issue 14 §4)
    refunds: tuple[tuple[str, str, str, Decimal, str], ...] = ()  # 支出/退款: number, unit, method, amount, payee
    # 押金收取 (in) / 押金退还 (out) at the point of service: in?, deposit, unit, method, reference, amount
    deposits: tuple[tuple[bool, str, str, str, str, Decimal], ...] = ()
    # 补打: a past sheet printed again from the list of handovers, when and by whom ("" for the
    # sheet printed as it is handed over); the day and the handover time stay the sheet's own
    reprinted_at: str = ""
    reprinted_by: str = ""
    # handed over late: the days whose money the sheet carries, with each day's receipts' money,
    # when more than one (money taken after an earlier day's sheet was made); () for one day
    days: tuple[tuple[str, Decimal], ...] = ()
    receipt_days: tuple[str, ...] = ()  # with `days`: each receipt's day (a late void's: the void's), as `receipts`

    @property
    def reprint_mark(self) -> str:
        """"补打 2026-12-06 12:30 林小雨" at the head of every page of a reprint, "" otherwise."""
        return f"补打 {self.reprinted_at} {self.reprinted_by}".strip() if self.reprinted_at else ""


def _deposit_table(f: Flow, m: float, inner: float,
                   deposits: tuple[tuple[bool, str, str, str, str, Decimal], ...]) -> None:
    """押金收取 is money in, 押金退还 money out; the cash ones change the cash expected."""
    rows = [["押金收退", "押金", "房号", "付款方式", "交易流水号", "金额（元）"]] + [
        ["押金收取" if taken else "押金退还", paper, u, mt, ref, yuan(a if taken else -a)]
        for taken, paper, u, mt, ref, a in deposits]
    for taken, label in ((True, "押金收取合计"), (False, "押金退还合计")):
        if any(x[0] is taken for x in deposits):
            total = sum((x[5] for x in deposits if x[0] is taken), ZERO)
            rows.append([label, "", "", "", "", yuan(total if taken else -total)])
    f.table(m, [inner * 0.12, inner * 0.26, inner * 0.13, inner * 0.12, inner * 0.19, inner * 0.18], rows,
            row_h=6 * mm, size=9, aligns=["left", "left", "left", "left", "left", "right"])
    f.line(m, "应有现金 = 现金收款 − 现金退款 + 现金押金收取 − 现金押金退还", 10, 5 * mm)
    f.down(6 * mm)


def number_runs(numbers: Sequence[str]) -> str:
    """Receipt numbers as runs of consecutive numbers ("SJ2026-000261–000263、SJ2026-000265"):
    cashiers share one series, so a day's receipts have gaps that "first 至 last" would hide."""
    runs: list[list[tuple[str, int, str]]] = []
    for number in sorted(set(numbers)):
        prefix, _, seq = number.rpartition("-")
        if not seq.isdigit():
            runs.append([(number, -1, number)])
            continue
        last = runs[-1][-1] if runs else None
        if last and last[0] == prefix and last[1] + 1 == int(seq):
            runs[-1].append((prefix, int(seq), number))
        else:
            runs.append([(prefix, int(seq), number)])
    return "、".join(r[0][2] if len(r) == 1 else f"{r[0][2]}–{r[-1][2].rpartition('-')[2]}" for r in runs)


BLANK = "_" * 14  # a blank to write on by hand


def _handover_money(f: Flow, d: HandoverDoc, m: float, inner: float) -> None:
    """The money of the day: by payment method, refunds paid out, deposits taken and returned,
    and the cash the drawer should hold."""
    rows = [["支付方式", "金额（元）"]] + [[k, yuan(v)] for k, v in d.by_method] + [["合计", yuan(d.total)]]
    f.table(m, [inner * 0.5, inner * 0.5], rows, row_h=6.5 * mm, size=10, aligns=["left", "right"])
    f.line(m, f"合计人民币（大写）：{capitals(d.total)}", 10, 5 * mm)
    f.down(7 * mm)
    if d.refunds:  # money out: the cash ones come off the cash expected
        rows = [["支出/退款单号", "房号", "付款方式", "金额（元）", "领款人"]] + [
            [n, u, mt, yuan(a), p] for n, u, mt, a, p in d.refunds]
        rows.append(["支出合计", "", "", yuan(sum((r[3] for r in d.refunds), ZERO)), ""])
        f.table(m, [inner * 0.25, inner * 0.15, inner * 0.15, inner * 0.2, inner * 0.25], rows,
                row_h=6 * mm, size=9, aligns=["left", "left", "left", "right", "left"])
        f.down(5 * mm)
    if d.deposits:
        _deposit_table(f, m, inner, d.deposits)
    if d.cash_counted is None:
        # a draft, the cash not yet counted: lines to fill in by hand, never "无" (no difference) before the count
        f.line(m, f"应有现金：{yuan(d.cash_expected)}　　实点现金：{BLANK}　　差额：{BLANK}", 10, 0)
        f.line(m, f"差异说明（待清点）：{BLANK * 3}", 10, 6 * mm)
    else:
        diff = d.cash_counted - d.cash_expected
        f.line(m, f"应有现金：{yuan(d.cash_expected)}　　实点现金：{yuan(d.cash_counted)}　　差额：{yuan(diff)}", 10, 0)
        f.line(m, f"差异说明：{d.explanation or ('无' if diff == 0 else '')}", 10, 6 * mm)
    f.down(6 * mm)


def handover_pdf(d: HandoverDoc) -> bytes:
    """Every table goes on over as many pages as it takes, its header repeated under the sheet's
    heading; the signatures stay whole at the foot of the last page."""
    w, h = A4
    buf, c = _canvas("费用入账和费用移交表", A4)
    m = 15 * mm
    inner = w - 2 * m

    own = [n for n, _u, _m, _a, status in d.receipts if status != "作废（冲减）"]
    listing = wrap(f"收据号（{d.count} 张）：{number_runs(own) or '无'}", inner, 10)
    if d.days:  # the sheet's day is its own; the money of earlier days it carries is named with its sum
        listing += wrap("本表含以下日期的收款：" + "；".join(f"{day} {yuan(a)} 元" for day, a in d.days), inner, 10)

    def head(page: int) -> float:
        y = h - m
        c.setFont(FONT, 11)
        c.drawCentredString(w / 2, y, d.centre)
        c.setFont(FONT, 17)
        title = "费用入账和费用移交表" + ("（续）" if page > 1 else "")
        c.drawCentredString(w / 2, y - 10 * mm, title)
        if d.reprint_mark:  # right of the title, on every page, as on a reprinted receipt
            boxed_mark(c, w / 2 + stringWidth(title, FONT, 17) / 2 + 5 * mm, y - 9.5 * mm, d.reprint_mark, 9)
        c.setFont(FONT, 10)
        c.drawString(m, y - 19 * mm, f"收款人：{d.cashier}　　日期：{d.day}　　收据张数：{d.count}")
        c.page_number(w - m, y - 19 * mm, size=10, several_only=True)
        y -= 23 * mm
        if page == 1:  # every number of the day, not a range that would take in other cashiers' receipts
            for line in listing:
                c.drawString(m, y, line)
                y -= 5 * mm
            y -= 1 * mm
        return y

    f = Flow(c, m, head)
    _handover_money(f, d, m, inner)
    if d.voided:
        rows = [["作废收据号", "金额（元）", "作废原因"]] + [[n, yuan(a), r] for n, a, r in d.voided]
        f.table(m, [inner * 0.25, inner * 0.2, inner * 0.55], rows, row_h=6 * mm, size=9,
                aligns=["left", "right", "left"])
        f.down(5 * mm)
    if d.receipt_days:  # a sheet of several days: each receipt's day beside its number
        rows = [["收据号", "收款日期", "房号", "支付方式", "金额（元）", "状态"]] + [
            [n, day, u, mt, yuan(a), st] for (n, u, mt, a, st), day in zip(d.receipts, d.receipt_days)]
        widths = [inner * 0.22, inner * 0.14, inner * 0.16, inner * 0.13, inner * 0.17, inner * 0.18]
    else:
        rows = [["收据号", "房号", "支付方式", "金额（元）", "状态"]] + [
            [n, u, mt, yuan(a), st] for n, u, mt, a, st in d.receipts]
        widths = [inner * 0.25, inner * 0.2, inner * 0.15, inner * 0.2, inner * 0.2]
    f.table(m, widths, rows, row_h=6 * mm, size=9, aligns=["left"] * (len(widths) - 2) + ["right", "left"])
    f.need(18 * mm)  # the signature lines at 25 mm and a gap above them: on a page of their own if need be
    signature_boxes(c, m, 25 * mm, inner, ["移交人（收款员）", "接收人（财务）"], 10)
    c.setFont(FONT, 9)
    c.drawString(m, 17 * mm, f"财务接收人：{d.receiver}　　移交时间：{d.handed_at}"
                 + (f"　　补打时间：{d.reprinted_at}　补打人：{d.reprinted_by}" if d.reprinted_at else ""))
    if d.audit_anchor:
        c.setFont(FONT, 8)
        c.drawRightString(w - m, 12 * mm, d.audit_anchor)
    c.showPage()
    return _saved(buf, c)


# ----------------------------------------------------------------- 催缴通知单

@dataclass(frozen=True)
class DunningDoc:
    centre: str
    number: str
    unit_code: str
    owner: str
    moved_in: str
    lines: tuple[tuple[str, str, str, Decimal], ...]  # 账期, 收费项目, 期间, 金额
    total: Decimal
    deadline: str
    contact: str
    issued_on: str


def dunning_pdf(docs: Sequence[DunningDoc]) -> bytes:
    buf, c = _canvas("催缴通知单", A4)
    for d in docs:
        c.begin()  # each letter's pages numbered among themselves
        _dunning_letter(c, d)
        c.showPage()
    return _saved(buf, c)


def _dunning_letter(c: PagedCanvas, d: DunningDoc) -> None:
    """Every owed item listed, over as many pages as it takes; the stamp and the 签收 lines whole
    at the foot of the last page."""
    w, h = A4
    m = 20 * mm
    inner = w - 2 * m
    text = (f"　　您好！经核对，贵户（入伙日期 {d.moved_in or '—'}）截至 {d.issued_on} 尚有以下费用未缴纳，"
            f"共计人民币 {yuan(d.total)} 元。")

    def head(page: int) -> float:
        c.setFont(FONT, 11)
        c.drawCentredString(w / 2, h - m, d.centre)
        c.setFont(FONT, 20)
        c.drawCentredString(w / 2, h - m - 12 * mm, "催缴通知单" + ("（续）" if page > 1 else ""))
        c.setFont(FONT, 9)
        c.drawRightString(w - m, h - m - 18 * mm, f"编号：{d.number}")
        c.page_number(w - m, h - m - 22.5 * mm, size=9, several_only=True)
        c.setFont(FONT, 12)
        y = h - m - 30 * mm
        c.drawString(m, y, f"致 {d.unit_code} 室 业主 {d.owner}：")
        y -= 9 * mm
        c.setFont(FONT, 11)
        for line in wrap(text, inner, 11) if page == 1 else ():  # never broken inside a date or an amount
            c.drawString(m, y, line)
            y -= 7 * mm
        return y

    f = Flow(c, m, head)
    rows = [["账期", "收费项目", "期间", "金额（元）"]] + [[q, it, p, yuan(a)] for q, it, p, a in d.lines]
    rows.append(["共计", "", "", yuan(d.total)])
    f.table(m, [inner * 0.17, inner * 0.23, inner * 0.35, inner * 0.25], rows, row_h=6.5 * mm, size=9.5,
            aligns=["left", "left", "left", "right"])
    f.line(m, f"共计人民币（大写）：{capitals(d.total)}", 11, 8 * mm)
    f.down(3 * mm)
    for line in wrap(f"　　请于 {d.deadline} 前到物业服务中心前台缴纳。逾期未缴的，本中心将按物业服务合同"
                     f"的约定继续催收。如已缴纳，请忽略本通知；如有疑问，请与我们联系。\n　　联系电话：{d.contact}",
                     inner, 11):
        f.line(m, line, 11, 7 * mm)
    f.need(37 * mm)  # the stamp at 45 mm and the 签收 line at 25 mm, clear of the text above
    c.setFont(FONT, 11)
    c.drawRightString(w - m, 45 * mm, f"{d.centre}（盖章）")
    c.drawRightString(w - m, 37 * mm, d.issued_on)
    c.setFont(FONT, 9)
    c.drawString(m, 25 * mm, "签收人：________________　　签收日期：________________")


# ----------------------------------------------------------------- 复抄清单 (re-read list)

def _meter_head(c: PagedCanvas, m: float, centre: str, title: str, page: int, facts: str) -> float:
    """The heading both meter papers print on every A4 page: the centre, the title (（续） on a
    later page), the month's facts and 第 x 页 共 y 页; the y below it."""
    w, h = A4
    c.setFont(FONT, 11)
    c.drawCentredString(w / 2, h - m, centre)
    c.setFont(FONT, 17)
    c.drawCentredString(w / 2, h - m - 10 * mm, title + ("（续）" if page > 1 else ""))
    c.setFont(FONT, 10)
    y = h - m - 18 * mm
    c.drawString(m, y, facts)
    c.page_number(w - m, y, size=10)
    return y - 4 * mm


def recheck_pdf(centre: str, month: str, rows: Sequence[tuple[str, str, str, Decimal | None, Decimal,
                                                                Decimal | None, str]]) -> bytes:
    """Flagged readings for engineering: 房号/表名, 表号, 表类型, 上期, 本期, 用量, 标记, and a
    column to write the re-read value in."""
    w = A4[0]
    buf, c = _canvas("复抄清单", A4)
    m = 12 * mm
    inner = w - 2 * m

    def head(page: int) -> float:  # the heading of the 抄表记录表 it goes back to engineering with
        return _meter_head(c, m, centre, f"复抄清单（{month}）", page, f"抄表月份：{month}　　共 {len(rows)} 项")

    prev, now, used = columns(*([r[i] for r in rows] for i in (3, 4, 5)))
    f = Flow(c, m + 12 * mm, head)
    f.table(m, [inner * x for x in (0.14, 0.14, 0.07, 0.1, 0.1, 0.09, 0.22, 0.14)],
            [["房号/表名", "表号", "类型", "上期读数", "本期读数", "用量", "标记", "复抄读数"]]
            + [[a, b, k, prev[i], now[i], used[i], fl, ""] for i, (a, b, k, _p, _v, _u, fl) in enumerate(rows)],
            row_h=6.8 * mm, size=8.5, aligns=["left", "left", "left", "right", "right", "right", "left", "left"])
    c.setFont(FONT, 10)
    c.drawString(m, m + 4 * mm, "复抄人：______________　　复抄日期：______________　　录入人：______________")
    c.showPage()
    return _saved(buf, c)


# ----------------------------------------------------------------- 抄表记录表 (the month's reading sheet)

@dataclass(frozen=True)
class ReadingSheetRow:
    label: str  # 房号, or a shared meter's name
    meter_number: str
    previous: Decimal | None
    value: Decimal | None  # None: not read yet, written in on site
    usage: Decimal | None
    flags: str
    read_on: str


@dataclass(frozen=True)
class ReadingSheetDoc:
    centre: str
    kind: str  # 水表 / 电表
    month: str  # 2026年12月
    place: str  # 1幢, or 公共表
    printed_on: str  # 2026-12-06 09:30: the day the sheet was taken out
    rows: tuple[ReadingSheetRow, ...]


def reading_sheet_pdf(d: ReadingSheetDoc) -> bytes:
    """《抄表记录表》 of one building (or the shared meters) for one month: the previous reading
    of every meter, this month's where it is in, a blank to write it in where it is not; the
    reader's and the checker's signatures at the foot."""
    w = A4[0]
    buf, c = _canvas(f"抄表记录表 {d.month} {d.place}", A4)
    m = 14 * mm
    inner = w - 2 * m
    read = sum(1 for r in d.rows if r.value is not None)

    def head(page: int) -> float:
        return _meter_head(c, m, d.centre, f"抄表记录表（{d.kind}）", page,
                           f"抄表月份：{d.month}　　楼栋：{d.place}　　共 {len(d.rows)} 块表，已录入 {read} 块")

    f = Flow(c, 32 * mm, head)
    rows = [["序号", "房号/表名", "表号", "上期读数", "本期读数", "用量", "标记", "抄表日期", "备注"]]
    prev, now, used = columns(*([getattr(r, k) for r in d.rows] for k in ("previous", "value", "usage")))
    rows += [[str(i), r.label, r.meter_number, prev[i - 1], now[i - 1], used[i - 1], r.flags, r.read_on, ""]
             for i, r in enumerate(d.rows, start=1)]
    f.table(m, [inner * x for x in (0.06, 0.13, 0.13, 0.1, 0.1, 0.08, 0.16, 0.11, 0.13)], rows,
            row_h=7.5 * mm, size=9, aligns=["right", "left", "left", "right", "right", "right", "left", "left",
                                             "left"])
    c.setFont(FONT, 10)
    c.drawString(m, 22 * mm, "抄表人：______________　　复核人：______________　　录入人：______________")
    c.setFont(FONT, 9)
    c.drawString(m, 14 * mm, "本期读数空白的表请到现场抄写；读数小于上期（换表或翻转）请在备注写明旧表止数和新表起数。")
    c.drawRightString(w - m, 8 * mm, f"打印时间：{d.printed_on}")
    c.showPage()
    return _saved(buf, c)
