"""文件资料: the desk's documents and their versions, each version a kept file (stored_files). Nothing
is deleted: a document is withdrawn with a reason, a version replaced by a later one. A document's
title, kind and audience are edited in place from a form (Versioned, 2920)."""

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.domain.library import Audience, DocKind
from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created, Versioned, enum_column
from deskapp.store.types import UTCDateTime


class LibraryDocument(Created, Versioned, Base):
    __tablename__ = "library_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(60), unique=True)
    kind: Mapped[DocKind] = mapped_column(enum_column(DocKind))
    audience: Mapped[Audience] = mapped_column(enum_column(Audience))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    withdrawn_by: Mapped[str | None] = mapped_column(String(80))
    withdraw_reason: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # then Versioned's columns (2920)


class LibraryVersion(Created, Base):
    __tablename__ = "library_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("library_documents.id"), index=True)
    stored_file_id: Mapped[int] = mapped_column(ForeignKey("stored_files.id"))
    label: Mapped[str] = mapped_column(String(20))
    effective_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(200), default="")
