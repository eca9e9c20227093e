"""0902_billing_payment_reference on a database that already has receipts: the column arrives,
the receipts guard is re-created with pay_ref fixed, and `deskapp check` finds the triggers as the
migrations wrote them — on an upgraded file as on a fresh one."""
import pytest
from alembic import command
from sqlalchemy import text

from deskapp.services.accounts.check import trigger_problems
from deskapp.store.schema import alembic_config, upgrade


pytestmark = pytest.mark.sqlite_only  # the SQLite guard's text; PostgreSQL's guard compares whole rows


def _to(db, revision):
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _columns(ctx):
    with ctx.db.engine.connect() as conn:
        return {r[1] for r in conn.execute(text("PRAGMA table_info(receipts)"))}


def test_fresh_and_upgraded_files_have_the_expected_receipt_guard(community):
    ctx = community
    with ctx.reader() as uow:
        assert trigger_problems(uow.session)[1] == []
    _to(ctx.db, "0902_billing_payment_reference-1")
    assert "pay_ref" not in _columns(ctx)
    with ctx.reader() as uow:  # back at 0901 the guard is 0403's again, the one 0901 expects
        assert "pay_ref" not in uow.session.execute(text(
            "SELECT sql FROM sqlite_master WHERE name = 'receipts_no_update'")).scalar_one()
    upgrade(ctx.db)
    assert "pay_ref" in _columns(ctx)
    with ctx.reader() as uow:
        count, problems = trigger_problems(uow.session)
        guard = uow.session.execute(text("SELECT sql FROM sqlite_master WHERE name = 'receipts_no_update'")).scalar_one()
    assert problems == [] and count >= 20
    assert "NEW.pay_ref IS NOT OLD.pay_ref" in guard

