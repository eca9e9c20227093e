"""numbering: one counter table for every numbered paper

The reception (rx_counters), rounds (rounds_sequences) and billing (billing_number_series)
counters are copied into number_counters and dropped; the parking leases, which were numbered
from the highest ZL number on file, get their counters from that number. Every series goes on
from the number it had reached.

Revision ID: 0800_numbering_one_table
Revises: 0205_reception_handover_taker, 0302_keys_cards_events, 0404_billing_one_off_append_only,
         0504_rounds_decoration_papers
Create Date: 2026-12-04 22:40:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0800_numbering_one_table'
# one line: the start-up check (store/schema.py) reads it with a one-line pattern
down_revision = ('0205_reception_handover_taker', '0302_keys_cards_events', '0404_billing_one_off_append_only', '0504_rounds_decoration_papers')  # noqa: E501
branch_labels = None
depends_on = None

# Which series went back to which table on a downgrade; the billing series are the ones of
# year 0 (their names carry the period), the parking leases' ZL counter is dropped (the old
# code read the highest lease number instead).
RECEPTION_SERIES = ("WX", "WZ")
LEASE_SERIES = "ZL"

# 'ZL2026-0001': the year is characters 3-6, the number follows the dash.
_LEASE_COUNTERS = """
INSERT INTO number_counters (series, year, last)
SELECT 'ZL', CAST(substr(number, 3, 4) AS INTEGER), max(CAST(substr(number, 8) AS INTEGER))
FROM parking_leases WHERE number LIKE 'ZL____-%'
GROUP BY substr(number, 3, 4)
"""


def upgrade() -> None:
    op.create_table('number_counters',
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_number_counters'))
    )
    op.execute("INSERT INTO number_counters (series, year, last) SELECT series, year, last FROM rx_counters")
    op.execute("INSERT INTO number_counters (series, year, last) SELECT series, year, last FROM rounds_sequences")
    op.execute("INSERT INTO number_counters (series, year, last) SELECT series, 0, last FROM billing_number_series")
    op.execute(_LEASE_COUNTERS)
    op.drop_table('rx_counters')
    op.drop_table('rounds_sequences')
    op.drop_table('billing_number_series')


def downgrade() -> None:
    op.create_table('rx_counters',
    sa.Column('series', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_rx_counters'))
    )
    op.create_table('rounds_sequences',
    sa.Column('series', sa.String(length=8), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_rounds_sequences'))
    )
    op.create_table('billing_number_series',
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', name=op.f('pk_billing_number_series'))
    )
    reception = ", ".join(f"'{s}'" for s in RECEPTION_SERIES)
    op.execute("INSERT INTO rx_counters (series, year, last) SELECT series, year, last FROM number_counters "
               f"WHERE year != 0 AND series IN ({reception})")
    op.execute("INSERT INTO rounds_sequences (series, year, last) SELECT series, year, last FROM number_counters "
               f"WHERE year != 0 AND series NOT IN ({reception}, '{LEASE_SERIES}')")
    op.execute("INSERT INTO billing_number_series (series, last) SELECT series, last FROM number_counters "
               "WHERE year = 0")
    op.drop_table('number_counters')
