"""The database itself keeps a key's history: plain SQL cannot rewrite or remove it."""
import pytest
from sqlalchemy.exc import DBAPIError

from deskapp.domain.idcard import IdType
from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Approval, Borrower


@pytest.fixture
def lent(community, admin, supervisor):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "空置"})
    k = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 1, "A柜-01", HoldReason.VACANT, "业主委托")
    spare = keys.register_key(community, admin, uid, KeyKind.MAILBOX, 1, "A柜-02", HoldReason.VACANT, "误登记")
    keys.lend_key(community, admin, k.id, Borrower(None, "陈七", IdType.RESIDENT, "110105199001010012"),
                  Purpose.REPAIR, approval=Approval(supervisor, "业主电话同意借用"))
    community.db.dispose()
    return community, k, spare


@pytest.mark.parametrize("sql", [
    "UPDATE key_events SET text = '改写' WHERE key_id = 1",
    "DELETE FROM key_events WHERE key_id = 1",
    "DELETE FROM key_loans",
    "UPDATE custody_keys SET tag = 'K9999' WHERE id = 1",
    "DELETE FROM custody_keys WHERE id = 1",
])
def test_history_cannot_be_rewritten_with_sql(lent, sql):
    """On both backends: SQLite's RAISE(ABORT) triggers and PostgreSQL's plpgsql ones."""
    ctx, _k, _spare = lent
    with ctx.db.engine.connect() as conn, pytest.raises(DBAPIError, match="append-only|never"):
        conn.exec_driver_sql(sql)


def test_a_key_registered_by_mistake_can_still_be_deleted(lent, ctx, admin):
    _ctx, _k, spare = lent
    keys.delete_key(ctx, admin, spare.id)
    assert [k.tag for k in keys.keys_of_unit(ctx, admin, spare.unit_id)] == ["K0001"]
