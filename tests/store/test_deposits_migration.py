"""1300_billing_deposits on a file that already holds deposits: the data migration brings every card
and parking-lease deposit (and what became of it) into the ledger, which balances from day one."""
import pytest
from datetime import date

from alembic import command
from sqlalchemy import text

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.keys import CardKind, CountItem, DepositOutcome, SpaceArea
from deskapp.services.accounts import check
from deskapp.services.billing import deposits
from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory, parking as keys_parking
from deskapp.services.keys.parking import LeaseInput
from deskapp.services.registry import units as registry_units
from deskapp.store.schema import alembic_config, upgrade


def _rows(ctx, actor):
    return sorted((r.kind, r.unit_code, r.payer, r.source_ref, r.amount, r.refunded, r.held, r.state)
                  for r in deposits.deposit_page(ctx, actor, DepositFilter(state=None)).rows)


@pytest.mark.sqlite_only  # reads SQLite's own catalogue and trigger syntax
def test_existing_deposits_are_brought_into_the_ledger(community, admin, clerk):
    ctx = community
    unit = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                   "building_area": "88", "state": "自住"})
    keys_inventory.receive_stock(ctx, admin, CountItem.BLANK_ACCESS, 5)
    a = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    b = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0002", "李四", deposit="30")
    keys_cards.replace_card(ctx, clerk, a.id, "MJ0003", deposit=DepositOutcome.MOVE, fee="0")
    keys_cards.replace_card(ctx, clerk, b.id, "MJ0004", deposit=DepositOutcome.REFUND, fee="0")
    space = keys_parking.add_space(ctx, admin, "B-001", SpaceArea.UNDERGROUND)
    keys_parking.lease_space(ctx, clerk, LeaseInput(space_id=space, unit_id=unit, lessee_name="张三", plates="浙A12345",
                                                    start=date(2026, 11, 1), end=date(2027, 10, 31),
                                                    monthly_rent="300", deposit="500"))
    written = _rows(ctx, clerk)
    cfg = alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:  # back to before the ledger: the tables go, the sources stay
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "1000_meetings")
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name = 'deposits'")).scalar() == 0
    upgrade(ctx.db)
    migrated = _rows(ctx, clerk)
    assert migrated == written
    assert [r[6] for r in migrated if r[7] == "在押"] and sum(r[6] for r in migrated) == 520
    assert [p for p in check.run_check(ctx, admin).problems if "押金" in p or "退款" in p or "触发器" in p] == []


@pytest.mark.sqlite_only  # the downgrade copies the table (batch mode): SQLite's own path
def test_2800_marks_existing_entries_cash_and_off_every_drawer(community, admin, clerk):
    """Entries from before 2800_deposit_money: 现金 where money moved, none for a moved-in card
    deposit or a 转出, and no cashier, so no handover counts them after the upgrade."""
    from deskapp.services.billing import handover

    ctx = community
    unit = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "801",
                                                   "building_area": "88", "state": "自住"})
    keys_inventory.receive_stock(ctx, admin, CountItem.BLANK_ACCESS, 5)
    a = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0001", "张三", deposit="20")
    b = keys_cards.issue_card(ctx, clerk, unit, CardKind.ACCESS, "MJ0002", "李四", deposit="30")
    keys_cards.replace_card(ctx, clerk, a.id, "MJ0003", deposit=DepositOutcome.MOVE, fee="0")
    keys_cards.replace_card(ctx, clerk, b.id, "MJ0004", deposit=DepositOutcome.REFUND, fee="0")
    assert len(handover.draft(ctx, clerk).deposits) == 3  # written now: on the clerk's drawer
    cfg = alembic_config(ctx.db)
    with ctx.db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "2700_pg_application_guards")
    upgrade(ctx.db)
    with ctx.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, method, cashier FROM deposit_entries ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("TAKEN", "CASH", None), ("TAKEN", "CASH", None), ("TAKEN", None, None),
                                       ("MOVED", None, None), ("REFUNDED", "CASH", None)]
    assert handover.draft(ctx, clerk).deposits == ()
    assert [p for p in check.run_check(ctx, admin).problems if "押金" in p or "移交" in p or "触发器" in p] == []
