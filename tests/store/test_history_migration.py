"""1200_billing_history down and up again: the history tables and their append-only triggers go
and come back, and `deskapp check` finds the triggers as the migration writes them."""
import pytest
from alembic import command
from sqlalchemy import text

from deskapp.services.accounts.check import trigger_problems
from deskapp.store.schema import alembic_config, upgrade

TRIGGERS = {"payment_history_no_update", "payment_history_no_delete", "payment_history_batches_no_update",
            "payment_history_batches_no_delete"}


def _names(ctx, kind: str) -> set[str]:
    with ctx.db.engine.connect() as conn:
        return {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master WHERE type = :k"), {"k": kind})}


@pytest.mark.sqlite_only  # reads SQLite's own catalogue and trigger syntax
def test_history_tables_and_triggers_go_down_and_come_back(community):
    ctx = community
    assert TRIGGERS <= _names(ctx, "trigger") and {"payment_history", "payment_history_batches"} <= _names(ctx, "table")
    cfg = alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "1200_billing_history-1")
    assert not TRIGGERS & _names(ctx, "trigger") and "payment_history" not in _names(ctx, "table")
    upgrade(ctx.db)
    assert TRIGGERS <= _names(ctx, "trigger")
    with ctx.reader() as uow:
        assert trigger_problems(uow.session)[1] == []
