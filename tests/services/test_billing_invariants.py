"""The money invariants under many operations: a hypothesis state machine of payments, voids,
prepayments and handovers on a real database; receipt numbers under two concurrent sessions."""
from __future__ import annotations

import threading
from datetime import timedelta
from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from support import make_actor
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule, run_state_machine_as_test
from sqlalchemy import func, select

from deskapp.domain.billing import PayMethod
from deskapp.domain.clock import FixedClock
from deskapp.domain.errors import Conflict, DeskappError, PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services.app import open_context
from deskapp.services.billing import handover, payments, run
from deskapp.services.billing.checks import billing_checks
from deskapp.store.db import sqlite_backup
from deskapp.store.models.billing import BillLine, PrepaymentEntry, Receipt, ReceiptLine

ZERO = D("0.00")


# Each example works on a copy of one billed SQLite file (sqlite_backup); several desks on the
# server are tests/services/test_desks_at_once.py.
pytestmark = pytest.mark.sqlite_only


@pytest.fixture
def billed_file(community, admin, db_path, tmp_path):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    community.db.dispose()
    template = tmp_path / "billed.sqlite"
    sqlite_backup(db_path, template)
    return template, ids


def _money_facts(ctx):
    with ctx.reader() as uow:
        s = uow.session
        billed = s.execute(select(func.sum(BillLine.amount))).scalar() or ZERO
        paid = s.execute(select(func.sum(ReceiptLine.amount)).join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                         .where(Receipt.voided_at.is_(None), ReceiptLine.bill_line_id.is_not(None))).scalar() or ZERO
        deposits = s.execute(select(func.sum(ReceiptLine.amount)).join(Receipt, Receipt.id == ReceiptLine.receipt_id)
                             .where(Receipt.voided_at.is_(None), ReceiptLine.bill_line_id.is_(None))).scalar() or ZERO
        received = sum((r.amount for r in s.execute(select(Receipt).where(Receipt.voided_at.is_(None))).scalars()),
                       ZERO)
        used = sum((r.prepaid_used for r in s.execute(select(Receipt).where(Receipt.voided_at.is_(None))).scalars()),
                   ZERO)
        balance = s.execute(select(func.sum(PrepaymentEntry.amount))).scalar() or ZERO
        problems = [p for c in billing_checks(s, ctx) for p in c.problems]
        return billed, paid, deposits, received, used, balance, problems


@pytest.mark.slow
def test_payments_voids_and_handovers_keep_the_money_invariants(billed_file, tmp_path, clock):
    template, ids = billed_file
    counter = iter(range(10**6))

    class Desk(RuleBasedStateMachine):
        @initialize()
        def open(self):
            path = tmp_path / f"m{next(counter)}.sqlite"
            sqlite_backup(template, path)
            self.clock = FixedClock(clock.now())
            self.ctx = open_context(path, clock=self.clock)
            self.clerks = [make_actor(Role.CLERK, "clerk"), make_actor(Role.CLERK, "clerk2")]
            self.supervisor = make_actor(Role.SUPERVISOR)
            self.billed = _money_facts(self.ctx)[0]

        def teardown(self):
            self.ctx.db.dispose()

        @rule(unit=st.sampled_from([0, 1, 2]), who=st.sampled_from([0, 1]), part=st.sampled_from(["all", "some", "more"]),
              method=st.sampled_from([PayMethod.CASH, PayMethod.WECHAT, PayMethod.ALIPAY]))
        def pay(self, unit, who, part, method):
            acc = payments.account(self.ctx, self.clerks[who], ids[unit])
            lines = [o.line_id for o in acc.lines]
            due = acc.total_owed
            amount = {"all": due, "some": (due / 3).quantize(D("0.01")), "more": due + D("50.00")}[part]
            try:
                payments.take_payment(self.ctx, self.clerks[who], ids[unit], lines, amount, method,
                                      to_prepayment=part == "more",
                                      pay_ref="" if method is PayMethod.CASH else "REF-0001")
            except (ValidationError, Conflict):
                assert due <= 0 or amount <= 0

        @rule(unit=st.sampled_from([0, 1, 2]), who=st.sampled_from([0, 1]))
        def pay_from_prepayment(self, unit, who):
            acc = payments.account(self.ctx, self.clerks[who], ids[unit])
            use = min(acc.prepayment, max(acc.total_owed, ZERO))
            try:
                payments.take_payment(self.ctx, self.clerks[who], ids[unit], [o.line_id for o in acc.lines], "0",
                                      PayMethod.PREPAID, use_prepayment=use)
            except ValidationError:
                assert use <= 0

        @rule(pick=st.integers(0, 50), by_supervisor=st.booleans())
        def void(self, pick, by_supervisor):
            with self.ctx.reader() as uow:
                rids = list(uow.session.execute(select(Receipt.id).order_by(Receipt.id)).scalars())
            if not rids:
                return
            actor = self.supervisor if by_supervisor else self.clerks[0]
            try:
                payments.void_receipt(self.ctx, actor, rids[pick % len(rids)], "测试作废")
            except (Conflict, PermissionDenied):
                pass

        @rule(who=st.sampled_from([0, 1]), short=st.booleans())
        def hand_over(self, who, short):
            d = handover.draft(self.ctx, self.clerks[who])
            short = short and d.cash_expected >= 1
            # a receipt voided after its handover is money going back out: with no new cash the
            # till expects less than nothing, the clerk counts 0.00 and says why
            counted = max(d.cash_expected - (D("1.00") if short else ZERO), ZERO)
            why = "少收一元" if short else ("作废退款由财务退还" if counted != d.cash_expected else "")
            try:
                handover.hand_over(self.ctx, self.clerks[who], counted, "财务", why)
            except Conflict:
                pass

        @rule()
        def next_day(self):
            self.clock.advance(days=1)

        @invariant()
        def money_adds_up(self):
            billed, paid, deposits, received, used, balance, problems = _money_facts(self.ctx)
            assert problems == []
            assert billed == self.billed  # payments never touch bills
            assert paid + deposits == received + used  # every receipt line is money received or prepaid
            assert balance == deposits - used and balance >= 0
            owed = sum(payments.account(self.ctx, self.supervisor, u).total_owed for u in ids)
            assert owed == billed - paid

    run_state_machine_as_test(Desk, settings=settings(max_examples=12, stateful_step_count=12, deadline=None,
                                                      suppress_health_check=list(HealthCheck)))


def test_receipt_numbers_under_two_concurrent_sessions(billed_file, tmp_path, clock):
    template, ids = billed_file
    path = tmp_path / "shared.sqlite"
    sqlite_backup(template, path)
    contexts = [open_context(path, clock=FixedClock(clock.now() + timedelta(minutes=i))) for i in range(2)]
    errors: list[BaseException] = []
    made: list[str] = []
    lock = threading.Lock()

    def desk(i: int) -> None:
        clerk = make_actor(Role.CLERK, f"clerk{i}")
        try:
            for n in range(8):
                acc = payments.account(contexts[i], clerk, ids[i])
                r = payments.take_payment(contexts[i], clerk, ids[i], [acc.lines[0].line_id], "1.00", PayMethod.CASH)
                with lock:
                    made.append(r.number)
        except (DeskappError, Exception) as exc:  # reported below, not swallowed
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    for c in contexts:
        c.db.dispose()
    assert errors == []
    assert sorted(made) == [f"SJ2026-{n:06d}" for n in range(1, 17)]
    ctx = open_context(path, clock=clock)
    with ctx.reader() as uow:
        checks = {c.name: c.problems for c in billing_checks(uow.session, ctx)}
    ctx.db.dispose()
    assert all(not p for p in checks.values()), checks
