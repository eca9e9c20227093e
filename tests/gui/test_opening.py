"""The opening thread's warm-up (gui/opening.py `warm_up`): while a person types at the login
dialog, every screen, every area's services and the unit codes' sort keys are loaded, so that
the first view of any role is built without loading them after 登录."""
from __future__ import annotations

import pkgutil
import sys

import deskapp.gui
import deskapp.services
from deskapp.domain.unit_order import unit_sort_key
from deskapp.gui.opening import warm_up
from deskapp.services.registry import units


def test_the_warm_up_loads_every_screen_and_service_and_the_code_keys(community, admin):
    ctx = community
    rooms = ("101", "102", "201", "1001")
    for room in rooms:
        units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": room, "building_area": "88"})
    unit_sort_key.cache_clear()
    warm_up(ctx)
    for package in (deskapp.gui, deskapp.services):
        names = [i.name for i in pkgutil.walk_packages(package.__path__, package.__name__ + ".")]
        assert names and [n for n in names if n not in sys.modules] == []
    keys = unit_sort_key.cache_info()
    assert keys.currsize == len(rooms) and keys.hits == 0  # each unit code's key made once, now



def test_a_warm_up_stopped_by_the_sign_in_leaves_the_rest_to_the_desk(community, admin):
    """登录 pressed: the warm-up stops before its next module and says it did not finish; the unit
    codes' keys (its last step) are left for the register to make."""
    units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "building_area": "88"})
    unit_sort_key.cache_clear()
    asked = []
    assert warm_up(community, lambda: asked.append(1) or len(asked) > 3) is False
    assert len(asked) == 4 and unit_sort_key.cache_info().currsize == 0


def test_the_warm_up_asks_ahead_what_the_clerks_morning_list_asks_and_writes_nothing(community, admin, clerk):
    """The first gathering of the morning list in a process costs several times the next (each
    area's statements compiled, the file's pages read): the warm-up gathers it once for the roles
    that land on it and keeps it: after 登录 the clerk's first list asks only whether anything was
    written since and the parts that are the person's own; a list read later asks nothing the
    warm-up has not asked."""
    from sqlalchemy import event

    from deskapp.services.reception import desk, requests
    from deskapp.services.reception.requests import RequestInput

    ctx = community
    uid = units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "101", "building_area": "88"})
    requests.record_request(ctx, clerk, RequestInput(unit_id=uid, caller="王先生", text="楼道灯不亮"))
    asked: list[str] = []
    for engine in {ctx.db.engine, ctx.db.read_engine}:
        event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_a: asked.append(sql))
    assert warm_up(ctx) is True
    ahead = set(asked)
    asked.clear()
    desk.start_of_day(ctx, clerk)
    assert 0 < len(asked) <= 5 and any("audit_log" in sql for sql in asked)
    asked.clear()
    desk.start_of_day(ctx, clerk)
    assert len(asked) > 10 and [sql for sql in asked if sql not in ahead] == []
    assert not [sql for sql in ahead if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


def test_a_fault_reading_ahead_does_not_stop_the_desk_opening(community, admin, caplog):
    """The read-ahead is only a head start: a damaged value it trips on (a setting that is not JSON)
    is logged, and the opening goes on; the morning list meets it again after 登录, where it is shown."""
    import sqlite3

    from deskapp.services import settings
    from deskapp.services.rounds._common import UNRETURNED_DAYS

    ctx = community
    settings.set_value(ctx, admin, UNRETURNED_DAYS, 2)
    con = sqlite3.connect(ctx.db.path)
    with con:
        con.execute("UPDATE settings SET value = '{坏' WHERE key = ?", (UNRETURNED_DAYS,))
    con.close()
    assert warm_up(ctx) is False
    assert "the morning list was not read ahead" in caplog.text
