"""Demo step: one desk account per role (the staff of `demo.staff()`), all with the demo
password below, so the demo centre can be tried as each role. Listed in docs/areas/accounts.md.
The staff have worked the demo's months under these names (receipts, handovers, loans): each
account was made before them and last signed in on the day before today, so 用户管理 shows
them used and does not offer to delete one.

An account that already exists (e.g. the administrator created at the first start) is left
as it is."""
from __future__ import annotations

import random
from datetime import date, timedelta

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
    since = at(date(plan.today.year - 3, 1, 4), 9, 0)  # before any of the demo's dated work
    last = plan.today - timedelta(days=1)
    # one hash for all (Argon2 is deliberately slow); the salt comes from rng so that the same
    # seed gives the same database
    digest = HASHER.hash(DEMO_PASSWORD, salt=rng.randbytes(16))
    bulk(session, User, [
        {"username": u, "display_name": names[key], "role": role, "password_hash": digest, "active": True,
         "created_at": since, "password_changed_at": since, "must_change_password": False,
         "last_login_at": at(last, 8, 30 + i)}  # signed in as the desk opened
        for i, (u, key, role) in enumerate(ACCOUNTS) if u not in existing
    ])
