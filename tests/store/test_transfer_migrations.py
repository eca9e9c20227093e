"""0702_registry_transfer and 0302_keys_cards_events on a database that has data: an authorisation
is attributed to the owner of the day it began (so a seller's one lapses), and a deposit a
replacement copied onto the new card is counted once."""
from datetime import date
from decimal import Decimal

from alembic import command
from sqlalchemy import inspect, text

from deskapp.domain.idcard import IdType, check_digit
from deskapp.domain.keys import CardKind, CountItem, DepositOutcome, HoldReason, KeyKind
from deskapp.domain.people import Authority, Relation
from deskapp.domain.transfer import Choice
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry import transfer as registry_transfer
from deskapp.services.keys import cards as keys_cards, custody as keys, inventory as keys_inventory
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry.people import PersonInput
from deskapp.store.schema import alembic_config, upgrade


def _step_back(db, revision_minus_one):
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision_minus_one)


def test_upgrade_attributes_authorisations_and_counts_moved_deposits_once(community, admin):
    ctx = community
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "自住"})
    registry_people.add_person(ctx, admin, uid, PersonInput("张三", "13800138000"), Relation.OWNER, since=date(2020, 1, 1))
    auth_id = "11010519800101001" + check_digit("11010519800101001")
    registry_people.add_person(ctx, admin, uid, PersonInput("李四", "13900139000", id_number=auth_id), Relation.AUTHORISED,
                        authorities=(Authority.KEYS,), since=date(2021, 3, 1))
    keys.register_key(ctx, admin, uid, KeyKind.ENTRANCE, 1, "A柜-01", HoldReason.VACANT, "业主委托")
    keep = {a.ref: Choice.KEEP for a in registry_transfer.arrangements(ctx, admin, uid)}
    registry_transfer.transfer_ownership(ctx, admin, uid, [PersonInput("赵六")], date(2026, 11, 1), choices=keep)
    keys_inventory.receive_stock(ctx, admin, CountItem.BLANK_ACCESS, 5)
    card = keys_cards.issue_card(ctx, admin, uid, CardKind.ACCESS, "A1", "李四", deposit="50")
    keys_cards.replace_card(ctx, admin, card.id, "A2", deposit=DepositOutcome.MOVE)

    # Back to before both revisions: the schema as it was, with what it could hold.
    _step_back(ctx.db, "0702_registry_transfer-1")
    _step_back(ctx.db, "0302_keys_cards_events-1")
    with ctx.db.engine.begin() as conn:
        assert "granted_by" not in {c["name"] for c in inspect(conn).get_columns("unit_people")}
        conn.execute(text("UPDATE cards SET deposit = 5000"))  # the old 补办 copied the deposit
    upgrade(ctx.db)

    with ctx.db.engine.connect() as conn:
        seller = conn.execute(text("SELECT p.id FROM people p WHERE p.name = '张三'")).scalar_one()
        granted = conn.execute(text("SELECT granted_by FROM unit_people WHERE relation = 'AUTHORISED'")).scalar_one()
    assert granted == seller
    assert keys_cards.deposits_held(ctx, admin, uid) == Decimal("50.00")
    pid = next(c.person_id for c in keys.lending_brief(ctx, admin, uid).candidates if c.name == "李四")
    check = keys.check_borrower(ctx, admin, uid, Borrower(pid, "李四", IdType.RESIDENT, auth_id))
    assert not check.verified and "原业主 张三" in check.problem
