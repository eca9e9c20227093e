"""Demo step 65: the 押金台账 — after keys (40) and rounds (60) wrote their deposits in bulk, the
ledger takes them in, as the migration does on an existing file, so the demo's ledger balances and
a demo key returned or card replaced settles a deposit the ledger knows."""
from __future__ import annotations

import random

from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan
from deskapp.store.repositories.demo import DemoRepository
from deskapp.store.uow import Session

ORDER = 65


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    DemoRepository(session).deposits_into_ledger()
