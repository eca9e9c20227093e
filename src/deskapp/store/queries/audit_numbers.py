"""The numbers people know audited objects by (收据号, 维修单号, 房号 …), looked up for a page of
audit rows: the trail stores database ids, which nobody at the desk can read."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models.accounts import User
from deskapp.store.models.billing import Bill, DunningNotice, Receipt
from deskapp.store.models.billing_one_off import OneOffCharge
from deskapp.store.models.keys import Card, CustodyKey, ParkingLease, ParkingSpace
from deskapp.store.models.reception import RepairOrder
from deskapp.store.models.registry import Building, Unit
from deskapp.store.models.rounds import Decoration, Rectification, ReleaseSlip

# audit entity name -> (model, the column holding its human number)
NUMBERED = {
    "receipt": (Receipt, Receipt.number), "bill": (Bill, Bill.number),
    "dunning_notice": (DunningNotice, DunningNotice.number), "one_off_charge": (OneOffCharge, OneOffCharge.number),
    "card": (Card, Card.number), "custody_key": (CustodyKey, CustodyKey.tag),
    "parking_space": (ParkingSpace, ParkingSpace.number), "parking_lease": (ParkingLease, ParkingLease.number),
    "rx_repair": (RepairOrder, RepairOrder.number), "decoration": (Decoration, Decoration.number),
    "rectification": (Rectification, Rectification.number), "release_slip": (ReleaseSlip, ReleaseSlip.number),
    "unit": (Unit, Unit.code), "building": (Building, Building.code), "user": (User, User.username),
}


def numbers(session: Session, refs: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str], str]:
    """{(entity, entity_id): number} for the refs whose entity has a number; one query per entity."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entity, entity_id in refs:
        if entity in NUMBERED and entity_id and entity_id.isdigit():
            wanted[entity].add(int(entity_id))
    found: dict[tuple[str, str], str] = {}
    for entity, ids in wanted.items():
        model, column = NUMBERED[entity]
        for row_id, number in session.execute(select(model.id, column).where(model.id.in_(ids))):
            if number not in (None, ""):
                found[(entity, str(row_id))] = str(number)
    return found
