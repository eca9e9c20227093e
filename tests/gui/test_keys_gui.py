"""The 钥匙与卡 view, the lend dialog's checks, the unit-page section and the overdue indicator."""
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QPushButton

from deskapp.domain.idcard import IdType
from deskapp.domain.keys import CardKind, CountItem, HoldReason, KeyKind, Purpose
from deskapp.domain.people import Relation
from deskapp.gui.keys import dialogs
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import cards as keys_cards, custody as keys, inventory as keys_inventory
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry.people import PersonInput

CST = timezone(timedelta(hours=8))
OWNER_ID = "11010519491231002X"


@pytest.fixture
def unit(desk_session):
    ctx, admin = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "空置"})
    registry_people.add_person(ctx, admin, uid, PersonInput("张三", "13800138000", id_number=OWNER_ID), Relation.OWNER)
    registry_people.add_person(ctx, admin, uid, PersonInput("王五", "13700137000"), Relation.TENANT)
    return uid


@pytest.fixture
def key(desk_session, unit):
    return keys.register_key(desk_session.ctx, desk_session.actor, unit, KeyKind.ENTRANCE, 2, "A柜-12",
                             HoldReason.VACANT, "业主张三书面委托")


@pytest.fixture
def popups(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: shown.append(a[2]) or 0))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda *a, **k: shown.append(a[2]) or 0))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return shown


def pick(combo, text):
    for i in range(combo.count()):
        if text in combo.itemText(i):
            combo.setCurrentIndex(i)
            return
    raise AssertionError(text)


def test_keys_view_has_its_tabs(main_window, key):
    view = main_window.show_view("keys")
    assert [view.tabText(i) for i in range(view.count())] == ["托管钥匙", "钥匙借用登记表", "卡证", "车位", "月度盘点"]
    assert view.custody.table.rowCount() == 1 and view.custody.table.item(0, 0).text() == key.tag


def test_lend_dialog_verifies_the_owner_and_shows_instructions_first(desk_session, unit, key, qtbot, popups):
    registry_instructions.add_instruction(desk_session.ctx, desk_session.actor, unit, "业主出国，仅限授权人借钥匙", date(2026, 11, 1))
    dlg = dialogs.LendDialog(desk_session, unit, key.id)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: bool(popups))  # once the dialog is on screen
    assert "业主出国" in popups[0]
    pick(dlg.borrower, "张三")
    dlg.id_number.setText(OWNER_ID.lower())
    assert "证件与档案相符" in dlg.check.text()
    assert not dlg.approval.isEnabled()
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    loans = keys.open_loans_of_unit(desk_session.ctx, desk_session.actor, unit)
    assert loans[0].borrower_name == "张三" and "已核验" in loans[0].id_check


def test_lend_dialog_needs_approval_for_someone_not_authorised(desk_session, unit, key, qtbot, popups):
    dlg = dialogs.LendDialog(desk_session, unit, key.id)
    qtbot.addWidget(dlg)
    dlg.show()
    pick(dlg.borrower, "王五")
    dlg.id_number.setText("110105199001010012")
    assert dlg.approval.isEnabled() and "主管" in dlg.check.text()
    dlg.accept()  # no reason: refused, nothing saved, the dialog stays open
    assert dlg.result() != dlg.DialogCode.Accepted and any("主管" in p for p in popups)
    assert keys.open_loans_of_unit(desk_session.ctx, desk_session.actor, unit) == []
    dlg.reason.setText("业主来电同意租户取钥匙")
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert "批准" in keys.open_loans_of_unit(desk_session.ctx, desk_session.actor, unit)[0].id_check


def test_register_row_names_the_approver_and_shows_long_text_on_hover(main_window, desk_session, unit, key, popups):
    dlg = dialogs.LendDialog(desk_session, unit, key.id)
    dlg.show()
    pick(dlg.borrower, "王五")
    dlg.id_number.setText("110105199001010012")
    dlg.reason.setText("业主来电同意租户取钥匙")
    dlg.accept()
    view = main_window.show_view("keys")
    view.setCurrentWidget(view.loans)
    view.loans.all_months.setChecked(True)
    model, table = view.loans.model, view.loans.table
    assert model.total == 1
    borrower = model.data(model.index(0, 3))
    # as on the printed register: the kind without "（主管批准）", which 证件核验 beside it spells out
    assert borrower.startswith("王五（") and "批准" not in borrower
    id_check = model.data(model.index(0, 4))
    assert "批准" in id_check and model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole) == id_check
    # the approval is readable without widening the column by hand
    assert table.columnWidth(4) >= table.fontMetrics().horizontalAdvance(id_check)


def test_overdue_key_shows_in_status_bar_and_opens_the_list(main_window, desk_session, unit, key, qtbot, qtmodeltester):
    ctx = desk_session.ctx
    pid = registry_units.unit_page(ctx, desk_session.actor, unit).people[0].person_id
    keys.lend_key(ctx, desk_session.actor, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.REPAIR)
    button = main_window.statusBar().findChild(QPushButton, "overdueKeys")
    assert button.count == 0
    ctx.clock.set(datetime(2026, 11, 27, 19, 0, tzinfo=CST))
    button.refresh()
    assert button.count == 1 and "1" in button.text()
    button.click()
    view = main_window.show_view("keys")
    assert view.currentWidget() is view.loans and view.loans.overdue_only.isChecked()
    assert view.loans.model.total == 1
    qtmodeltester.check(view.loans.model)
    assert view.loans.model.data(view.loans.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None


def test_unit_page_section_lists_keys_and_cards(desk_session, unit, key, qtbot):
    from deskapp.gui.keys import UNIT_SECTIONS

    keys_inventory.receive_stock(desk_session.ctx, desk_session.actor, CountItem.BLANK_ACCESS, 3)
    keys_cards.issue_card(desk_session.ctx, desk_session.actor, unit, CardKind.ACCESS, "MJ01", "张三")
    section = UNIT_SECTIONS[0].create(desk_session, unit)
    qtbot.addWidget(section)
    assert section.keys_table.item(0, 0).text() == key.tag
    assert section.cards_table.item(0, 0).text() == "MJ01"
    assert section.lend_btn.isEnabled() and not section.return_btn.isEnabled()


def test_clerk_sees_no_retire_or_space_actions(desk_app, community, clerk, qtbot):
    from support import make_session
    from deskapp.gui.keys.view import KeysView

    view = KeysView(make_session(community, clerk))
    qtbot.addWidget(view)
    assert not view.custody.findChild(QAction, "actRetireKey").isVisible()
    assert not view.parking.findChild(QAction, "actAddSpace").isVisible()
    assert view.custody.findChild(QAction, "actLendKey").isVisible()


def test_a_clerk_gets_the_supervisor_to_sign_in_for_approval(desk_app, community, admin, unit_for_clerk, qtbot,
                                                             popups):
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import users
    from support import make_actor
    from support import make_session

    users.create_user(community, admin, "wanglh", "王丽华", Role.SUPERVISOR, "Supervisor-2026!")
    users.create_user(community, admin, "zhouting", "周婷", Role.CLERK, "Clerk-2026!x")
    uid, key_id = unit_for_clerk
    session = make_session(community, make_actor(Role.CLERK))
    dlg = dialogs.LendDialog(session, uid, key_id)
    qtbot.addWidget(dlg)
    dlg.show()
    pick(dlg.borrower, "王五")
    dlg.id_number.setText("110105199001010012")
    dlg.reason.setText("业主来电同意租户取钥匙")
    dlg.sup_user.setText("zhouting")  # another clerk cannot approve
    dlg.sup_password.setText("Clerk-2026!x")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    dlg.sup_user.setText("wanglh")
    dlg.sup_password.setText("wrong")
    dlg.accept()
    assert dlg.result() != dlg.DialogCode.Accepted
    dlg.sup_password.setText("Supervisor-2026!")
    dlg.accept()
    assert dlg.result() == dlg.DialogCode.Accepted
    assert "王丽华 批准" in keys.open_loans_of_unit(community, admin, uid)[0].id_check


@pytest.fixture
def unit_for_clerk(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "空置"})
    registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000"), Relation.TENANT)
    k = keys.register_key(community, admin, uid, KeyKind.ENTRANCE, 1, "A柜-01", HoldReason.VACANT, "业主委托")
    return uid, k.id


def test_blank_card_stock_then_issue_a_card_from_the_cards_tab(main_window, desk_session, unit, popups):
    view = main_window.show_view("keys")
    stock = dialogs.StockDialog(desk_session, view)
    pick(stock.item, "空白门禁卡")
    stock.quantity.setValue(5)
    stock.accept()
    assert keys_inventory.stock_levels(desk_session.ctx, desk_session.actor)[CountItem.BLANK_ACCESS] == 5
    card = dialogs.CardDialog(desk_session, "3-2-1502", view)
    pick(card.kind, "门禁卡")
    card.number.setText("MJ0009")
    pick(card.holder, "张三")
    card.accept()
    assert card.result() == card.DialogCode.Accepted
    assert [c.number for c in view.cards.cards] == ["MJ0009"]  # the tab refreshed on the change
    bad = dialogs.CardDialog(desk_session, "3-2-1502", view)
    bad.number.setText("MJ0009")
    pick(bad.holder, "王五")
    bad.accept()
    assert bad.result() != bad.DialogCode.Accepted and any("已是有效卡" in p for p in popups)


def test_tools_menu_opens_the_overdue_list(main_window):
    action = next(a for a in main_window.tools_menu.actions() if a.text() == "逾期未还钥匙(&K)…")
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    action.trigger()
    view = main_window.show_view("keys")
    assert view.currentWidget() is view.loans and view.loans.overdue_only.isChecked()


def test_lease_dialog_offers_free_spaces_first(desk_session, qtbot):
    from deskapp.domain.keys import SpaceArea
    from deskapp.services.keys import parking as keys_parking
    from deskapp.services.keys.parking import LeaseInput

    ctx, admin = desk_session.ctx, desk_session.actor
    leased = keys_parking.add_space(ctx, admin, "A-001", SpaceArea.GROUND)
    keys_parking.lease_space(ctx, admin, LeaseInput(leased, "李四", "浙A11111", date(2026, 11, 1), date(2027, 10, 31),
                                                    "300"))
    free = keys_parking.add_space(ctx, admin, "A-002", SpaceArea.GROUND)
    dlg = dialogs.LeaseDialog(desk_session)
    qtbot.addWidget(dlg)
    assert [dlg.space.itemData(i) for i in range(dlg.space.count())] == [free, leased]
    assert "3" in dlg.plates.placeholderText()


def test_ending_a_lease_early_names_the_fields_as_the_refusal_does(desk_session, qtbot, popups):
    """The form said 最后一天 and 原因; a wrong date was refused as 退租日期：2026 年 2 月没有 30 日, a
    field the clerk could not find on the form."""
    from deskapp.domain.keys import SpaceArea
    from deskapp.services.keys import parking as keys_parking
    from deskapp.services.keys.parking import LeaseInput

    ctx, admin = desk_session.ctx, desk_session.actor
    space = keys_parking.add_space(ctx, admin, "A-001", SpaceArea.GROUND)
    lease = keys_parking.lease_space(ctx, admin, LeaseInput(space, "李四", "浙A11111", date(2026, 11, 1),
                                                            date(2027, 10, 31), "300"))
    dlg = dialogs.EndLeaseDialog(desk_session, lease)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.form.labelForField(dlg.on).text().startswith("退租日期")
    assert dlg.form.labelForField(dlg.reason).text() == "退租原因"
    dlg.on.clear()
    qtbot.keyClicks(dlg.on, "2026-02-30")
    qtbot.keyClick(dlg.on, Qt.Key.Key_Return)
    assert dlg.isVisible() and "退租日期" in dlg.problems.label.text()
