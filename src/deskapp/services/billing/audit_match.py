"""Money cross-checked with the audit trail, for `deskapp check`.

Each receipt, void, bill run, waiver, handover, one-off charge and prepayment movement was written together
with its audit row, which carries the amounts. The audit rows are hash-chained, so someone who
edits a money row with a SQLite editor (after dropping the triggers) but leaves the audit alone
is caught here: the row no longer says what its audit row says, or its audit row has no row.

Rows written by the demo generator in bulk are covered by its one `demo.generate` row, which
records how many rows of each table it wrote; ids up to that count are the demo's."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from decimal import Decimal

from deskapp.domain.money import ZERO
from deskapp.services import hooks
from deskapp.store.queries import billing as queries
from deskapp.store.uow import Session

NAME = "金额与审计记录一致"


def _money(after: dict, key: str) -> Decimal:
    return Decimal(str(after.get(key) or "0")).quantize(ZERO)


def _audits(session: Session, action: str, entity: str) -> dict[str, dict]:
    return {str(eid): json.loads(after or "{}") for eid, after in queries.audit_afters(session, action, entity)}


def _demo_rows(session: Session) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for _, after in queries.audit_afters(session, "demo.generate"):
        for table, n in json.loads(after or "{}").get("rows", {}).items():
            out[table] += int(n)
    return out


def _one_off_sums(session: Session) -> dict[str, Decimal]:
    out: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for after in _audits(session, "billing.one_off", "one_off_charge").values():
        out[str(after.get("receipt"))] += _money(after, "amount")
    return out


def receipts(session: Session, demo: dict[str, int]) -> tuple[int, list[str]]:
    pays = _audits(session, "billing.pay", "receipt")
    voids = _audits(session, "billing.void", "receipt")
    one_off = _one_off_sums(session)
    entries = queries.prepayment_net_by_receipt(session)
    problems, seen = [], set()
    rows = queries.receipt_amounts(session)
    for row in rows:
        rid, number, amount, used, voided_at = row.id, row.number, row.amount, row.prepaid_used, row.voided_at
        seen.add(str(rid))
        if rid <= demo.get("receipts", 0):
            continue
        pay = pays.get(str(rid))
        if pay is not None:
            said = (_money(pay, "amount"), _money(pay, "prepaid_used"))
            deposit = _money(pay, "deposit")
            if pay.get("number") != number:
                problems.append(f"收据 {number}：审计记录中的编号是 {pay.get('number')}")
        elif number in one_off:
            said, deposit = (one_off[number], ZERO), ZERO
        else:
            problems.append(f"收据 {number}：没有对应的收费审计记录")
            continue
        if (amount, used) != said:
            problems.append(f"收据 {number}：实收 {amount}、预存抵扣 {used}，审计记录为 {said[0]}、{said[1]}")
        if (voided_at is not None) != (str(rid) in voids):
            problems.append(f"收据 {number}：" + ("已作废，但没有作废的审计记录" if voided_at is not None
                                                 else "审计记录显示已作废，收据却未作废"))
        net = ZERO if voided_at is not None else deposit - said[1]
        if (entries.get(rid) or ZERO) != net:
            problems.append(f"收据 {number}：预存款变动 {entries.get(rid) or ZERO}，按审计记录应为 {net}")
    problems += [f"审计记录中的收据 {after.get('number')}（第 {rid} 号）已不存在：收据被删除"
                 for rid, after in pays.items() if rid not in seen]
    return len(rows), problems


def bill_runs(session: Session, demo: dict[str, int]) -> tuple[int, list[str]]:
    sums = queries.bill_run_sums(session)
    runs = _audits(session, "billing.run", "bill_run")
    problems = []
    for rid, after in runs.items():
        n, total = sums.get(int(rid), (0, ZERO))
        if (n, total) != (int(after.get("bills", 0)), _money(after, "total")):
            problems.append(f"{after.get('quarter')} 出账（第 {rid} 次）：账单 {n} 张合计 {total}，"
                            f"审计记录为 {after.get('bills')} 张 {_money(after, 'total')}")
    problems += [f"第 {rid} 次出账的账单没有对应的出账审计记录" for rid in sums
                 if str(rid) not in runs and rid > demo.get("bill_runs", 0)]
    return len(sums), problems


def _matched(said: dict[str, dict], demo_upto: int, rows: Iterable[tuple[int, str, Callable[[dict], str]]],
             gone: Callable[[str, dict], str]) -> list[str]:
    """Each money row against its audit row: (id, the row's name in a problem, what it says unlike
    `after` — "" when they agree); then each audit row left without its row, named by `gone(id, after)`
    (the row was deleted). Ids up to `demo_upto` are the demo's."""
    seen, problems = set(), []
    for rid, label, unlike in rows:
        seen.add(str(rid))
        if rid <= demo_upto:
            continue
        after = said.get(str(rid))
        if after is None:
            problems.append(f"{label}：没有对应的审计记录")
        elif difference := unlike(after):
            problems.append(f"{label}：{difference}")
    return problems + [gone(rid, after) for rid, after in said.items() if rid not in seen]


def _waiver_unlike(line_id: int, amount: Decimal) -> Callable[[dict], str]:
    return lambda after: ("" if (line_id, amount) == (after.get("line_id"), _money(after, "amount"))
                          else f"金额 {amount}，审计记录为 {_money(after, 'amount')}")


def waivers(session: Session, demo: dict[str, int]) -> tuple[int, list[str]]:
    said = _audits(session, "billing.waive", "bill_waiver")
    rows = queries.waiver_amounts(session)
    return len(rows), _matched(said, demo.get("bill_waivers", 0),
                               ((wid, f"减免 {wid}", _waiver_unlike(line_id, amount)) for wid, line_id, amount in rows),
                               lambda wid, _after: f"审计记录中的减免 {wid} 已不存在")


def _handover_unlike(count: int, total: Decimal) -> Callable[[dict], str]:
    return lambda after: ("" if (count, total) == (after.get("count"), _money(after, "total"))
                          else f"{count} 张 {total}，审计记录为 {after.get('count')} 张 {_money(after, 'total')}")


def handovers(session: Session, demo: dict[str, int]) -> tuple[int, list[str]]:
    said = _audits(session, "billing.handover", "handover")
    rows = queries.handover_totals(session)
    return len(rows), _matched(said, demo.get("handovers", 0),
                               ((r.id, f"{r.cashier_name} {r.day} 移交表", _handover_unlike(r.count, r.total))
                                for r in rows),
                               lambda hid, _after: f"审计记录中的移交表 {hid} 已不存在")


def _one_off_unlike(number: str, item: str, amount: Decimal, receipt: str) -> Callable[[dict], str]:
    def unlike(after: dict) -> str:
        if (number, item, amount, receipt) == (after.get("number"), after.get("item"), _money(after, "amount"),
                                               after.get("receipt")):
            return ""
        return (f"{item} {amount}（收据 {receipt}），审计记录为 "
                f"{after.get('item')} {_money(after, 'amount')}（收据 {after.get('receipt')}）")
    return unlike


def one_off_charges(session: Session, demo: dict[str, int]) -> tuple[int, list[str]]:
    said = _audits(session, "billing.one_off", "one_off_charge")
    rows = queries.one_off_amounts(session)
    return len(rows), _matched(said, demo.get("one_off_charges", 0),
                               ((r.id, f"一次性收费 {r.number}", _one_off_unlike(r.number, r.item, r.amount, r.receipt))
                                for r in rows),
                               lambda cid, after: f"审计记录中的一次性收费 {after.get('number')}（第 {cid} 号）已不存在：记录被删除")


def audit_match(session: Session) -> hooks.CheckResult:
    demo = _demo_rows(session)
    checked, problems = 0, []
    for part in (receipts, bill_runs, waivers, handovers, one_off_charges):
        n, found = part(session, demo)
        checked += n
        problems += found
    return hooks.CheckResult(NAME, checked, problems)
