"""What billing prints: 收据, 费用入账和费用移交表, 催缴通知单, 复抄清单, 抄表记录表 (收费通知单: notices.py).
The services gather plain data here; the documents modules draw it."""
from __future__ import annotations

from collections.abc import Sequence

import re
from dataclasses import replace
from datetime import date

from deskapp.documents.billing import forms as billing_forms
from deskapp.documents.billing.draw import num
from deskapp.domain.billing import FeeItem, MeterKind, price_text
from deskapp.domain.errors import ValidationError
from deskapp.domain.local_time import local_text
from deskapp.domain.money import ZERO, round_fen
from deskapp.services import audit, settings
from deskapp.services.accounts import audit_anchors
from deskapp.services.billing import meters
from deskapp.services.billing import handover as handover_svc
from deskapp.services.billing import payments
from deskapp.services.billing.arrears import DunningLetter
from deskapp.services.billing.common import RECEIPT_OFFSET_X, RECEIPT_OFFSET_Y, RECEIPT_PAPER, VIEW
from deskapp.services.context import Actor, Context


_VACANT = re.compile(r"空置 (\d+)%")  # as the bill run writes it into a 物业费 line's basis


def receipt_line(unit_code: str, x: payments.ReceiptLineView) -> billing_forms.ReceiptLine:
    """One printed line: where it is charged (the unit, or a vehicle's card, plate and space),
    the price and the quantity it was charged on, and any 优惠."""
    b = x.basis
    if b is None:
        return billing_forms.ReceiptLine(x.item, unit_code, x.period, "", "", x.amount, ZERO)
    place, price, qty = unit_code, "", ""
    if b.item is FeeItem.VEHICLE:
        place = b.basis.rsplit(" × ", 1)[0]
    if b.basis.startswith("调整"):  # an adjustment bill's line is a difference, not a price × quantity
        return billing_forms.ReceiptLine(x.item, place, x.period, price, qty, x.amount, b.waived)
    if b.item is FeeItem.VEHICLE:
        price, qty = f"{price_text(b.unit_price)} 元/月", f"{num(b.quantity)} 个月"
    elif b.item is FeeItem.PROPERTY:
        price, qty = f"{price_text(b.unit_price)} 元/㎡·月", f"{num(b.quantity)}㎡ × {num(b.months)} 个月"
        vacant = _VACANT.search(b.basis)
        if vacant:  # a vacant unit pays a share, as the basis records
            qty += f" × {vacant.group(1)}%（空置）"
    elif b.item is FeeItem.WATER:
        qty = f"{num(b.quantity)} m³"
        # Tiered water has no single price: quantity × price would not give the amount.
        price = f"{price_text(b.unit_price)} 元/m³" if round_fen(b.quantity * b.unit_price) == b.billed \
            else "阶梯水价"
    elif "分摊" in b.basis:  # 公摊: the meter's amount shared by area or equally per unit
        per = "㎡" if "面积" in b.basis else "户"
        price, qty = f"{price_text(b.unit_price)} 元/{per}", f"{num(b.quantity)}{per}"
    elif b.item is not FeeItem.LATE:
        price, qty = price_text(b.unit_price), num(b.quantity)
    return billing_forms.ReceiptLine(x.item, place, x.period, price, qty, x.amount, b.waived)


def receipt_doc(ctx: Context, r: payments.ReceiptView) -> billing_forms.ReceiptDoc:
    with ctx.reader() as uow:
        name = uow.registry.centre().name
    voided = ""
    if r.voided_at is not None:
        voided = f"作废：{r.void_reason}（{r.voided_by} {local_text(r.voided_at)}）"
    return billing_forms.ReceiptDoc(
        centre=name, number=r.number, issued=local_text(r.issued_at), payer=r.payer,
        unit_code=r.unit_code, lines=tuple(receipt_line(r.unit_code, x) for x in r.lines), total=r.total,
        method=r.method.value, prepaid_used=r.prepaid_used, tendered=r.tendered, change=r.change,
        cashier=r.cashier_name, voided=voided, pay_ref=r.pay_ref or "", group=_group_text(r),
        part_paid=_part_paid_text(r))


def _part_paid_text(r: payments.ReceiptView) -> str:
    """A line paid in part: what it still owed once this receipt was taken, so the payer's copy
    says the rest is due (the line's price × quantity is the whole charge, not what was paid)."""
    rest = [f"{x.item}（{x.period}）尚欠 {x.basis.left:,.2f} 元"
            for x in r.lines if x.basis is not None and x.amount > 0 and x.basis.left > 0]
    return "部分缴纳，缴后" + "；".join(rest) if rest else ""


def _group_text(r: payments.ReceiptView) -> str:
    """合并缴费: the shared number, the payment's receipts and its total, so each unit's paper
    shows it was one payment (and the cash tendered, on the first, was for all of them)."""
    if not r.group_no:
        return ""
    return f"合并缴费号 {r.group_no}：收据 {'、'.join(r.group)}，合计 ¥ {r.group_total:,.2f}"


def receipt_pdf(ctx: Context, actor: Actor, receipt_id: int, *, paper: str | None = None,
                reprint: bool = False) -> bytes:
    return receipts_pdf(ctx, actor, [receipt_id], paper=paper, reprint=reprint)


def receipts_pdf(ctx: Context, actor: Actor, receipt_ids: Sequence[int], *, paper: str | None = None,
                 reprint: bool = False) -> bytes:
    """Several receipts in one print (the receipts of one 合并缴费), each in its parts.
    `reprint`: printed again from a list of receipts (重印), not as the payment's own print: each
    paper says 补打 with the time of this print (the preview's title says 补打收据 too, and the
    print or PDF saved from it is audited under that title, as every print is)."""
    rs = [payments.receipt(ctx, actor, i) for i in receipt_ids]
    if paper is None:
        paper = str(settings.get(ctx, RECEIPT_PAPER))
    offset = (int(settings.get(ctx, RECEIPT_OFFSET_X)), int(settings.get(ctx, RECEIPT_OFFSET_Y)))
    reprinted = f"补打 {local_text(ctx.clock.now())}" if reprint else ""
    return billing_forms.receipt_pdf([replace(receipt_doc(ctx, r), reprinted=reprinted) for r in rs],
                                     paper=paper, offset_mm=offset)


def receipt_test_pdf(ctx: Context, actor: Actor) -> bytes:
    """The 241 套打 calibration page with the offsets now set."""
    actor.require(VIEW)
    offset = (int(settings.get(ctx, RECEIPT_OFFSET_X)), int(settings.get(ctx, RECEIPT_OFFSET_Y)))
    return billing_forms.receipt_241_test_pdf(offset)


def handover_pdf(ctx: Context, actor: Actor, d: handover_svc.HandoverDraft, *, reprint: bool = False) -> bytes:
    """The sheet (a draft, or one handed over); `reprint`: printed again later from the list of
    handovers, it says 补打 with the time and who printed it, beside its own day and handover time."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        name = uow.registry.centre().name
        anchor = audit_anchors.printed_head(uow.session)
    return billing_forms.handover_pdf(billing_forms.HandoverDoc(
        centre=name, cashier=d.cashier_name, day=f"{d.day:%Y-%m-%d}",
        count=d.count, by_method=tuple(d.by_method.items()), total=d.total,
        receipts=tuple((r.number, r.unit_code, r.method, r.amount if not r.late_void else -r.amount,
                        "作废（冲减）" if r.late_void else ("作废" if r.voided else "正常")) for r in d.receipts),
        voided=tuple((r.number, r.amount, r.void_reason) for r in d.voided),
        cash_expected=d.cash_expected, cash_counted=d.cash_counted, explanation=d.explanation,
        receiver=d.receiver, handed_at=local_text(d.handed_at) if d.handed_at else "（草稿，未移交）",
        audit_anchor=anchor, refunds=tuple((r.number, r.unit_code, r.method, r.amount, r.payee) for r in d.refunds),
        deposits=tuple((x.taken, x.paper, x.unit_code, x.method, x.pay_ref, x.amount) for x in d.deposits),
        reprinted_at=local_text(ctx.clock.now()) if reprint else "", reprinted_by=actor.display_name if reprint else "",
        days=tuple((f"{day:%Y-%m-%d}", a) for day, a in d.days) if len(d.days) > 1 else (),
        receipt_days=tuple(f"{r.day or d.day:%Y-%m-%d}" for r in d.receipts) if len(d.days) > 1 else ()))


def handover_reprint_pdf(ctx: Context, actor: Actor, handover_id: int) -> bytes:
    """补打 of a past handover's sheet (往日移交表): as it was handed over, marked 补打."""
    return handover_pdf(ctx, actor, handover_svc.handover(ctx, actor, handover_id), reprint=True)


def dunning_pdf(ctx: Context, actor: Actor, letters: list[DunningLetter]) -> bytes:
    actor.require(VIEW)
    with ctx.reader() as uow:
        c = uow.registry.centre()
    name, phone = c.name, c.phone
    return billing_forms.dunning_pdf([billing_forms.DunningDoc(
        centre=name, number=x.number, unit_code=x.unit_code, owner=x.owners,
        moved_in=f"{x.delivered_on:%Y-%m-%d}" if x.delivered_on else "",
        lines=tuple(x.arrears.lines), total=x.arrears.total, deadline=f"{x.deadline:%Y年%m月%d日}", contact=phone,
        issued_on=f"{x.issued_on:%Y年%m月%d日}") for x in letters])


def recheck_pdf(ctx: Context, actor: Actor, month: date) -> bytes:
    rows = meters.recheck_list(ctx, actor, month)
    with ctx.reader() as uow:
        name = uow.registry.centre().name
    return billing_forms.recheck_pdf(name, f"{month:%Y年%m月}", [
        (r.label, r.meter_number, r.kind.value, r.previous, r.value, r.usage, r.flags.replace(",", "、"))
        for r in rows])


def reading_sheet_pdf(ctx: Context, actor: Actor, month: date, kind: MeterKind, building: str | None) -> bytes:
    """《抄表记录表》 of a building's meters of one kind (the shared meters when `building` is None)
    for a month, as the 抄表 grid shows them: taken out to read the meters, and kept signed."""
    rows = meters.reading_grid(ctx, actor, month, kind, building, shared=building is None)
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
        b = uow.registry.building_by_code(building) if building else None
        place = b.name if b else "公共表"
    if building and b is None:
        raise ValidationError("楼栋", f"没有楼栋“{building}”")
    return billing_forms.reading_sheet_pdf(billing_forms.ReadingSheetDoc(
        centre=centre, kind=kind.value, month=f"{month:%Y年%m月}", place=place,
        printed_on=local_text(ctx.clock.now()),
        rows=tuple(billing_forms.ReadingSheetRow(
            r.label, r.meter_number, r.previous, r.value, r.usage,
            "、".join(r.flags) + (f"（{r.event.value}）" if r.event.value else ""),
            f"{r.read_on:%m-%d}" if r.read_on else "") for r in rows)))


def record_print(ctx: Context, actor: Actor, what: str, count: int) -> None:
    """Batch prints of money documents are audited (who printed which notices when)."""
    with ctx.uow() as uow:
        audit.record(uow.session, ctx, actor, "billing.print", "print", None, summary=f"打印{what} {count} 页")
        uow.commit()


__all__ = ["receipt_pdf", "receipt_test_pdf", "handover_pdf", "handover_reprint_pdf", "dunning_pdf", "recheck_pdf",
           "reading_sheet_pdf"]
