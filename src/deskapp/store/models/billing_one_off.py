"""一次性收费: fees charged once (at move-in and the like) outside the quarterly bill run. Each
charge has its own number and is paid at once with a receipt of the counter's series."""

from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created
from deskapp.store.types import Money


class OneOffCharge(Created, Base):
    __tablename__ = "one_off_charges"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # YC2026-000001
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    item: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(Money())
    occasion: Mapped[str] = mapped_column(String(20))  # 交房, 柜台
    receipt_id: Mapped[int] = mapped_column(ForeignKey("receipts.id"), index=True)
    # 临时收费 at the counter: what the clerk noted, and for 有偿维修 the repair order it pays
    note: Mapped[str] = mapped_column(String(100), default="", server_default="")
    repair_id: Mapped[int | None] = mapped_column(ForeignKey("rx_repairs.id"), index=True)
