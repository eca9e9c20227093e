"""空置房 / 出租单元: a vacant unit's checks and their checklist items, and the notices sent to the
owners of rented units whose lease is ending (the lease itself is on the tenant's tie to the unit,
unit_people.lease_start/lease_end)."""

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from deskapp.domain.occupancy import CheckItem, FindingAction
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, enum_column


class VacantCheck(Created, Base):
    __tablename__ = "vacant_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    checked_on: Mapped[date] = mapped_column(Date, index=True)
    keys_held: Mapped[str] = mapped_column(String(120), default="")  # the tags of the keys in custody that day
    mail_waiting: Mapped[int] = mapped_column(default=0)  # uncollected mail at reception that day
    items: Mapped[list["VacantCheckItem"]] = relationship(order_by="VacantCheckItem.id")


class VacantCheckItem(Base):
    __tablename__ = "vacant_check_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("vacant_checks.id"), index=True)
    item: Mapped[CheckItem] = mapped_column(enum_column(CheckItem))
    ok: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[FindingAction] = mapped_column(enum_column(FindingAction))
    repair_number: Mapped[str | None] = mapped_column(String(20))  # the repair order a finding became
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("rx_notices.id"))  # or the owner notice


class LeaseNotice(Created, Base):
    """The owner told that a tenant's lease ends (通知业主), through reception's notices."""

    __tablename__ = "lease_notices"

    id: Mapped[int] = mapped_column(primary_key=True)
    tie_id: Mapped[int] = mapped_column(ForeignKey("unit_people.id"), index=True)
    lease_end: Mapped[date] = mapped_column(Date)  # the end the owner was told of
    notice_id: Mapped[int] = mapped_column(ForeignKey("rx_notices.id"))
