"""Money invariants for `deskapp check`: they hold by construction; this proves it on the file."""
from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal

from deskapp.domain.money import ZERO
from deskapp.services import hooks
from deskapp.services.billing.audit_match import audit_match
from deskapp.services.context import Context
from deskapp.store.queries import billing_deposits as deposit_queries
from deskapp.store.queries import billing as groups
from deskapp.store.queries import billing_run as queries
from deskapp.store.uow import Session


def bill_totals(session: Session) -> hooks.CheckResult:
    n, wrong = queries.bills_off_their_lines(session)
    return hooks.CheckResult("账单合计 = 明细之和", n,
                             [f"账单 {number}：合计 {total} ≠ 明细之和 {lines}" for number, total, lines in wrong])


def allocations(session: Session) -> hooks.CheckResult:
    """For each shared meter and quarter: the lines of all runs plus the shares held for units
    left out equal the meter's amount in the latest allocation."""
    latest = queries.latest_allocation_per_meter_quarter(session)
    sums: dict[tuple[int, str], Decimal] = defaultdict(lambda: ZERO, queries.allocated_per_meter_quarter(session))
    problems = [f"公摊表 {mid} {q}：分摊 {sums[(mid, q)]} + 暂缓 {a.held} ≠ 表计金额 {a.amount}"
                for (mid, q), a in latest.items() if sums[(mid, q)] + a.held != a.amount]
    return hooks.CheckResult("公摊分配之和 = 表计金额", len(latest), problems)


def receipt_numbers(session: Session) -> hooks.CheckResult:
    problems, n = [], 0
    for r in queries.receipt_series_numbers(session):
        n += r.count
        if r.distinct != r.count:
            problems.append(f"收据 {r.series} 有重号")
        if r.lowest != 1 or r.highest != r.count:
            problems.append(f"收据 {r.series} 编号不连续：{r.count} 张，编号 {r.lowest}–{r.highest}")
    return hooks.CheckResult("收据编号连续无重号", n, problems)


def receipts_add_up(session: Session) -> hooks.CheckResult:
    n, wrong = queries.receipts_off_their_lines(session)
    return hooks.CheckResult("收据金额 = 明细之和", n, [f"收据 {number}：实收 {amount} + 预存抵扣 {used} ≠ 明细 {lines}"
                                                   for number, amount, used, lines in wrong])


def handovers(session: Session) -> hooks.CheckResult:
    got: dict[int, dict[str, Decimal]] = defaultdict(lambda: defaultdict(lambda: ZERO))
    counts: dict[int, int] = defaultdict(int)
    for hid, method, amount, receipts in queries.handed_over_by_method(session):
        got[hid][method.value] += amount
        counts[hid] += receipts
    for hid, method, amount in queries.voids_handed_over_by_method(session):
        got[hid][method.value] -= amount
    cash_out = deposit_queries.cash_refunds_by_handover(session)
    cash_deposits = deposit_queries.cash_deposits_by_handover(session)
    problems, n = [], 0
    for h in queries.handovers(session):
        n += 1
        stored = {k: Decimal(v) for k, v in json.loads(h.by_method).items()}
        actual = {k: v for k, v in got[h.id].items() if k != "预存款"}
        for k in set(stored) | set(actual):
            if stored.get(k, ZERO) != actual.get(k, ZERO):
                problems.append(f"{h.cashier_name} {h.day} 移交表 {k} {stored.get(k, ZERO)} ≠ 收据 {actual.get(k, ZERO)}")
        if sum(stored.values(), ZERO) != h.total or counts[h.id] != h.count:
            problems.append(f"{h.cashier_name} {h.day} 移交表合计或张数与收据不符")
        # less the cash refunds paid out, plus the cash deposits taken less those given back
        cash = stored.get("现金", ZERO) - cash_out.get(h.id, ZERO) + cash_deposits.get(h.id, ZERO)
        if h.cash_expected != cash:
            problems.append(f"{h.cashier_name} {h.day} 应有现金 {h.cash_expected} ≠ 现金收据 − 现金退款 ± 现金押金 {cash}")
    return hooks.CheckResult("每日移交 = 收据合计", n, problems)


def paid_not_above_billed(session: Session) -> hooks.CheckResult:
    paid, over = queries.lines_paid_above_billed(session)
    problems = [f"账单明细 {lid}：已收 {p} 多于应收 {billed}" for lid, p, billed in over]
    balances = queries.prepayment_balances(session)
    problems += [f"房屋 {uid} 预存款余额为负 {b}" for uid, b in balances if b < 0]
    return hooks.CheckResult("已收不超应收、预存款不为负", paid + len(balances), problems)


def open_lines(session: Session) -> hooks.CheckResult:
    """open_bill_lines (the lines not settled, kept by triggers) against the money: no line in it
    settled, and what its lines owe equal to what all lines owe (billed − paid − waived, summed
    table by table), plainly and weighted by line id, so a line missing from it is noticed
    without joining ten years of lines to their payments."""
    listed = queries.owed_on_open_lines(session)
    everywhere = queries.owed_everywhere(session)
    problems = [f"未结清明细表中有 {listed.settled} 条已结清的明细"] if listed.settled else []
    if listed.sums != everywhere:
        problems.append(f"未结清明细表欠费合计 {Decimal(listed.sums.owed).scaleb(-2)} 元，与全部明细的欠费合计 "
                        f"{Decimal(everywhere.owed).scaleb(-2)} 元不符：有未结清的明细不在表中，欠费表会漏掉它")
    return hooks.CheckResult("未结清明细表与收款一致", listed.count, problems)


def combined_payments(session: Session) -> hooks.CheckResult:
    """A 合并缴费 is one payment: two receipts or more, one method, one reference, voided together."""
    problems, rows = [], groups.receipt_groups(session)
    for g in rows:
        if g.count < 2:
            problems.append(f"合并缴费 {g.group_no} 只有 {g.count} 张收据")
        if g.methods != 1 or g.refs != 1:
            problems.append(f"合并缴费 {g.group_no} 的收据支付方式或交易流水号不一致")
        if 0 < g.voided < g.count:
            problems.append(f"合并缴费 {g.group_no} 的收据只作废了 {g.voided} 张（共 {g.count} 张）")
    return hooks.CheckResult("合并缴费的收据一致", len(rows), problems)


@hooks.register(hooks.Hook.CHECKS)
def billing_checks(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    return [hooks.timed(check, session) for check in (
        bill_totals, allocations, receipt_numbers, receipts_add_up, handovers, paid_not_above_billed,
        open_lines, combined_payments, audit_match)]
