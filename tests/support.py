"""Helpers test modules import by name (`from support import make_actor`). Never import from
`conftest`: several conftest.py files exist and the name is ambiguous."""
from __future__ import annotations

import ast
import sqlite3
import subprocess
import sys
from datetime import timedelta, timezone
from pathlib import Path

from deskapp.domain.permissions import Role
from deskapp.services.context import Actor

CST = timezone(timedelta(hours=8))


def make_actor(role: Role, name: str | None = None, user_id: int | None = None) -> Actor:
    uname = name or {Role.CLERK: "clerk", Role.STEWARD: "steward", Role.SUPERVISOR: "supervisor",
                     Role.ADMIN: "admin"}[role]
    return Actor(user_id, uname, uname, role)


def make_session(ctx, actor: Actor):
    """A signed-in desk session for GUI tests (Qt is imported only by the tests that use it)."""
    from deskapp.gui.session import ChangeBus, DeskSession

    return DeskSession(ctx, actor, ChangeBus())


# What must not load until it is used: Excel, PDF and migration libraries (seconds of start-up).
# ... and SQLAlchemy's PostgreSQL dialect, which a desk on a SQLite file never needs (issue 21 §2)
HEAVY_LIBRARIES = ("openpyxl", "reportlab", "alembic", "pypdfium2", "xlrd", "sqlalchemy.dialects.postgresql")


def heavy_libraries_loaded_by(code: str) -> list[str]:
    """Runs `code` in a clean interpreter (so nothing else has loaded them) and says which of
    HEAVY_LIBRARIES it loaded."""
    probe = code + f"\nimport sys\nprint(sorted(m for m in {HEAVY_LIBRARIES!r} if m in sys.modules))\n"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    return ast.literal_eval(out.stdout.strip().splitlines()[-1])


def signing_tool():
    """installer/update_sign.py (not a package module): keys, update manifests, signatures."""
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "installer" / "update_sign.py"
    spec = importlib.util.spec_from_file_location("update_sign", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class PlainSQL:
    """A connection outside the program, as a SQL console has one, on either backend: the SQLite
    file through sqlite3, or the PostgreSQL database with autocommit. `execute` gives rows with
    fetchone/fetchall; what a guard refuses raises one of REFUSED."""

    def __init__(self, ctx):
        ctx.db.dispose()
        if ctx.db.is_sqlite:
            self._con = sqlite3.connect(ctx.db.path, isolation_level=None)
            self._engine = None
        else:
            from sqlalchemy import create_engine

            self._engine = create_engine(ctx.db.url, isolation_level="AUTOCOMMIT")
            self._con = self._engine.connect()

    def execute(self, sql: str):
        return self._con.execute(sql) if self._engine is None else self._con.exec_driver_sql(sql)

    def close(self) -> None:
        self._con.close()
        if self._engine is not None:
            self._engine.dispose()


def _refused() -> tuple[type[Exception], ...]:
    from sqlalchemy.exc import DBAPIError

    return (sqlite3.IntegrityError, DBAPIError)


REFUSED = _refused()


def damage_deep_inside(path) -> None:
    """A deskapp database damaged where opening it, signing in and the first view never read:
    a table of its own whose leaf pages are overwritten, which only SQLite's quick_check of the
    whole file finds (store/write_gate.py). The file stays in WAL mode, as the desk keeps it."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE scratch (id INTEGER PRIMARY KEY, body BLOB)")
    con.executemany("INSERT INTO scratch (body) VALUES (?)", [(bytes(400),) for _ in range(200)])
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    leaves = [r[0] for r in con.execute("SELECT pageno FROM dbstat WHERE name = 'scratch' AND pagetype = 'leaf'")]
    con.close()
    with open(path, "r+b") as f:
        for page in leaves[1:-1]:
            f.seek((page - 1) * page_size)
            f.write(b"\xa5" * page_size)


def older_database(path) -> None:
    """A SQLite database as an older program left it: the foundation's tables only, with a row (a
    newer program upgrades it, after copying it first)."""
    from alembic import command

    from deskapp.store import schema
    from deskapp.store.db import Database

    db = Database.open(path)
    cfg = schema.alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_foundation")
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('kept', '1')")
    db.dispose()


def given_back_from_the_ledger_before(ctx, actor, source: str, amount, reason: str = "退款单 TF2026-00001") -> None:
    """Old data: the ledger gave back (a paid 退款单's entry) a deposit whose own area still holds
    it — a card still out, a lent key, a decoration not closed — before the ledger refused that."""
    from decimal import Decimal

    from deskapp.domain.billing_deposits import EntryKind
    from deskapp.services.billing import deposits

    with ctx.uow() as uow:
        d = uow.billing.deposit_by_source(source)
        deposits.add_entry(uow.session, ctx, actor, d, EntryKind.REFUNDED, Decimal(amount), reason)
        uow.commit()


def unit_with_card_and_lease(ctx, admin, clerk, *, card: bool = True, lessee: str = "张三",
                             handed_back: bool = False):
    """3-1-801 (自住) with, taken in this order, an access card MJ0001 (deposit 20.00, unless `card`
    is False) and a parking lease ZL2026-0001 of space B-001 (deposit 500.00), running to
    2027-10-31 — or, `handed_back`, ended early today (退租), so its deposit may be refunded: the
    deposits tests' world. (unit id, the card or None)."""
    from datetime import date

    from deskapp.domain.keys import CardKind, CountItem, SpaceArea
    from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory, parking as keys_parking
    from deskapp.services.keys.parking import LeaseInput
    from deskapp.services.registry import units as registry_units

    unit = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                   "building_area": "88", "state": "自住"})
    issued = None
    if card:
        keys_inventory.receive_stock(ctx, admin, CountItem.BLANK_ACCESS, 5)
        issued = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    space = keys_parking.add_space(ctx, admin, "B-001", SpaceArea.UNDERGROUND)
    keys_parking.lease_space(ctx, clerk, LeaseInput(space_id=space, unit_id=unit, lessee_name=lessee,
                                                    plates="浙A12345", start=date(2026, 11, 1),
                                                    end=date(2027, 10, 31), monthly_rent="300", deposit="500"))
    if handed_back:
        lease_handed_back(ctx, clerk)
    return unit, issued


def lease_handed_back(ctx, clerk, number: str = "ZL2026-0001") -> None:
    """退租 of a running lease today, its last day: from then on its deposit may be refunded."""
    from deskapp.services.keys import parking as keys_parking

    ls = next(x for x in keys_parking.leases(ctx, clerk) if x.number == number)
    keys_parking.end_lease(ctx, clerk, ls.id, ctx.clock.today(), "车位交回")
