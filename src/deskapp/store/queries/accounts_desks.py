"""Which desks are signed in to this database now (issue 18 §5): for 在线工作站 and for refusing a
schema upgrade under them."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from deskapp.contracts.accounts import DeskRow
from deskapp.domain.accounts import desks_connected_after
from deskapp.store.models.accounts import DeskPresence


def connected(session: Session, now: datetime) -> list[DeskRow]:
    """Desks signed in and heard from lately, by desk and since when. Before the table exists
    (a database not yet upgraded) nobody is known to be connected."""
    if not inspect(session.connection()).has_table(DeskPresence.__tablename__):
        return []
    rows = session.execute(select(DeskPresence).where(
        DeskPresence.ended_at.is_(None), DeskPresence.last_seen > desks_connected_after(now),
    ).order_by(DeskPresence.desk, DeskPresence.since)).scalars()
    return [DeskRow(r.desk, f"{r.display_name}（{r.username}）" if r.display_name != r.username else r.username,
                    r.since, r.last_seen) for r in rows]
