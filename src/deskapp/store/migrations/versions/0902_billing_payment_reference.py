"""billing: receipts record the payment reference (交易流水号)

Revision ID: 0902_billing_payment_reference
Revises: 0901_billing_invoices_append_only
Create Date: 2026-12-04 23:58:14.943473
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# A receipt paid by 微信/支付宝/银行卡/转账 carries the transaction number the cashier ticks off
# against the merchant statement. It is written with the receipt and never edited after, so the
# SQLite guard of 0403 is re-created with pay_ref among the fixed columns (store/triggers.py reads
# this SQLITE after 0403's, so this definition is the one `deskapp check` expects). PostgreSQL's
# receipts_guard() compares the whole row minus the once-columns, which already fixes a new column:
# nothing to change there. Column lists frozen as of this revision.
_RECEIPT_FIXED = ("id", "series", "seq", "number", "unit_id", "payer", "issued_at", "day", "cashier",
                  "cashier_name", "method", "amount", "prepaid_used", "tendered", '"change"', "pay_ref")
_RECEIPT_ONCE = ("handover_id", "voided_at", "voided_by", "void_reason", "void_day", "void_handover_id")


def _receipts_guard(fixed: tuple[str, ...]) -> str:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in fixed]
    changed += [f"(OLD.{c} IS NOT NULL AND NEW.{c} IS NOT OLD.{c})" for c in _RECEIPT_ONCE]
    return ("CREATE TRIGGER receipts_no_update BEFORE UPDATE ON receipts\n       WHEN "
            + "\n         OR ".join(changed)
            + "\n       BEGIN SELECT RAISE(ABORT, 'receipts are voided, never edited'); END")


SQLITE = {"receipts_no_update": _receipts_guard(_RECEIPT_FIXED)}

_RECEIPTS_NO_DELETE = """CREATE TRIGGER receipts_no_delete BEFORE DELETE ON receipts
       BEGIN SELECT RAISE(ABORT, 'receipts is append-only: money records are never deleted'); END"""

revision = '0902_billing_payment_reference'
down_revision = '0901_billing_invoices_append_only'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # ADD COLUMN keeps the table (and its triggers): no batch copy
    op.add_column("receipts", sa.Column("pay_ref", sa.String(length=40), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS receipts_no_update")
        op.execute(SQLITE["receipts_no_update"])


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:  # the batch copy of the table would lose its triggers: drop and re-create them
        op.execute("DROP TRIGGER IF EXISTS receipts_no_update")
        op.execute("DROP TRIGGER IF EXISTS receipts_no_delete")
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.drop_column("pay_ref")
    if sqlite:
        op.execute(_receipts_guard(_RECEIPT_FIXED[:-1]))  # 0403's guard, without pay_ref
        op.execute(_RECEIPTS_NO_DELETE)
