"""open_bill_lines, the lines not settled that the triggers keep (issue 21 §4): every money path
moves a line in or out as the money says, the arrears read from it agree with every line's own
sums, a copy to a server rebuilds it, and `deskapp check` notices the set gone wrong."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from support import PlainSQL

from deskapp.domain.billing import PayMethod
from deskapp.services.billing import arrears, checks, discounts, payments, run

# Every line's own sums, without the set: what the set must hold.
TRUTH = """SELECT bl.id FROM bill_lines bl WHERE bl.amount <>
  (SELECT coalesce(sum(rl.amount), 0) FROM receipt_lines rl JOIN receipts r ON r.id = rl.receipt_id
   WHERE rl.bill_line_id = bl.id AND r.voided_at IS NULL)
  + (SELECT coalesce(sum(w.amount), 0) FROM bill_waivers w WHERE w.line_id = bl.id)"""


@pytest.fixture
def billed(community, admin):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community, ids


def _ids(ctx, sql: str) -> set[int]:
    con = PlainSQL(ctx)
    try:
        return {r[0] for r in con.execute(sql).fetchall()}
    finally:
        con.close()


def _open(ctx) -> set[int]:
    return _ids(ctx, "SELECT line_id FROM open_bill_lines")


def _problems(ctx) -> list[str]:
    with ctx.reader() as uow:
        return checks.open_lines(uow.session).problems


def _owed(ctx, clerk, unit_id):
    return {o.line_id: o for o in payments.account(ctx, clerk, unit_id).lines}


def test_billing_paying_voiding_and_waiving_move_lines_in_and_out(billed, clerk, steward, supervisor):
    ctx, ids = billed
    billed_lines = _ids(ctx, "SELECT id FROM bill_lines WHERE amount <> 0")
    assert _open(ctx) == billed_lines == _ids(ctx, TRUTH) and len(billed_lines) >= 6
    first, second, *_ = _owed(ctx, clerk, ids[0]).values()
    # part of a line: still owed, still in the set
    part = payments.take_payment(ctx, clerk, ids[0], [first.line_id], str(first.owed - D("1.00")), PayMethod.CASH)
    assert first.line_id in _open(ctx)
    # the rest: settled, out of the set
    payments.take_payment(ctx, clerk, ids[0], [first.line_id], "1.00", PayMethod.CASH)
    assert first.line_id not in _open(ctx) and _open(ctx) == _ids(ctx, TRUTH)
    # voiding the first receipt: owed again, back in the set
    payments.void_receipt(ctx, clerk, part.id, "收错")
    assert first.line_id in _open(ctx) and _open(ctx) == _ids(ctx, TRUTH)
    # a discount approved for all that is owed (a waiver) settles the line
    applied = discounts.apply_discount(ctx, steward, second.line_id, str(second.owed), "管家协商全免")
    assert second.line_id in _open(ctx)
    discounts.approve_discount(ctx, supervisor, applied.id)
    assert second.line_id not in _open(ctx) and _open(ctx) == _ids(ctx, TRUTH)
    with ctx.reader() as uow:
        result = checks.open_lines(uow.session)
    assert result.problems == [] and result.checked == len(_open(ctx))  # every line in the set looked at


def test_the_arrears_read_from_the_set_are_what_every_lines_sums_give(billed, clerk):
    ctx, ids = billed
    lines = _owed(ctx, clerk, ids[1])
    payments.take_payment(ctx, clerk, ids[1], list(lines), str(sum(o.owed for o in lines.values())),
                          PayMethod.WECHAT, pay_ref="4200002026100112")
    owing = arrears.arrears(ctx, clerk)
    assert {a.unit_id for a in owing} == {ids[0], ids[2]}  # 3-1-102 paid all it owed
    for a in owing:  # unit by unit (one unit's lines are read without the set) the same figures
        alone = arrears.unit_arrears(ctx, clerk, a.unit_id)
        assert (alone.total, alone.by_quarter, sorted(alone.lines)) == (a.total, a.by_quarter, sorted(a.lines))
    assert sum((a.total for a in owing), D("0")) == sum(
        (o.owed for uid in (ids[0], ids[2]) for o in _owed(ctx, clerk, uid).values()), D("0"))


@pytest.mark.sqlite_only  # edits the set behind the triggers' back through SQLite's own file
def test_check_notices_a_line_taken_out_of_the_set_or_a_settled_one_left_in(billed, clerk):
    ctx, ids = billed
    assert _problems(ctx) == []
    line = next(iter(_owed(ctx, clerk, ids[0]).values()))
    con = PlainSQL(ctx)
    con.execute(f"DELETE FROM open_bill_lines WHERE line_id = {line.line_id}")
    con.close()
    # the arrears list would miss that debt (one unit's own page still has it) — the check says so
    listed = next(a for a in arrears.arrears(ctx, clerk) if a.unit_id == ids[0])
    assert listed.total == arrears.unit_arrears(ctx, clerk, ids[0]).total - line.owed
    assert any("不在表中" in p for p in _problems(ctx))
    con = PlainSQL(ctx)
    con.execute(f"INSERT INTO open_bill_lines (line_id) VALUES ({line.line_id})")
    con.close()
    assert _problems(ctx) == []
    payments.take_payment(ctx, clerk, ids[0], [line.line_id], str(line.owed), PayMethod.CASH)
    con = PlainSQL(ctx)
    con.execute(f"INSERT INTO open_bill_lines (line_id) VALUES ({line.line_id})")  # settled, yet listed
    con.close()
    assert any("已结清的明细" in p for p in _problems(ctx))


def test_the_migration_fills_the_set_from_the_money_already_written(billed, clerk):
    """A centre upgrading with years of bills: 2900 finds the lines not settled in one pass."""
    from alembic import command
    from sqlalchemy import inspect

    from deskapp.services.accounts.check import trigger_problems
    from deskapp.store.schema import alembic_config, upgrade

    ctx, ids = billed
    lines = _owed(ctx, clerk, ids[0])
    paid = payments.take_payment(ctx, clerk, ids[0], list(lines), str(sum(o.owed for o in lines.values())),
                                 PayMethod.CASH)
    part = next(iter(_owed(ctx, clerk, ids[1]).values()))
    payments.take_payment(ctx, clerk, ids[1], [part.line_id], "1.00", PayMethod.CASH)
    payments.void_receipt(ctx, clerk, paid.id, "收错")
    truth = _ids(ctx, TRUTH)
    cfg = alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "2900_open_bill_lines-1")
    assert "open_bill_lines" not in inspect(ctx.db.engine).get_table_names()
    upgrade(ctx.db)
    assert _open(ctx) == truth and set(lines) <= truth and part.line_id in truth
    assert _problems(ctx) == []
    with ctx.reader() as uow:
        assert trigger_problems(uow.session)[1] == []
