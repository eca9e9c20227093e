"""一次性收费: a fee charged once (move-in fees and the like) outside the quarterly bill run.
Each charge gets its own YC number and is paid at once with one receipt of the counter's
series, so it lands in the cashier's daily handover like any other payment."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_one_off import Charge, charge_number, check_charges
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import ValidationError, found
from deskapp.domain.permissions import DESK, define
from deskapp.services import audit
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.billing import payments
from deskapp.services.billing.common import VIEW
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import ReceiptLine
from deskapp.store.models.billing_one_off import OneOffCharge
from deskapp.store.queries import billing as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session

ONE_OFF = define("billing.one_off", "收取一次性费用（交房等）", DESK)


@dataclass(frozen=True)
class OneOffView:
    number: str
    item: str
    amount: Decimal
    occasion: str
    receipt_number: str
    voided: bool


def add_charges(session: Session, ctx: Context, actor: Actor, unit_id: int, charges: Sequence[Charge],
                method: PayMethod, *, occasion: str, payer: str = "", pay_ref: str | None = None) -> list[OneOffView]:
    """Inside the caller's transaction (move-in writes its record in the same one): the charges
    and their receipt commit or roll back together with it."""
    actor.require(ONE_OFF)
    if not charges:
        return []
    if not isinstance(method, PayMethod) or method is PayMethod.PREPAID:
        raise ValidationError("支付方式", "请选择现金、微信、支付宝、银行卡或转账")
    repo = BillingRepository(session)
    unit = found(repo.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
    total = sum((c.amount for c in charges), Decimal("0.00"))
    r = payments.new_receipt(session, ctx, actor, unit, payer, method, total, pay_ref=pay_ref)
    now, day = r.issued_at, r.day
    out = []
    for c in charges:
        number = charge_number(day.year, repo.next_number(f"YC{day.year}"))
        # the receipt line's 期间 column says what the charge was for: the note (临时收费) or the occasion
        repo.add(ReceiptLine(receipt_id=r.id, bill_line_id=None, item=c.item, period=(c.note or occasion)[:30],
                             amount=c.amount))
        row = repo.add(OneOffCharge(number=number, unit_id=unit_id, item=c.item, amount=c.amount, occasion=occasion,
                                    receipt_id=r.id, note=c.note, repair_id=c.repair_id, created_at=now,
                                    created_by=actor.display_name))
        repo.flush()
        audit.record(session, ctx, actor, "billing.one_off", "one_off_charge", row.id, unit_id=unit_id,
                     summary=f"一次性收费 {number} {unit.code} {c.item} {c.amount:,.2f} 元（{occasion}），收据 {r.number}",
                     after={"number": number, "item": c.item, "amount": c.amount, "receipt": r.number,
                            "method": method, "note": c.note, "repair_id": c.repair_id})
        out.append(OneOffView(number=number, item=c.item, amount=c.amount, occasion=occasion, receipt_number=r.number,
                              voided=False))
    registry_chronicle.chronicle(session, ctx, actor, unit_id, ChronicleKind.BILLING,
                       f"{occasion}收费 {total:,.2f} 元（{'、'.join(c.item for c in charges)}），收据 {r.number}")
    return out


def charge(ctx: Context, actor: Actor, unit_id: int, lines: Sequence[tuple[str, str | Decimal]],
           method: PayMethod, *, payer: str = "") -> list[OneOffView]:
    """At the counter, on its own."""
    actor.require(ONE_OFF)
    charges = check_charges(lines)
    if not charges:
        raise ValidationError("收费项目", "请至少填写一项")
    with ctx.uow() as uow:
        out = add_charges(uow.session, ctx, actor, unit_id, charges, method, occasion="柜台", payer=payer)
        uow.commit()
        return out


def for_unit(ctx: Context, actor: Actor, unit_id: int) -> list[OneOffView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [OneOffView(number=c.number, item=c.item, amount=c.amount, occasion=c.occasion, receipt_number=number,
                           voided=voided is not None)
                for c, number, voided in queries.one_off_charges_of(uow.session, unit_id)]
