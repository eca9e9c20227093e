"""The demo build's writes: bulk inserts (plain_rows: many rows a statement, COPY on PostgreSQL) and the few updates
a later step makes to what an earlier one wrote."""
from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from itertools import islice
from typing import Any

from sqlalchemy import func, select, text, update

from deskapp.domain.units import UnitState
from deskapp.store.models.billing_meters import Meter
from deskapp.store.models.registry import Unit
from deskapp.store.plain_rows import insert_rows
from deskapp.store.repositories.base import Repository


def _chunks(rows: Iterable[dict], size: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while chunk := list(islice(it, size)):
        yield chunk


class DemoRepository(Repository):

    def insert_many(self, model: Any, rows: Iterable[dict], *, batch: int,
                    before_batch: Callable[[], None] | None = None,
                    after_batch: Callable[[int], None] | None = None) -> int:
        """Insert rows (dicts keyed by column name, every row the same keys) into a mapped
        class's table or a Table, `batch` at a time; returns how many. `rows` may be a
        generator, so millions of rows never sit in memory at once. Column types still apply
        (Decimal areas become fen, enums their names, aware datetimes UTC); Python-side column
        defaults are not applied to missing keys. `before_batch` may raise (cancel),
        `after_batch(n)` hears each batch's size (progress)."""
        n = 0
        # plain_rows, as the bill run writes: each column converted as its type binds it, many rows
        # a statement (bill and receipt lines have triggers, which a statement a row pays for, see
        # plain_rows) or COPY on PostgreSQL. The ORM's bulk path groups and inspects rows one by
        # one, which made it ten times slower here.
        table = getattr(model, "__table__", model)
        gave_ids = False
        for chunk in _chunks(rows, batch):
            if before_batch is not None:
                before_batch()
            names = list(chunk[0])
            insert_rows(self.s, table, names, [tuple(row[k] for k in names) for row in chunk], batch=len(chunk))
            gave_ids = gave_ids or "id" in chunk[0]
            n += len(chunk)
            if after_batch is not None:
                after_batch(len(chunk))
        if gave_ids:
            self._ids_go_on_after(table)
        if n and self.s.get_bind().dialect.name == "postgresql":
            self._analyze(table)
        return n

    def _analyze(self, table) -> None:
        """PostgreSQL: give the planner the table's statistics now. The demo fills a database in one
        transaction, so autovacuum sees none of it; planned as empty tables, the row triggers of
        later inserts (receipt lines → open_bill_lines) and the arrears query scanned receipts once
        a line — 15 s each for a 400-unit demo. ANALYZE reads the transaction's own rows."""
        self.s.execute(text(f"ANALYZE {self.s.get_bind().dialect.identifier_preparer.format_table(table)}"))

    def _ids_go_on_after(self, table) -> None:
        """Rows inserted with their own ids leave PostgreSQL's id sequence behind (SQLite takes
        max(id) + 1 by itself): move it past them, so the desk's next row does not collide."""
        if self.s.get_bind().dialect.name != "postgresql" or "id" not in table.c:
            return
        highest = self.s.execute(select(func.max(table.c.id))).scalar()
        sequence = self.s.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if sequence is not None and highest is not None:
            self.s.execute(text("SELECT setval(:seq, :v)"), {"seq": sequence, "v": highest})

    def meters_take_their_units_building(self) -> None:
        """Unit meters carry their building (for the building's master meter): fill it from the units."""
        self.s.execute(update(Meter).where(Meter.unit_id.is_not(None))
                       .values(building_id=select(Unit.building_id).where(Unit.id == Meter.unit_id)
                               .scalar_subquery()))

    def deliver_unit(self, unit_id: int, state: UnitState, on: date) -> None:
        self.s.execute(update(Unit).where(Unit.id == unit_id).values(state=state, delivered_on=on))

    def start_decorating(self, unit_ids: list[int]) -> None:
        self.s.execute(update(Unit).where(Unit.id.in_(unit_ids)).values(state=UnitState.DECORATING))

    def deposits_into_ledger(self) -> None:
        """The demo writes cards, lent keys, parking leases and decorations in bulk, past the
        services that post their deposits to the 押金台账: bring them in as the migration brought
        in a file's existing deposits (one source of truth for that SQL)."""
        importlib.import_module("deskapp.store.migrations.versions.1300_billing_deposits").backfill(self.s.connection())
