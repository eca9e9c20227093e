"""keys: the database refuses to rewrite a key's history

Revision ID: 0301_keys_history
Revises: 0300_keys
Create Date: 2026-11-27 11:20:00
"""
from __future__ import annotations

from alembic import op

# A key's history (key_events) is append-only; a loan is never deleted; a tag never changes
# once given; a key that was ever lent or has left custody cannot be deleted. The services keep
# to this already; the triggers make sure no other path (a script, a SQL console) can either.
# The one deletion allowed is of a key registered by mistake: never lent, one history row.
_SQLITE = [
    """CREATE TRIGGER key_events_no_update BEFORE UPDATE ON key_events
       BEGIN SELECT RAISE(ABORT, 'key history is append-only'); END""",
    """CREATE TRIGGER key_events_no_delete BEFORE DELETE ON key_events
       WHEN EXISTS (SELECT 1 FROM key_loans WHERE key_id = OLD.key_id)
         OR (SELECT count(*) FROM key_events WHERE key_id = OLD.key_id) > 1
       BEGIN SELECT RAISE(ABORT, 'key history is append-only'); END""",
    """CREATE TRIGGER key_loans_no_delete BEFORE DELETE ON key_loans
       BEGIN SELECT RAISE(ABORT, 'key loans are never deleted'); END""",
    """CREATE TRIGGER custody_keys_tag_fixed BEFORE UPDATE OF tag ON custody_keys
       WHEN OLD.tag <> '' AND NEW.tag <> OLD.tag
       BEGIN SELECT RAISE(ABORT, 'a key tag is never renumbered'); END""",
    """CREATE TRIGGER custody_keys_no_delete BEFORE DELETE ON custody_keys
       WHEN OLD.state <> 'IN_CUSTODY' OR EXISTS (SELECT 1 FROM key_loans WHERE key_id = OLD.id)
       BEGIN SELECT RAISE(ABORT, 'a key that has moved is retired, never deleted'); END""",
]
_SQLITE_NAMES = ["key_events_no_update", "key_events_no_delete", "key_loans_no_delete", "custody_keys_tag_fixed",
                 "custody_keys_no_delete"]

_PG = [
    """CREATE OR REPLACE FUNCTION keys_refuse() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END; $$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION key_events_guard_delete() RETURNS trigger AS $$
       BEGIN
         IF EXISTS (SELECT 1 FROM key_loans WHERE key_id = OLD.key_id)
            OR (SELECT count(*) FROM key_events WHERE key_id = OLD.key_id) > 1 THEN
           RAISE EXCEPTION 'key history is append-only';
         END IF;
         RETURN OLD;
       END; $$ LANGUAGE plpgsql""",
    """CREATE OR REPLACE FUNCTION custody_keys_guard() RETURNS trigger AS $$
       BEGIN
         IF TG_OP = 'UPDATE' THEN
           IF OLD.tag <> '' AND NEW.tag <> OLD.tag THEN RAISE EXCEPTION 'a key tag is never renumbered'; END IF;
           RETURN NEW;
         END IF;
         IF OLD.state <> 'IN_CUSTODY' OR EXISTS (SELECT 1 FROM key_loans WHERE key_id = OLD.id) THEN
           RAISE EXCEPTION 'a key that has moved is retired, never deleted';
         END IF;
         RETURN OLD;
       END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER key_events_no_update BEFORE UPDATE ON key_events
       FOR EACH ROW EXECUTE FUNCTION keys_refuse('key history is append-only')""",
    """CREATE TRIGGER key_events_no_delete BEFORE DELETE ON key_events
       FOR EACH ROW EXECUTE FUNCTION key_events_guard_delete()""",
    """CREATE TRIGGER key_loans_no_delete BEFORE DELETE ON key_loans
       FOR EACH ROW EXECUTE FUNCTION keys_refuse('key loans are never deleted')""",
    """CREATE TRIGGER custody_keys_guard BEFORE UPDATE OR DELETE ON custody_keys
       FOR EACH ROW EXECUTE FUNCTION custody_keys_guard()""",
]

revision = '0301_keys_history'
down_revision = '0300_keys'
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in _SQLITE:
            op.execute(sql)
    elif dialect == "postgresql":
        for sql in _PG:
            op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in _SQLITE_NAMES:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for name, table in (("key_events_no_update", "key_events"), ("key_events_no_delete", "key_events"),
                            ("key_loans_no_delete", "key_loans"), ("custody_keys_guard", "custody_keys")):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for fn in ("keys_refuse()", "key_events_guard_delete()", "custody_keys_guard()"):
            op.execute(f"DROP FUNCTION IF EXISTS {fn}")
