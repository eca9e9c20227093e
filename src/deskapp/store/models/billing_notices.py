"""When a quarter's 收费通知单 were issued: the first print of the quarter's notices, the date
every later print of them carries as 开具日期 (and reckons its 缴费期限 from)."""

from datetime import date, datetime

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.types import UTCDateTime


class NoticeIssue(Base):
    __tablename__ = "billing_notice_issues"

    quarter: Mapped[str] = mapped_column(String(8), primary_key=True)
    issued_on: Mapped[date] = mapped_column(Date)  # the centre's business day of the first print
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str] = mapped_column(String(80))
