"""Read-side queries of the counter's money: owners to print, the receipt register, handovers,
arrears, the monthly registers and the audit cross-check (the bill run's are in billing_run.py)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import Date, Row, case, func, literal, select, type_coerce
from sqlalchemy.orm import Session

from deskapp.contracts.billing import ChargedLine, ContactView, HandoverFilter, HandoverRow, OwnerContact, ReceiptRow
from deskapp.contracts.paging import Page
from deskapp.domain.people import Relation
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.billing import (
    Bill, BillLine, DunningContact, DunningNotice, Handover, OpenBillLine, PrepaymentEntry, Receipt, Waiver,
)
from deskapp.store.models.billing_meters import Meter, MeterReading
from deskapp.store.models.billing_one_off import OneOffCharge
from deskapp.store.models.registry import Person, Unit, UnitPerson
from deskapp.store.natural import natural
from deskapp.store.plain_rows import select_rows
from deskapp.store.types import Money
from deskapp.store.queries.billing_invoices import invoiced_receipts
from deskapp.store.queries.billing_run import paid_on_line, waived_on_line
from deskapp.store.queries.filters import counted, narrowed, ordered, searched
from deskapp.store.queries.registry import numbered


def owner_contacts(session: Session, unit_ids: list[int] | None = None) -> dict[int, list[OwnerContact]]:
    """Current owners per unit (person id, name, phone as stored), in the order they were
    registered; all units when the list is long."""
    q = (select(UnitPerson.unit_id, Person.id, Person.name, Person.phone)
         .join(Person, Person.id == UnitPerson.person_id)
         .where(UnitPerson.relation == Relation.OWNER, UnitPerson.until.is_(None))
         .order_by(UnitPerson.unit_id, UnitPerson.id))
    if unit_ids is not None and len(unit_ids) < 900:
        q = q.where(UnitPerson.unit_id.in_(unit_ids))
    out: dict[int, list[OwnerContact]] = {}
    for uid, pid, name, phone in session.execute(q):
        out.setdefault(uid, []).append(OwnerContact(pid, name, phone or ""))
    return out


def owners_by_unit(session: Session, unit_ids: list[int] | None = None) -> dict[int, str]:
    """Current owners' names per unit (、-joined); all units when the list is long."""
    return {k: "、".join(c.name for c in v) for k, v in owner_contacts(session, unit_ids).items()}


def co_owned_units(session: Session, unit_id: int) -> list[tuple[int, str]]:
    """The units (id, code) with a current owner in common with the unit, itself included, in
    natural order: what one owner may pay for in one go at the counter (合并缴费). The owner is the
    same person record, or one with the same 证件号码 (the desk's form registers an owner afresh on
    each unit; the roster import shares one record)."""
    tie = (UnitPerson.relation == Relation.OWNER) & UnitPerson.until.is_(None)
    owners = select(UnitPerson.person_id).where(UnitPerson.unit_id == unit_id, tie)
    numbers = select(Person.id_number).where(Person.id.in_(owners), Person.id_number.is_not(None),
                                             Person.id_number != "")
    same = select(Person.id).where(Person.id.in_(owners) | Person.id_number.in_(numbers))
    # IN, not JOIN … DISTINCT: PostgreSQL orders a DISTINCT only by what it selects, and the
    # natural order is an expression of the code
    units = select(UnitPerson.unit_id).where(UnitPerson.person_id.in_(same), tie)
    q = select(Unit.id, Unit.code).where(Unit.id.in_(units)).order_by(natural(Unit.code))
    return [(uid, code) for uid, code in session.execute(q)]


def receipt_groups(session: Session) -> list[Row]:
    """Per 合并缴费号: its receipts, how many methods and references they have, how many are void."""
    voided = func.sum(case((Receipt.voided_at.is_not(None), 1), else_=0))
    q = (select(Receipt.group_no, func.count(Receipt.id).label("count"),
                func.count(func.distinct(Receipt.method)).label("methods"),
                func.count(func.distinct(func.coalesce(Receipt.pay_ref, ""))).label("refs"), voided.label("voided"))
         .where(Receipt.group_no.is_not(None)).group_by(Receipt.group_no).order_by(Receipt.group_no))
    return list(session.execute(q))


# -- the receipt register and the handovers
RECEIPT_SORTS = {"number": Receipt.number, "issued_at": Receipt.issued_at, "unit": natural(Unit.code),
                 "amount": Receipt.amount, "method": Receipt.method, "cashier": Receipt.cashier_name,
                 "pay_ref": Receipt.pay_ref,
                 # the day voided, the receipts never voided before every voided one on both backends
                 # (SQLite sorts NULL first, PostgreSQL last)
                 "voided_at": func.coalesce(Receipt.void_day, literal(date(1900, 1, 1), Date()))}


def _receipts(*, day_from: date | None, day_to: date | None, text: str, unit_id: int | None = None):
    """The receipt register's rows (Receipt, unit code) kept to a unit, the days from–to (both
    included) and a search over number, unit, payer and 交易流水号."""
    q = select(Receipt, Unit.code).join(Unit, Unit.id == Receipt.unit_id)
    if unit_id is not None:
        q = q.where(Receipt.unit_id == unit_id)
    if day_from:
        q = q.where(Receipt.day >= day_from)
    if day_to:
        q = q.where(Receipt.day <= day_to)
    return searched(q, text, Receipt.number, Unit.code, Receipt.payer, Receipt.pay_ref)


def _receipt_rows(session: Session, found: list) -> list[ReceiptRow]:
    ids = [r.id for r, _ in found]
    invoiced: set[int] = set()
    for i in range(0, len(ids), 900):  # an export's year of receipts, asked in bounded lists
        invoiced |= invoiced_receipts(session, ids[i:i + 900])
    return [ReceiptRow(id=r.id, number=r.number, issued_at=r.issued_at, unit_code=code, payer=r.payer,
                       method=r.method.value, amount=r.amount, prepaid_used=r.prepaid_used, cashier=r.cashier_name,
                       status="作废" if r.voided_at else ("已开票" if r.id in invoiced
                                                         else ("已移交" if r.handover_id else "正常")),
                       pay_ref=r.pay_ref or "", voided_at=r.voided_at, void_reason=r.void_reason or "")
            for r, code in found]


def receipt_page(session: Session, *, day_from: date | None, day_to: date | None, text: str, sort: str,
                 descending: bool, offset: int, limit: int, total: int | None,
                 unit_id: int | None = None) -> Page[ReceiptRow]:
    """The receipt register (or one unit's part of it), filtered, paged and sorted in SQL; `total`
    is counted once, on the first page."""
    q = _receipts(day_from=day_from, day_to=day_to, text=text, unit_id=unit_id)
    total = counted(session, q, total)
    col = RECEIPT_SORTS.get(sort, Receipt.number)
    q = q.order_by(*ordered(col, Receipt.id, descending))
    return Page(_receipt_rows(session, list(session.execute(q.offset(offset).limit(limit)))), total, offset)


def receipt_register(session: Session, *, day_from: date | None, day_to: date | None,
                     text: str) -> list[ReceiptRow]:
    """The receipt register as exported (《收据登记表》): every receipt of the filter, in number order."""
    q = _receipts(day_from=day_from, day_to=day_to, text=text).order_by(Receipt.series, Receipt.seq, Receipt.id)
    return _receipt_rows(session, list(session.execute(q)))


def _handover_row(h: Handover) -> HandoverRow:
    return HandoverRow(id=h.id, day=h.day, cashier_name=h.cashier_name, count=h.count, total=h.total,
                       cash_expected=h.cash_expected, cash_counted=h.cash_counted, receiver=h.receiver,
                       handed_at=h.handed_at, first_no=h.first_no, last_no=h.last_no, explanation=h.explanation)


def handover_rows(session: Session, limit: int) -> list[HandoverRow]:
    """The latest handovers, newest day first."""
    return [_handover_row(h) for h in session.execute(select(Handover).order_by(Handover.day.desc(), Handover.id.desc())
                                                      .limit(limit)).scalars()]


HANDOVER_SORTS = {"day": Handover.day, "cashier": Handover.cashier_name, "handed_at": Handover.handed_at,
                  "receiver": Handover.receiver, "count": Handover.count, "total": Handover.total,
                  "cash_expected": Handover.cash_expected, "cash_counted": Handover.cash_counted,
                  "difference": Handover.cash_counted - Handover.cash_expected, "first_no": Handover.first_no,
                  "explanation": Handover.explanation}


def handover_page(session: Session, f: HandoverFilter, *, sort: str, descending: bool, offset: int, limit: int,
                  total: int | None) -> Page[HandoverRow]:
    """The handovers made (往日移交表), kept to a period of days and one cashier, paged and sorted
    in SQL (newest day first by default); `total` is counted once, on the first page."""
    end = f.day_to + timedelta(days=1) if f.day_to else None
    q = narrowed(select(Handover), at=Handover.day, start=f.day_from, end=end)
    if f.cashier:
        q = q.where(Handover.cashier == f.cashier)
    total = counted(session, q, total)
    q = q.order_by(*ordered(HANDOVER_SORTS.get(sort, Handover.day), Handover.id, descending))
    return Page([_handover_row(h) for h in session.execute(q.offset(offset).limit(limit)).scalars()], total, offset)


def handover_cashiers(session: Session) -> list[tuple[str, str]]:
    """(user name, name) of everyone who has handed over: the list's cashier filter (the service
    orders it by pinyin)."""
    q = (select(Handover.cashier, func.max(Handover.cashier_name).label("name"))
         .group_by(Handover.cashier).order_by("name", Handover.cashier))
    return [(u, n) for u, n in session.execute(q)]


# -- arrears and dunning
def unsettled_lines(session: Session, unit_ids: list[int] | None = None) -> list[ChargedLine]:
    """The bill lines (of the given units) not settled — billed ≠ paid + waived — with what was
    paid and waived on them, by quarter then as written: what arrears are owed on. Several units'
    (or all) start from open_bill_lines, the lines the triggers keep as not settled, so ten years
    of paid bills are neither read nor summed (issue 21 §4); one unit's start from its own lines
    (its index) and count only its own receipts, as its payment screen does. Either way each
    line's sums are compared again here: the set narrows the search, the money decides."""
    paid = paid_on_line()
    if unit_ids is not None and len(unit_ids) == 1:
        paid = paid.where(Receipt.unit_id == unit_ids[0])
    paid = paid.scalar_subquery()
    waived = waived_on_line().scalar_subquery()
    q = select(BillLine.id, BillLine.unit_id, BillLine.quarter, BillLine.item, BillLine.amount,
               BillLine.period_start, BillLine.period_end, BillLine.key, BillLine.basis,
               type_coerce(paid, Money()).label("paid"), type_coerce(waived, Money()).label("waived"),
               # the bill's 缴费期限 looked up by its key per line: a join could turn SQLite's plan round
               select(Bill.due_on).where(Bill.id == BillLine.bill_id).scalar_subquery().label("due_on"))
    if unit_ids is None or len(unit_ids) > 1:
        # IN, not a join: SQLite would scan bill_lines and sum before looking in the set
        q = q.where(BillLine.id.in_(select(OpenBillLine.line_id)))
    if unit_ids is not None:
        q = q.where(BillLine.unit_id.in_(unit_ids))
    q = q.where(BillLine.amount != paid + waived).order_by(BillLine.quarter, BillLine.id)
    names = [c.name for c in q.selected_columns]  # plain rows: ~90,000 at ten years, ORM rows cost twice
    return [ChargedLine(**dict(zip(names, r))) for r in select_rows(session, q)]


def last_contacts(session: Session) -> dict[int, Row]:
    """Each unit's latest dunning contact (.at, .method, .result, .promised_on): the latest time picked
    in SQL, not every contact of ten years loaded (issue 21 §4); of two at one time, the later written."""
    latest = (select(DunningContact.unit_id, func.max(DunningContact.at).label("at"))
              .group_by(DunningContact.unit_id).subquery())
    return {r.unit_id: r for r in session.execute(
        select(DunningContact.unit_id, DunningContact.at, DunningContact.method, DunningContact.result,
               DunningContact.promised_on)
        .join(latest, (latest.c.unit_id == DunningContact.unit_id) & (latest.c.at == DunningContact.at))
        .order_by(DunningContact.id))}


def contacts_of(session: Session, unit_id: int) -> list[ContactView]:
    """A unit's dunning log, newest first, each with the number of the notice it sent."""
    numbers = dict(session.execute(select(DunningNotice.id, DunningNotice.number)
                                   .where(DunningNotice.unit_id == unit_id)).all())
    return [ContactView(at=c.at, method=c.method, by=c.by, result=c.result, promised_on=c.promised_on,
                        notice=numbers.get(c.notice_id, ""))
            for c in session.execute(select(DunningContact).where(DunningContact.unit_id == unit_id)
                                     .order_by(DunningContact.at.desc(), DunningContact.id.desc())).scalars()]


def contacts_between(session: Session, t0, t1) -> list[Row]:
    """Every dunning contact of [t0, t1), oldest first (.at, .unit_id, .code, .method, .result,
    .promised_on, .by, .notice, .notice_total): the month's 催缴登记表, the letters numbered among them."""
    return list(session.execute(
        select(DunningContact.at, DunningContact.unit_id, Unit.code, DunningContact.method, DunningContact.result, DunningContact.promised_on,
               DunningContact.by, DunningNotice.number.label("notice"), DunningNotice.total.label("notice_total"))
        .join(Unit, Unit.id == DunningContact.unit_id)
        .outerjoin(DunningNotice, DunningNotice.id == DunningContact.notice_id)
        .where(DunningContact.at >= t0, DunningContact.at < t1)
        .order_by(DunningContact.at, DunningContact.id)).all())


def one_off_charges_of(session: Session, unit_id: int) -> list[Row]:
    """(OneOffCharge, its receipt's number, the receipt's voided_at) of a unit, as written."""
    return list(session.execute(
        select(OneOffCharge, Receipt.number, Receipt.voided_at).join(Receipt, Receipt.id == OneOffCharge.receipt_id)
        .where(OneOffCharge.unit_id == unit_id).order_by(OneOffCharge.id)).all())


# -- the supervisor's registers (exports)
def bill_lines_of_quarter(session: Session, quarter: str) -> Iterable[Row]:
    """(unit code, bill number, BillLine) of a quarter, by unit then bill, streamed for a cancellable export."""
    return session.execute(
        select(Unit.code, Bill.number, BillLine).join(Bill, Bill.id == BillLine.bill_id)
        .join(Unit, Unit.id == BillLine.unit_id).where(BillLine.quarter == quarter)
        .order_by(natural(Unit.code), Bill.id, BillLine.id))


def readings_of_month(session: Session, month: date) -> list[Row]:
    """(MeterReading, Meter, unit code or None) of a month: unit meters by unit, then shared meters."""
    return list(session.execute(
        select(MeterReading, Meter, Unit.code).join(Meter, Meter.id == MeterReading.meter_id)
        .outerjoin(Unit, Unit.id == Meter.unit_id).where(MeterReading.month == month)
        .order_by(Meter.shared, natural(Unit.code), Meter.number)))


def receipts_of_days(session: Session, start: date, end: date) -> list[Row]:
    """(Receipt, unit code) issued on days start ≤ day < end, in number order."""
    return list(session.execute(select(Receipt, Unit.code).join(Unit, Unit.id == Receipt.unit_id)
                                .where(Receipt.day >= start, Receipt.day < end)
                                .order_by(Receipt.series, Receipt.seq)).all())


# -- money against the audit trail (`deskapp check`)
def audit_afters(session: Session, action: str, entity: str | None = None) -> list[Row]:
    """(.entity_id, .after) of the audit rows of an action (on an entity): what each write said it wrote."""
    q = select(AuditEntry.entity_id, AuditEntry.after).where(AuditEntry.action == action)
    if entity is not None:
        q = q.where(AuditEntry.entity == entity)
    return list(session.execute(q).all())


def prepayment_net_by_receipt(session: Session) -> dict[int, Decimal]:
    return dict(session.execute(select(PrepaymentEntry.receipt_id, func.sum(PrepaymentEntry.amount))
                                .group_by(PrepaymentEntry.receipt_id)).all())


def receipt_amounts(session: Session) -> list[Row]:
    """Every receipt's .id, .number, .amount, .prepaid_used and .voided_at, in id order."""
    return list(session.execute(select(Receipt.id, Receipt.number, Receipt.amount, Receipt.prepaid_used,
                                       Receipt.voided_at).order_by(Receipt.id)).all())


def bill_run_sums(session: Session) -> dict[int, tuple[int, Decimal]]:
    """Per bill run: (bills, total)."""
    return {rid: (n, total) for rid, n, total in session.execute(
        select(Bill.run_id, func.count(), func.sum(Bill.total)).group_by(Bill.run_id))}


def waiver_amounts(session: Session) -> list[Row]:
    """Every waiver's .id, .line_id and .amount."""
    return list(session.execute(select(Waiver.id, Waiver.line_id, Waiver.amount)).all())


def handover_totals(session: Session) -> list[Row]:
    """Every handover's .id, .cashier_name, .day, .count and .total."""
    return list(session.execute(select(Handover.id, Handover.cashier_name, Handover.day, Handover.count,
                                       Handover.total)).all())


def one_off_amounts(session: Session) -> list[Row]:
    """Every one-off charge's .id, .number, .item, .amount and .receipt (its receipt's number)."""
    return list(session.execute(select(OneOffCharge.id, OneOffCharge.number, OneOffCharge.item, OneOffCharge.amount,
                                       Receipt.number.label("receipt"))
                                .join(Receipt, Receipt.id == OneOffCharge.receipt_id)).all())


def receipts_numbered(session: Session, prefix: str, limit: int) -> list[tuple]:
    """收据 by number (the search box): (id, number, unit code, payer, amount, voided_at)."""
    return numbered(session, Receipt, Receipt.number, (Receipt.payer, Receipt.amount, Receipt.voided_at), prefix, limit)
