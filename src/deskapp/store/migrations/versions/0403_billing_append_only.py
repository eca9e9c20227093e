"""billing: the database refuses to edit or delete money records

Revision ID: 0403_billing_append_only
Revises: 0402_billing_notice_issue
Create Date: 2026-12-04 18:35:00
"""
from __future__ import annotations

from alembic import op

# Money records are voided or reversed, never edited or deleted. The services keep to this; the
# triggers make sure no other path (a script, a SQL console, a file editor that does not first
# drop them) can either. `deskapp check` verifies that these exact triggers are present.
# The one change allowed is a receipt gaining what happens to it later, each field once:
# its handover (handover_id) and its void (voided_at, voided_by, void_reason, void_day and the
# handover the void lands in). The column lists are frozen here, as of this revision.
_FROZEN = ("bills", "bill_lines", "receipt_lines", "handovers", "bill_waivers", "prepayment_entries")
_RECEIPT_FIXED = ("id", "series", "seq", "number", "unit_id", "payer", "issued_at", "day", "cashier",
                  "cashier_name", "method", "amount", "prepaid_used", "tendered", '"change"')
_RECEIPT_ONCE = ("handover_id", "voided_at", "voided_by", "void_reason", "void_day", "void_handover_id")


def _receipts_guard() -> str:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in _RECEIPT_FIXED]
    changed += [f"(OLD.{c} IS NOT NULL AND NEW.{c} IS NOT OLD.{c})" for c in _RECEIPT_ONCE]
    return ("CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts\n       WHEN "
            + "\n         OR ".join(changed)
            + "\n       BEGIN SELECT RAISE(ABORT, 'receipts are voided, never edited'); END")


SQLITE = {
    **{f"{t}_no_update": f"""CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
       BEGIN SELECT RAISE(ABORT, '{t} is append-only: money records are reversed, never edited'); END"""
       for t in _FROZEN},
    **{f"{t}_no_delete": f"""CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
       BEGIN SELECT RAISE(ABORT, '{t} is append-only: money records are never deleted'); END"""
       for t in (*_FROZEN, "receipts")},
    "receipts_no_update": _receipts_guard(),
}

_PG_ONCE = ", ".join(f"'{c}'" for c in _RECEIPT_ONCE)
_PG = [
    """CREATE OR REPLACE FUNCTION money_refuse() RETURNS trigger AS $$
       BEGIN RAISE EXCEPTION '% is append-only: money records are reversed, never edited', TG_TABLE_NAME; END;
       $$ LANGUAGE plpgsql""",
    f"""CREATE OR REPLACE FUNCTION receipts_guard() RETURNS trigger AS $$
       DECLARE c text;
       BEGIN
         IF (to_jsonb(NEW) - ARRAY[{_PG_ONCE}]) <> (to_jsonb(OLD) - ARRAY[{_PG_ONCE}]) THEN
           RAISE EXCEPTION 'receipts are voided, never edited';
         END IF;
         FOREACH c IN ARRAY ARRAY[{_PG_ONCE}] LOOP
           IF to_jsonb(OLD) -> c <> 'null'::jsonb AND to_jsonb(NEW) -> c <> to_jsonb(OLD) -> c THEN
             RAISE EXCEPTION 'receipts are voided, never edited';
           END IF;
         END LOOP;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    *[f"""CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t}
       FOR EACH ROW EXECUTE FUNCTION money_refuse()""" for t in _FROZEN],
    """CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts FOR EACH ROW EXECUTE FUNCTION money_refuse()""",
    """CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts FOR EACH ROW EXECUTE FUNCTION receipts_guard()""",
]

revision = '0403_billing_append_only'
down_revision = '0402_billing_notice_issue'
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for sql in SQLITE.values():
            op.execute(sql)
    elif dialect == "postgresql":
        for sql in _PG:
            op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for t in _FROZEN:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_append_only ON {t}")
        op.execute("DROP TRIGGER IF EXISTS receipts_no_delete ON receipts")
        op.execute("DROP TRIGGER IF EXISTS receipts_no_update ON receipts")
        op.execute("DROP FUNCTION IF EXISTS receipts_guard()")
        op.execute("DROP FUNCTION IF EXISTS money_refuse()")
