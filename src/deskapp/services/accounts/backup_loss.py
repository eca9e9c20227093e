"""What a restore would lose: the work recorded in the current database after the backup's last
entry, counted for the confirmation (receipts, requests and complaints, key loans)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskapp.services.accounts.backup import RESTORE
from deskapp.services.context import Actor, Context
from deskapp.store.queries import accounts as q


@dataclass(frozen=True)
class LostSince:
    receipts: int
    requests: int
    loans: int


def lost_since(ctx: Context, actor: Actor, at: datetime | None) -> LostSince:
    """Counted in the current database; `at` None (an empty backup) counts everything."""
    actor.require(RESTORE)
    with ctx.reader() as uow:
        return LostSince(**q.work_since(uow.session, at))
