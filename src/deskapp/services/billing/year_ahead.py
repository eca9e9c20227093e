"""预交一年优惠 at the counter (issue 16 §2): a 预交一年优惠 rule is a published offer, so the
supervisor who set it has approved it already. When the lines a payer settles at the counter are
the four quarters of a year's 物业费, owed in full, the counter offers the rule; taken, the discount
is written approved 按规则 together with its waiver, inside the payment's own transaction
(`payments.take_payment`), so a refused payment leaves no discount behind. 空置房减免 and 其他减免
still go through application and approval (`discounts`)."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.billing_deposits import ApplicationState
from deskapp.domain.billing_discounts import RuleKind, year_ahead_split
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, found
from deskapp.domain.money import ZERO
from deskapp.services import audit
from deskapp.services.billing.common import VIEW
from deskapp.services.context import Actor, Context
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.models.billing import BillLine, Waiver
from deskapp.store.models.billing_discounts import Discount, DiscountRule
from deskapp.store.queries import billing as queries
from deskapp.store.queries import billing_discounts as discount_queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class YearAheadOffer:
    """What the counter shows next to the total: the rule, the months and the money off."""

    rule_id: int
    rule_name: str
    months: Decimal  # the rule's months for each year paid ahead
    years: int
    amount: Decimal  # off in all
    parts: tuple[tuple[int, Decimal], ...]  # (bill line, amount off it)


def counter_offer(ctx: Context, actor: Actor, unit_id: int, line_ids: Sequence[int]) -> YearAheadOffer | None:
    """The offer for the lines chosen at the counter, or None: no active 预交一年优惠 rule, or the
    lines are not the four quarters of a year's 物业费 owed in full. Of several rules, the most months."""
    actor.require(VIEW)
    if len(line_ids) < 4:
        return None
    with ctx.reader() as uow:
        rules = [r for r in discount_queries.discount_rules(uow.session, active_only=True)
                 if r.kind == RuleKind.YEAR_AHEAD.value]
        if not rules:
            return None
        best = max(rules, key=lambda r: r.value)
        return _offer(uow.session, unit_id, line_ids, best.id, best.name, best.value)


def _offer(session: Session, unit_id: int, line_ids: Sequence[int], rule_id: int, name: str,
           months: Decimal) -> YearAheadOffer | None:
    wanted = set(line_ids)
    full = {ln.id: ln for ln in queries.unsettled_lines(session, [unit_id])
            if ln.id in wanted and ln.paid == 0 and ln.waived == 0}
    parts = year_ahead_split(months, [(ln.id, ln.item, ln.quarter, ln.amount) for ln in full.values()])
    if not parts:
        return None
    years = len({full[line_id].quarter[:4] for line_id, _ in parts})
    return YearAheadOffer(rule_id, name, months, years, sum((a for _, a in parts), ZERO), tuple(parts))


def grant(session: Session, ctx: Context, actor: Actor, unit_id: int, line_ids: Sequence[int],
          rule_id: int) -> Decimal:
    """Write the rule's discount on the chosen lines, approved by the rule, inside the caller's
    (the payment's) transaction; returns the money off. Refused when the rule is stopped or the
    lines do not qualify."""
    repo = BillingRepository(session)
    rule = found(repo.get(DiscountRule, rule_id), "减免规则不存在")
    if not rule.active:
        raise Conflict(f"减免规则“{rule.name}”已停用")
    if rule.kind is not RuleKind.YEAR_AHEAD:
        raise Conflict(f"“{rule.name}”不是预交一年优惠，须申请并经主管审批")
    offer = _offer(session, unit_id, line_ids, rule.id, rule.name, rule.value)
    if offer is None:
        raise Conflict(f"“{rule.name}”要求该年度四个季度的物业费均已出账、一并缴清")
    for line_id, amount in offer.parts:
        _write(session, ctx, actor, repo.get(BillLine, line_id), rule, amount)
    registry_chronicle.chronicle(session, ctx, actor, unit_id, ChronicleKind.BILLING,
                                 f"预交一年优惠（规则“{rule.name}”）减免物业费 {offer.amount:,.2f} 元")
    return offer.amount


def _write(session: Session, ctx: Context, actor: Actor, line: BillLine, rule: DiscountRule, amount: Decimal) -> None:
    """One line's discount: its waiver first, then the application already approved, naming the rule
    and the supervisor who set it; an audit entry for each, as an approval writes them."""
    repo = BillingRepository(session)
    now = ctx.clock.now()
    reason = f"预交一年优惠（规则“{rule.name}”，{rule.value:g} 个月）"[:200]
    w = repo.add(Waiver(line_id=line.id, amount=amount, reason=reason, at=now, by=actor.display_name))
    repo.flush()
    by = f"按规则“{rule.name[:80 - len(rule.created_by) - 7]}”（{rule.created_by}）"
    d = repo.add(Discount(line_id=line.id, unit_id=line.unit_id, rule_id=rule.id, amount=amount, reason=reason,
                          state=ApplicationState.APPROVED, applied_at=now, applied_by=actor.display_name,
                          decided_at=now, decided_by=by, decision_note="收费时按主管设定的规则优惠", waiver_id=w.id))
    repo.flush()
    audit.record(session, ctx, actor, "billing.waive", "bill_waiver", w.id, unit_id=line.unit_id,
                 summary=f"减免 {line.quarter} {line.item.value} {amount:,.2f} 元（减免申请 {d.id}）：{reason}",
                 after={"line_id": line.id, "amount": amount, "reason": reason, "discount": d.id})
    audit.record(session, ctx, actor, "billing.discount.by_rule", "bill_discount", d.id, unit_id=line.unit_id,
                 summary=f"按规则“{rule.name}”优惠 {line.quarter} {line.item.value} {amount:,.2f} 元（{rule.created_by} 设定）",
                 after={"line_id": line.id, "amount": amount, "rule_id": rule.id, "rule_set_by": rule.created_by,
                        "state": d.state, "waiver": w.id})
