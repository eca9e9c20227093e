"""Alembic environment: the connection is handed in by deskapp.store.schema."""
from __future__ import annotations

from alembic import context
from sqlalchemy.types import TypeDecorator

from deskapp.store.models import Base
from deskapp.store.models.server_indexes import complete, for_backend

complete()  # autogenerate compares the server-only indexes with their PostgreSQL options
config = context.config
connection = config.attributes.get("connection")
if connection is None:  # `alembic` run by hand from a checkout
    from deskapp.store.db import Database

    connection = Database.open(config.get_main_option("sqlalchemy.url")).engine.connect()



def render_item(type_, obj, autogen_context):
    """Migrations spell our column types as their plain storage types, so that old
    migrations never depend on how the model code changes later."""
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return repr(obj.impl).replace("BigInteger", "sa.BigInteger").replace("DateTime", "sa.DateTime")
    return False


_only = config.attributes.get("include_tables")


def include_object(obj, name, type_, reflected, compare_to):
    """scripts/new_migration.py limits autogenerate to one area's tables; an index only the
    server has (models/server_indexes.py) is not proposed for a SQLite schema."""
    if not for_backend(obj, connection.dialect.name):
        return False
    if _only is None:
        return True
    table = obj.name if type_ == "table" else getattr(getattr(obj, "table", None), "name", None)
    return table in _only


def _wide_version_table(conn) -> None:
    """Alembic's own version table holds 32 characters; our revision ids are longer
    ("0901_billing_invoices_append_only"). SQLite ignores a VARCHAR's length, PostgreSQL does
    not: there the table is made first, wide enough, and Alembic uses it as it finds it."""
    if conn.dialect.name != "sqlite":
        conn.exec_driver_sql(
            "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(64) NOT NULL, "
            "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")


_wide_version_table(connection)
context.configure(
    connection=connection,
    render_item=render_item,
    include_object=include_object,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
