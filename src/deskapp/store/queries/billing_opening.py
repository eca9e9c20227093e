"""Reads of the opening bills (期初) against their import records, for `deskapp check`."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain.billing import FeeItem
from deskapp.store.models.billing import Bill, BillLine
from deskapp.store.models.billing_opening import OpeningImport


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
