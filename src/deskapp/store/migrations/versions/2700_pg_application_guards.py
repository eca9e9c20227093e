"""PostgreSQL guards for the decided-once money applications

Revision ID: 2700_pg_application_guards
Revises: 1300_billing_deposits, 1900_billing_discounts
Create Date: 2026-12-05 04:40:00
"""
from __future__ import annotations

import importlib

from alembic import op

# 1300 and 1900 gave SQLite its guards on refunds, deposit forfeits and discount applications (a
# decision is made once, the state moves forward only, the row is never deleted) but PostgreSQL
# only the plain append-only ones: on a server those three tables could be edited. Here each gets
# a plpgsql guard with the same column lists, read from the migrations that froze them, so the two
# backends refuse the same changes. `deskapp check` verifies the functions' bodies (store/triggers.py).
_DEPOSITS = importlib.import_module("deskapp.store.migrations.versions.1300_billing_deposits")
_DISCOUNTS = importlib.import_module("deskapp.store.migrations.versions.1900_billing_discounts")

_REFUND_STATES = "(OLD.state = 'PENDING' AND NEW.state IN ('APPROVED', 'REFUSED')) OR (OLD.state = 'APPROVED' AND NEW.state = 'PAID')"
_DECIDE_STATES = "OLD.state = 'PENDING' AND NEW.state IN ('APPROVED', 'REFUSED')"
_GUARDED = (  # table, fixed columns, set-once columns, the state moves allowed
    ("refunds", _DEPOSITS._REFUND_FIXED, _DEPOSITS._REFUND_ONCE, _REFUND_STATES),
    ("deposit_forfeits", _DEPOSITS._FORFEIT_FIXED, _DEPOSITS._FORFEIT_ONCE, _REFUND_STATES),
    ("bill_discounts", _DISCOUNTS._FIXED, _DISCOUNTS._ONCE, _DECIDE_STATES),
)


def _function(table: str, fixed: tuple[str, ...], once: tuple[str, ...], moves: str) -> str:
    changed = [f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in fixed]
    changed += [f"(OLD.{c} IS NOT NULL AND NEW.{c} IS DISTINCT FROM OLD.{c})" for c in once]
    changed.append(f"(OLD.state IS DISTINCT FROM NEW.state AND NOT ({moves}))")
    return (f"CREATE OR REPLACE FUNCTION {table}_guard() RETURNS trigger AS $$\n"
            "       BEGIN\n         IF " + "\n            OR ".join(changed) + " THEN\n"
            f"           RAISE EXCEPTION '{table}: applications are decided once, never edited';\n"
            "         END IF;\n         RETURN NEW;\n       END;\n       $$ LANGUAGE plpgsql")


_PG = [statement for table, fixed, once, moves in _GUARDED for statement in (
    _function(table, fixed, once, moves),
    f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table} FOR EACH ROW EXECUTE FUNCTION {table}_guard()",
    f"CREATE TRIGGER {table}_no_delete BEFORE DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION money_refuse()",
)]

revision = '2700_pg_application_guards'
down_revision = ('1300_billing_deposits', '1900_billing_discounts')
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for sql in _PG:
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, *_ in _GUARDED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_update ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_delete ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {table}_guard()")
