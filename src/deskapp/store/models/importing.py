"""上线数据核对表: what each go-live import posted, as its wizard's last page showed it, kept so the
sheet can be printed again later (重印) with the import's own date. Rows are only ever added."""

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from deskapp.store.models.base import Base
from deskapp.store.models.columns import Created


class GoLiveSheet(Created, Base):
    """One go-live import as it ended; created_at / created_by are the import's time and its importer."""

    __tablename__ = "go_live_sheets"

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(24), index=True)  # domain.importing.Target
    what: Mapped[str] = mapped_column(String(40))  # the kind's title: 期初欠费, 托管钥匙…
    file: Mapped[str] = mapped_column(String(255))
    sheet: Mapped[str] = mapped_column(String(100))
    rows: Mapped[int] = mapped_column(Integer)
    lines: Mapped[str] = mapped_column(Text)  # the figures, one a line
