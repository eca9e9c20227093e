"""Files kept by the desk: one row per file taken in, naming its content by SHA-256; the bytes are in
the file store (store/file_store.py) under that hash, so the same content taken in twice is kept once."""

from datetime import datetime

from sqlalchemy import BigInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.types import UTCDateTime


class StoredFile(Base):
    __tablename__ = "stored_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(200))
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100))
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())
    stored_by: Mapped[str] = mapped_column(String(80))
