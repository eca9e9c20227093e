"""The demo's keys step: consistent data a clerk can try every keys screen on."""
from datetime import date

import pytest
from sqlalchemy import func, select

from deskapp.services import demo, hooks
from deskapp.services.keys import (
    cards as keys_cards, custody as keys, inventory as keys_inventory, parking as keys_parking,
)
from deskapp.store.models.keys import CustodyKey, KeyLoan


@pytest.mark.slow
def test_demo_keys_are_consistent(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(units=300, today=date(2026, 11, 27)))
    overdue = keys.overdue_loans(ctx, admin)
    assert len(overdue) == 3 and sum(1 for r in overdue if not r.overdue_note) == 1
    with ctx.reader() as uow:
        s = uow.session
        assert s.execute(select(func.count()).select_from(CustodyKey)).scalar_one() >= 10
        assert s.execute(select(func.count()).select_from(KeyLoan)).scalar_one() >= 300
        blockers = hooks.collect("handover_blockers", s, ctx, admin, date(2026, 11, 27))
        checks = [c for c in hooks.collect("checks", s, ctx) if c.name == "钥匙借用记录"]
        # no key is lent twice at once, and loans of one key never overlap
        rows = s.execute(select(KeyLoan.key_id, KeyLoan.lent_at, KeyLoan.returned_at)
                         .order_by(KeyLoan.key_id, KeyLoan.lent_at)).all()
    assert len([b for b in blockers if b.startswith("钥匙")]) == 1
    assert checks[0].problems == []
    for (k1, _l1, r1), (k2, l2, _r2) in zip(rows, rows[1:]):
        if k1 == k2:
            assert r1 is not None and r1 <= l2
    assert keys_cards.cards(ctx, admin, expiring=True) and keys_cards.cards(ctx, admin, expired=True)
    states = {s.state.value for s in keys_parking.spaces(ctx, admin)}
    assert {"已售", "已租", "空闲"} <= states
    status = keys_inventory.count_status(ctx, admin)
    assert status.last_counted is not None and status.last_counted.month != 11 and status.due_alert
