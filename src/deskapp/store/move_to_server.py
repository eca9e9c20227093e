"""Copying a SQLite centre into an empty PostgreSQL database (issue 18 §6, `deskapp migrate --to`).

The target's schema is made by the migrations (store/schema.py upgrade, Alembic heads) — not by
the models — so that it is exactly what `deskapp server setup` would have made, triggers included.
Then every table is copied in dependency order (parents before children, as the foreign keys
ask), in batches, in ONE transaction on the target: a failure part-way rolls back every row and
leaves the target as empty as it was. Values go through the models' column types (money as fen,
times as UTC), so nothing is re-interpreted on the way.

The append-only guards need no disabling: they refuse UPDATE and DELETE, and the copy only
INSERTs, so they stay on throughout (nothing here could drop them anyway: the desk role may not,
and session_replication_role=replica, which would silence them, needs a superuser). What the copy
needs is the right to create tables and to set the id sequences (setval), which the owner of the
database has: `--to` is the owner's (or the administrator's) connection, not the desks'.

The SQLite file is only read."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import BigInteger, Engine, Table, func, inspect, select, tuple_, type_coerce

from deskapp.domain.errors import Conflict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError

from deskapp.store.db import prepare_models, to_url
from deskapp.store.models.base import Base
from deskapp.store.schema import VERSION_TABLE
from deskapp.store.types import Scaled

BATCH = 2000
Progress = Callable[[str, int, int], None]  # (table, rows copied, rows in it)


@dataclass
class Comparison:
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # table → (SQLite, PostgreSQL)
    money: dict[str, tuple[Decimal, Decimal]] = field(default_factory=dict)  # table.column → totals
    counters: tuple[int, int] = (0, 0)  # number_counters rows that match / there are
    counter_problems: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        out = [f"{t}：SQLite {a} 行，服务器 {b} 行" for t, (a, b) in self.counts.items() if a != b]
        out += [f"{c} 合计：SQLite {a}，服务器 {b}" for c, (a, b) in self.money.items() if a != b]
        return out + self.counter_problems


def is_postgresql(url: str) -> bool:
    try:
        return make_url(to_url(url)).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


def tables() -> list[Table]:
    """Every table of the models, parents before children (the migration history excepted)."""
    prepare_models()
    return [t for t in Base.metadata.sorted_tables if t.name != VERSION_TABLE]


def rows_in_target(target: Engine) -> dict[str, int]:
    """The tables of the target that hold rows (empty: a target the copy may fill)."""
    try:
        names = set(inspect(target).get_table_names()) - {VERSION_TABLE}
    except (OperationalError, ProgrammingError) as exc:
        first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
        raise Conflict(f"无法连接目标数据库（{first}）：请检查地址、用户名、密码，以及数据库是否已建立") from exc
    ours = {t.name: t for t in tables()}
    foreign = {name: -1 for name in names - set(ours)}  # not a deskapp table: not ours to fill beside
    with target.connect() as conn:
        counts = {name: conn.execute(select(func.count()).select_from(ours[name])).scalar_one()
                  for name in names & set(ours)}
    return {name: n for name, n in counts.items() if n} | foreign


def _batches(source: Engine, table: Table):
    """The table's rows in primary-key order, BATCH at a time (keyset: no OFFSET re-scans)."""
    key = list(table.primary_key.columns)
    last = None
    with source.connect() as conn:
        while True:
            q = select(table).order_by(*key).limit(BATCH)
            if last is not None:
                q = q.where(tuple_(*key) > tuple_(*last)) if len(key) > 1 else q.where(key[0] > last[0])
            rows = [dict(r._mapping) for r in conn.execute(q)]
            if not rows:
                return
            yield rows
            last = [rows[-1][c.name] for c in key]


def _reset_sequence(conn, table: Table) -> None:
    """The id sequence continues after the copied ids (the copy gave ids explicitly)."""
    key = list(table.primary_key.columns)
    if len(key) != 1 or not key[0].autoincrement or key[0].type.python_type is not int:
        return
    conn.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key[0].name}'), "
        f"coalesce((SELECT max({key[0].name}) FROM {table.name}), 0) + 1, false) "
        f"WHERE pg_get_serial_sequence('{table.name}', '{key[0].name}') IS NOT NULL")


def copy_all(source: Engine, target: Engine, progress: Progress) -> None:
    """Every row, one transaction: all of it lands, or (on any error) none of it."""
    with source.connect() as src:
        sizes = {t.name: src.execute(select(func.count()).select_from(t)).scalar_one() for t in tables()}
    with target.begin() as conn:
        # derived tables (open_bill_lines) are not copied: the target's triggers fill them as the
        # lines, receipts and waivers arrive, and `compare` then counts them like any other table
        for table in (t for t in tables() if not t.info.get("derived")):
            done = 0
            progress(table.name, 0, sizes[table.name])
            for rows in _batches(source, table):
                try:
                    conn.execute(table.insert(), rows)
                except Exception as exc:
                    first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
                    raise Conflict(f"复制表 {table.name} 时服务器拒绝了（{first}）；"
                                   "目标数据库已回滚，仍是空的。SQLite 文件没有改动。") from exc
                done += len(rows)
                progress(table.name, done, sizes[table.name])
            _reset_sequence(conn, table)
    with target.begin() as conn:
        # the planner's statistics now, not when autovacuum next comes by: the moved centre's first
        # searches and registers are planned on 1.8 million rows it knows nothing of otherwise
        conn.exec_driver_sql("ANALYZE")


def _money_columns(table: Table) -> list:
    return [c for c in table.columns if isinstance(c.type, Scaled) and c.type.scale == 2]


def compare(source: Engine, target: Engine) -> Comparison:
    """Row counts, money totals (every fen column summed) and the number counters, both sides."""
    result = Comparison()
    with source.connect() as src, target.connect() as dst:
        for table in tables():
            count = select(func.count()).select_from(table)
            result.counts[table.name] = (src.execute(count).scalar_one(), dst.execute(count).scalar_one())
            for column in _money_columns(table):
                total = select(func.sum(type_coerce(column, BigInteger)))  # the stored fen, exact
                a, b = (Decimal(int(c.execute(total).scalar_one() or 0)) for c in (src, dst))
                result.money[f"{table.name}.{column.name}"] = (a / 100, b / 100)
        counters = Base.metadata.tables["number_counters"]
        key = list(counters.primary_key.columns)
        left = [tuple(r) for r in src.execute(select(counters).order_by(*key))]
        right = [tuple(r) for r in dst.execute(select(counters).order_by(*key))]
    result.counters = (sum(1 for a, b in zip(left, right) if a == b), len(left))
    if left != right:
        result.counter_problems.append(f"编号计数器不一致：SQLite {len(left)} 条，服务器 {len(right)} 条，"
                                       f"相同 {result.counters[0]} 条")
    return result
