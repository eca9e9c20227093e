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
)
_NAME = re.compile(r"CREATE\s+TRIGGER\s+(\w+)", re.IGNORECASE)


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
    rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
    return {name: normalise(sql or "") for name, sql in rows}
