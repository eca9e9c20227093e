"""Gap-free numbers for every paper the centre numbers: one counter per series and year.

The areas once kept three counter tables (rx_counters, rounds_sequences,
billing_number_series); migration 0800_numbering_one_table folded them into this one."""

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base


class NumberCounter(Base):
    """The last number handed out in a series: 维修单 WX2026-…, 放行条 FX…, 车位租赁 ZL….

    `year` is 0 for a series whose name already carries its period: the billing series
    (收据 SJ2026, 通知单 TZ2026Q4) are named by the receipt prefix setting, so the name is the key."""

    __tablename__ = "number_counters"

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
