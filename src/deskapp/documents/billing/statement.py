"""《业户费用对账单》 (A4): a unit's account over a period — 期初尚欠, every bill line, payment and
减免 of the period with the running balance, 期末尚欠 in figures and 大写 (尚欠, not 欠费: it holds
bills not yet past their 缴费期限 too, and 欠费 on this desk is what is past it), the 预存款 ledger, and
the deposits held apart (they are not fees). Long accounts go on over pages under a 续 heading."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from reportlab.lib.units import mm

from deskapp.documents.billing.draw import yuan
from deskapp.documents.billing.flow import Flow
from deskapp.documents.billing.forms import _canvas, _saved
from deskapp.documents.billing.wrap import wrap
from deskapp.documents.pdf import A4, FONT
from deskapp.domain.billing_statement import Account
from deskapp.domain.money import ZERO, capitals

TITLE = "业户费用对账单"
_SIZE = 8.5  # the tables' text: 8 pt at the least on A4


@dataclass(frozen=True)
class StatementDoc:
    centre: str
    phone: str
    unit_code: str
    owners: str
    area: Decimal | None
    start: str  # 2026-01-01
    end: str  # 2026-12-06
    printed_at: str  # 2026-12-06 14:05: each statement is of its own print
    printed_by: str
    account: Account


def _money(v: Decimal | None) -> str:
    return "" if v is None else yuan(v)


def statement_pdf(d: StatementDoc) -> bytes:
    w, h = A4
    buf, c = _canvas(f"{TITLE} {d.unit_code}", A4)
    m = 14 * mm
    inner = w - 2 * m
    a = d.account

    def head(page: int) -> float:
        y = h - m
        c.setFont(FONT, 11)
        c.drawCentredString(w / 2, y, d.centre)
        c.setFont(FONT, 18)
        c.drawCentredString(w / 2, y - 10 * mm, TITLE + ("（续）" if page > 1 else ""))
        c.setFont(FONT, 10)
        area = f"{d.area:,.2f} ㎡" if d.area is not None else "—"
        c.drawString(m, y - 19 * mm, f"房号：{d.unit_code}　　业主：{d.owners or '—'}　　建筑面积：{area}")
        c.drawString(m, y - 25 * mm, f"对账期间：{d.start} 至 {d.end}　　打印日期：{d.printed_at}　　打印人：{d.printed_by}")
        if page > 1:
            c.page_number(w - m, y - 19 * mm, size=10)
        return y - 28 * mm

    def foot(page: int, last: bool = False) -> None:
        c.page_number(w - m, 10 * mm, after=f"（{'末页' if last else '接下页'}）　{TITLE} {d.unit_code} "
                                            f"{d.start} 至 {d.end}")

    f = Flow(c, 18 * mm, head, foot)
    f.down(2 * mm)
    f.wrapped_table(m, [inner / 5] * 5, [
        ["期初尚欠", "本期应收", "本期实收", "本期减免", "期末尚欠"],
        [yuan(a.opening), yuan(a.billed), yuan(a.paid), yuan(a.waived), yuan(a.closing)]],
        size=10, aligns=["right"] * 5)
    owed = f"期末尚欠人民币（大写）：{capitals(a.closing)}" if a.closing > 0 else (
        "期末已结清" + (f"（多缴 {yuan(-a.closing)} 元）" if a.closing < 0 else ""))
    f.line(m, owed, 10, 6 * mm)
    f.line(m, f"预存款余额（截至 {d.end}）：{yuan(a.prepay_closing)} 元　　在押押金：{yuan(a.deposits_held)} 元"
           "（押金不属于费用，不计入尚欠）", 10, 6 * mm)
    f.down(4 * mm)

    widths = [x * mm for x in (18, 52, 38, 18, 18, 16, 22)]
    rows = [["日期", "摘要", "所属期", "应收", "实收", "减免", "尚欠余额"],
            [d.start, "期初尚欠", "", "", "", "", yuan(a.opening)]]
    rows += [[f"{r.on:%Y-%m-%d}", r.what, r.period, _money(r.billed), _money(r.paid), _money(r.waived),
              "" if r.void else yuan(r.balance)] for r in a.rows]
    rows.append([d.end, "本期合计 · 期末尚欠", "", yuan(a.billed), yuan(a.paid), yuan(a.waived), yuan(a.closing)])
    f.wrapped_table(m, widths, rows, size=_SIZE, aligns=["left", "left", "left", "right", "right", "right", "right"],
                    red=[False] + [r.void for r in a.rows])

    if a.prepay_opening or a.prepay_rows or a.prepay_closing:
        f.line(m, "预存款", 11, 9 * mm)
        f.down(2 * mm)
        rows = [["日期", "摘要", "存入", "支出", "余额"], [d.start, "期初余额", "", "", yuan(a.prepay_opening)]]
        rows += [[f"{r.on:%Y-%m-%d}", r.what, yuan(r.amount) if r.amount > 0 else "",
                  yuan(-r.amount) if r.amount < 0 else "", yuan(r.balance)] for r in a.prepay_rows]
        rows.append([d.end, "期末余额", "", "", yuan(a.prepay_closing)])
        f.wrapped_table(m, [x * mm for x in (18, 94, 23, 23, 24)], rows, size=_SIZE,
                        aligns=["left", "left", "right", "right", "right"])

    if a.deposits:
        f.line(m, "押金（代管款项，不属于费用，不计入尚欠）", 11, 9 * mm)
        f.down(2 * mm)
        rows = [["押金", "收取日期", "收取金额", "期初在押", "本期退还/没收", "期末在押"]]
        rows += [[x.name, f"{x.taken_on:%Y-%m-%d}", yuan(x.amount), yuan(x.held_at_start),
                  yuan(x.out_in_period) if x.out_in_period else "", yuan(x.held_at_end)] for x in a.deposits]
        rows.append(["合计", "", "", "", "", yuan(sum((x.held_at_end for x in a.deposits), ZERO))])
        f.wrapped_table(m, [x * mm for x in (56, 22, 25, 25, 29, 25)], rows, size=_SIZE,
                        aligns=["left", "left", "right", "right", "right", "right"])

    f.down(3 * mm)
    notes = (f"说明：1. 期末尚欠为截至 {d.end} 日终尚未缴清的费用（含未到缴费期限的账单），"
             "此后的账单和缴费不在本单内。"
             "2. 红色的作废收据列出备查，不计入金额；在期初之前收取、本期作废的收据记为“作废冲回”。"
             f"3. 如对账目有疑问，请持收据到物业服务中心前台核对" + (f"，联系电话：{d.phone}。" if d.phone else "。"))
    lines = wrap(notes, inner, 9)
    # the notes and the signatures under them kept together: a page with only 经办人/业户确认 on it
    # reads as a loose sheet nobody can tie to the statement
    f.need(len(lines) * 4.5 * mm + 12 * mm)
    for line in lines:
        f.line(m, line, 9, 4.5 * mm)
    y = f.y - 10 * mm
    c.setFont(FONT, 10)
    c.drawString(m, y, "经办人：________________　　业户确认：________________")
    c.drawRightString(w - m, y, f"{d.centre}（盖章）")
    foot(f.page, last=True)
    c.showPage()
    return _saved(buf, c)
