"""The finance report's sums, added up in SQL: a quarter of 20,000 units has some 100,000 bill
lines, and what the report needs of them is their sums per unit, item and quarter billed."""
from __future__ import annotations

from datetime import date, tzinfo
from decimal import Decimal

from sqlalchemy import Integer, String, and_, case, exists, func, literal, null, or_, select, type_coerce, union_all
from sqlalchemy.orm import Session

from deskapp.domain.billing import FeeItem
from deskapp.domain.billing_finance import LineSums, Prepayments, ReportPeriod, UnitSums
from deskapp.domain.local_time import day_start
from deskapp.store.models.billing import Bill, BillLine, BillRun, PrepaymentEntry, Receipt, ReceiptLine, Waiver
from deskapp.store.models.registry import Building, Unit
from deskapp.store.natural import natural


def line_sums(session: Session, period: ReportPeriod,
              tz: tzinfo) -> tuple[list[LineSums], list[UnitSums], tuple[int, int]]:
    """Lines of bills posted before the period's end, as at the end, summed in one statement (the
    per-line facts worked out once): per building, item, quarter billed and 当期 or not; per unit
    and quarter where something is still owed (arrears by length); and the 收费户 (units with 当期
    bills) with how many of them owe nothing on those (已交户)."""
    end_at, quarter_at = day_start(period.end, tz), day_start(period.quarter_start, tz)
    counted = and_(Receipt.day < period.end, or_(Receipt.void_day.is_(None), Receipt.void_day >= period.end))
    paid = (select(ReceiptLine.bill_line_id.label("line_id"), func.sum(ReceiptLine.amount).label("paid"),
                   func.sum(case((Receipt.day >= period.start, ReceiptLine.amount), else_=0)).label("paid_in"))
            .join(Receipt, Receipt.id == ReceiptLine.receipt_id)
            .where(ReceiptLine.bill_line_id.is_not(None), counted).group_by(ReceiptLine.bill_line_id).subquery())
    waived = (select(Waiver.line_id, func.sum(Waiver.amount).label("waived")).where(Waiver.at < end_at)
              .group_by(Waiver.line_id).subquery())
    f = (select(BillLine.unit_id, Building.code.label("building"), BillLine.item, BillLine.quarter,
                case((BillRun.posted_at >= quarter_at, 1), else_=0).label("current"),
                fen(BillLine.amount).label("amount"), fen(func.coalesce(paid.c.paid, 0)).label("paid"),
                fen(func.coalesce(paid.c.paid_in, 0)).label("paid_in"),
                fen(func.coalesce(waived.c.waived, 0)).label("waived"), Bill.due_on, Bill.opening)
         .join(Bill, Bill.id == BillLine.bill_id).join(BillRun, BillRun.id == Bill.run_id)
         .join(Unit, Unit.id == BillLine.unit_id).join(Building, Building.id == Unit.building_id)
         .outerjoin(paid, paid.c.line_id == BillLine.id).outerjoin(waived, waived.c.line_id == BillLine.id)
         .where(BillRun.posted_at < end_at)).cte("line_facts")
    sums = [func.sum(f.c.amount), func.sum(f.c.paid), func.sum(f.c.paid_in), func.sum(f.c.waived)]
    owed = sums[0] - sums[1] - sums[3]
    groups = select(literal("g"), f.c.building, type_coerce(f.c.item, String), null(), f.c.quarter, f.c.current,
                    *sums, null(), null()).group_by(f.c.building, f.c.item, f.c.quarter, f.c.current)
    # by 缴费期限 too: a bill not yet due on the period's last day is not arrears (domain.billing.in_arrears)
    owing = (select(literal("u"), null(), null(), f.c.unit_id, f.c.quarter, null(), *sums, f.c.due_on,
                    case((f.c.opening, 1), else_=0))
             .group_by(f.c.unit_id, f.c.quarter, f.c.due_on, f.c.opening).having(owed > 0))
    # 收费户 and 已交户 counted here: one row instead of one per unit (a quarter has 20,000)
    per_unit = (select(func.sum(f.c.amount).label("amount"),
                       func.sum(f.c.amount - f.c.paid - f.c.waived).label("owed"))
                .where(f.c.current == 1).group_by(f.c.unit_id).having(func.sum(f.c.amount) > 0).subquery())
    households = select(literal("h"), null(), null(), null(), null(), null(), func.count(),
                        func.sum(case((per_unit.c.owed <= 0, 1), else_=0)), null(), null(), null(), null())
    by_group, by_unit, counts = [], [], (0, 0)
    for kind, building, item, unit_id, quarter, cur, a, p, pi, w, due, opening in session.execute(
            union_all(groups, owing, households)):
        if kind == "g":
            by_group.append(LineSums(building=building, item=FeeItem[item].value, quarter=quarter, current=bool(cur),
                                     amount=_fen(a), paid=_fen(p), paid_in=_fen(pi), waived=_fen(w)))
        elif kind == "u":
            by_unit.append(UnitSums(unit_id=unit_id, quarter=quarter, amount=_fen(a), paid=_fen(p), waived=_fen(w),
                                    due_on=_day(due), opening=bool(opening)))
        else:
            counts = (int(a or 0), int(p or 0))
    return by_group, by_unit, counts


def fen(expr):
    """A sum of money columns read as the integer fen it is (a coalesce or case loses the type)."""
    return type_coerce(expr, Integer)


def _day(value) -> date | None:
    """A date read back through a UNION (SQLite hands it over as its text)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def _fen(value) -> Decimal:
    return Decimal(int(value or 0)).scaleb(-2)


def prepayments(session: Session, period: ReportPeriod, tz: tzinfo) -> Prepayments:
    start_at, end_at = day_start(period.start, tz), day_start(period.end, tz)
    in_period = and_(PrepaymentEntry.at >= start_at, PrepaymentEntry.at < end_at)
    opening, deposited, used = session.execute(select(
        fen(func.sum(case((PrepaymentEntry.at < start_at, PrepaymentEntry.amount), else_=0))),
        fen(func.sum(case((and_(in_period, PrepaymentEntry.amount > 0), PrepaymentEntry.amount), else_=0))),
        fen(func.sum(case((and_(in_period, PrepaymentEntry.amount < 0), -PrepaymentEntry.amount), else_=0))),
    ).where(PrepaymentEntry.at < end_at)).one()
    opening, deposited, used = _fen(opening), _fen(deposited), _fen(used)
    return Prepayments(opening=opening, deposited=deposited, used=used, closing=opening + deposited - used)


def waivers(session: Session, period: ReportPeriod, tz: tzinfo) -> list[tuple[str, int, Decimal]]:
    """Waivers granted in the period, by item: (item, lines, amount)."""
    start_at, end_at = day_start(period.start, tz), day_start(period.end, tz)
    rows = session.execute(select(BillLine.item, func.count(Waiver.id), fen(func.sum(Waiver.amount)))
                           .join(BillLine, BillLine.id == Waiver.line_id)
                           .where(Waiver.at >= start_at, Waiver.at < end_at).group_by(BillLine.item))
    return [(item.value, n, _fen(total)) for item, n, total in rows]


def never_billed(session: Session, period: ReportPeriod, tz: tzinfo) -> list[str]:
    """Units delivered before the period's end that no bill posted before it charged."""
    end_at = day_start(period.end, tz)
    billed = exists(select(BillLine.id).join(Bill, Bill.id == BillLine.bill_id)
                    .join(BillRun, BillRun.id == Bill.run_id)
                    .where(BillLine.unit_id == Unit.id, BillRun.posted_at < end_at))
    return list(session.execute(select(Unit.code).where(Unit.delivered_on.is_not(None),
                                                        Unit.delivered_on < period.end, ~billed)
                                .order_by(natural(Unit.code))).scalars())
