"""Demo step: one desk account per role (the staff of `demo.staff()`), all with the demo
password below, so the demo centre can be tried as each role. Listed in docs/areas/accounts.md.

An account that already exists (e.g. the administrator created at the first start) is left
as it is."""
from __future__ import annotations

import random

from deskapp.domain.permissions import Role
from deskapp.services.accounts.users import HASHER
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, staff
from deskapp.store.models.accounts import User
from deskapp.store.queries import demo as demo_queries
from deskapp.store.uow import Session

ORDER = 20
DEMO_PASSWORD = "Demo@2026"

# (username, key in demo.staff(), role)
ACCOUNTS = [
    ("linxy", "clerk", Role.CLERK),
    ("zhouting", "clerk2", Role.CLERK),
    ("chenzg", "steward", Role.STEWARD),
    ("huanglei", "steward2", Role.STEWARD),
    ("wanglh", "supervisor", Role.SUPERVISOR),
    ("admin", "admin", Role.ADMIN),
]


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    existing = demo_queries.usernames(session)
    names = staff()
    created = at(plan.today, 8, 0)
    # one hash for all (Argon2 is deliberately slow); the salt comes from rng so that the same
    # seed gives the same database
    digest = HASHER.hash(DEMO_PASSWORD, salt=rng.randbytes(16))
    bulk(session, User, [
        {"username": u, "display_name": names[key], "role": role, "password_hash": digest, "active": True,
         "created_at": created, "password_changed_at": created, "must_change_password": False}
        for u, key, role in ACCOUNTS if u not in existing
    ])
