"""期初预存与押金: the prepayment balances and deposits held that a go-live import brings in — each
prepayment an entry on the 预存款 ledger marked 期初预存 (no receipt of ours: it was taken by the old
system), each deposit taken into the 押金台账 on its own date — the import's record kept beside
them, and the check that they still equal that record. The import (services/importing/deposits.py)
judges the file and calls `post_opening_deposits` inside its own transaction."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal

from deskapp.domain.billing_deposits import DepositKind
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.importing_deposits import kind_label
from deskapp.domain.money import ZERO
from deskapp.services import audit, hooks
from deskapp.services.billing import deposits
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import PrepaymentEntry
from deskapp.store.models.billing_opening import OpeningDepositImport
from deskapp.store.queries import billing_opening as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session

NOTE = "期初预存"


@dataclass(frozen=True)
class HeldLine:
    row: int
    kind: DepositKind | None  # None: 预存款
    unit_id: int
    payer: str
    amount: Decimal
    taken_on: date
    secures: str


@dataclass(frozen=True)
class HeldSource:
    file: str
    sha256: str
    sheet: str
    rows: int


def by_kind(lines: list[HeldLine]) -> dict[str, tuple[int, Decimal]]:
    """预存款 first, then the deposit kinds in the ledger's order: (count, total) of each present."""
    out: dict[str, tuple[int, Decimal]] = {}
    for kind in (None, *DepositKind):
        mine = [ln.amount for ln in lines if ln.kind is kind]
        if mine:
            out[kind_label(kind)] = (len(mine), sum(mine, ZERO))
    return out


def reconciliation(counts: dict[str, tuple[int, Decimal]]) -> tuple[str, ...]:
    """The lines the command prints and the wizard's last page shows."""
    total = sum((t for _, t in counts.values()), ZERO)
    out = [f"期初预存与押金 {sum(n for n, _ in counts.values())} 笔，合计 {total:,.2f} 元"]
    return tuple(out + [f"  {k}：{n} 笔，{t:,.2f} 元" for k, (n, t) in counts.items()])


def post_opening_deposits(session: Session, ctx: Context, actor: Actor, lines: list[HeldLine],
                          source: HeldSource) -> tuple[str, ...]:
    """The import record, a 期初预存 entry per prepayment and a ledger deposit per deposit, the audit
    rows; returns the reconciliation as posted. The caller has checked the role and every row."""
    repo = BillingRepository(session)
    counts = by_kind(lines)
    total = sum((ln.amount for ln in lines), ZERO)
    record = repo.add(OpeningDepositImport(
        file=source.file[-260:], sha256=source.sha256, sheet=source.sheet[:120], rows=source.rows, total=total,
        by_kind=json.dumps({k: [n, str(t)] for k, (n, t) in counts.items()}, ensure_ascii=False),
        created_at=ctx.clock.now(), created_by=actor.display_name))
    repo.flush()
    for ln in lines:
        if ln.kind is None:
            # stamped on the day it was taken, so the finance report counts it before go-live
            repo.add(PrepaymentEntry(unit_id=ln.unit_id, receipt_id=None, opening_import_id=record.id,
                                     amount=ln.amount, at=datetime.combine(ln.taken_on, time(), CENTRE_TZ), note=NOTE))
        else:
            deposits.take(session, ctx, actor, ln.kind, f"{queries.OPENING_SOURCE}{record.id}:{ln.row}",
                          unit_id=ln.unit_id, payer=ln.payer, amount=ln.amount,
                          source_ref=f"期初 {source.sheet} 第 {ln.row} 行"[:60], secures=ln.secures,
                          note="上线导入", taken_on=ln.taken_on, money=None)  # taken before go-live: no drawer today
    lines_out = reconciliation(counts)
    audit.record(session, ctx, actor, "billing.opening_deposits", "opening_deposit_import", record.id,
                 summary=f"导入期初预存与押金 {source.file}：" + "；".join(s.strip() for s in lines_out),
                 after={"file": source.file, "sha256": source.sha256, "sheet": source.sheet, "rows": source.rows,
                        "total": total, "by_kind": {k: [n, t] for k, (n, t) in counts.items()}})
    return lines_out


@hooks.register(hooks.Hook.CHECKS)
def opening_deposits_equal_import(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    """Each import's record equals the 期初预存 entries and the deposits it took, kind by kind."""
    prepaid = queries.opening_prepayments_by_import(session)
    taken = queries.opening_deposits_by_import(session)
    problems, records = [], queries.opening_deposit_imports(session)
    for r in records:
        recorded = {k: (n, Decimal(t)) for k, (n, t) in json.loads(r.by_kind).items()}
        found = {kind_label(k): v for k, v in taken.get(r.id, {}).items()}
        if r.id in prepaid:
            found[kind_label(None)] = prepaid[r.id]
        for k in sorted(set(recorded) | set(found)):
            want, got = recorded.get(k, (0, ZERO)), found.get(k, (0, ZERO))
            if want != got:
                problems.append(f"期初预存与押金导入 {r.id}（{r.file}）{k}：导入记录 {want[0]} 笔 {want[1]:,.2f} 元，"
                                f"账上 {got[0]} 笔 {got[1]:,.2f} 元")
    return [hooks.CheckResult("期初预存与押金 = 导入记录", len(records), problems)]
