"""The triggers that keep history append-only, as the migrations created them, and the ones a
SQLite file actually has: `deskapp check` compares the two, so that dropping a trigger (to edit
a row) or re-creating it with a weaker body is noticed. The expected text is read from the
migrations themselves, so there is one source of truth."""
from __future__ import annotations

import importlib
import re

from sqlalchemy import text
from sqlalchemy.orm import Session

# (migration module, attribute holding its SQLite CREATE TRIGGER statements)
_SOURCES = (
    ("0100_accounts", "_SQLITE_TRIGGERS"),
    ("0301_keys_history", "_SQLITE"),
    ("0403_billing_append_only", "SQLITE"),
    ("0404_billing_one_off_append_only", "SQLITE"),
    ("0901_billing_invoices_append_only", "SQLITE"),
    ("0902_billing_payment_reference", "SQLITE"),  # after 0403: its receipts_no_update wins
    ("1100_billing_opening", "SQLITE"),
    ("1200_billing_history", "SQLITE"),
    ("1300_billing_deposits", "SQLITE"),
    ("1400_billing_opening_deposits", "SQLITE"),
    ("1900_billing_discounts", "SQLITE"),
    ("2000_community", "SQLITE"),
    ("2800_deposit_money", "SQLITE"),
    ("2850_month_pack_append_only", "SQLITE"),
    ("2900_open_bill_lines", "SQLITE"),  # not a guard: it keeps the unsettled lines; dropped, arrears go wrong
)
_NAME = re.compile(r"CREATE\s+TRIGGER\s+(\w+)", re.IGNORECASE)
# PostgreSQL's (migration module, attribute): triggers calling plpgsql functions
_PG_SOURCES = (
    ("0100_accounts", "_PG_FUNCTION"),
    ("0100_accounts", "_PG_TRIGGER"),
    ("0301_keys_history", "_PG"),
    ("0403_billing_append_only", "_PG"),
    ("0404_billing_one_off_append_only", "_PG"),
    ("0901_billing_invoices_append_only", "_PG"),
    ("1100_billing_opening", "_PG"),
    ("1200_billing_history", "_PG"),
    ("1300_billing_deposits", "_PG"),
    ("1400_billing_opening_deposits", "_PG"),
    ("2700_pg_application_guards", "_PG"),
    ("2000_community", "_PG"),
    ("2800_deposit_money", "_PG"),
    ("2850_month_pack_append_only", "_PG"),
    ("2900_open_bill_lines", "_PG"),
)
_FUNCTION = re.compile(r"CREATE\s+OR\s+REPLACE\s+FUNCTION\s+(\w+)\(\)[^$]*\$\$(.*?)\$\$", re.IGNORECASE | re.DOTALL)


def normalise(sql: str) -> str:
    return " ".join(sql.split())


def expected() -> dict[str, str]:
    """Trigger name → its CREATE statement (whitespace normalised)."""
    out: dict[str, str] = {}
    for module, attr in _SOURCES:
        statements = getattr(importlib.import_module(f"deskapp.store.migrations.versions.{module}"), attr)
        for sql in (statements.values() if isinstance(statements, dict) else statements):
            out[_NAME.search(sql).group(1)] = normalise(sql)
    return out


def present(session: Session) -> dict[str, str]:
    if session.get_bind().dialect.name == "postgresql":
        return _present_pg(session)
    rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
    return {name: normalise(sql or "") for name, sql in rows}


def expected_for(session: Session) -> dict[str, str]:
    """What `present` should find on this session's database."""
    return _expected_pg() if session.get_bind().dialect.name == "postgresql" else expected()


def _pg_statements() -> list[str]:
    out: list[str] = []
    for module, attr in _PG_SOURCES:
        statements = getattr(importlib.import_module(f"deskapp.store.migrations.versions.{module}"), attr)
        out.extend([statements] if isinstance(statements, str) else statements)
    return out


def _expected_pg() -> dict[str, str]:
    """On PostgreSQL a guard is a trigger (which must be there and enabled: only the tables' owner
    can disable one, see store/server.py) and the body of the function it calls. Trigger name →
    "enabled", and "function NAME" → its body as the migration wrote it."""
    out: dict[str, str] = {}
    for sql in _pg_statements():
        if (fn := _FUNCTION.search(sql)) is not None:
            out[f"function {fn.group(1)}"] = normalise(fn.group(2))
        elif (trigger := _NAME.search(sql)) is not None:
            out[trigger.group(1)] = "enabled"
    return out


def _present_pg(session: Session) -> dict[str, str]:
    triggers = session.execute(text(
        "SELECT tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal")).all()
    functions = session.execute(text(
        "SELECT p.proname, p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = current_schema() AND p.prorettype = 'trigger'::regtype")).all()
    found = {name: "enabled" if state in ("O", "A") else "disabled" for name, state in triggers}
    found.update({f"function {name}": normalise(body) for name, body in functions})
    return found
