"""The one gap-free numbering service, and 0800_numbering_one_table: a database whose numbers
were kept in the three old counter tables (and the parking leases' highest number) goes on
from the same numbers after the upgrade, and gets its tables back on a downgrade."""
from datetime import date

import pytest
from alembic import command
from sqlalchemy import inspect, text

from deskapp.domain.keys import SpaceArea
from deskapp.services.keys import parking
from deskapp.services.reception import _common as reception_common
from deskapp.services.rounds import _common as rounds_common
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.repositories.keys import KeysRepository
from deskapp.store.schema import alembic_config, upgrade

OLD_HEADS = ("0205_reception_handover_taker", "0302_keys_cards_events", "0404_billing_one_off_append_only",
             "0504_rounds_decoration_papers")


def _downgrade_to(db, revision):
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _tables(db) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_next_is_gap_free_and_a_rollback_gives_the_number_back(ctx):
    with ctx.uow() as uow:
        assert uow.numbering.next("WX", 2026) == 1
        assert uow.numbering.next("WX", 2026) == 2
        assert uow.numbering.next("WX", 2027) == 1  # each year counts on its own
        uow.commit()
    with ctx.uow() as uow:
        assert uow.numbering.next("WX", 2026) == 3
        # left without commit: rolled back
    with ctx.uow() as uow:
        assert uow.numbering.next("WX", 2026) == 3
        uow.commit()


def test_reserve_takes_a_block_and_the_next_number_follows_it(ctx):
    with ctx.uow() as uow:
        assert uow.numbering.reserve("TZ2026Q4", 0, 250) == 1
        assert uow.numbering.reserve("TZ2026Q4", 0, 3) == 251
        assert uow.numbering.next("TZ2026Q4", 0) == 254
        with pytest.raises(ValueError):
            uow.numbering.reserve("TZ2026Q4", 0, 0)


def _lease(ctx, clerk, number: str, start: date, end: date) -> int:
    space = parking.add_space(ctx, clerk, number, SpaceArea.UNDERGROUND)
    return parking.lease_space(ctx, clerk, parking.LeaseInput(space, "张三", "浙A12345", start, end, "300")).id


def test_upgrade_keeps_every_number_and_downgrade_gives_the_tables_back(community, admin):
    ctx = community
    _lease(ctx, admin, "B-001", date(2026, 1, 1), date(2026, 12, 31))
    for head in OLD_HEADS:
        _downgrade_to(ctx.db, head)
    assert {"rx_counters", "rounds_sequences", "billing_number_series"} <= _tables(ctx.db)
    assert "number_counters" not in _tables(ctx.db)
    with ctx.db.engine.begin() as conn:  # what the old program had numbered so far
        conn.execute(text("INSERT INTO rx_counters VALUES ('WX', 2026, 41), ('WZ', 2025, 9)"))
        conn.execute(text("INSERT INTO rounds_sequences VALUES ('FX', 2026, 17), ('XK', 2026, 5), ('TK', 2025, 2)"))
        conn.execute(text("INSERT INTO billing_number_series VALUES ('SJ2026', 88), ('TZ2026Q4', 300)"))
        # leases were numbered from the highest number on file
        conn.execute(text("UPDATE parking_leases SET number = 'ZL2026-0007'"))

    upgrade(ctx.db)
    assert {"rx_counters", "rounds_sequences", "billing_number_series"}.isdisjoint(_tables(ctx.db))
    with ctx.uow() as uow:
        s = uow.session
        assert reception_common.next_number(s, "WX", 2026) == 42
        assert reception_common.next_number(s, "WZ", 2025) == 10
        assert rounds_common.next_number(s, "FX", 2026) == 18
        assert rounds_common.next_number(s, "XK", 2026) == 6
        assert rounds_common.next_number(s, "TK", 2025) == 3
        assert BillingRepository(s).next_number("SJ2026") == 89
        assert uow.numbering.reserve("TZ2026Q4", 0, 10) == 301
        assert KeysRepository(s).next_lease_number(2026) == "ZL2026-0008"
        assert KeysRepository(s).next_lease_number(2027) == "ZL2027-0001"
        uow.commit()
    # the desk's own way of taking a number goes on from there too
    second = _lease(ctx, admin, "B-002", date(2026, 3, 1), date(2026, 12, 31))
    with ctx.reader() as uow:
        assert uow.keys.lease(second).number == "ZL2026-0009"

    for head in OLD_HEADS:
        _downgrade_to(ctx.db, head)
    with ctx.db.engine.connect() as conn:
        assert sorted(conn.execute(text("SELECT * FROM rx_counters")).all()) == [("WX", 2026, 42), ("WZ", 2025, 10)]
        assert sorted(conn.execute(text("SELECT * FROM rounds_sequences")).all()) == [
            ("FX", 2026, 18), ("TK", 2025, 3), ("XK", 2026, 6)]
        assert sorted(conn.execute(text("SELECT * FROM billing_number_series")).all()) == [
            ("SJ2026", 89), ("TZ2026Q4", 310)]


def test_desks_taking_numbers_at_once_get_each_number_once_and_none_lost(ctx):
    """Four desks (each its own engine, as separate PCs) take numbers of a new series at once,
    one in five rolled back: the committed numbers are 1..n without a gap or a repeat — on
    SQLite by BEGIN IMMEDIATE, on PostgreSQL by the counter's row lock (and the first row's
    INSERT … ON CONFLICT DO NOTHING)."""
    from concurrent.futures import ThreadPoolExecutor

    from deskapp.store.db import Database
    from deskapp.store.uow import UnitOfWork

    def desk(n: int) -> list[int]:
        db = Database.open(ctx.db.url)
        kept = []
        try:
            for i in range(25):
                with UnitOfWork(db) as uow:
                    number = uow.numbering.next("CONC", 2026)
                    if (n + i) % 5:
                        uow.commit()
                        kept.append(number)
        finally:
            db.dispose()
        return kept

    with ThreadPoolExecutor(4) as pool:
        taken = [number for kept in pool.map(desk, range(4)) for number in kept]
    assert sorted(taken) == list(range(1, len(taken) + 1)) and len(taken) == 80
