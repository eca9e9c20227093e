"""Reads of the opening bills (期初), and of the 期初预存 entries and deposits a go-live import took,
against their import records, for `deskapp check`."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain.billing import FeeItem
from deskapp.domain.billing_deposits import DepositKind
from deskapp.store.models.billing import Bill, BillLine, PrepaymentEntry
from deskapp.store.models.billing_deposits import Deposit
from deskapp.store.models.billing_opening import OpeningDepositImport, OpeningImport


def opening_imports(session: Session) -> list[OpeningImport]:
    return list(session.execute(select(OpeningImport).order_by(OpeningImport.id)).scalars())


def opening_lines_by_run(session: Session) -> dict[int, dict[FeeItem, tuple[int, Decimal]]]:
    """run -> item -> (lines, total) of the opening bills each import posted."""
    out: dict[int, dict[FeeItem, tuple[int, Decimal]]] = defaultdict(dict)
    for run_id, item, n, total in session.execute(
            select(Bill.run_id, BillLine.item, func.count(BillLine.id), func.sum(BillLine.amount))
            .join(Bill, Bill.id == BillLine.bill_id).where(Bill.opening.is_(True))
            .group_by(Bill.run_id, BillLine.item)):
        out[run_id][item] = (n, total)
    return out


def opening_bill_totals(session: Session) -> dict[int, tuple[int, Decimal]]:
    """run -> (bills, sum of the bills' totals) of the opening bills."""
    return {run_id: (n, total) for run_id, n, total in session.execute(
        select(Bill.run_id, func.count(Bill.id), func.sum(Bill.total)).where(Bill.opening.is_(True))
        .group_by(Bill.run_id))}


# The deposits an opening import took carry the source "opening:<import id>:<row>".
OPENING_SOURCE = "opening:"


def opening_deposit_imports(session: Session) -> list[OpeningDepositImport]:
    return list(session.execute(select(OpeningDepositImport).order_by(OpeningDepositImport.id)).scalars())


def opening_prepayments_by_import(session: Session) -> dict[int, tuple[int, Decimal]]:
    """import -> (entries, total) of the 期初预存 entries it posted."""
    return {i: (n, total) for i, n, total in session.execute(
        select(PrepaymentEntry.opening_import_id, func.count(PrepaymentEntry.id), func.sum(PrepaymentEntry.amount))
        .where(PrepaymentEntry.opening_import_id.is_not(None)).group_by(PrepaymentEntry.opening_import_id))}


def opening_deposits_by_import(session: Session) -> dict[int, dict[DepositKind, tuple[int, Decimal]]]:
    """import -> kind -> (deposits, amount taken) of the deposits it took into the ledger."""
    out: dict[int, dict[DepositKind, list]] = defaultdict(dict)
    for source, kind, amount in session.execute(select(Deposit.source, Deposit.kind, Deposit.amount)
                                                .where(Deposit.source.like(OPENING_SOURCE + "%"))):
        n, total = out[int(source.split(":")[1])].get(kind, (0, Decimal("0.00")))
        out[int(source.split(":")[1])][kind] = (n + 1, total + amount)
    return out
