"""billing: discounts (减免/优惠) with rules and approval

Revision ID: 1900_billing_discounts
Revises: 1000_meetings
Create Date: 2026-12-05 02:07:38.720505
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# An application is a money record as refunds are (1300): never deleted or edited; it only gains
# its decision, each field once, and its state moves forward only (待审批 → 已批准/已驳回). The
# reduction itself is a bill_waivers row (append-only since 0403). `deskapp check` verifies these
# exact triggers (store/triggers.py). Column lists frozen here. Rules are settings: edited freely.
_FIXED = ("id", "line_id", "unit_id", "rule_id", "amount", "reason", "applied_at", "applied_by")
_ONCE = ("decided_at", "decided_by", "decision_note", "waiver_id")
_FORWARD = ("(OLD.state IS NOT NEW.state AND NOT (OLD.state = 'PENDING' AND NEW.state IN ('APPROVED', 'REFUSED')))")


def _guard() -> str:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in _FIXED]
    changed += [f"(OLD.{c} IS NOT NULL AND NEW.{c} IS NOT OLD.{c})" for c in _ONCE]
    changed.append(_FORWARD)
    return ("CREATE TRIGGER bill_discounts_no_update BEFORE UPDATE ON bill_discounts\n       WHEN "
            + "\n         OR ".join(changed)
            + "\n       BEGIN SELECT RAISE(ABORT, 'bill_discounts: applications are decided once, never edited'); END")


SQLITE = {
    "bill_discounts_no_update": _guard(),
    "bill_discounts_no_delete": """CREATE TRIGGER bill_discounts_no_delete BEFORE DELETE ON bill_discounts
       BEGIN SELECT RAISE(ABORT, 'bill_discounts is append-only: money records are never deleted'); END""",
}


revision = '1900_billing_discounts'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('discount_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('kind', sa.Enum('YEAR_AHEAD', 'VACANT', 'OTHER', name='rulekind', native_enum=False, length=24), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_discount_rules')),
    sa.UniqueConstraint('name', name=op.f('uq_discount_rules_name'))
    )
    op.create_table('bill_discounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('rule_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('state', sa.Enum('PENDING', 'APPROVED', 'PAID', 'REFUSED', name='applicationstate', native_enum=False, length=24), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('applied_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=80), nullable=True),
    sa.Column('decision_note', sa.String(length=200), nullable=True),
    sa.Column('waiver_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['line_id'], ['bill_lines.id'], name=op.f('fk_bill_discounts_line_id_bill_lines')),
    sa.ForeignKeyConstraint(['rule_id'], ['discount_rules.id'], name=op.f('fk_bill_discounts_rule_id_discount_rules')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_bill_discounts_unit_id_units')),
    sa.ForeignKeyConstraint(['waiver_id'], ['bill_waivers.id'], name=op.f('fk_bill_discounts_waiver_id_bill_waivers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bill_discounts'))
    )
    with op.batch_alter_table('bill_discounts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bill_discounts_line_id'), ['line_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_discounts_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_bill_discounts_unit_id'), ['unit_id'], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        for sql in SQLITE.values():
            op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('bill_discounts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bill_discounts_unit_id'))
        batch_op.drop_index(batch_op.f('ix_bill_discounts_state'))
        batch_op.drop_index(batch_op.f('ix_bill_discounts_line_id'))

    op.drop_table('bill_discounts')
    op.drop_table('discount_rules')
