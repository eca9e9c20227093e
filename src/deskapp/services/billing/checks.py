"""Money invariants for `deskapp check`: they hold by construction; this proves it on the file."""
from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.services import hooks
from deskapp.services.billing.audit_match import audit_match
from deskapp.services.context import Context
from deskapp.store.models.billing import (
    Bill, BillLine, Handover, PrepaymentEntry, Receipt, ReceiptLine, ShareAllocation,
)

ZERO = Decimal("0.00")


def bill_totals(session: Session) -> hooks.CheckResult:
    sums = dict(session.execute(select(BillLine.bill_id, func.sum(BillLine.amount))
                                .group_by(BillLine.bill_id)).all())
    problems, n = [], 0
    for bid, number, total in session.execute(select(Bill.id, Bill.number, Bill.total)):
        n += 1
        lines = sums.get(bid, ZERO)
        if lines != total:
            problems.append(f"账单 {number}：合计 {total} ≠ 明细之和 {lines}")
    return hooks.CheckResult("账单合计 = 明细之和", n, problems)


def allocations(session: Session) -> hooks.CheckResult:
    """For each shared meter and quarter: the lines of all runs plus the shares held for units
    left out equal the meter's amount in the latest allocation."""
    latest: dict[tuple[int, str], ShareAllocation] = {}
    for a in session.execute(select(ShareAllocation).order_by(ShareAllocation.id)).scalars():
        latest[(a.meter_id, a.quarter)] = a
    sums: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO)
    for mid, quarter, amt in session.execute(
            select(ShareAllocation.meter_id, ShareAllocation.quarter, func.sum(BillLine.amount))
            .join(ShareAllocation, ShareAllocation.id == BillLine.allocation_id)
            .group_by(ShareAllocation.meter_id, ShareAllocation.quarter)):
        sums[(mid, quarter)] = amt
    problems = [f"公摊表 {mid} {q}：分摊 {sums[(mid, q)]} + 暂缓 {a.held} ≠ 表计金额 {a.amount}"
                for (mid, q), a in latest.items() if sums[(mid, q)] + a.held != a.amount]
    return hooks.CheckResult("公摊分配之和 = 表计金额", len(latest), problems)


def receipt_numbers(session: Session) -> hooks.CheckResult:
    problems, n = [], 0
    for series, count, lo, hi, distinct in session.execute(
            select(Receipt.series, func.count(), func.min(Receipt.seq), func.max(Receipt.seq),
                   func.count(func.distinct(Receipt.seq))).group_by(Receipt.series)):
        n += count
        if distinct != count:
            problems.append(f"收据 {series} 有重号")
        if lo != 1 or hi != count:
            problems.append(f"收据 {series} 编号不连续：{count} 张，编号 {lo}–{hi}")
    return hooks.CheckResult("收据编号连续无重号", n, problems)


def receipts_add_up(session: Session) -> hooks.CheckResult:
    lines = dict(session.execute(select(ReceiptLine.receipt_id, func.sum(ReceiptLine.amount))
                                 .group_by(ReceiptLine.receipt_id)).all())
    problems, n = [], 0
    for rid, number, amount, used in session.execute(select(Receipt.id, Receipt.number, Receipt.amount,
                                                             Receipt.prepaid_used)):
        n += 1
        if lines.get(rid, ZERO) != amount + used:
            problems.append(f"收据 {number}：实收 {amount} + 预存抵扣 {used} ≠ 明细 {lines.get(rid, ZERO)}")
    return hooks.CheckResult("收据金额 = 明细之和", n, problems)


def handovers(session: Session) -> hooks.CheckResult:
    got: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    counts: dict[int, int] = defaultdict(int)
    for hid, method, amount in session.execute(select(Receipt.handover_id, Receipt.method, Receipt.amount)
                                               .where(Receipt.handover_id.is_not(None))):
        got[hid][method.value] += amount
        counts[hid] += 1
    for hid, method, amount in session.execute(select(Receipt.void_handover_id, Receipt.method, Receipt.amount)
                                               .where(Receipt.void_handover_id.is_not(None))):
        got[hid][method.value] -= amount
    problems, n = [], 0
    for h in session.execute(select(Handover).order_by(Handover.id)).scalars():
        n += 1
        stored = {k: Decimal(v) for k, v in json.loads(h.by_method).items()}
        actual = {k: v for k, v in got[h.id].items() if k != "预存款"}
        for k in set(stored) | set(actual):
            if stored.get(k, ZERO) != actual.get(k, ZERO):
                problems.append(f"{h.cashier_name} {h.day} 移交表 {k} {stored.get(k, ZERO)} ≠ 收据 {actual.get(k, ZERO)}")
        if sum(stored.values(), ZERO) != h.total or counts[h.id] != h.count:
            problems.append(f"{h.cashier_name} {h.day} 移交表合计或张数与收据不符")
        if h.cash_expected != stored.get("现金", ZERO):
            problems.append(f"{h.cashier_name} {h.day} 应有现金 {h.cash_expected} ≠ 现金收据 {stored.get('现金', ZERO)}")
    return hooks.CheckResult("每日移交 = 收据合计", n, problems)


def paid_not_above_billed(session: Session) -> hooks.CheckResult:
    paid = dict(session.execute(
        select(ReceiptLine.bill_line_id, func.sum(ReceiptLine.amount)).join(Receipt, Receipt.id == ReceiptLine.receipt_id)
        .where(Receipt.voided_at.is_(None), ReceiptLine.bill_line_id.is_not(None))
        .group_by(ReceiptLine.bill_line_id)).all())
    problems = []
    amounts = dict(session.execute(select(BillLine.id, BillLine.amount).where(BillLine.id.in_(list(paid)[:100000])))
                   .all()) if paid else {}
    for lid, p in paid.items():
        if p > max(amounts.get(lid, ZERO), ZERO):
            problems.append(f"账单明细 {lid}：已收 {p} 多于应收 {amounts.get(lid, ZERO)}")
    balances = session.execute(select(PrepaymentEntry.unit_id, func.sum(PrepaymentEntry.amount))
                               .group_by(PrepaymentEntry.unit_id)).all()
    problems += [f"房屋 {uid} 预存款余额为负 {b}" for uid, b in balances if b < 0]
    return hooks.CheckResult("已收不超应收、预存款不为负", len(paid) + len(balances), problems)


@hooks.register(hooks.Hook.CHECKS)
def billing_checks(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    return [bill_totals(session), allocations(session), receipt_numbers(session), receipts_add_up(session),
            handovers(session), paid_not_above_billed(session), audit_match(session)]
