"""registry: who granted an authorisation; a transfer's arrangements

Revision ID: 0702_registry_transfer
Revises: 0700_registry_indexes
Create Date: 2026-12-04 17:04:47.032190
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0702_registry_transfer'
down_revision = '0701_registry_people_edit'
branch_labels = None
depends_on = None


_BACKFILL = """
UPDATE unit_people SET granted_by = (
    SELECT o.person_id FROM unit_people o
    WHERE o.unit_id = unit_people.unit_id AND o.relation = 'OWNER'
      AND (o.since IS NULL OR unit_people.since IS NULL OR o.since <= unit_people.since)
      AND (o.until IS NULL OR unit_people.since IS NULL OR o.until > unit_people.since)
    ORDER BY o.since, o.id LIMIT 1)
WHERE relation = 'AUTHORISED'
"""


def upgrade() -> None:
    with op.batch_alter_table('ownership_transfers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('arrangements', sa.Text(), nullable=False, server_default=''))

    with op.batch_alter_table('unit_people', schema=None) as batch_op:
        batch_op.add_column(sa.Column('granted_by', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_unit_people_granted_by_people'), 'people', ['granted_by'], ['id'])
    # An authorisation on file was given by the owner of its time: the owner whose tie covers the
    # day it started (the earliest such owner). One given by a seller then lapses in effect.
    op.execute(_BACKFILL)


def downgrade() -> None:
    with op.batch_alter_table('unit_people', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_unit_people_granted_by_people'), type_='foreignkey')
        batch_op.drop_column('granted_by')

    with op.batch_alter_table('ownership_transfers', schema=None) as batch_op:
        batch_op.drop_column('arrangements')

