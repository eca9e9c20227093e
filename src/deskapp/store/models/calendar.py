"""工作日历: the days the centre marks as holidays (a daily duty falls off them)."""

from datetime import date

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created


class DutyHoliday(Created, Base):
    __tablename__ = "duty_holidays"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    name: Mapped[str] = mapped_column(String(30))
