"""What the steward found walking 钥匙与卡 (chenzg, 2026-12-06): a button pressed with no row chosen
did nothing at all (借出, 归还, 续期, 打印租赁协议 …) — it now says what to choose; 车位 says how many
spaces are free; a 车位租赁协议 carries the day it was signed and its 经办人, and printed on a
later day it says 补打 with its print date."""
from __future__ import annotations

from datetime import date

import pytest
from modal_answers import ModalAnswers, click, click_row, click_tab, desk_window, open_view
from PySide6.QtWidgets import QToolButton

from deskapp.domain.keys import CardKind, CountItem, HoldReason, KeyKind, SpaceArea, SpaceState
from deskapp.domain.people import Relation
from deskapp.services.keys import cards as keys_cards, custody as keys, inventory as keys_inventory
from deskapp.services.keys import parking as keys_parking
from deskapp.services.registry import people as registry_people, units as registry_units
from deskapp.services.registry.people import PersonInput


@pytest.fixture
def desk(community, admin, desk_app):
    """A unit with its owner, a key in custody, an access card, and four spaces: one leased from today
    by the steward, one free, one sold, one public."""
    ctx = community
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "空置"})
    registry_people.add_person(ctx, admin, uid, PersonInput("张三", "13800138000"), Relation.OWNER)
    keys.register_key(ctx, admin, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主张三书面委托")
    keys_inventory.receive_stock(ctx, admin, CountItem.BLANK_ACCESS, 2)
    keys_cards.issue_card(ctx, admin, uid, CardKind.ACCESS, "MJ0001", "张三", deposit="50")
    leased = keys_parking.add_space(ctx, admin, "B-101", SpaceArea.UNDERGROUND)
    keys_parking.add_space(ctx, admin, "B-102", SpaceArea.UNDERGROUND)
    keys_parking.add_space(ctx, admin, "B-103", SpaceArea.UNDERGROUND, SpaceState.SOLD, owner_unit_id=uid)
    keys_parking.add_space(ctx, admin, "A-001", SpaceArea.GROUND, SpaceState.PUBLIC)
    from support import make_actor
    from deskapp.domain.permissions import Role

    keys_parking.lease_space(ctx, make_actor(Role.STEWARD, "陈志刚"), keys_parking.LeaseInput(
        leased, "张三", "浙A12345", date(2026, 11, 27), date(2027, 11, 26), "300", "500", unit_id=uid))
    return ctx


def _act(tab, name: str) -> QToolButton:
    found = next((b for b in tab.findChildren(QToolButton)
                  if b.defaultAction() is not None and b.defaultAction().objectName() == name), None)
    assert found is not None, name
    return found


def _keys_tab(qtbot, ctx, which: str):
    window = desk_window(qtbot, ctx, "STEWARD")
    view = open_view(qtbot, window, "keys")
    tab = getattr(view, which)
    click_tab(qtbot, view, tab)
    return tab


def _said(qtbot, tab, name: str) -> str:
    """Press the tool button `name` and read the message box it answers with."""
    answers = ModalAnswers(qtbot)
    told = answers.message_box()
    click(qtbot, _act(tab, name))
    answers.wait_all()
    return told.text


def test_custody_buttons_without_a_key_chosen_say_so(desk, qtbot):
    tab = _keys_tab(qtbot, desk, "custody")
    assert "先" in _said(qtbot, tab, "actLendKey") and "钥匙" in _said(qtbot, tab, "actReturnKey")
    click_row(qtbot, tab.table, 0)
    told = _said(qtbot, tab, "actReturnKey")  # the key is in the cabinet: nothing to take back
    assert tab.keys[0].tag in told and "A柜-12" in told


def test_card_buttons_say_which_card_they_need(desk, qtbot):
    tab = _keys_tab(qtbot, desk, "cards")
    assert tab.count.text() == "共 1 张，押金在押 50.00 元"  # the listed cards' deposits, summed
    assert "卡" in _said(qtbot, tab, "actLostCard")
    click_row(qtbot, tab.table, 0)
    told = _said(qtbot, tab, "actRenewCard")  # an access card has no paid-up period to renew
    assert "MJ0001" in told and "车卡" in told


def test_parking_counts_its_spaces_and_asks_for_a_lease(desk, qtbot):
    tab = _keys_tab(qtbot, desk, "parking")
    assert tab.count.text() == "共 4 个车位：空闲 1，已租 1，已售 1，公共/临停 1"
    assert "租约" in _said(qtbot, tab, "actPrintLease")


def test_a_lease_agreement_printed_on_a_later_day_says_reprint(desk, qtbot, clock):
    tab = _keys_tab(qtbot, desk, "parking")
    click_row(qtbot, tab.leases, 0)
    answers = ModalAnswers(qtbot)
    today = answers.pdf_preview()
    click(qtbot, _act(tab, "actPrintLease"))
    answers.wait_all()
    assert "签订日期：2026-11-27" in today.pdf_text and "陈志刚" in today.pdf_text
    assert "补打" not in today.pdf_text

    clock.advance(days=3)
    later = answers.pdf_preview()
    click(qtbot, _act(tab, "actPrintLease"))
    answers.wait_all()
    assert "签订日期：2026-11-27" in later.pdf_text and "补打（打印日期 2026-11-30）" in later.pdf_text


def test_the_loan_register_of_an_unknown_unit_is_not_printed_as_the_whole_month(desk, qtbot):
    tab = _keys_tab(qtbot, desk, "loans")
    tab.unit.setFocus()
    qtbot.keyClicks(tab.unit, "9-9-909")
    answers = ModalAnswers(qtbot)
    told = answers.message_box()
    click(qtbot, _act(tab, "actLoanPrint"))
    answers.wait_all()
    assert "9-9-909" in told.text
