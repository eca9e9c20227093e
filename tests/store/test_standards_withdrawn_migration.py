"""2950_fee_standard_withdrawn on a database that has standards: the columns arrive empty, every
standard stands (none withdrawn), and a standard can then be withdrawn."""
from datetime import date

from alembic import command
from sqlalchemy import inspect

from deskapp.domain.billing import FeeItem, StandardState
from deskapp.services.billing import standards
from deskapp.store.schema import alembic_config, upgrade

COLUMNS = {"withdrawn_at", "withdrawn_by", "withdraw_reason"}


def _columns(ctx) -> set[str]:
    with ctx.db.engine.connect() as conn:
        return {c["name"] for c in inspect(conn).get_columns("fee_standards")}


def test_upgrade_keeps_the_standards_standing(community, admin):
    ctx = community
    kept = standards.add_standard(ctx, admin, FeeItem.PROPERTY, "2.50", date(2020, 1, 1), unit_kind="住宅")
    wrong = standards.add_standard(ctx, admin, FeeItem.PROPERTY, "25.0", date(2027, 1, 1), unit_kind="住宅")
    cfg = alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "2950_fee_standard_withdrawn-1")
    assert not COLUMNS & _columns(ctx)
    upgrade(ctx.db)
    assert COLUMNS <= _columns(ctx)
    listed = {s.id: s for s in standards.list_standards(ctx, admin)}
    assert listed[kept].state is StandardState.IN_FORCE and listed[wrong].state is StandardState.COMING
    assert not any(s.withdrawn for s in listed.values())
    standards.withdraw_standard(ctx, admin, wrong, "单价多打了一位")
    assert [s.id for s in standards.list_standards(ctx, admin) if s.withdrawn] == [wrong]
