"""每月汇总归档: each filed pack (which month, where, who and when) and its files with their
SHA-256, so a filed file can later be shown to be the one filed. Rows are only ever added."""

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created


class MonthPack(Created, Base):
    __tablename__ = "month_packs"

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7), index=True)  # "2026-11"; filed again makes a new row
    folder: Mapped[str] = mapped_column(String(500))


class MonthPackFile(Base):
    __tablename__ = "month_pack_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[int] = mapped_column(ForeignKey("month_packs.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
