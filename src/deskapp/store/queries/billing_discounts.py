"""Reads of the 减免 register: the applications with their line, unit and rule, and the rules."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.contracts.billing import DiscountRow, DiscountRuleRow
from deskapp.domain.billing_deposits import ApplicationState
from deskapp.store.models.billing import BillLine, Waiver
from deskapp.store.models.billing_discounts import Discount, DiscountRule
from deskapp.store.models.registry import Unit
from deskapp.store.natural import natural


def discount_rows(session: Session, state: ApplicationState | None = None, unit_id: int | None = None,
                  limit: int = 2000, discount_id: int | None = None) -> list[DiscountRow]:
    """Newest first; pending ones first of all when every state is asked for."""
    q = (select(Discount, BillLine, Unit.code, DiscountRule.name)
         .join(BillLine, BillLine.id == Discount.line_id).join(Unit, Unit.id == Discount.unit_id)
         .outerjoin(DiscountRule, DiscountRule.id == Discount.rule_id))
    if state is not None:
        q = q.where(Discount.state == state)
    if unit_id is not None:
        q = q.where(Discount.unit_id == unit_id)
    if discount_id is not None:
        q = q.where(Discount.id == discount_id)
    q = q.order_by((Discount.state != ApplicationState.PENDING), Discount.id.desc()).limit(limit)
    return [DiscountRow(d.id, code, line.quarter, line.item.value, line.amount, d.amount, rule or "", d.reason,
                        d.state.value, d.applied_at, d.applied_by, d.decided_by or "", d.decision_note or "",
                        d.decided_at)
            for d, line, code, rule in session.execute(q)]


def discount_rules(session: Session, *, active_only: bool = False) -> list[DiscountRuleRow]:
    q = select(DiscountRule)
    if active_only:
        q = q.where(DiscountRule.active.is_(True))
    return [DiscountRuleRow(r.id, r.name, r.kind.value, r.value, r.active)
            for r in session.execute(q.order_by(natural(DiscountRule.name))).scalars()]


def decided_against_waivers(session: Session) -> list[tuple]:
    """Every decided application: (id, state, amount, line_id, its waiver's amount, its waiver's line)."""
    return [tuple(r) for r in session.execute(
        select(Discount.id, Discount.state, Discount.amount, Discount.line_id, Waiver.amount, Waiver.line_id)
        .outerjoin(Waiver, Waiver.id == Discount.waiver_id)
        .where(Discount.state != ApplicationState.PENDING).order_by(Discount.id))]
