"""monthpack: the filing record is append-only

Revision ID: 2850_month_pack_append_only
Revises: 1600_month_pack
Create Date: 2026-12-05 08:40:00.000000
"""
from __future__ import annotations

from alembic import op

# A filed pack is evidence that these files, with these hashes, were filed then: the rows are
# only ever added (filing again makes a new pack), so an edit or a delete is refused on both
# backends and `deskapp check` notices a dropped trigger (store/triggers.py lists this module).
_TABLES = ("month_packs", "month_pack_files")
SQLITE = {
    f"{t}_no_{op_name}": f"""CREATE TRIGGER {t}_no_{op_name} BEFORE {op_name.upper()} ON {t}
       BEGIN SELECT RAISE(ABORT, '{t} is append-only: a filed month is never {verb}'); END"""
    for t in _TABLES for op_name, verb in (("update", "edited"), ("delete", "deleted"))
}
_PG = [
    """CREATE OR REPLACE FUNCTION month_pack_refuse() RETURNS trigger AS $$
       BEGIN
         RAISE EXCEPTION '%: a filed month is never edited or deleted', TG_TABLE_NAME;
       END $$ LANGUAGE plpgsql""",
    *[f"""CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t}
       FOR EACH ROW EXECUTE FUNCTION month_pack_refuse()""" for t in _TABLES],
]

revision = '2850_month_pack_append_only'
down_revision = '1600_month_pack'
branch_labels = None
depends_on = None


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    for sql in SQLITE.values() if dialect == "sqlite" else _PG if dialect == "postgresql" else ():
        op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for name in SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    elif dialect == "postgresql":
        for t in _TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS {t}_append_only ON {t}")
        op.execute("DROP FUNCTION IF EXISTS month_pack_refuse()")
