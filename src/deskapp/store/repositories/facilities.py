"""公共设施: loading what a service call changes: a facility, a booking, the bookings holding a
facility's time, and the unit's papers a lift booking links to."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from deskapp.domain.facilities import HOLDING
from deskapp.store.models.facilities import Facility, FacilityBooking, FacilityClosure
from deskapp.store.repositories.base import Repository


class FacilitiesRepository(Repository):

    def facility(self, facility_id: int) -> Facility | None:
        return self.s.get(Facility, facility_id)

    def facility_named(self, name: str) -> Facility | None:
        return self.s.execute(select(Facility).where(Facility.name == name)).scalar_one_or_none()

    def booking(self, booking_id: int) -> FacilityBooking | None:
        return self.s.get(FacilityBooking, booking_id)

    def holding(self, facility_id: int, starts_at: datetime, ends_at: datetime) -> list[FacilityBooking]:
        """The pending and approved bookings of the facility overlapping [starts_at, ends_at)."""
        return list(self.s.execute(
            select(FacilityBooking).where(FacilityBooking.facility_id == facility_id,
                                          FacilityBooking.state.in_(HOLDING),
                                          FacilityBooking.starts_at < ends_at, FacilityBooking.ends_at > starts_at)
            .order_by(FacilityBooking.starts_at, FacilityBooking.id)).scalars())

    def closure_over(self, facility_id: int, starts_at: datetime, ends_at: datetime) -> FacilityClosure | None:
        return self.s.execute(
            select(FacilityClosure).where(FacilityClosure.facility_id == facility_id,
                                          FacilityClosure.starts_at < ends_at, FacilityClosure.ends_at > starts_at)
            .order_by(FacilityClosure.starts_at).limit(1)).scalar()
