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
