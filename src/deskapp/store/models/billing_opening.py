"""期初欠费 imports: what each go-live import of opening arrears brought, kept to check the
opening bills against (services/billing/opening.py). Append-only: never updated or deleted."""

from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created
from deskapp.store.types import Money


class OpeningImport(Created, Base):
    __tablename__ = "opening_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("bill_runs.id"), index=True)
    file: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    sheets: Mapped[str] = mapped_column(Text)  # the sheets read, 、-separated
    rows: Mapped[int] = mapped_column(Integer)  # data rows read (zero rows included)
    units: Mapped[int] = mapped_column(Integer)
    lines: Mapped[int] = mapped_column(Integer)
    total: Mapped[Decimal] = mapped_column(Money())
    by_item: Mapped[str] = mapped_column(Text)  # JSON {item: [count, "total"]}


class OpeningDepositImport(Created, Base):
    """What a go-live import of prepayments and deposits held brought, per kind, kept to check the
    期初预存 entries and the deposits it took against (services/billing/opening_deposits.py)."""

    __tablename__ = "opening_deposit_imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    file: Mapped[str] = mapped_column(String(260))
    sha256: Mapped[str] = mapped_column(String(64))
    sheet: Mapped[str] = mapped_column(String(120))
    rows: Mapped[int] = mapped_column(Integer)
    total: Mapped[Decimal] = mapped_column(Money())
    by_kind: Mapped[str] = mapped_column(Text)  # JSON {"预存款"/"装修押金"…: [count, "total"]}
