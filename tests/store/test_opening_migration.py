"""1100_billing_opening: bills gain `opening` without losing their append-only triggers, both
ways; the import records get their own."""
import pytest
from alembic import command
from sqlalchemy import text

from deskapp.services.accounts.check import trigger_problems
from deskapp.store.schema import alembic_config, upgrade


def _down(db, revision):
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _state(ctx):
    with ctx.db.engine.connect() as conn:
        columns = {r[1] for r in conn.execute(text("PRAGMA table_info(bills)"))}
        triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
    return columns, triggers


@pytest.mark.sqlite_only  # reads SQLite's own catalogue and trigger syntax
def test_down_and_up_keep_the_bills_guarded(community):
    ctx = community
    columns, triggers = _state(ctx)
    assert "opening" in columns and {"bills_no_update", "opening_imports_no_delete"} <= triggers
    _down(ctx.db, "1100_billing_opening-1")
    columns, triggers = _state(ctx)
    assert "opening" not in columns and "opening_imports_no_update" not in triggers
    assert {"bills_no_update", "bills_no_delete"} <= triggers
    upgrade(ctx.db)
    with ctx.reader() as uow:
        count, problems = trigger_problems(uow.session)
    assert problems == [] and count >= 20
