"""Keys, cards and parking aggregates: loading and locking what a service call changes."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select

from deskapp.store.repositories.base import Repository
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.domain.keys import CardKind, CardState, CountItem, KeyState
from deskapp.store.models.keys import (
    Card, CardRenewal, CustodyKey, InventoryCount, InventoryLine, KeyEvent, KeyLoan, ParkingLease, ParkingSpace,
    StockItem,
)


class KeysRepository(Repository):

    # -- keys
    def key(self, key_id: int) -> CustodyKey | None:
        return self.s.get(CustodyKey, key_id)

    def key_by_tag(self, tag: str) -> CustodyKey | None:
        return self.s.execute(select(CustodyKey).where(CustodyKey.tag == tag.strip().upper())).scalar()

    def keys_of_unit(self, unit_id: int, *, in_custody_only: bool = False) -> list[CustodyKey]:
        q = select(CustodyKey).where(CustodyKey.unit_id == unit_id)
        if in_custody_only:
            q = q.where(CustodyKey.state == KeyState.IN_CUSTODY)
        return list(self.s.execute(q.order_by(CustodyKey.id)).scalars())

    def events(self, key_id: int) -> list[KeyEvent]:
        return list(self.s.execute(
            select(KeyEvent).where(KeyEvent.key_id == key_id).order_by(KeyEvent.at, KeyEvent.id)).scalars())

    def has_moved(self, key_id: int) -> bool:
        return self.s.execute(select(KeyLoan.id).where(KeyLoan.key_id == key_id).limit(1)).first() is not None

    # -- loans
    def loan(self, loan_id: int) -> KeyLoan | None:
        return self.s.get(KeyLoan, loan_id)

    def open_loan_of_key(self, key_id: int) -> KeyLoan | None:
        return self.s.execute(
            select(KeyLoan).where(KeyLoan.key_id == key_id, KeyLoan.returned_at.is_(None))).scalar()

    def open_loans(self, *, unit_id: int | None = None) -> list[KeyLoan]:
        q = select(KeyLoan).where(KeyLoan.returned_at.is_(None))
        if unit_id is not None:
            q = q.where(KeyLoan.unit_id == unit_id)
        return list(self.s.execute(q.order_by(KeyLoan.due_at)).scalars())

    def lent_key_ids(self) -> set[int]:
        return set(self.s.execute(select(KeyLoan.key_id).where(KeyLoan.returned_at.is_(None))).scalars())

    # -- cards
    def card(self, card_id: int) -> Card | None:
        return self.s.get(Card, card_id)

    def active_card_by_number(self, number: str) -> Card | None:
        return self.s.execute(
            select(Card).where(Card.number == number, Card.state == CardState.ACTIVE)).scalar()

    def count_active_cards(self, unit_id: int, kinds: tuple[CardKind, ...]) -> int:
        return self.s.execute(select(func.count()).select_from(Card).where(
            Card.unit_id == unit_id, Card.state == CardState.ACTIVE, Card.kind.in_(kinds))).scalar_one()

    def active_card_by_plate(self, plate: str) -> Card | None:
        return self.s.execute(select(Card).where(Card.plate == plate, Card.state == CardState.ACTIVE)).scalar()

    def renewals(self, card_id: int) -> list[CardRenewal]:
        return list(self.s.execute(select(CardRenewal).where(CardRenewal.card_id == card_id)
                                   .order_by(CardRenewal.period_start)).scalars())

    # -- parking
    def space(self, space_id: int) -> ParkingSpace | None:
        return self.s.get(ParkingSpace, space_id)

    def space_by_number(self, number: str) -> ParkingSpace | None:
        return self.s.execute(select(ParkingSpace).where(ParkingSpace.number == number)).scalar()

    def space_numbers(self, space_ids: Iterable[int] | None = None) -> dict[int, str]:
        """车位号 by space id, for the card and lease lists that show a space beside each row
        (only `space_ids` when given: a unit's few cards need not read all 6,000 spaces)."""
        q = select(ParkingSpace.id, ParkingSpace.number)
        if space_ids is not None:
            q = q.where(ParkingSpace.id.in_(set(space_ids)))
        return dict(self.s.execute(q).all())

    def spaces(self) -> list[ParkingSpace]:
        return list(self.s.execute(select(ParkingSpace).order_by(ParkingSpace.number)).scalars())

    def space_numbers_owned_by(self, unit_id: int) -> list[str]:
        """The unit's own spaces (the unit page names them; reading all 6,000 cost a second)."""
        return list(self.s.execute(select(ParkingSpace.number).where(ParkingSpace.owner_unit_id == unit_id)
                                   .order_by(ParkingSpace.number)).scalars())

    def lease(self, lease_id: int) -> ParkingLease | None:
        return self.s.get(ParkingLease, lease_id)

    def leases_of_space(self, space_id: int) -> list[ParkingLease]:
        return list(self.s.execute(select(ParkingLease).where(ParkingLease.space_id == space_id)
                                   .order_by(ParkingLease.start)).scalars())

    def leases_covering(self, on: date) -> list[ParkingLease]:
        return list(self.s.execute(select(ParkingLease).where(ParkingLease.start <= on, ParkingLease.end >= on))
                    .scalars())

    def leases_from(self, on: date) -> list[ParkingLease]:
        return list(self.s.execute(select(ParkingLease).where(ParkingLease.end >= on)).scalars())

    def lease_numbers(self, lease_ids: list[int]) -> dict[int, str]:
        return dict(self.s.execute(select(ParkingLease.id, ParkingLease.number)
                                   .where(ParkingLease.id.in_(lease_ids))).all())

    def next_lease_number(self, year: int) -> str:
        """车位租赁协议 ZL2026-0001: the year's series in the one gap-free numbering service."""
        return f"ZL{year}-{NumberingRepository(self.s).next('ZL', year):04d}"

    # -- stock and counts
    def stock(self, item: CountItem) -> StockItem:
        row = self.s.get(StockItem, item)
        if row is None:
            row = StockItem(item=item, quantity=0)
            self.s.add(row)
            self.s.flush()
        return row

    def stock_quantity(self, item: CountItem) -> int:
        """What the books hold of `item` without creating its row (reads must not write)."""
        row = self.s.get(StockItem, item)
        return row.quantity if row else 0

    def last_count(self) -> InventoryCount | None:
        return self.s.execute(select(InventoryCount).order_by(InventoryCount.counted_on.desc(),
                                                              InventoryCount.id.desc()).limit(1)).scalar()

    def counts(self, limit: int = 36) -> list[InventoryCount]:
        return list(self.s.execute(select(InventoryCount).order_by(InventoryCount.counted_on.desc(),
                                                                   InventoryCount.id.desc()).limit(limit)).scalars())

    def count_lines(self, count_id: int) -> list[InventoryLine]:
        return list(self.s.execute(select(InventoryLine).where(InventoryLine.count_id == count_id)
                                   .order_by(InventoryLine.id)).scalars())
