"""车位 ▸ 续租… and 卡 ▸ 续期… on a lease or card another desk renewed meanwhile (issue 18 §3): the
desk's table still shows it as it loaded it; the renewal is refused naming the other desk's user,
the form stays open, and the lease or card is renewed once."""
from __future__ import annotations

from datetime import date

from modal_answers import ModalAnswers, click, click_row, click_tab, desk_window, open_view
from PySide6.QtWidgets import QMessageBox, QToolButton
from support import make_actor

from deskapp.domain.keys import SpaceArea
from deskapp.domain.permissions import Role
from deskapp.gui.keys.dialogs import RenewLeaseDialog
from deskapp.services.context import Context
from deskapp.services.keys import parking as keys_parking
from deskapp.services.keys.parking import LeaseInput
from deskapp.services.registry import units as registry_units
from deskapp.store.db import Database


def _button(tab, name: str) -> QToolButton | None:
    return next((b for b in tab.findChildren(QToolButton)
                 if b.defaultAction() is not None and b.defaultAction().objectName() == name), None)


def test_a_renewal_over_another_desks_is_refused_naming_them(community, admin, desk_app, qtbot):
    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                         "building_area": "98.50", "state": "自住"})
    space = keys_parking.add_space(community, admin, "B-101", SpaceArea.UNDERGROUND)
    lease = keys_parking.lease_space(community, admin, LeaseInput(space, "张三", "浙A12345", date(2026, 12, 1),
                                                                  date(2027, 11, 30), "300", unit_id=unit))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "keys")
    click_tab(qtbot, view, view.parking)
    tab = view.parking
    click_row(qtbot, tab.leases, 0)  # loaded before the other desk's renewal
    other = Context(db=Database.open(community.db.url), clock=community.clock)
    try:
        keys_parking.renew_lease(other, make_actor(Role.CLERK, "王管家"), lease.id, date(2028, 11, 30),
                                 version=lease.version)
    finally:
        other.db.dispose()
    answers = ModalAnswers(qtbot)
    answers.dialog(RenewLeaseDialog, lambda d: None)  # OK, as the form came
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    answers.dialog(RenewLeaseDialog, lambda d: None, accept=False)  # still open: closed by hand
    click(qtbot, _button(tab, "actRenewLease"))
    answers.wait_all()
    assert told.text.startswith("已被 王管家 于 ") and told.text.endswith("修改，请刷新后再改")
    ends = sorted(ls.end for ls in keys_parking.leases(community, admin, space_id=space))
    assert ends == [date(2027, 11, 30), date(2028, 11, 30)]  # renewed once, by the other desk


def test_a_card_renewal_over_another_desks_is_refused_naming_them(community, admin, desk_app, qtbot):
    """卡 ▸ 续期… on a vehicle card another desk renewed meanwhile: refused, renewed (and charged) once."""
    from deskapp.domain.keys import CountItem
    from deskapp.gui.keys.dialogs import RenewDialog
    from deskapp.services.keys import cards as keys_cards
    from deskapp.services.keys import inventory as keys_inventory

    unit = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                         "building_area": "98.50", "state": "自住"})
    keys_inventory.receive_stock(community, admin, CountItem.BLANK_VEHICLE, 5)
    card, _ = keys_cards.issue_vehicle_card(community, admin, unit, "C0012", "张三", "浙A12345", months=1,
                                            monthly_fee="150")
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "keys")
    click_tab(qtbot, view, view.cards)
    tab = view.cards
    click_row(qtbot, tab.table, 0)  # loaded before the other desk's renewal
    other = Context(db=Database.open(community.db.url), clock=community.clock)
    try:
        renewed = keys_cards.renew_vehicle_card(other, make_actor(Role.CLERK, "王管家"), card.id, 3,
                                                version=card.version)
    finally:
        other.db.dispose()
    answers = ModalAnswers(qtbot)
    answers.dialog(RenewDialog, lambda d: None)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    answers.dialog(RenewDialog, lambda d: None, accept=False)
    click(qtbot, _button(tab, "actRenewCard"))
    answers.wait_all()
    assert told.text.startswith("已被 王管家 于 ") and told.text.endswith("修改，请刷新后再改")
    [now] = keys_cards.cards(community, admin, unit_id=unit)
    assert now.paid_until == renewed.paid_until
