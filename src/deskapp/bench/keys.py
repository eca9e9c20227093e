"""Keys figures (issue 6) on 500,000 key loans over 10 years of a 20,000-unit community:

* ``key_loans_open_ms`` — the 钥匙借用登记表 tab opens (widget, count and first page) and is
  filtered by a unit, by a month and by both; the figure is the slowest of those medians.
* ``overdue_list_ms`` — the overdue list and its count (status-bar indicator), median.
"""
from __future__ import annotations

import random

from deskapp.bench import BenchContext, Figure, median, slowest

ORDER = 40
NEEDS = {"key_loans": 500_000}
RUNS = 15


def run(b: BenchContext) -> dict[str, Figure]:
    from PySide6.QtCore import QDate
    from sqlalchemy import func, select

    from deskapp.gui.keys.loans_tab import LoansTab
    from deskapp.services.keys import custody as keys
    from deskapp.store.models.keys import KeyLoan
    from deskapp.store.models.registry import Unit

    ctx = b.ensure(**NEEDS)
    with ctx.reader() as uow:
        loans = uow.session.execute(select(func.count()).select_from(KeyLoan)).scalar_one()
        unit_ids = uow.session.execute(select(KeyLoan.unit_id).distinct().order_by(KeyLoan.unit_id)).scalars().all()
        first = uow.session.execute(select(func.min(KeyLoan.lent_at))).scalar_one()
    session = b.desk(ctx)
    rng = random.Random(6)
    today = ctx.clock.today()
    months = [f"{y}-{m:02d}" for y in range(first.year, today.year + 1) for m in range(1, 13)
              if (y, m) >= (first.year, first.month) and (y, m) <= (today.year, today.month)]

    opened = b.made_ms(lambda: LoansTab(session), 5)
    tab = LoansTab(session)
    with ctx.reader() as uow:
        codes = dict(uow.session.execute(select(Unit.id, Unit.code).where(Unit.id.in_(unit_ids))).all())

    def set_filter(unit: bool, month: bool) -> None:
        # Set every widget quietly, then time the one reload the user's last change causes.
        for w in (tab.unit, tab.month, tab.all_months):
            w.blockSignals(True)
        tab.unit.setText(codes[rng.choice(unit_ids)] if unit else "")
        y, m = (int(x) for x in rng.choice(months).split("-"))
        tab.month.setDate(QDate(y, m, 1))
        tab.all_months.setChecked(not month)
        for w in (tab.unit, tab.month, tab.all_months):
            w.blockSignals(False)

    def timed(unit: bool, month: bool) -> float:
        set_filter(unit, month)
        return b.time_ms(tab.reload)

    unit_ms = [timed(True, False) for _ in range(RUNS)]
    month_ms = [timed(False, True) for _ in range(RUNS)]
    both_ms = [timed(True, True) for _ in range(RUNS)]
    tab.deleteLater()
    parts = {"open": median(opened), "unit": median(unit_ms), "month": median(month_ms), "unit+month": median(both_ms)}
    worst, detail = slowest(parts)

    overdue = [b.time_ms(lambda: (keys.overdue_loans(ctx, b.actor), keys.count_overdue(ctx, b.actor)))
               for _ in range(RUNS)]
    return {
        "key_loans_open_ms": Figure(parts[worst], "ms", 300,
                                    note=f"{loans:,} loans, {b.units} units; medians: {detail} (slowest: {worst})"),
        "overdue_list_ms": Figure(median(overdue), "ms", 50, note=f"list and count of overdue keys among {loans:,}"),
    }
