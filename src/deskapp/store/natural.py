"""ORDER BY unit code in natural order (2-1-201 before 10-1-101) inside SQL.

Chosen over a stored sort-key column (a migration and a backfill for every unit) and over sorting
in Python (registers are paged in SQL, so the database must order the rows): SQLite gets a
collation, registered on every connection in store/db.py, that calls the domain's key;
PostgreSQL an ICU collation of the same name with numeric ordering, which migration
1700_server_unit_order makes in the database."""
from __future__ import annotations

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import String

from deskapp.domain.unit_order import compare_codes

COLLATION = "unit_code"


class natural(ColumnElement):
    """`natural(Unit.code)` in order_by; .asc()/.desc() work as on a column."""

    inherit_cache = True
    type = String()

    def __init__(self, column):
        self.column = column


@compiles(natural)
def _plain(element, compiler, **kw):
    return compiler.process(element.column, **kw)


@compiles(natural, "sqlite")
def _collated(element, compiler, **kw):
    return f"{compiler.process(element.column, **kw)} COLLATE {COLLATION}"


@compiles(natural, "postgresql")
def _icu_collated(element, compiler, **kw):
    return f'{compiler.process(element.column, **kw)} COLLATE "{COLLATION}"'



def register(dbapi_conn) -> None:
    """Called for each new sqlite3 connection."""
    dbapi_conn.create_collation(COLLATION, compare_codes)
