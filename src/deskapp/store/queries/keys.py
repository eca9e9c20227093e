"""钥匙借用登记表 and the overdue list, in SQL (the register grows by hundreds of loans a month)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from deskapp.domain.keys import BorrowerKind, Purpose
from deskapp.domain.privacy import mask_id_number
from deskapp.store.models.keys import CustodyKey, KeyLoan
from deskapp.store.models.registry import Unit
from deskapp.store.natural import natural
from deskapp.contracts.paging import Page


@dataclass(frozen=True)
class LoanFilter:
    unit_id: int | None = None
    start: datetime | None = None  # lent_at >= start
    end: datetime | None = None  # lent_at < end
    open_only: bool = False
    overdue_at: datetime | None = None  # only loans still out after their due time at this moment


@dataclass(frozen=True)
class LoanRow:
    id: int
    key_id: int
    tag: str
    key_label: str
    unit_id: int
    unit_code: str
    lent_at: datetime
    borrower_name: str
    borrower_kind: BorrowerKind
    id_check: str  # 证件核验 as printed: type, masked number, verified or approved by whom
    purpose: str
    lent_by: str
    due_at: datetime
    returned_at: datetime | None
    returned_by_name: str
    received_by: str
    deposit: object
    overdue_note: str


SORTABLE = {
    "lent_at": KeyLoan.lent_at, "due_at": KeyLoan.due_at, "returned_at": KeyLoan.returned_at,
    "borrower": KeyLoan.borrower_name, "unit": natural(Unit.code), "key": KeyLoan.key_id,
}


def _filtered(f: LoanFilter) -> Select:
    q = select(KeyLoan.id)
    if f.unit_id is not None:
        q = q.where(KeyLoan.unit_id == f.unit_id)
    if f.start is not None:
        q = q.where(KeyLoan.lent_at >= f.start)
    if f.end is not None:
        q = q.where(KeyLoan.lent_at < f.end)
    if f.open_only or f.overdue_at is not None:
        q = q.where(KeyLoan.returned_at.is_(None))
    if f.overdue_at is not None:
        q = q.where(KeyLoan.due_at < f.overdue_at)
    return q


def id_check_text(values: tuple[str, str, bool, str | None], mask=mask_id_number) -> str:
    id_type, id_number, verified, approved_by = values
    text = f"{id_type} {mask(id_number)}".strip()
    if verified:  # the document matched; a tenant's loan was still approved, and says so
        return f"{text} 已核验，{approved_by} 批准" if approved_by else f"{text} 已核验"
    return f"{text} 未核验，{approved_by} 批准" if approved_by else f"{text} 未核验"


def count_loans(session: Session, f: LoanFilter) -> int:
    return session.execute(select(func.count()).select_from(_filtered(f).subquery())).scalar_one()


def _purpose(p: Purpose, note: str) -> str:
    return f"{p.value}：{note}" if note else p.value


def loan_rows(session: Session, f: LoanFilter, *, sort: str = "lent_at", descending: bool = True, offset: int = 0,
              limit: int = 200) -> list[LoanRow]:
    col = SORTABLE.get(sort, KeyLoan.lent_at)
    order = [col.desc() if descending else col.asc(), KeyLoan.id.desc() if descending else KeyLoan.id]
    # joined for the unit column's natural order (2-1-201 before 10-1-101), not by unit id
    page_ids = (_filtered(f).join(Unit, Unit.id == KeyLoan.unit_id)
                .order_by(*order).offset(offset).limit(limit).subquery())
    # Plain columns, not entities: a page of 200 rows builds no ORM objects.
    q = (
        select(KeyLoan.id, KeyLoan.key_id, CustodyKey.tag, CustodyKey.label, CustodyKey.kind, KeyLoan.unit_id,
               Unit.code, KeyLoan.lent_at, KeyLoan.borrower_name, KeyLoan.borrower_kind, KeyLoan.id_type,
               KeyLoan.id_number, KeyLoan.id_verified, KeyLoan.approved_by, KeyLoan.purpose, KeyLoan.purpose_note,
               KeyLoan.lent_by, KeyLoan.due_at, KeyLoan.returned_at, KeyLoan.returned_by_name, KeyLoan.received_by,
               KeyLoan.deposit, KeyLoan.overdue_note)
        .join(page_ids, page_ids.c.id == KeyLoan.id)
        .join(CustodyKey, CustodyKey.id == KeyLoan.key_id)
        .join(Unit, Unit.id == KeyLoan.unit_id)
        .order_by(*order)
    )
    rows = []
    for r in session.execute(q):
        rows.append(LoanRow(
            id=r.id, key_id=r.key_id, tag=r.tag, key_label=r.label or r.kind.value, unit_id=r.unit_id,
            unit_code=r.code, lent_at=r.lent_at, borrower_name=r.borrower_name, borrower_kind=r.borrower_kind,
            id_check=id_check_text((r.id_type, r.id_number, r.id_verified, r.approved_by)),
            purpose=_purpose(r.purpose, r.purpose_note), lent_by=r.lent_by, due_at=r.due_at,
            returned_at=r.returned_at, returned_by_name=r.returned_by_name, received_by=r.received_by,
            deposit=r.deposit, overdue_note=r.overdue_note))
    return rows


def loan_register(session: Session, f: LoanFilter, *, sort: str = "lent_at", descending: bool = True,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[LoanRow]:
    rows = loan_rows(session, f, sort=sort, descending=descending, offset=offset, limit=limit)
    return Page(rows, count_loans(session, f) if total is None else total, offset)


def overdue(session: Session, now: datetime, limit: int = 500) -> list[LoanRow]:
    return loan_rows(session, LoanFilter(overdue_at=now), sort="due_at", descending=False, limit=limit)


def count_overdue(session: Session, now: datetime) -> int:
    return count_loans(session, LoanFilter(overdue_at=now))


def id_checks(session: Session, loan_ids: list[int], mask) -> dict[int, str]:
    """证件核验 of these loans with `mask` applied to the number (an unmasked export passes the identity)."""
    rows = session.execute(select(KeyLoan.id, KeyLoan.id_type, KeyLoan.id_number, KeyLoan.id_verified,
                                  KeyLoan.approved_by).where(KeyLoan.id.in_(loan_ids)))
    return {r[0]: id_check_text(tuple(r[1:]), mask) for r in rows}
