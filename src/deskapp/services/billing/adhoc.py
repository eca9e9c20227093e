"""临时收费 at the counter: card fees, waste removal, a paid repair, the lift for a move… one item
from the supervisor's list (setting billing.adhoc_items), paid at once with a receipt of the
counter's series. Built on one_off (its YC number, its record, the receipt line), so the charge
lands in the cashier's handover and is voided with its receipt; a 有偿维修 charge pays one of the
unit's repair orders, which then shows the receipt."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from deskapp.domain.billing import PayMethod, check_pay_ref
from deskapp.domain.billing_one_off import REPAIR_ITEM, check_adhoc
from deskapp.domain.errors import ValidationError, found
from deskapp.services import settings
from deskapp.services.billing import one_off, payments
from deskapp.services.billing.common import ADHOC_ITEMS, VIEW
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.reception import repair_fees


@dataclass(frozen=True)
class RepairChoice:
    number: str
    fault: str
    state: str
    charge: Decimal | None  # what the technician wrote on the order, offered as the amount


def items(ctx: Context, actor: Actor) -> list[str]:
    """The items the counter offers, 有偿维修 among them whatever the list says."""
    actor.require(VIEW)
    listed = list(settings.get(ctx, ADHOC_ITEMS))
    return listed if REPAIR_ITEM in listed else [*listed, REPAIR_ITEM]


def payable_repairs(ctx: Context, actor: Actor, unit_id: int) -> list[RepairChoice]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [RepairChoice(r.number, r.fault, r.state.value, r.charge)
                for r in repair_fees.payable_repairs(uow.session, unit_id)]


@changes(Change.PAYMENTS, Change.RECEPTION, Change.CHRONICLE)
def charge(ctx: Context, actor: Actor, unit_id: int, item: str, amount: str | Decimal, method: PayMethod, *,
           pay_ref: str = "", note: str = "", repair_number: str = "", payer: str = "") -> payments.ReceiptView:
    """One 临时收费 and its receipt. Refused, naming the field, before anything is written: an item
    not on the list, an amount not above zero, 有偿维修 without a repair order of this unit, a
    微信/支付宝/银行卡/转账 payment without its 交易流水号."""
    actor.require(one_off.ONE_OFF)
    if not isinstance(method, PayMethod) or method is PayMethod.PREPAID:
        raise ValidationError("支付方式", "请选择现金、微信、支付宝、银行卡或转账")
    ref = check_pay_ref(method, pay_ref)
    c = check_adhoc(item, settings.get(ctx, ADHOC_ITEMS), amount, note, repair_number)
    with ctx.uow() as uow:
        s = uow.session
        unit = found(uow.billing.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
        if c.item == REPAIR_ITEM:
            order = repair_fees.repair_to_pay(s, repair_number, unit.id)
            c = replace(c, note=" ".join(x for x in (f"维修单 {order.number}", c.note) if x), repair_id=order.id)
        [made] = one_off.add_charges(s, ctx, actor, unit.id, [c], method, occasion="临时收费", payer=payer,
                                     pay_ref=ref)
        r = found(uow.billing.receipt_by_number(made.receipt_number), "收据不存在")
        uow.commit()
        return payments.receipt_view(s, r, unit.code)
