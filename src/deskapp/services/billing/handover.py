"""费用入账和费用移交表: a cashier's takings handed to finance, frozen once made.

A handover takes every receipt of the cashier not yet handed over, up to its day. Receipts
voided before it are listed and count nothing; a receipt voided after its day was handed over
is taken off the cashier's next handover. So for every handover:
    total = Σ receipts handed over in it − Σ receipts whose void lands in it."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.money import parse_amount
from deskapp.services import audit
from deskapp.services.billing.common import HANDOVER, VIEW, local_day
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import Handover, Receipt
from deskapp.store.models.registry import Unit
from deskapp.services.changes import Change, changes

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class HandoverReceipt:
    number: str
    unit_code: str
    method: str
    amount: Decimal
    voided: bool
    void_reason: str
    late_void: bool  # voided after its own day was handed over: taken off here


@dataclass(frozen=True)
class HandoverDraft:
    id: int | None  # set once handed over
    cashier: str
    cashier_name: str
    day: date
    receipts: tuple[HandoverReceipt, ...]
    by_method: dict[str, Decimal]
    first_no: str
    last_no: str
    cash_counted: Decimal | None = None
    explanation: str = ""
    receiver: str = ""
    handed_at: datetime | None = None

    @property
    def count(self) -> int:
        return sum(1 for r in self.receipts if not r.late_void)

    @property
    def total(self) -> Decimal:
        return sum(self.by_method.values(), ZERO)

    @property
    def cash_expected(self) -> Decimal:
        return self.by_method.get(PayMethod.CASH.value, ZERO)

    @property
    def voided(self) -> list[HandoverReceipt]:
        return [r for r in self.receipts if r.voided]


def _by_method(rows: list[HandoverReceipt]) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for m in PayMethod:
        if m is not PayMethod.PREPAID:
            out[m.value] = ZERO
    for r in rows:
        if r.late_void:
            out[r.method] -= r.amount
        elif not r.voided:
            out[r.method] += r.amount
    out.pop(PayMethod.PREPAID.value, None)  # settled from balance: no money changes hands
    return dict(out)


def _pending(session: Session, cashier: str, day: date) -> tuple[list[Receipt], list[Receipt]]:
    own = list(session.execute(select(Receipt).where(Receipt.cashier == cashier, Receipt.handover_id.is_(None),
                                                     Receipt.day <= day).order_by(Receipt.series, Receipt.seq)).scalars())
    late = list(session.execute(select(Receipt).where(
        Receipt.cashier == cashier, Receipt.handover_id.is_not(None), Receipt.voided_at.is_not(None),
        Receipt.void_handover_id.is_(None), Receipt.void_day <= day).order_by(Receipt.series, Receipt.seq)).scalars())
    return own, late


def _rows(session: Session, own: list[Receipt], late: list[Receipt]) -> list[HandoverReceipt]:
    ids = {r.unit_id for r in own + late}
    codes = dict(session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(ids))).all()) if ids else {}
    return ([HandoverReceipt(r.number, codes.get(r.unit_id, ""), r.method.value, r.amount, r.voided_at is not None,
                             r.void_reason or "", False) for r in own]
            + [HandoverReceipt(r.number, codes.get(r.unit_id, ""), r.method.value, r.amount, True,
                               r.void_reason or "", True) for r in late])


def draft(ctx: Context, actor: Actor, day: date | None = None) -> HandoverDraft:
    """What the acting cashier would hand over for `day` (default today)."""
    actor.require(VIEW)
    day = day or local_day(ctx)
    with ctx.reader() as uow:
        own, late = _pending(uow.session, actor.username, day)
        rows = _rows(uow.session, own, late)
        return HandoverDraft(None, actor.username, actor.display_name, day, tuple(rows), _by_method(rows),
                             own[0].number if own else "", own[-1].number if own else "")


@changes(Change.PAYMENTS)
def hand_over(ctx: Context, actor: Actor, cash_counted: str | Decimal, receiver: str, explanation: str = "",
              day: date | None = None) -> HandoverDraft:
    """Hand the day to finance: cash counted against expected, a difference must be explained."""
    actor.require(HANDOVER)
    day = day or local_day(ctx)
    counted = parse_amount(cash_counted, "实点现金")
    if not receiver.strip():
        raise ValidationError("财务接收人", "不能为空")
    with ctx.uow() as uow:
        s = uow.session
        if s.execute(select(Handover).where(Handover.cashier == actor.username, Handover.day == day)).scalar():
            raise Conflict(f"{day} 已移交；之后的收据将计入下一天的移交表")
        own, late = _pending(s, actor.username, day)
        if not own and not late:
            raise Conflict("没有需要移交的收据")
        rows = _rows(s, own, late)
        by_method = _by_method(rows)
        expected = by_method.get(PayMethod.CASH.value, ZERO)
        if counted != expected and not explanation.strip():
            raise ValidationError("差异说明", f"实点 {counted:,.2f} 元与应有现金 {expected:,.2f} 元不符，请说明")
        h = Handover(cashier=actor.username, cashier_name=actor.display_name, day=day,
                     first_no=own[0].number if own else "", last_no=own[-1].number if own else "",
                     count=len(own), total=sum(by_method.values(), ZERO),
                     by_method=json.dumps({k: str(v) for k, v in by_method.items()}, ensure_ascii=False),
                     cash_expected=expected, cash_counted=counted, explanation=explanation.strip(),
                     receiver=receiver.strip(), handed_at=ctx.clock.now())
        s.add(h)
        s.flush()
        for r in own:
            r.handover_id = h.id
            if r.voided_at is not None:
                r.void_handover_id = h.id
        for r in late:
            r.void_handover_id = h.id
        audit.record(s, ctx, actor, "billing.handover", "handover", h.id,
                     summary=f"{actor.display_name} {day} 费用移交 {h.count} 张 {h.total:,.2f} 元，交 {h.receiver}",
                     after={"day": day, "count": h.count, "total": h.total, "by_method": by_method,
                            "cash_counted": counted, "difference": counted - expected})
        uow.commit()
        return HandoverDraft(h.id, h.cashier, h.cashier_name, day, tuple(rows), by_method, h.first_no, h.last_no,
                             counted, h.explanation, h.receiver, h.handed_at)


def handover(ctx: Context, actor: Actor, handover_id: int) -> HandoverDraft:
    actor.require(VIEW)
    with ctx.reader() as uow:
        s = uow.session
        h = s.get(Handover, handover_id)
        if h is None:
            raise Conflict("移交记录不存在")
        own = list(s.execute(select(Receipt).where(Receipt.handover_id == h.id)
                             .order_by(Receipt.series, Receipt.seq)).scalars())
        late = list(s.execute(select(Receipt).where(Receipt.void_handover_id == h.id, Receipt.handover_id != h.id)
                              .order_by(Receipt.series, Receipt.seq)).scalars())
        rows = _rows(s, own, late)
        return HandoverDraft(h.id, h.cashier, h.cashier_name, h.day, tuple(rows),
                             {k: Decimal(v) for k, v in json.loads(h.by_method).items()}, h.first_no, h.last_no,
                             h.cash_counted, h.explanation, h.receiver, h.handed_at)


@dataclass(frozen=True)
class HandoverRow:
    id: int
    day: date
    cashier_name: str
    count: int
    total: Decimal
    cash_expected: Decimal
    cash_counted: Decimal
    receiver: str


def handovers(ctx: Context, actor: Actor, limit: int = 100) -> list[HandoverRow]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [HandoverRow(h.id, h.day, h.cashier_name, h.count, h.total, h.cash_expected, h.cash_counted, h.receiver)
                for h in uow.session.execute(select(Handover).order_by(Handover.day.desc(), Handover.id.desc())
                                             .limit(limit)).scalars()]
