"""The morning list's and the 交班 sheet's 编号 is the number the clerk knows from the paper — a
violation's 整改通知书 number once issued, a parcel's 快递单号 — or none (a 工程遗留问题 has no number);
never the record's key (YL3, WZ3, XJ5 read like numbers no screen or paper shows — WZ3 like a
notice's). The key still opens the item (转到) and tells two alike items apart on the handover."""
from __future__ import annotations

from datetime import date

import pytest

from deskapp.domain.reception import DefectKind, MailKind, Notified, ViolationKind
from deskapp.services.hooks import Place
from deskapp.services.reception import desk, registers, violation_notice
from deskapp.services.registry import units as registry_units


@pytest.fixture
def unit_id(community, admin):
    return registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101", "kind": "住宅",
                                                         "state": "自住", "building_area": "88", "floor": "1"})


def _items(ctx, actor, kind: str):
    return [i for i in desk.start_of_day(ctx, actor) if i.kind == kind]


def test_the_morning_list_shows_the_numbers_on_paper_and_opens_by_the_record(community, clerk, unit_id):
    first = registers.record_defect(community, clerk, unit_id=unit_id, kind=DefectKind.LEAK, description="外墙渗水")
    vid = registers.record_violation(community, clerk, unit_id=unit_id, kind=ViolationKind.BUILDING,
                                     description="阳台违章搭建", found_by="陈志刚", deadline=date(2026, 11, 28))
    mid = registers.record_mail(community, clerk, unit_id=unit_id, kind=MailKind.PARCEL, sender="京东",
                                tracking="JD0012345678", notified=Notified.SMS)
    letter = registers.record_mail(community, clerk, unit_id=unit_id, kind=MailKind.LETTER, sender="法院")
    community.clock.advance(days=4)

    [defect] = _items(community, clerk, "工程遗留问题")
    assert (defect.ref, defect.place, defect.record) == ("", Place.DEFECTS, first)
    [violation] = _items(community, clerk, "业户违章")
    assert (violation.ref, violation.place, violation.record) == ("", Place.VIOLATIONS, vid)  # no notice yet
    mail = {i.record: i for i in _items(community, clerk, "信件待取")}
    assert mail[mid].ref == "JD0012345678" and mail[letter].ref == "" and mail[mid].place is Place.MAIL
    # the clerk reminds the resident: whether and how they were told
    assert mail[mid].text.endswith("未领取，已短信通知（11-27）") and mail[letter].text.endswith("未领取，尚未通知业户")

    number, _pdf = violation_notice.rectification_notice(community, clerk, vid)
    [violation] = _items(community, clerk, "业户违章")
    assert number.startswith("WZ2026-") and violation.ref == number and violation.record == vid
    refs = {i.ref for i in desk.start_of_day(community, clerk)}
    assert not {r for r in refs if r[:2] in ("YL", "XJ") or (r.startswith("WZ") and "-" not in r)}


def test_two_alike_defects_keep_their_own_notes_on_the_handover(community, clerk, unit_id):
    """Without a number to tell them apart, two defects that read alike are told apart by their record."""
    a = registers.record_defect(community, clerk, unit_id=unit_id, kind=DefectKind.LEAK, description="外墙渗水")
    b = registers.record_defect(community, clerk, unit_id=unit_id, kind=DefectKind.LEAK, description="外墙渗水")
    hid = desk.draft_handover(community, clerk)
    items = [i for i in desk.handover(community, clerk, hid).items if i.kind == "工程遗留问题"]
    assert len(items) == 2 and {i.ref for i in items} == {""}
    noted = next(i for i in items if i.record == a)
    desk.save_handover(community, clerk, hid, "", {noted.id: (True, "开发商周五来看")})
    assert desk.draft_handover(community, clerk) == hid  # drafted again: each keeps its own
    again = {i.record: i for i in desk.handover(community, clerk, hid).items if i.kind == "工程遗留问题"}
    assert (again[a].priority, again[a].note) == (True, "开发商周五来看")
    assert again[b].note == ""
