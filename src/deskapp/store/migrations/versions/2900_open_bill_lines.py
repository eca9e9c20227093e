"""billing: the bill lines not settled, kept by triggers

Revision ID: 2900_open_bill_lines
Revises: 1700_billing_counter
Create Date: 2026-12-05 12:45:00.000000
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Arrears, the dunning list and the notices want the lines still owed; after ten years those are
# ~90,000 of 1.9 million, and summing every line's receipts to find them grew with the years
# (issue 21 §4). open_bill_lines holds every line whose billed amount differs from what receipts
# not voided paid plus what was waived: derived data, written only by these triggers, on each
# change that can move a line in or out — a line billed, a receipt line, a waiver, a void (money
# rows are otherwise append-only, so nothing else can). The readers still compare the sums of the
# lines they get, so a line held by mistake would cost a lookup, never a wrong figure; a line
# missing would be missed, so `deskapp check` compares the set with the money
# (store/queries/billing_run.py lines_paid_above_billed) and with store/triggers.py that the
# triggers are there as written here.


def settled(line: str) -> str:
    """SQL, true when bill line `line` is settled: billed = paid by receipts not voided + waived."""
    return (f"(SELECT sb.amount FROM bill_lines sb WHERE sb.id = {line}) = "
            f"(SELECT coalesce(sum(sl.amount), 0) FROM receipt_lines sl JOIN receipts sr ON sr.id = sl.receipt_id"
            f" WHERE sl.bill_line_id = {line} AND sr.voided_at IS NULL)"
            f" + (SELECT coalesce(sum(sw.amount), 0) FROM bill_waivers sw WHERE sw.line_id = {line})")


def _add(select: str, dialect: str) -> str:
    """Into the set, ignoring a line already there."""
    if dialect == "sqlite":
        return f"INSERT OR IGNORE INTO open_bill_lines (line_id) {select}"
    return f"INSERT INTO open_bill_lines (line_id) {select} ON CONFLICT DO NOTHING"


def _one_line(line: str, dialect: str) -> str:
    """A receipt line or a waiver on `line`: out of the set if now settled, else in it."""
    return (f"DELETE FROM open_bill_lines WHERE line_id = {line} AND {settled(line)};\n"
            f"         {_add(f'SELECT {line} WHERE NOT ({settled(line)})', dialect)};")


def _voided(dialect: str) -> str:
    """A void: each line the receipt paid is owed again (or settled, were it overpaid)."""
    paid = "SELECT vl.bill_line_id FROM receipt_lines vl WHERE vl.receipt_id = NEW.id AND vl.bill_line_id IS NOT NULL"
    again = f"{paid.replace('SELECT', 'SELECT DISTINCT', 1)} AND NOT ({settled('vl.bill_line_id')})"
    return (f"DELETE FROM open_bill_lines WHERE line_id IN ({paid}) AND {settled('open_bill_lines.line_id')};\n"
            f"         {_add(again, dialect)};")


def _triggers(dialect: str) -> list[tuple[str, str, str, str]]:
    """(name, event, condition, statements) of each trigger: row by row, but the bill run's
    lines on PostgreSQL once per statement, over the statement's rows (a transition table): the
    run COPYs 100,000 lines, and a plpgsql call a row cost it 1.4 s."""
    billed = (("AFTER INSERT ON bill_lines REFERENCING NEW TABLE AS billed", "",
               "INSERT INTO open_bill_lines (line_id) SELECT id FROM billed WHERE amount <> 0;")
              if dialect == "postgresql" else
              ("AFTER INSERT ON bill_lines", "NEW.amount <> 0", "INSERT INTO open_bill_lines (line_id) VALUES (NEW.id);"))
    return [
        ("open_bill_lines_billed", *billed),
        ("open_bill_lines_paid", "AFTER INSERT ON receipt_lines", "NEW.bill_line_id IS NOT NULL",
         _one_line("NEW.bill_line_id", dialect)),
        ("open_bill_lines_waived", "AFTER INSERT ON bill_waivers", "", _one_line("NEW.line_id", dialect)),
        ("open_bill_lines_voided", "AFTER UPDATE OF voided_at ON receipts",
         "OLD.voided_at IS NULL AND NEW.voided_at IS NOT NULL", _voided(dialect)),
    ]


SQLITE = {name: f"CREATE TRIGGER {name} {event}{f' WHEN {when}' if when else ''}\n"
                f"       BEGIN\n         {body}\n       END"
          for name, event, when, body in _triggers("sqlite")}
_PG = [statement for name, event, when, body in _triggers("postgresql") for statement in (
    f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger AS $$\n"
    f"       BEGIN\n         {body}\n         RETURN NULL;\n       END $$ LANGUAGE plpgsql",
    f"CREATE TRIGGER {name} {event} FOR EACH {'STATEMENT' if 'NEW TABLE' in event else 'ROW'}"
    f"{f' WHEN ({when})' if when else ''} EXECUTE FUNCTION {name}()",
)]

# Every line not settled now (one pass, grouped: the correlated form sums line by line).
_FILL = """INSERT INTO open_bill_lines (line_id)
SELECT bl.id FROM bill_lines bl
LEFT JOIN (SELECT rl.bill_line_id AS id, sum(rl.amount) AS paid FROM receipt_lines rl
           JOIN receipts r ON r.id = rl.receipt_id
           WHERE r.voided_at IS NULL AND rl.bill_line_id IS NOT NULL GROUP BY rl.bill_line_id) p ON p.id = bl.id
LEFT JOIN (SELECT line_id AS id, sum(amount) AS waived FROM bill_waivers GROUP BY line_id) w ON w.id = bl.id
WHERE bl.amount <> coalesce(p.paid, 0) + coalesce(w.waived, 0)"""

revision = '2900_open_bill_lines'
down_revision = '1700_billing_counter'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('open_bill_lines',
    sa.Column('line_id', sa.Integer(), autoincrement=False, nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['bill_lines.id'], name=op.f('fk_open_bill_lines_line_id_bill_lines')),
    sa.PrimaryKeyConstraint('line_id', name=op.f('pk_open_bill_lines'))
    )
    op.execute(_FILL)
    dialect = op.get_bind().dialect.name
    for sql in SQLITE.values() if dialect == "sqlite" else _PG if dialect == "postgresql" else ():
        op.execute(sql)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, event, *_ in _triggers(dialect):
        if dialect == "sqlite":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {event.split(' ON ')[1].split()[0]}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    op.drop_table('open_bill_lines')
