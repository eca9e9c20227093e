"""What the duty calendar asks the desk's records: the shift handovers received on a day."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.store.models.reception import Handover


def handovers_received(session: Session, start: datetime, end: datetime) -> list[str]:
    """Who received a 客服部工作交接表 from `start` up to (not including) `end`, first first."""
    return list(session.execute(select(Handover.received_by).where(
        Handover.received_at >= start, Handover.received_at < end).order_by(Handover.received_at)).scalars())
