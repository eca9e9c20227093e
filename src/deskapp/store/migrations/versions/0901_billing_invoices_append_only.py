"""billing: invoice requests and their lines are money records too

Revision ID: 0901_billing_invoices_append_only
Revises: 0900_billing_invoices
Create Date: 2026-12-05 00:10:00
"""
from __future__ import annotations

from alembic import op

# An invoice request cites receipts' money: its lines are never edited or deleted, and the request
# itself only gains what happens to it later, each field once — the invoice's number and date
# (已开票) or the withdrawal (已撤回), and its state leaves 待开票 once. `deskapp check` verifies
# these exact triggers (store/triggers.py). Column lists frozen as of this revision.
_REQUEST_FIXED = ("id", "number", "unit_id", "title", "tax_no", "amount", "requested_at", "requested_by")
_REQUEST_ONCE = ("invoice_no", "issued_on", "recorded_at", "recorded_by", "withdrawn_at", "withdrawn_by",
                 "withdraw_reason")


def _request_guard() -> str:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in _REQUEST_FIXED]
    changed += [f"(OLD.{c} IS NOT NULL AND NEW.{c} IS NOT OLD.{c})" for c in _REQUEST_ONCE]
    changed.append("(OLD.state IS NOT 'PENDING' AND NEW.state IS NOT OLD.state)")
    return ("CREATE TRIGGER invoice_requests_no_update BEFORE UPDATE ON invoice_requests\n       WHEN "
            + "\n         OR ".join(changed)
            + "\n       BEGIN SELECT RAISE(ABORT, 'invoice requests are withdrawn, never edited'); END")


SQLITE = {
    "invoice_request_lines_no_update": """CREATE TRIGGER invoice_request_lines_no_update BEFORE UPDATE ON invoice_request_lines
       BEGIN SELECT RAISE(ABORT, 'invoice_request_lines is append-only: money records are reversed, never edited'); END""",
    "invoice_request_lines_no_delete": """CREATE TRIGGER invoice_request_lines_no_delete BEFORE DELETE ON invoice_request_lines
       BEGIN SELECT RAISE(ABORT, 'invoice_request_lines is append-only: money records are never deleted'); END""",
    "invoice_requests_no_delete": """CREATE TRIGGER invoice_requests_no_delete BEFORE DELETE ON invoice_requests
       BEGIN SELECT RAISE(ABORT, 'invoice_requests is append-only: money records are never deleted'); END""",
    "invoice_requests_no_update": _request_guard(),
}

_PG_ONCE = ", ".join(f"'{c}'" for c in (*_REQUEST_ONCE, "state"))
_PG = [
    f"""CREATE OR REPLACE FUNCTION invoice_requests_guard() RETURNS trigger AS $$
       DECLARE c text;
       BEGIN
         IF (to_jsonb(NEW) - ARRAY[{_PG_ONCE}]) <> (to_jsonb(OLD) - ARRAY[{_PG_ONCE}])
            OR (OLD.state <> 'PENDING' AND NEW.state <> OLD.state) THEN
           RAISE EXCEPTION 'invoice requests are withdrawn, never edited';
         END IF;
         FOREACH c IN ARRAY ARRAY[{", ".join(f"'{c}'" for c in _REQUEST_ONCE)}] LOOP
           IF to_jsonb(OLD) -> c <> 'null'::jsonb AND to_jsonb(NEW) -> c <> to_jsonb(OLD) -> c THEN
             RAISE EXCEPTION 'invoice requests are withdrawn, never edited';
           END IF;
         END LOOP;
         RETURN NEW;
       END; $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER invoice_request_lines_append_only BEFORE UPDATE OR DELETE ON invoice_request_lines
       FOR EACH ROW EXECUTE FUNCTION money_refuse()""",
    """CREATE TRIGGER invoice_requests_no_delete BEFORE DELETE ON invoice_requests
       FOR EACH ROW EXECUTE FUNCTION money_refuse()""",
    """CREATE TRIGGER invoice_requests_no_update BEFORE UPDATE ON invoice_requests
       FOR EACH ROW EXECUTE FUNCTION invoice_requests_guard()""",
]

revision = '0901_billing_invoices_append_only'
down_revision = '0900_billing_invoices'
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
        op.execute("DROP TRIGGER IF EXISTS invoice_request_lines_append_only ON invoice_request_lines")
        op.execute("DROP TRIGGER IF EXISTS invoice_requests_no_delete ON invoice_requests")
        op.execute("DROP TRIGGER IF EXISTS invoice_requests_no_update ON invoice_requests")
        op.execute("DROP FUNCTION IF EXISTS invoice_requests_guard()")
