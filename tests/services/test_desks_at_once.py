"""Several desks on one database at once (issue 18 §3). Each desk is its own Database (engines
and connections), as four PCs are; threads start their write together at a barrier. On
PostgreSQL the writers queue on one advisory lock (store/db.py, the server's BEGIN IMMEDIATE),
on SQLite on BEGIN IMMEDIATE itself: the second desk sees what the first committed."""
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from billing_helpers import billed_community

from deskapp.bench.postgres import billed_units, gaps_and_duplicates, pay_from_desks
from deskapp.domain.billing import PayMethod
from deskapp.domain.errors import Conflict
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.services.billing import checks, payments, run
from deskapp.services.context import Context
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Approval, Borrower
from deskapp.services.registry import units as registry_units
from deskapp.store.db import Database


def _at_once(ctx, work, desks=2):
    """Run work(desk_ctx, n) on `desks` desks released together; each result or the DeskappError raised."""
    barrier = threading.Barrier(desks)

    def desk(n):
        desk_ctx = Context(db=Database.open(ctx.db.url), clock=ctx.clock)
        try:
            barrier.wait()
            return work(desk_ctx, n)
        except Conflict as refused:
            return refused
        finally:
            desk_ctx.db.dispose()

    with ThreadPoolExecutor(desks) as pool:
        return list(pool.map(desk, range(desks)))


def test_two_desks_paying_the_same_bill_line_one_is_refused_and_nothing_is_paid_twice(community, admin, clerk):
    ctx = community
    ids, _ = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    line = payments.account(ctx, clerk, ids[0]).lines[0]
    outcomes = _at_once(ctx, lambda desk, _n: payments.take_payment(desk, clerk, ids[0], [line.line_id],
                                                                    str(line.owed), PayMethod.CASH))
    paid = [o for o in outcomes if not isinstance(o, Conflict)]
    refused = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(paid) == 1 and len(refused) == 1
    assert "已结清" in str(refused[0]) and "请刷新后重试" in str(refused[0])
    assert paid[0].number == "SJ2026-000001"
    account = payments.account(ctx, clerk, ids[0])
    assert line.line_id not in [o.line_id for o in account.lines]
    assert [r.number for r in account.receipts] == ["SJ2026-000001"]
    with ctx.reader() as uow:
        assert all(not c.problems for c in checks.billing_checks(uow.session, ctx))  # 已收不超应收


def test_two_desks_lending_the_same_key_one_is_refused(community, admin, supervisor):
    ctx = community
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                 "building_area": "98.50", "state": "空置"})
    key = keys.register_key(ctx, admin, uid, KeyKind.ENTRANCE, 1, "A柜-01", HoldReason.VACANT, "业主委托")
    borrowers = [Borrower(None, "陈七", IdType.RESIDENT, "110105199001010012"),
                 Borrower(None, "王五", IdType.RESIDENT, "110105198001010019")]

    def lend(desk, n):
        return keys.lend_key(desk, admin, key.id, borrowers[n], Purpose.REPAIR,
                             approval=Approval(supervisor, "业主电话同意借用"))

    outcomes = _at_once(ctx, lend)
    refused = [o for o in outcomes if isinstance(o, Conflict)]
    assert len(refused) == 1 and len(outcomes) == 2
    assert "尚未归还" in str(refused[0])  # 钥匙 K0001 已于 … 借给 陈七（或王五），尚未归还
    [shown] = keys.keys_of_unit(ctx, admin, uid)
    assert shown.lent and shown.lent_to in ("陈七", "王五") and shown.lent_to in str(refused[0])
    with ctx.reader() as uow:
        assert len(uow.keys.open_loans(unit_id=uid)) == 1


@pytest.mark.postgresql_only
@pytest.mark.slow
def test_four_desks_at_once_take_payments_numbered_unique_and_gap_free(ctx, admin):
    """The benchmark's workload (bench/postgres.py, pg_payments_4desks_per_s) at a tenth of its
    size: four desks paying at once into two units' lines, 50 payments each. The bench takes 500
    each (a throughput figure); the desks' writes interleave from the first payment, so the
    numbering is tested as well here in a tenth of the time (the whole took 55 s of the suite)."""
    unit_ids = billed_units(ctx, admin)
    result = pay_from_desks(ctx.db.url, ctx.clock, unit_ids, each=50)
    assert result.refused == 0 and len(result.numbers) == 200
    assert gaps_and_duplicates(result.numbers) == (0, 0)
    assert sorted(result.numbers)[0] == "SJ2026-000001" and sorted(result.numbers)[-1] == "SJ2026-000200"
    with ctx.reader() as uow:
        problems = {c.name: c.problems for c in checks.billing_checks(uow.session, ctx)}
    assert all(not p for p in problems.values()), problems
    print(f"pg_payments_4desks_per_s = {result.per_second:.1f} ({result.seconds:.1f} s)")


@pytest.mark.postgresql_only
def test_several_desks_open_one_server_database_where_a_sqlite_file_allows_one(ctx, tmp_path):
    """The instance lock is the SQLite file's (one program per file); a server coordinates its
    own clients, so a second and a third desk open the same PostgreSQL database."""
    from deskapp.services.app import AlreadyOpen, open_for_desk

    desks = [open_for_desk(ctx.db.url) for _ in range(3)]
    try:
        assert all(lock is None for _, lock in desks)
        assert {desk.db.location for desk, _ in desks} == {ctx.db.location}
    finally:
        for desk, _ in desks:
            desk.db.dispose()
    path = tmp_path / "one.sqlite"
    first, lock = open_for_desk(path, create=True)
    try:
        with pytest.raises(AlreadyOpen):
            open_for_desk(path)
    finally:
        first.db.dispose()
        lock.release()


@pytest.mark.postgresql_only
def test_a_desk_kept_waiting_behind_a_long_write_is_told_in_words(community, admin, monkeypatch):
    """Another desk holds the writers' lock (a bill run's minutes): past the wait the service
    says so, and nothing is written — not a crash dialog."""
    import deskapp.store.db as store_db
    from sqlalchemy import create_engine

    from deskapp.services.registry import community as registry_community

    ctx = community
    monkeypatch.setattr(store_db, "LOCK_WAIT_MS", 300)
    waiting = Context(db=Database.open(ctx.db.url), clock=ctx.clock)
    holder = create_engine(ctx.db.url)
    try:
        with holder.connect() as conn:
            conn.exec_driver_sql(f"SELECT pg_advisory_lock({store_db.WRITERS_LOCK})")
            with pytest.raises(Conflict, match="正在保存大批数据.*请稍后再试"):
                registry_community.add_building(waiting, admin, "9")
            conn.exec_driver_sql(f"SELECT pg_advisory_unlock({store_db.WRITERS_LOCK})")
        assert "9" not in [b.code for b in registry_community.buildings(ctx, admin)]
        registry_community.add_building(waiting, admin, "9")  # the lock given back, it goes through
        assert "9" in [b.code for b in registry_community.buildings(ctx, admin)]
    finally:
        waiting.db.dispose()
        holder.dispose()


@pytest.mark.postgresql_only
def test_a_payment_is_one_writer_transaction_with_nothing_read_beside_it(community, admin, clerk):
    """Round trips are what a loaded server makes slow (issue 18's pg_payment_ms): a payment takes
    the writers' lock once (its receipt is read inside its own transaction, not in a second one
    that queues again) and opens no reader meanwhile (the receipt prefix is read in the write)."""
    from sqlalchemy import event

    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    line = payments.account(community, clerk, ids[0]).lines[0]
    sent = {"writer": [], "reader": []}
    listeners = [(community.db.engine, lambda *a: sent["writer"].append(a[2])),
                 (community.db.read_engine, lambda *a: sent["reader"].append(a[2]))]
    for engine, listener in listeners:
        event.listen(engine, "before_cursor_execute", listener)
    try:
        receipt = payments.take_payment(community, clerk, ids[0], [line.line_id], str(line.owed), PayMethod.CASH)
    finally:
        for engine, listener in listeners:
            event.remove(engine, "before_cursor_execute", listener)
    assert receipt.number == "SJ2026-000001" and len(receipt.lines) == 1
    assert sum("pg_advisory_xact_lock" in statement for statement in sent["writer"]) == 1
    assert sent["reader"] == []
