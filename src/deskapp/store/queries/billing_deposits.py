"""Read side of the 押金台账 and the refunds: the register page with what each deposit still holds,
its totals by kind, the refund register, and the figures `deskapp check` compares."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from deskapp.contracts.billing import DepositFilter, DepositRow, DepositTotal, RefundRow
from deskapp.contracts.paging import Page
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import (
    MONEY_KINDS, WAITING_STATES, ApplicationState, DepositState, EntryKind, RefundSource, age_days, deposit_state,
)
from deskapp.domain.money import ZERO
from deskapp.store.models.billing import Handover
from deskapp.store.models.billing_deposits import Deposit, DepositEntry, DepositHandover, Forfeit, Refund
from deskapp.store.models.registry import Unit
from deskapp.store.natural import natural
from deskapp.store.queries.filters import counted, ordered
from deskapp.store.queries.registry import numbered
from deskapp.store.types import Money


def _sum_of(kind: EntryKind):
    return type_coerce(func.sum(case((DepositEntry.kind == kind, DepositEntry.amount), else_=literal(0))), Money())


def _sums():
    """Per deposit: taken, refunded, forfeited and held (taken less everything that left)."""
    held = func.sum(case((DepositEntry.kind == EntryKind.TAKEN, DepositEntry.amount), else_=-DepositEntry.amount))
    return (select(DepositEntry.deposit_id.label("deposit_id"), _sum_of(EntryKind.TAKEN).label("taken"),
                   _sum_of(EntryKind.REFUNDED).label("refunded"), _sum_of(EntryKind.FORFEITED).label("forfeited"),
                   type_coerce(held, Money()).label("held"))
            .group_by(DepositEntry.deposit_id).subquery())


def _waiting():
    """Per deposit: the refunds waiting for approval, those approved and not paid, and the forfeits
    waiting — what the register's state says beside 在押 — each as its sum and its count."""
    def asked(model, state):
        return type_coerce(func.sum(case((model.state == state, model.amount), else_=literal(0))), Money())

    def many(model, state):
        return func.sum(case((model.state == state, 1), else_=0))

    pending, approved = DepositState.REFUND_PENDING.name, DepositState.REFUND_APPROVED.name
    refunds = (select(Refund.deposit_id.label("deposit_id"),
                      asked(Refund, ApplicationState.PENDING).label(pending),
                      many(Refund, ApplicationState.PENDING).label(f"{pending}_n"),
                      asked(Refund, ApplicationState.APPROVED).label(approved),
                      many(Refund, ApplicationState.APPROVED).label(f"{approved}_n"))
               .where(Refund.deposit_id.is_not(None),
                      Refund.state.in_([ApplicationState.PENDING, ApplicationState.APPROVED]))
               .group_by(Refund.deposit_id).subquery())
    forfeit = DepositState.FORFEIT_PENDING.name
    forfeits = (select(Forfeit.deposit_id.label("deposit_id"),
                       type_coerce(func.sum(Forfeit.amount), Money()).label(forfeit),
                       func.count().label(f"{forfeit}_n"))
                .where(Forfeit.state == ApplicationState.PENDING).group_by(Forfeit.deposit_id).subquery())
    return refunds, forfeits


def _filtered(f: DepositFilter):
    s = _sums()
    refunds, forfeits = _waiting()
    waiting = {DepositState.REFUND_PENDING: refunds.c.REFUND_PENDING,
               DepositState.REFUND_APPROVED: refunds.c.REFUND_APPROVED,
               DepositState.FORFEIT_PENDING: forfeits.c.FORFEIT_PENDING}
    counts = {DepositState.REFUND_PENDING: refunds.c.REFUND_PENDING_n,
              DepositState.REFUND_APPROVED: refunds.c.REFUND_APPROVED_n,
              DepositState.FORFEIT_PENDING: forfeits.c.FORFEIT_PENDING_n}
    q = (select(Deposit, func.coalesce(Unit.code, ""), s.c.refunded, s.c.forfeited, s.c.held,
                *(c for w in WAITING_STATES for c in (waiting[w], counts[w])))
         .join(s, s.c.deposit_id == Deposit.id).outerjoin(Unit, Unit.id == Deposit.unit_id)
         .outerjoin(refunds, refunds.c.deposit_id == Deposit.id)
         .outerjoin(forfeits, forfeits.c.deposit_id == Deposit.id))
    if f.kind is not None:
        q = q.where(Deposit.kind == f.kind)
    if f.state is DepositState.CLOSED:
        q = q.where(s.c.held <= 0)
    elif f.state is not None:  # 在押, and each waiting state among those held
        q = q.where(s.c.held > 0)
        if f.state in waiting:
            q = q.where(waiting[f.state] > 0)
    if f.text.strip():
        t = f"%{f.text.strip()}%"
        q = q.where(Unit.code.ilike(t) | Deposit.payer.ilike(t) | Deposit.source_ref.ilike(t))
    return q, s


DEPOSIT_SORTS = {"taken_on": Deposit.taken_on, "kind": Deposit.kind, "unit": natural(Unit.code),
                 "payer": Deposit.payer, "amount": Deposit.amount}


def deposit_page(session: Session, f: DepositFilter, today: date, *, sort: str, descending: bool, offset: int,
                 limit: int, total: int | None) -> Page[DepositRow]:
    """The register, filtered, paged and sorted in SQL; oldest deposit first by default (ageing)."""
    q, s = _filtered(f)
    total = counted(session, q, total)
    col = DEPOSIT_SORTS.get(sort, s.c.held if sort == "held" else Deposit.taken_on)
    q = q.order_by(*ordered(col, Deposit.id, descending))
    rows = []
    for d, code, refunded, forfeited, held, *asked in session.execute(q.offset(offset).limit(limit)):
        state, waits = deposit_state(held or ZERO, {w: (asked[2 * i], asked[2 * i + 1] or 0)
                                                    for i, w in enumerate(WAITING_STATES)})
        rows.append(DepositRow(id=d.id, kind=d.kind.value, unit_code=code, payer=d.payer, amount=d.amount,
                               refunded=refunded or ZERO, forfeited=forfeited or ZERO, held=held or ZERO,
                               taken_on=d.taken_on, age_days=age_days(d.taken_on, today), secures=d.secures,
                               source_ref=d.source_ref, state=state.value, waits=waits))
    return Page(rows, total, offset)


def deposit_totals(session: Session, f: DepositFilter) -> list[DepositTotal]:
    """What the filter selects, by kind."""
    q, s = _filtered(f)
    sub = q.subquery()
    rows = session.execute(select(sub.c.kind, func.count(), type_coerce(func.sum(sub.c.held), Money()))
                           .group_by(sub.c.kind).order_by(sub.c.kind)).all()
    return [DepositTotal(kind=k.value, count=n, held=h or ZERO) for k, n, h in rows]


def held_by_source(session: Session, sources: list[str]) -> dict[str, Decimal]:
    """Source record ("card:40") → what the ledger still holds of its deposit, for the sources that
    have one; summed over their own entries only (another area's list of a few thousand records)."""
    if not sources:
        return {}
    held = func.sum(case((DepositEntry.kind == EntryKind.TAKEN, DepositEntry.amount), else_=-DepositEntry.amount))
    return {src: h or ZERO for src, h in session.execute(
        select(Deposit.source, type_coerce(held, Money())).join(DepositEntry, DepositEntry.deposit_id == Deposit.id)
        .where(Deposit.source.in_(sources)).group_by(Deposit.source))}


def held_by_deposit(session: Session) -> list[tuple[int, str, Decimal, Decimal, Decimal]]:
    """(deposit id, its paper, taken, refunded + forfeited + moved, held) for every deposit."""
    s = _sums()
    return [(i, ref, taken or ZERO, (taken or ZERO) - (held or ZERO), held or ZERO) for i, ref, taken, held in
            session.execute(select(Deposit.id, Deposit.source_ref, s.c.taken, s.c.held)
                            .outerjoin(s, s.c.deposit_id == Deposit.id))]


def deposit_amount_mismatches(session: Session) -> list[tuple[int, str, Decimal, Decimal]]:
    """Deposits whose 收取 entries do not add up to the amount the deposit says was taken."""
    s = _sums()
    return [(i, ref, amount, taken or ZERO) for i, ref, amount, taken in session.execute(
        select(Deposit.id, Deposit.source_ref, Deposit.amount, s.c.taken).outerjoin(s, s.c.deposit_id == Deposit.id)
        .where(func.coalesce(s.c.taken, 0) != Deposit.amount))]


def paid_refunds_of_deposits(session: Session) -> dict[int, Decimal]:
    """Deposit id → what paid refunds gave back of it."""
    return dict(session.execute(select(Refund.deposit_id, type_coerce(func.sum(Refund.amount), Money()))
                                .where(Refund.state == ApplicationState.PAID, Refund.deposit_id.is_not(None))
                                .group_by(Refund.deposit_id)).all())


def refunded_entries_of_refunds(session: Session) -> dict[int, Decimal]:
    """Refund id → the 退还 entries written for it in the deposits ledger."""
    return dict(session.execute(select(DepositEntry.refund_id, type_coerce(func.sum(DepositEntry.amount), Money()))
                                .where(DepositEntry.refund_id.is_not(None)).group_by(DepositEntry.refund_id)).all())


def paid_deposit_refunds(session: Session) -> list[tuple[int, str, Decimal]]:
    return [tuple(r) for r in session.execute(select(Refund.id, Refund.number, Refund.amount).where(
        Refund.state == ApplicationState.PAID, Refund.source == RefundSource.DEPOSIT))]


def prepayment_refunds_by_unit(session: Session) -> dict[int, Decimal]:
    """Unit id → prepayment refunded (paid out): taken off the 预存款 balance."""
    return dict(session.execute(select(Refund.unit_id, type_coerce(func.sum(Refund.amount), Money())).where(
        Refund.state == ApplicationState.PAID, Refund.source == RefundSource.PREPAYMENT)
        .group_by(Refund.unit_id)).all())


_REFUND_COLUMNS = (Refund.id, Refund.number, Refund.source, Refund.amount, Refund.payee, Refund.reason, Refund.state,
                   Refund.applied_at, Refund.applied_by, Refund.decided_by, Refund.method, Refund.pay_ref,
                   Refund.paid_at)


def refund_page(session: Session, *, state: ApplicationState | None, text: str, offset: int, limit: int,
                total: int | None) -> Page[RefundRow]:
    """The refund register, newest application first; plain columns, not ORM objects (the tab opens
    on its first page at once)."""
    q = (select(*_REFUND_COLUMNS, func.coalesce(Unit.code, ""), Deposit.kind, Deposit.source_ref)
         .outerjoin(Unit, Unit.id == Refund.unit_id).outerjoin(Deposit, Deposit.id == Refund.deposit_id))
    if state is not None:
        q = q.where(Refund.state == state)
    if text.strip():
        t = f"%{text.strip()}%"
        q = q.where(Refund.number.ilike(t) | Unit.code.ilike(t) | Refund.payee.ilike(t))
    if total is None:  # without a search the joins add no rows: count the refunds alone
        counted = q if text.strip() else select(Refund.id).where(*([Refund.state == state] if state else []))
        total = session.execute(select(func.count()).select_from(counted.subquery())).scalar() or 0
    rows = [RefundRow(id=i, number=number, source=source.value, unit_code=code,
                      deposit=f"{kind.value}押金 {ref}".strip() if kind is not None else "", amount=amount,
                      payee=payee, reason=reason, state=st.value, applied_at=applied_at, applied_by=applied_by,
                      decided_by=decided_by or "", method=method.value if method else "", pay_ref=pay_ref or "",
                      paid_at=paid_at)
            for (i, number, source, amount, payee, reason, st, applied_at, applied_by, decided_by, method, pay_ref,
                 paid_at, code, kind, ref)
            in session.execute(q.order_by(Refund.id.desc()).offset(offset).limit(limit))]
    return Page(rows, total, offset)


def cash_refunds_by_handover(session: Session) -> dict[int, Decimal]:
    """Handover id → the cash refunds it paid out (they come off its cash expected)."""
    return dict(session.execute(select(Refund.handover_id, type_coerce(func.sum(Refund.amount), Money())).where(
        Refund.handover_id.is_not(None), Refund.method == PayMethod.CASH).group_by(Refund.handover_id)).all())


def cash_deposits_by_handover(session: Session) -> dict[int, Decimal]:
    """Handover id → the cash deposits it took less those it gave back (they change its cash expected)."""
    net = func.sum(case((DepositEntry.kind == EntryKind.TAKEN, DepositEntry.amount), else_=-DepositEntry.amount))
    return dict(session.execute(
        select(DepositHandover.handover_id, type_coerce(net, Money()))
        .join(DepositEntry, DepositEntry.id == DepositHandover.entry_id)
        .where(DepositEntry.method == PayMethod.CASH).group_by(DepositHandover.handover_id)).all())


def misplaced_deposit_handovers(session: Session) -> list[tuple[str, str, str, date]]:
    """Deposit entries on a handover they do not belong to: one that moved no money through a
    drawer, a TF refund's (counted through its refund), another cashier's, or one of a later day.
    (source_ref, entry kind, handover's cashier name, handover's day)"""
    wrong = ((DepositEntry.cashier.is_(None)) | (DepositEntry.refund_id.is_not(None))
             | (DepositEntry.kind.not_in(MONEY_KINDS)) | (DepositEntry.cashier != Handover.cashier)
             | (DepositEntry.day > Handover.day))
    return [(ref, kind.value, name, day) for ref, kind, name, day in session.execute(
        select(Deposit.source_ref, DepositEntry.kind, Handover.cashier_name, Handover.day).select_from(DepositHandover)
        .join(DepositEntry, DepositEntry.id == DepositHandover.entry_id)
        .join(Deposit, Deposit.id == DepositEntry.deposit_id)
        .join(Handover, Handover.id == DepositHandover.handover_id).where(wrong))]


def ledger_held_total(session: Session) -> Decimal:
    """All entries of the ledger summed with their sign, deposit by deposit or not."""
    held = func.sum(case((DepositEntry.kind == EntryKind.TAKEN, DepositEntry.amount), else_=-DepositEntry.amount))
    return session.execute(select(type_coerce(held, Money()))).scalar() or ZERO


def pending_forfeits(session: Session) -> list[tuple[Forfeit, Deposit, str]]:
    """Forfeit applications waiting for a supervisor, oldest first, with their deposit and unit code."""
    return [tuple(r) for r in session.execute(
        select(Forfeit, Deposit, func.coalesce(Unit.code, "")).join(Deposit, Deposit.id == Forfeit.deposit_id)
        .outerjoin(Unit, Unit.id == Deposit.unit_id).where(Forfeit.state == ApplicationState.PENDING)
        .order_by(Forfeit.id))]


def refunds_numbered(session: Session, prefix: str, limit: int) -> list[tuple]:
    """退款单 by number (the search box): (id, number, unit code, payee, amount)."""
    return numbered(session, Refund, Refund.number, (Refund.payee, Refund.amount), prefix, limit)
