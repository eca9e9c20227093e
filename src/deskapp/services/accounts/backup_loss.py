"""What a restore would lose: the work recorded in the current database after the backup's last
entry, counted for the confirmation (receipts, requests and complaints, key loans)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from deskapp.services.accounts.backup import RESTORE
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import Receipt
from deskapp.store.models.keys import KeyLoan
from deskapp.store.models.reception import ServiceRequest


@dataclass(frozen=True)
class LostSince:
    receipts: int
    requests: int
    loans: int


def lost_since(ctx: Context, actor: Actor, at: datetime | None) -> LostSince:
    """Counted in the current database; `at` None (an empty backup) counts everything."""
    actor.require(RESTORE)
    with ctx.reader() as uow:
        s = uow.session

        def count(column) -> int:
            q = select(func.count()).select_from(column.class_)
            return s.execute(q.where(column > at) if at is not None else q).scalar_one()

        return LostSince(count(Receipt.issued_at), count(ServiceRequest.registered_at), count(KeyLoan.lent_at))
