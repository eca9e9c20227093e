"""What a restore would lose: the work recorded in the current database after the backup's last
entry, counted for the confirmation (receipts, requests and complaints, key loans; every action of
the audit trail since, signing in and backups left out; the account changes among them named: a
restore brings a disabled leaver's account back and drops an account made since)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from deskapp.services.accounts.backup import RESTORE
from deskapp.services.context import Actor, Context
from deskapp.store.queries import accounts as q


@dataclass(frozen=True)
class LostSince:
    receipts: int
    requests: int
    loans: int
    actions: int = 0  # audit entries since, signing in and backups left out
    accounts: list[str] = field(default_factory=list)  # the account changes among them, as the trail says them


def lost_since(ctx: Context, actor: Actor, at: datetime | None) -> LostSince:
    """Counted in the current database; `at` None (an empty backup) counts everything."""
    actor.require(RESTORE)
    with ctx.reader() as uow:
        actions, accounts = q.actions_since(uow.session, at)
        return LostSince(**q.work_since(uow.session, at), actions=actions, accounts=accounts)
