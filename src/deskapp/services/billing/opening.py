"""期初欠费: the opening bills a go-live import posts (one per unit, marked opening, a line per
item and period, aged by their periods), the import's record kept beside them, and the check
that they still equal that record. The import (services/importing/opening.py) judges the file
and calls `post_opening` inside its own transaction."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.billing import FeeItem
from deskapp.domain.billing_opening import MARK, Period, line_key
from deskapp.domain.money import ZERO
from deskapp.services import audit, hooks
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import BillRun
from deskapp.store.models.billing_opening import OpeningImport
from deskapp.store.queries import billing_opening as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.uow import Session

LINE_COLUMNS = ("bill_id", "unit_id", "quarter", "item", "key", "basis", "quantity", "unit_price", "amount",
                "period_start", "period_end", "note")


@dataclass(frozen=True)
class OpeningLine:
    unit_id: int
    item: FeeItem
    period: Period
    amount: Decimal


@dataclass(frozen=True)
class OpeningSource:
    """Where the lines came from, for the import record."""

    file: str
    sha256: str
    sheets: tuple[str, ...]
    rows: int


@dataclass(frozen=True)
class Posted:
    run_id: int
    bills: int
    by_item: dict[FeeItem, tuple[int, Decimal]]  # lines and total per item, as posted

    @property
    def total(self) -> Decimal:
        return sum((t for _, t in self.by_item.values()), ZERO)

    def lines(self) -> tuple[str, ...]:
        """The reconciliation the command prints and the wizard shows."""
        out = [f"期初账单 {self.bills} 张，明细 {sum(n for n, _ in self.by_item.values())} 条，合计 {self.total:,.2f} 元"]
        out += [f"  {item.value}：{n} 条，{t:,.2f} 元" for item, (n, t) in self.by_item.items()]
        return tuple(out)


def units_with_opening(session: Session) -> set[int]:
    return BillingRepository(session).units_with_opening()


def post_opening(session: Session, ctx: Context, actor: Actor, lines: list[OpeningLine],
                 source: OpeningSource) -> Posted:
    """One opening bill per unit (QC<year>-000001…), in bulk; the import record; the audit row.
    The caller has checked the role, the units and that none already has its opening bill."""
    repo = BillingRepository(session)
    now = ctx.clock.now()
    today = ctx.clock.today()
    per_unit: dict[int, list[OpeningLine]] = defaultdict(list)
    for ln in lines:
        per_unit[ln.unit_id].append(ln)
    by_item: dict[FeeItem, tuple[int, Decimal]] = {}
    for ln in lines:
        n, t = by_item.get(ln.item, (0, ZERO))
        by_item[ln.item] = (n + 1, t + ln.amount)
    by_item = {i: by_item[i] for i in FeeItem if i in by_item}
    total = sum((t for _, t in by_item.values()), ZERO)
    latest = max(ln.period.quarter.code for ln in lines)
    run = repo.add(BillRun(quarter=latest, posted_at=now, posted_by=actor.display_name, bills=len(per_unit),
                           total=total, left_out=""))
    repo.flush()
    units = list(per_unit)
    first = NumberingRepository(session).reserve(f"QC{today.year}", 0, len(units))
    first_id = repo.next_bill_id()
    bills = dict(id=[first_id + i for i in range(len(units))],
                 number=[f"QC{today.year}-{first + i:06d}" for i in range(len(units))],
                 run_id=[run.id] * len(units), unit_id=units,
                 quarter=[max(ln.period.quarter.code for ln in per_unit[u]) for u in units],
                 adjustment=[False] * len(units), total=[sum((ln.amount for ln in per_unit[u]), ZERO) for u in units],
                 due_on=[today] * len(units), created_at=[now] * len(units),
                 opening=[True] * len(units))
    rows = [(first_id + i, u, ln.period.quarter.code, ln.item, line_key(ln.item, ln.period),
             f"{MARK}欠费 {ln.period.label}", Decimal(1), ln.amount, ln.amount, ln.period.start, ln.period.end, MARK)
            for i, u in enumerate(units) for ln in per_unit[u]]
    repo.insert_bills(bills, LINE_COLUMNS, rows)
    record = repo.add_opening_import(OpeningImport(
        run_id=run.id, file=source.file[-260:], sha256=source.sha256, sheets="、".join(source.sheets),
        rows=source.rows, units=len(units), lines=len(lines), total=total,
        by_item=json.dumps({i.value: [n, str(t)] for i, (n, t) in by_item.items()}, ensure_ascii=False),
        created_at=now, created_by=actor.display_name))
    posted = Posted(run.id, len(units), by_item)
    # the run is audited as every run is (audit_match holds each run to its audit row)
    audit.record(session, ctx, actor, "billing.run", "bill_run", run.id,
                 summary=f"期初账单 {len(units)} 张，合计 {total:,.2f} 元",
                 after={"quarter": latest, "bills": len(units), "total": total, "opening": True,
                        "by_item": {i.value: t for i, (_, t) in by_item.items()}})
    audit.record(session, ctx, actor, "billing.opening", "opening_import", record.id,
                 summary=f"导入期初欠费 {source.file}：" + "；".join(posted.lines()),
                 after={"file": source.file, "sha256": source.sha256, "sheets": list(source.sheets),
                        "rows": source.rows, "units": len(units), "total": total,
                        "by_item": {i.value: [n, t] for i, (n, t) in by_item.items()}})
    return posted


@hooks.register(hooks.Hook.CHECKS)
def opening_equals_import(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    """Each import's record equals the opening bills it posted, item by item, and each opening
    bill's total its lines (bill_totals checks every bill; this names the import)."""
    posted = queries.opening_lines_by_run(session)
    bill_sums = queries.opening_bill_totals(session)
    problems, records = [], queries.opening_imports(session)
    for r in records:
        recorded = {FeeItem(k): (n, Decimal(t)) for k, (n, t) in json.loads(r.by_item).items()}
        found = posted.get(r.run_id, {})
        for item in sorted(set(recorded) | set(found), key=lambda i: i.name):
            want, got = recorded.get(item, (0, ZERO)), found.get(item, (0, ZERO))
            if want != got:
                problems.append(f"期初导入 {r.id}（{r.file}）{item.value}：导入记录 {want[0]} 条 {want[1]:,.2f} 元，"
                                f"期初账单 {got[0]} 条 {got[1]:,.2f} 元")
        bills, total = bill_sums.get(r.run_id, (0, ZERO))
        if bills != r.units or total != r.total:
            problems.append(f"期初导入 {r.id}（{r.file}）：导入记录 {r.units} 户 {r.total:,.2f} 元，"
                            f"期初账单 {bills} 张 {total:,.2f} 元")
    return [hooks.CheckResult("期初账单 = 期初导入记录", len(records), problems)]
