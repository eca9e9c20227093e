"""facilities: a booking's fee and deposit are collected at the desk (收费), not only recorded

A booking kept the facility's fee and deposit but nothing took them: the clerk had to charge the
fee as a 临时收费 and had no way to put the deposit in the 押金台账. Collecting now issues the fee's
receipt and takes the deposit into the ledger (its source `facility_booking:<id>`); the booking keeps
when, by whom and the receipt's number (empty while not collected; NULL for every booking before).

Revision ID: 2971_booking_payments
Revises: 1800_facilities
Create Date: 2026-12-07 02:10:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '2971_booking_payments'
down_revision = '1800_facilities'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTER TABLE on both backends (as 2950): batch mode would copy the table
    op.add_column('facility_bookings', sa.Column('paid_at', sa.DateTime(timezone=True), nullable=True))
    op.add_column('facility_bookings', sa.Column('paid_by', sa.String(length=80), nullable=True))
    op.add_column('facility_bookings', sa.Column('receipt_number', sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.drop_column('facility_bookings', 'receipt_number')
    op.drop_column('facility_bookings', 'paid_by')
    op.drop_column('facility_bookings', 'paid_at')
