"""billing: the deposits ledger and refunds

Revision ID: 1300_billing_deposits
Revises: 1000_meetings
Create Date: 2026-12-05 00:56:41.161989
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op



# The ledger is append-only as the other money records (0403): deposits and their entries are
# never edited or deleted; a forfeit or refund application only gains its decision and payout,
# each field once, and its state moves forward only (待审批 → 已批准/已驳回, 已批准 → 已付款).
# `deskapp check` verifies these exact triggers (store/triggers.py). Column lists frozen here.
_APPEND_ONLY = ("deposits", "deposit_entries")
_FORFEIT_FIXED = ("id", "deposit_id", "amount", "reason", "applied_at", "applied_by")
_FORFEIT_ONCE = ("decided_at", "decided_by", "decision_note")
_REFUND_FIXED = ("id", "number", "source", "unit_id", "deposit_id", "amount", "reason", "payee", "applied_at",
                 "applied_by")
_REFUND_ONCE = ("decided_at", "decided_by", "decision_note", "method", "pay_ref", "paid_at", "paid_day", "cashier",
                "cashier_name", "handover_id")
_FORWARD = ("(OLD.state IS NOT NEW.state AND NOT ((OLD.state = 'PENDING' AND NEW.state IN ('APPROVED', 'REFUSED'))"
            " OR (OLD.state = 'APPROVED' AND NEW.state = 'PAID')))")


def _guard(table: str, fixed: tuple[str, ...], once: tuple[str, ...]) -> str:
    changed = [f"NEW.{c} IS NOT OLD.{c}" for c in fixed]
    changed += [f"(OLD.{c} IS NOT NULL AND NEW.{c} IS NOT OLD.{c})" for c in once]
    changed.append(_FORWARD)
    return (f"CREATE TRIGGER {table}_no_update BEFORE UPDATE ON {table}\n       WHEN "
            + "\n         OR ".join(changed)
            + f"\n       BEGIN SELECT RAISE(ABORT, '{table}: applications are decided once, never edited'); END")


SQLITE = {
    **{f"{t}_no_update": f"""CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t}
       BEGIN SELECT RAISE(ABORT, '{t} is append-only: money records are reversed, never edited'); END"""
       for t in _APPEND_ONLY},
    **{f"{t}_no_delete": f"""CREATE TRIGGER {t}_no_delete BEFORE DELETE ON {t}
       BEGIN SELECT RAISE(ABORT, '{t} is append-only: money records are never deleted'); END"""
       for t in (*_APPEND_ONLY, "deposit_forfeits", "refunds")},
    "deposit_forfeits_no_update": _guard("deposit_forfeits", _FORFEIT_FIXED, _FORFEIT_ONCE),
    "refunds_no_update": _guard("refunds", _REFUND_FIXED, _REFUND_ONCE),
}
_PG = [f"""CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t}
       FOR EACH ROW EXECUTE FUNCTION money_refuse()""" for t in _APPEND_ONLY]

# The deposits the program took before the ledger existed, brought in so that it balances from
# the first day: each source row becomes a deposit with its 收取 entry, and what already happened
# to it (a decoration refunded less deductions, a card deposit moved or refunded at 补办, a lent
# key returned with or without its deposit) becomes the entries after it. Times are UTC; the
# day taken is the centre's (UTC+8).
_BY = "'系统迁移'"


def _deposits(dialect: str) -> list[str]:
    """The INSERTs of the deposits, with the centre's day of a UTC time in the dialect's words."""
    def day(column: str) -> str:
        if dialect == "postgresql":
            return f"({column} AT TIME ZONE 'Asia/Shanghai')::date"
        return f"date({column}, '+8 hours')"

    return [
    f"""INSERT INTO deposits (kind, unit_id, payer, amount, taken_on, secures, source, source_ref, created_at, created_by)
        SELECT 'DECORATION', unit_id, owner_name, deposit, {day('decided_at')},
               '装修复验合格后退还（扣除违规扣款）', 'decoration:' || id, number, decided_at, {_BY}
        FROM decorations t WHERE deposit > 0 AND decided_at IS NOT NULL AND state NOT IN ('APPLIED', 'REJECTED')
        AND NOT EXISTS (SELECT 1 FROM deposits x WHERE x.source = 'decoration:' || t.id)""",
    f"""INSERT INTO deposits (kind, unit_id, payer, amount, taken_on, secures, source, source_ref, created_at, created_by)
        SELECT 'CARD', unit_id, holder_name, deposit, issued_on, '退卡时退还',
               'card:' || id, '卡 ' || number, created_at, {_BY} FROM cards t WHERE deposit > 0
        AND NOT EXISTS (SELECT 1 FROM deposits x WHERE x.source = 'card:' || t.id)""",
    f"""INSERT INTO deposits (kind, unit_id, payer, amount, taken_on, secures, source, source_ref, created_at, created_by)
        SELECT 'KEY', unit_id, borrower_name, deposit, {day('lent_at')}, '钥匙归还时退还',
               'key_loan:' || id, '借用钥匙', lent_at, {_BY} FROM key_loans t WHERE deposit > 0
        AND NOT EXISTS (SELECT 1 FROM deposits x WHERE x.source = 'key_loan:' || t.id)""",
    f"""INSERT INTO deposits (kind, unit_id, payer, amount, taken_on, secures, source, source_ref, created_at, created_by)
        SELECT 'PARKING', unit_id, lessee_name, deposit, start, '租约结束、车位交回后退还',
               'parking_lease:' || id, number, created_at, {_BY} FROM parking_leases t WHERE deposit > 0
        AND NOT EXISTS (SELECT 1 FROM deposits x WHERE x.source = 'parking_lease:' || t.id)""",
    ]
_ENTRIES = [
    f"""INSERT INTO deposit_entries (deposit_id, kind, amount, at, by, reason)
        SELECT id, 'TAKEN', amount, created_at, {_BY}, '启用押金台账时转入' FROM deposits WHERE id > :after""",
    f"""INSERT INTO deposit_entries (deposit_id, kind, amount, at, by, reason)
        SELECT p.id, 'REFUNDED', d.refund_amount, d.refunded_at, d.refunded_by, '押金退还单 ' || d.refund_no
        FROM deposits p JOIN decorations d ON p.source = 'decoration:' || d.id
        WHERE d.refunded_at IS NOT NULL AND d.refund_amount > 0 AND p.id > :after""",
    f"""INSERT INTO deposit_entries (deposit_id, kind, amount, at, by, reason)
        SELECT p.id, 'FORFEITED', d.deposit - d.refund_amount, d.refunded_at, d.refunded_by, '装修扣款'
        FROM deposits p JOIN decorations d ON p.source = 'decoration:' || d.id
        WHERE d.refunded_at IS NOT NULL AND d.deposit > d.refund_amount AND p.id > :after""",
    f"""INSERT INTO deposit_entries (deposit_id, kind, amount, at, by, reason)
        SELECT p.id, CASE c.deposit_outcome WHEN 'MOVE' THEN 'MOVED' ELSE 'REFUNDED' END, c.deposit,
               COALESCE((SELECT max(e.at) FROM card_events e WHERE e.card_id = c.id
                         AND e.kind IN ('DEPOSIT_MOVED', 'DEPOSIT_REFUNDED')), c.created_at), {_BY},
               CASE c.deposit_outcome WHEN 'MOVE' THEN '补办时转入新卡' ELSE '补办时退还持卡人' END
        FROM deposits p JOIN cards c ON p.source = 'card:' || c.id WHERE c.deposit_outcome IS NOT NULL AND p.id > :after""",
    f"""INSERT INTO deposit_entries (deposit_id, kind, amount, at, by, reason)
        SELECT p.id, CASE WHEN k.deposit_refunded THEN 'REFUNDED' ELSE 'FORFEITED' END, k.deposit, k.returned_at,
               COALESCE(NULLIF(k.received_by, ''), {_BY}),
               CASE WHEN k.deposit_refunded THEN '钥匙归还' ELSE '钥匙归还时未退押金' END
        FROM deposits p JOIN key_loans k ON p.source = 'key_loan:' || k.id WHERE k.returned_at IS NOT NULL
          AND p.id > :after""",
]




def backfill(connection) -> None:
    """Bring the deposits recorded outside the ledger into it (the migration on an existing file;
    the demo, which writes its records in bulk): each source once, with what became of it."""
    after = connection.execute(sa.text("SELECT coalesce(max(id), 0) FROM deposits")).scalar()
    for sql in _deposits(connection.dialect.name):
        connection.execute(sa.text(sql))
    for sql in _ENTRIES:
        connection.execute(sa.text(sql), {"after": after})


revision = '1300_billing_deposits'
down_revision = '1000_meetings'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('deposits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('DECORATION', 'CARD', 'KEY', 'PARKING', 'OTHER', name='depositkind', native_enum=False, length=24), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('payer', sa.String(length=80), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('secures', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=40), nullable=False),
    sa.Column('source_ref', sa.String(length=60), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_deposits_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deposits')),
    sa.UniqueConstraint('source', name=op.f('uq_deposits_source'))
    )
    with op.batch_alter_table('deposits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deposits_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_deposits_taken_on'), ['taken_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_deposits_unit_id'), ['unit_id'], unique=False)

    op.create_table('deposit_forfeits',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deposit_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('state', sa.Enum('PENDING', 'APPROVED', 'PAID', 'REFUSED', name='applicationstate', native_enum=False, length=24), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('applied_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=80), nullable=True),
    sa.Column('decision_note', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['deposit_id'], ['deposits.id'], name=op.f('fk_deposit_forfeits_deposit_id_deposits')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deposit_forfeits'))
    )
    with op.batch_alter_table('deposit_forfeits', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deposit_forfeits_deposit_id'), ['deposit_id'], unique=False)

    op.create_table('refunds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('source', sa.Enum('PREPAYMENT', 'DEPOSIT', name='refundsource', native_enum=False, length=24), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=True),
    sa.Column('deposit_id', sa.Integer(), nullable=True),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('payee', sa.String(length=80), nullable=False),
    sa.Column('state', sa.Enum('PENDING', 'APPROVED', 'PAID', 'REFUSED', name='applicationstate', native_enum=False, length=24), nullable=False),
    sa.Column('applied_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('applied_by', sa.String(length=80), nullable=False),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decided_by', sa.String(length=80), nullable=True),
    sa.Column('decision_note', sa.String(length=200), nullable=True),
    sa.Column('method', sa.Enum('CASH', 'WECHAT', 'ALIPAY', 'CARD', 'TRANSFER', 'PREPAID', name='paymethod', native_enum=False, length=24), nullable=True),
    sa.Column('pay_ref', sa.String(length=40), nullable=True),
    sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('paid_day', sa.Date(), nullable=True),
    sa.Column('cashier', sa.String(length=80), nullable=True),
    sa.Column('cashier_name', sa.String(length=80), nullable=True),
    sa.Column('handover_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['deposit_id'], ['deposits.id'], name=op.f('fk_refunds_deposit_id_deposits')),
    sa.ForeignKeyConstraint(['handover_id'], ['handovers.id'], name=op.f('fk_refunds_handover_id_handovers')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_refunds_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_refunds')),
    sa.UniqueConstraint('number', name=op.f('uq_refunds_number'))
    )
    with op.batch_alter_table('refunds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_refunds_applied_at'), ['applied_at'], unique=False)
        batch_op.create_index('ix_refunds_cashier_day', ['cashier', 'paid_day'], unique=False)
        batch_op.create_index(batch_op.f('ix_refunds_deposit_id'), ['deposit_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_refunds_state'), ['state'], unique=False)
        batch_op.create_index(batch_op.f('ix_refunds_unit_id'), ['unit_id'], unique=False)

    op.create_table('deposit_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deposit_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('TAKEN', 'REFUNDED', 'FORFEITED', 'MOVED', name='entrykind', native_enum=False, length=24), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=80), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('refund_id', sa.Integer(), nullable=True),
    sa.Column('forfeit_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['deposit_id'], ['deposits.id'], name=op.f('fk_deposit_entries_deposit_id_deposits')),
    sa.ForeignKeyConstraint(['forfeit_id'], ['deposit_forfeits.id'], name=op.f('fk_deposit_entries_forfeit_id_deposit_forfeits')),
    sa.ForeignKeyConstraint(['refund_id'], ['refunds.id'], name=op.f('fk_deposit_entries_refund_id_refunds')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deposit_entries'))
    )
    with op.batch_alter_table('deposit_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deposit_entries_deposit_id'), ['deposit_id'], unique=False)
    backfill(op.get_bind())
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
        for t in _APPEND_ONLY:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_append_only ON {t}")
    with op.batch_alter_table('deposit_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deposit_entries_deposit_id'))

    op.drop_table('deposit_entries')
    with op.batch_alter_table('refunds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_refunds_unit_id'))
        batch_op.drop_index(batch_op.f('ix_refunds_state'))
        batch_op.drop_index(batch_op.f('ix_refunds_deposit_id'))
        batch_op.drop_index('ix_refunds_cashier_day')
        batch_op.drop_index(batch_op.f('ix_refunds_applied_at'))

    op.drop_table('refunds')
    with op.batch_alter_table('deposit_forfeits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deposit_forfeits_deposit_id'))

    op.drop_table('deposit_forfeits')
    with op.batch_alter_table('deposits', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_deposits_unit_id'))
        batch_op.drop_index(batch_op.f('ix_deposits_taken_on'))
        batch_op.drop_index(batch_op.f('ix_deposits_kind'))

    op.drop_table('deposits')
