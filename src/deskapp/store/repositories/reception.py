"""Requests, complaints, repair orders, visits, the desk's shifts and notices. Loading and locking what a service call changes."""
from __future__ import annotations

from datetime import date

from sqlalchemy import delete, insert, select

from deskapp.domain.reception import HandoverState
from deskapp.store.models.reception import (
    Handover, HandoverItem, ItemEvent, NoticeDelivery, RepairDispatch, RepairOrder,
)
from deskapp.store.models.reception_notices import ViolationNotice
from deskapp.store.repositories.base import Repository


class ReceptionRepository(Repository):

    # -- the history every register item keeps (rx_events)
    def history(self, entity: str, entity_id: int) -> list[ItemEvent]:
        """An item's steps, oldest first."""
        return list(self.s.execute(select(ItemEvent).where(ItemEvent.entity == entity, ItemEvent.entity_id == entity_id)
                                   .order_by(ItemEvent.at, ItemEvent.id)).scalars())

    def last_event(self, entity: str, entity_id: int, action: str) -> ItemEvent | None:
        """The latest step of this kind (a repair's callback: who called back and when)."""
        return self.s.execute(select(ItemEvent).where(ItemEvent.entity == entity, ItemEvent.entity_id == entity_id,
                                                      ItemEvent.action == action)
                              .order_by(ItemEvent.id.desc()).limit(1)).scalar()

    # -- repair orders
    def repair_by_number(self, number: str) -> RepairOrder | None:
        return self.s.execute(select(RepairOrder).where(RepairOrder.number == number)).scalar()

    def dispatches(self, repair_id: int) -> list[RepairDispatch]:
        """An order's dispatches (派单), first first."""
        return list(self.s.execute(select(RepairDispatch).where(RepairDispatch.repair_id == repair_id)
                                   .order_by(RepairDispatch.seq)).scalars())

    # -- shift handovers
    def draft_handover(self, day: date, drafted_by: str) -> Handover | None:
        """The clerk's own draft of that day, which a re-draft replaces the items of."""
        return self.s.execute(select(Handover).where(Handover.shift_date == day, Handover.state == HandoverState.DRAFT,
                                                     Handover.drafted_by == drafted_by)).scalar()

    def handover_items(self, handover_id: int) -> list[HandoverItem]:
        return list(self.s.execute(select(HandoverItem).where(HandoverItem.handover_id == handover_id)
                                   .order_by(HandoverItem.position)).scalars())

    def clear_handover_items(self, handover_id: int) -> None:
        """One DELETE for a re-drafted handover's items (they are written again)."""
        self.s.execute(delete(HandoverItem).where(HandoverItem.handover_id == handover_id))

    def recent_handovers(self, limit: int) -> list[Handover]:
        return list(self.s.execute(select(Handover).order_by(Handover.shift_date.desc(), Handover.id.desc())
                                   .limit(limit)).scalars())

    # -- notices and violations
    def log_deliveries(self, rows: list[dict]) -> None:
        """A notice's sending, one row per unit, in one executemany (a notice to all reaches thousands)."""
        self.s.execute(insert(NoticeDelivery), rows)

    def violation_notice_of(self, violation_id: int) -> ViolationNotice | None:
        return self.s.execute(select(ViolationNotice).where(ViolationNotice.violation_id == violation_id)).scalar()
