"""`deskapp check` on the 押金台账 and the refunds: they hold by construction (the services refuse
more than is held); this proves it on the file, so a row written past them is found."""
from __future__ import annotations

from deskapp.domain.money import ZERO
from deskapp.services import hooks
from deskapp.services.context import Context
from deskapp.store.queries import billing_deposits as queries
from deskapp.store.uow import Session


def ledger_balances(session: Session) -> hooks.CheckResult:
    """Per deposit: taken − refunded − forfeited − moved = held ≥ 0, the 收取 entries equal the
    amount taken; and the ledger's held total equals the sum of the deposits held."""
    rows = queries.held_by_deposit(session)
    problems = [f"押金 {ref or i}：收取 {taken} − 退还/没收/转出 {out} = {held} < 0"
                for i, ref, taken, out, held in rows if held < 0]
    problems += [f"押金 {ref or i}：台账金额 {amount} ≠ 收取记录 {taken}"
                 for i, ref, amount, taken in queries.deposit_amount_mismatches(session)]
    held_total = sum((held for *_, held in rows), ZERO)
    ledger_total = queries.ledger_held_total(session)  # every entry, whether its deposit exists or not
    if held_total != ledger_total:
        problems.append(f"押金台账在押合计 {ledger_total} ≠ 各笔在押之和 {held_total}")
    return hooks.CheckResult("押金台账平衡（收取 − 退还 − 没收 = 在押 ≥ 0）", len(rows), problems)


def refunds_within_held(session: Session) -> hooks.CheckResult:
    """A paid deposit refund has its 退还 entry of the same amount, and no deposit gave back more
    than was taken (prepayment balances staying ≥ 0 after refunds is billing's own check)."""
    entries = queries.refunded_entries_of_refunds(session)
    paid = queries.paid_deposit_refunds(session)
    problems = [f"退款 {number} {amount} 元：押金台账退还记录 {entries.get(rid, ZERO)}"
                for rid, number, amount in paid if entries.get(rid, ZERO) != amount]
    deposits = queries.held_by_deposit(session)
    taken = {i: t for i, _ref, t, _out, _held in deposits}
    refs = {i: ref for i, ref, *_ in deposits}
    problems += [f"押金 {refs.get(i, i)}：退款 {out} 元多于收取 {taken.get(i, ZERO)}"
                 for i, out in queries.paid_refunds_of_deposits(session).items() if out > taken.get(i, ZERO)]
    return hooks.CheckResult("退款不超过所存", len(paid), problems)


def deposit_money_handed_over(session: Session) -> hooks.CheckResult:
    """Every deposit entry on a handover moved money through that cashier's drawer by that day
    (taken or given back at the point of service). Once at most is the link table's key; that
    each handover's cash expected includes them is billing's handover check."""
    rows = queries.misplaced_deposit_handovers(session)
    problems = [f"押金 {ref} 的{kind}记录不应列在 {name} {day} 的移交表" for ref, kind, name, day in rows]
    return hooks.CheckResult("押金收退各移交一次", len(rows), problems)


@hooks.register(hooks.Hook.CHECKS)
def deposit_checks(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    return [hooks.timed(check, session)
            for check in (ledger_balances, refunds_within_held, deposit_money_handed_over)]
