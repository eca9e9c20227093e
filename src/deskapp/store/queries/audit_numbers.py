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
from deskapp.store.models.monthpack import MonthPack
from deskapp.store.models.reception import RepairOrder
from deskapp.store.models.registry import Building, Person, Unit
from deskapp.store.models.rounds import Decoration, Rectification, ReleaseSlip, SurveyCampaign, SurveySample

# audit entity name -> (model, the column holding its human number)
NUMBERED = {
    "receipt": (Receipt, Receipt.number), "bill": (Bill, Bill.number),
    "dunning_notice": (DunningNotice, DunningNotice.number), "one_off_charge": (OneOffCharge, OneOffCharge.number),
    "card": (Card, Card.number), "custody_key": (CustodyKey, CustodyKey.tag),
    "parking_space": (ParkingSpace, ParkingSpace.number), "parking_lease": (ParkingLease, ParkingLease.number),
    "rx_repair": (RepairOrder, RepairOrder.number), "decoration": (Decoration, Decoration.number),
    "rectification": (Rectification, Rectification.number), "release_slip": (ReleaseSlip, ReleaseSlip.number),
    "unit": (Unit, Unit.code), "building": (Building, Building.code), "user": (User, User.username),
    "survey_campaign": (SurveyCampaign, SurveyCampaign.name),
    # a filing by its month (每月汇总 8 said nothing), a person by name (人员 1: whose ID was unmasked?)
    "month_pack": (MonthPack, MonthPack.month), "person": (Person, Person.name),
}
# objects known by their parent's number: a survey's sampled unit by its survey (调查样本 118 said nothing;
# the unit itself is in the row's 房号)
BY_PARENT = {"survey_sample": (SurveySample, SurveySample.campaign_id, SurveyCampaign, SurveyCampaign.name)}


def numbers(session: Session, refs: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str], str]:
    """{(entity, entity_id): number} for the refs whose entity has a number; one query per entity."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for entity, entity_id in refs:
        if (entity in NUMBERED or entity in BY_PARENT) and entity_id and entity_id.isdigit():
            wanted[entity].add(int(entity_id))
    found: dict[tuple[str, str], str] = {}
    for entity, ids in wanted.items():
        if entity in BY_PARENT:
            model, parent_id, parent, column = BY_PARENT[entity]
            q = select(model.id, column).join(parent, parent.id == parent_id).where(model.id.in_(ids))
        else:
            model, column = NUMBERED[entity]
            q = select(model.id, column).where(model.id.in_(ids))
        for row_id, number in session.execute(q):
            if number not in (None, ""):
                found[(entity, str(row_id))] = str(number)
    return found
