"""The demo centre every printed-page check prints from: built once for the folder."""
from __future__ import annotations

from datetime import datetime

import pytest
from support import CST, make_actor

from deskapp.domain.clock import FixedClock
from deskapp.domain.permissions import Role

DEMO_UNITS = 40  # a building or two: every kind of record, in seconds


@pytest.fixture(scope="session")
def paper_centre(tmp_path_factory, _template_db):
    """(ctx, admin) on a demo centre with a filed key count (the inventory prints need one)."""
    from deskapp.services import demo
    from deskapp.services.keys import inventory as keys_inventory
    from deskapp.services.app import open_context
    from deskapp.store.db import sqlite_backup

    folder = tmp_path_factory.mktemp("paper")
    sqlite_backup(_template_db, folder / "desk.sqlite")
    ctx = open_context(folder / "desk.sqlite", clock=FixedClock(datetime(2026, 11, 27, 9, 30, tzinfo=CST)))
    admin = make_actor(Role.ADMIN)
    demo.generate(ctx, admin, demo.DemoPlan(seed=7, units=DEMO_UNITS))
    sheet = keys_inventory.count_sheet(ctx, admin)
    keys_inventory.file_count(ctx, admin, {e.ref: e.in_place for e in sheet.items},
                              {e.ref: "借出看房" for e in sheet.items})
    yield ctx, admin
    ctx.db.dispose()
