"""Every area that puts items on the morning list has its name on 今日 (来源 and the summary line): the
supervisor's list said "monthpack 3 项" — the month pack's later changes came with no Chinese name."""
from __future__ import annotations

import re
from pathlib import Path

from modal_answers import desk_window, open_view

import deskapp

SERVICES = Path(deskapp.__file__).parent / "services"
# how a service names the area of its morning items: OpenItem("rounds", …), OpenItem(…, area="keys"), AREA = "reception"
NAMED = re.compile(r'OpenItem\(\s*"([a-z_]+)"|OpenItem\([^)]*?area="([a-z_]+)"|^AREA = "([a-z_]+)"', re.M | re.S)


def _areas_on_the_morning_list() -> set[str]:
    found = set()
    for path in SERVICES.rglob("*.py"):
        for match in NAMED.finditer(path.read_text(encoding="utf-8")):
            found.add(next(g for g in match.groups() if g))
    return found


def test_every_area_of_the_morning_list_has_a_chinese_name(community, qtbot, desk_app):
    areas = _areas_on_the_morning_list()
    assert {"reception", "keys", "billing", "rounds", "monthpack"} <= areas  # the scan finds what it should
    today = open_view(qtbot, desk_window(qtbot, community, "SUPERVISOR"), "reception").today
    names = today.area_names()
    missing = sorted(a for a in areas if a not in names)
    assert missing == []
    assert all(re.search(r"[\u4e00-\u9fff]", names[a]) for a in areas), names
    assert names["monthpack"] == "每月汇总"
