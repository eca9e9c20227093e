"""退款 and 押金台账 figures (issue 16): opening the refund tab, and the deposits ledger with its
totals by kind, on a copy of the demo where every unit has a deposit held or settled and a refund
application (20,000 units: 20,000 deposits, about 25,000 ledger entries, 20,000 refunds).

* ``refund_open_ms`` — the 退款 tab built and its first page shown, with its count; median.
* ``deposits_open_ms`` — the 押金台账 tab built, first page (oldest first), count and totals by kind; median."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

from deskapp.bench import BenchContext, Figure, median

ORDER = 51
RUNS = 9


def _fill(ctx) -> int:
    """A deposit, its entries and a refund application per unit, written in bulk (as the ledger
    would hold them after a few years), so the tabs open on a full ledger."""
    from sqlalchemy import func, select

    from deskapp.domain.billing import PayMethod
    from deskapp.domain.billing_deposits import ApplicationState, DepositKind, EntryKind, RefundSource
    from deskapp.store.models.billing_deposits import Deposit, DepositEntry, Refund
    from deskapp.store.models.registry import Unit
    from deskapp.store.plain_rows import insert_rows

    kinds = list(DepositKind)
    states = [ApplicationState.PENDING, ApplicationState.APPROVED, ApplicationState.PAID, ApplicationState.REFUSED]
    at = datetime(2026, 6, 1, 2, 0, tzinfo=timezone.utc)
    with ctx.uow() as uow:
        s = uow.session
        units = list(s.execute(select(Unit.id).order_by(Unit.id)).scalars())
        first = (s.execute(select(func.max(Deposit.id))).scalar() or 0) + 1  # after the demo's own deposits
        deposits, entries, refunds = [], [], []
        for i, uid in enumerate(units, start=first):
            amount = Decimal(100 + i % 900)
            taken_on = date(2024, 1, 1) + timedelta(days=i % 900)
            deposits.append((i, kinds[i % len(kinds)], uid, f"业主{i}", amount, taken_on, "按约定退还", f"bench:{i}",
                             f"BENCH-{i:05d}", at, "bench"))
            entries.append((i, EntryKind.TAKEN, amount, at, "bench", ""))
            state = states[i % len(states)]
            paid = state is ApplicationState.PAID
            if paid:
                entries.append((i, EntryKind.REFUNDED, amount, at, "bench", f"TF2026-{i:05d}"))
            refunds.append((f"TF2026-{i:05d}", RefundSource.DEPOSIT, uid, i, amount, "基准测试", f"业主{i}", state, at,
                            "bench", PayMethod.CASH if paid else None, at if paid else None))
        insert_rows(s, Deposit.__table__, ["id", "kind", "unit_id", "payer", "amount", "taken_on", "secures", "source",
                                           "source_ref", "created_at", "created_by"], deposits)
        insert_rows(s, DepositEntry.__table__, ["deposit_id", "kind", "amount", "at", "by", "reason"], entries)
        insert_rows(s, Refund.__table__, ["number", "source", "unit_id", "deposit_id", "amount", "reason", "payee",
                                          "state", "applied_at", "applied_by", "method", "paid_at"], refunds)
        uow.commit()
    return len(units)


def _open_ms(b: BenchContext, make) -> float:
    app = b.qapp()
    make().deleteLater()  # first paint and imports are start-up cost
    app.processEvents()
    return median(b.shown_ms(make) for _ in range(RUNS))


def run(b: BenchContext) -> dict[str, Figure]:
    from deskapp.gui.billing.deposits_tab import DepositsTab
    from deskapp.gui.billing.refunds_tab import RefundsTab

    ctx = b.fresh()
    n = _fill(ctx)
    session = b.desk(ctx)
    note = f"{n} units, {n} deposits, {n} refunds"
    return {
        "refund_open_ms": Figure(_open_ms(b, lambda: RefundsTab(session)), "ms", 100, note=note),
        "deposits_open_ms": Figure(_open_ms(b, lambda: DepositsTab(session)), "ms", 100, note=note),
    }


__all__ = ["run"]
