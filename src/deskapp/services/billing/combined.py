"""合并缴费: one owner pays for several of their units in one go at the counter.

A receipt per unit, as the centre's paper expects — a 收据 is filed under its 房号 and the unit's
account and arrears read by unit — numbered one after another in the day's series, each carrying
the shared 合并缴费号 (HB2026-000001), the one payment reference and the payment's total. One
transaction: all the receipts or none. The change is worked out once, on the whole, and written
on the first receipt. Voiding any of them voids them all (payments.void_receipt)."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.billing import PayMethod, change_due, check_pay_ref
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import ValidationError, found
from deskapp.domain.money import ZERO, parse_amount
from deskapp.services import audit
from deskapp.services.billing import payments
from deskapp.services.billing.common import COLLECT, VIEW
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.queries import billing as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class UnitOwed:
    unit_id: int
    unit_code: str
    owners: str
    lines: tuple[payments.OwedLine, ...]  # still owed, oldest first


def owner_units(ctx: Context, actor: Actor, unit_id: int) -> list[UnitOwed]:
    """The unit and every other unit of its current owners (registry ownership ties), each with
    what it still owes; the unit itself first."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        found(uow.billing.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
        units = queries.co_owned_units(s, unit_id) or [(unit_id, uow.billing.unit_code(unit_id))]
        owners = queries.owners_by_unit(s, [u for u, _ in units])
        out = [UnitOwed(u, code, owners.get(u, ""), tuple(payments.owed_lines(s, u))) for u, code in units]
    return sorted(out, key=lambda x: x.unit_id != unit_id)


def _check(method: PayMethod, picks: Mapping[int, Sequence[int]], tendered) -> Decimal | None:
    if not isinstance(method, PayMethod) or method is PayMethod.PREPAID:
        raise ValidationError("支付方式", "请选择现金、微信、支付宝、银行卡或转账")
    if sum(1 for ids in picks.values() if ids) < 2:
        raise ValidationError("所选费用", "合并缴费请勾选至少两户的费用；一户的费用在收费台直接收取")
    if tendered in (None, ""):
        return None
    if method is not PayMethod.CASH:
        raise ValidationError("实收现金", "只有现金支付需要填写")
    return parse_amount(tendered, "实收现金")


@changes(Change.PAYMENTS, Change.CHRONICLE)
def take_combined(ctx: Context, actor: Actor, unit_id: int, picks: Mapping[int, Sequence[int]], method: PayMethod,
                  *, tendered: str | Decimal | None = None, pay_ref: str = "", payer: str = "",
                  year_ahead: Mapping[int, int] | None = None) -> list[payments.ReceiptView]:
    """Pay the chosen lines (unit id → line ids, each paid in full) of the owner's units of
    `unit_id` with one payment: a receipt per unit, consecutive numbers, one 合并缴费号.
    `year_ahead` (unit id → rule id): the units taking the 预交一年优惠 the counter offers them,
    granted in this transaction as at the counter (year_ahead.grant), their receipts showing the 优惠."""
    actor.require(COLLECT)
    ref = check_pay_ref(method, pay_ref)
    cash = _check(method, picks, tendered)
    with ctx.uow() as uow:
        s, repo = uow.session, uow.billing
        allowed = dict(queries.co_owned_units(s, unit_id))
        strangers = [u for u in picks if picks[u] and u not in allowed]
        if strangers:
            raise ValidationError("所选费用", f"房屋 {repo.unit_code(strangers[0]) or strangers[0]} 不是同一业主的房屋")
        offers = year_ahead or {}
        chosen = {u: payments.lines_after_offer(s, ctx, actor, u, ids, offers.get(u)) for u, ids in picks.items() if ids}
        dues = {u: sum((o.owed for o in owing), ZERO) for u, (_listed, owing, _off) in chosen.items()}
        total = sum(dues.values(), ZERO)
        if total <= 0:
            raise ValidationError("所选费用", "所选费用合计必须大于零")
        change = change_due(total, cash) if method is PayMethod.CASH else ZERO
        day = ctx.clock.today()
        group_no = f"HB{day.year}-{repo.next_number(f'HB{day.year}'):06d}"
        out = []
        order = list(allowed)  # natural order of the codes: the receipts' numbers follow the units
        for n, u in enumerate(sorted(chosen, key=order.index)):
            out.append(_receipt(s, ctx, actor, u, chosen[u], dues[u], method, ref, payer, group_no,
                                (cash, change) if n == 0 else (None, ZERO)))
        uow.commit()
        return [payments.receipt_view(s, found(repo.receipt_by_number(r), "收据不存在")) for r in out]


def _receipt(s: Session, ctx: Context, actor: Actor, unit_id: int,
             offered: tuple[list[payments.OwedLine], list[payments.OwedLine], Decimal], due: Decimal,
             method: PayMethod, ref: str | None, payer: str, group_no: str,
             cash: tuple[Decimal | None, Decimal]) -> str:
    """One unit's receipt of the payment (`offered` as payments.lines_after_offer gives it); the
    cash tendered and the change only on the first."""
    repo = BillingRepository(s)
    unit = found(repo.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
    off = offered[2]
    lines, applied = payments.receipt_parts(*offered, due)
    r = payments.new_receipt(s, ctx, actor, unit, payer, method, due, tendered=cash[0], change=cash[1], pay_ref=ref,
                             group_no=group_no)
    payments.write_lines(repo, r, lines, applied, ZERO, ZERO)
    audit.record(s, ctx, actor, "billing.pay", "receipt", r.id, unit_id=unit.id,
                 summary=f"合并缴费 {group_no} 收据 {r.number} {unit.code} {due:,.2f} 元（{method.value}）",
                 after={"number": r.number, "amount": due, "prepaid_used": ZERO, "deposit": ZERO, "method": method,
                        "pay_ref": ref, "group_no": group_no, "lines": [[i, p] for i, p in applied],
                        **({"year_ahead": off} if off else {})})
    registry_chronicle.chronicle(s, ctx, actor, unit.id, ChronicleKind.BILLING,
                                 f"合并缴费 {group_no}：收费 {due:,.2f} 元，收据 {r.number}（{method.value}）")
    return r.number
