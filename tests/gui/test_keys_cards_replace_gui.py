"""Cards through the 卡证 tab: the holder is picked from the unit's people, 卡类型 has its own
label, 挂失 then 补办 keeps both reasons, the deposit is moved or refunded by explicit choice."""
from decimal import Decimal

import pytest
from modal_steps import ModalAnswers
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox

from deskapp.domain.keys import CountItem, DepositOutcome
from deskapp.domain.people import Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import cards as keys_cards, inventory as keys_inventory
from deskapp.services.registry.people import PersonInput


@pytest.fixture
def unit_id(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "自住"})
    registry_people.add_person(ctx, actor, uid, PersonInput("张三", "13800138000"), Relation.OWNER)
    registry_people.add_person(ctx, actor, uid, PersonInput("王五", "13700137000"), Relation.FAMILY)
    keys_inventory.receive_stock(ctx, actor, CountItem.BLANK_ACCESS, 5)
    return uid


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _label_of(dialog, widget):
    return dialog.form.labelForField(widget).text()


def _trigger(tab, name):
    next(a for a in tab.actions() if a.objectName() == name).trigger()


def _select(tab, number):
    row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 0).text() == number)
    tab.table.selectRow(row)


def _issue(qtbot, tab, seen):
    def fill(d):
        seen["kind_label"], seen["number_label"] = _label_of(d, d.kind), _label_of(d, d.number)
        seen["holders"] = [d.holder.itemText(i) for i in range(d.holder.count())]
        d.kind.setCurrentIndex(d.kind.findText("门禁卡"))
        d.unit.setFocus()
        qtbot.keyClicks(d.unit, "3-2-1502")
        qtbot.keyClick(d.unit, Qt.Key.Key_Tab)  # leaving the unit field fills the holder list
        seen["holders_after_unit"] = [d.holder.itemText(i) for i in range(d.holder.count())]
        d.holder.setCurrentIndex(d.holder.findText("王五（家属）"))
        qtbot.keyClicks(d.number, "MJ0001")
        d.deposit.clear()
        qtbot.keyClicks(d.deposit, "50")
        qtbot.mouseClick(_ok(d), Qt.MouseButton.LeftButton)

    answers = ModalAnswers().then(lambda w: w.windowTitle() == "发放住户卡/门禁卡", fill)
    _trigger(tab, "actIssueCard")
    answers.check()


def _lose(qtbot, tab):
    _select(tab, "MJ0001")
    answers = ModalAnswers().then(
        lambda w: w.findChild(QLineEdit, "reasonText") is not None,
        lambda d: (d.findChild(QLineEdit, "reasonText").insert("在地铁上遗失"), qtbot.mouseClick(_ok(d), Qt.MouseButton.LeftButton)))
    _trigger(tab, "actLostCard")
    answers.check()


@pytest.mark.parametrize("outcome, held", [(DepositOutcome.MOVE, "50.00"), (DepositOutcome.REFUND, "0.00")])
def test_issue_lose_and_replace_a_card_through_the_tab(main_window, desk_session, unit_id, qtbot, outcome, held):
    view = main_window.show_view("keys")
    view.setCurrentWidget(view.cards)
    tab = view.cards
    tab.show.setCurrentIndex(tab.show.findData("all"))
    seen = {}
    _issue(qtbot, tab, seen)
    assert seen["kind_label"] == "卡类型" and seen["number_label"] == "卡号"
    assert seen["holders"] == [] and seen["holders_after_unit"] == ["张三（业主）", "王五（家属）"]
    assert [tab.table.item(0, c).text() for c in (0, 3, 10)] == ["MJ0001", "王五", "50.00"]
    _lose(qtbot, tab)
    _select(tab, "MJ0001")

    def no_choice(d):
        seen["deposit_label"] = _label_of(d, d.deposit)
        qtbot.keyClicks(d.number, "MJ0002")
        qtbot.mouseClick(_ok(d), Qt.MouseButton.LeftButton)  # refused: where does the deposit go?

    def refused(box):
        seen["refusal"] = box.text()
        box.accept()

    def choose(d):
        d.deposit.setCurrentIndex(d.deposit.findData(outcome.name))
        qtbot.mouseClick(_ok(d), Qt.MouseButton.LeftButton)

    answers = (ModalAnswers().then(lambda w: w.objectName() == "replaceCardDialog", no_choice)
               .then(lambda w: isinstance(w, QMessageBox), refused)
               .then(lambda w: w.objectName() == "replaceCardDialog", choose))
    _trigger(tab, "actReplaceCard")
    answers.check()
    assert "50.00" in seen["deposit_label"] and seen["refusal"].startswith("押金：")
    rows = {tab.table.item(r, 0).text(): (tab.table.item(r, 5).text(), tab.table.item(r, 10).text())
            for r in range(tab.table.rowCount())}
    assert rows == {"MJ0001": ("已补办", "0.00"), "MJ0002": ("有效", held)}
    assert keys_cards.deposits_held(desk_session.ctx, desk_session.actor, unit_id) == Decimal(held)

    _select(tab, "MJ0002")
    answers = ModalAnswers().then(lambda w: isinstance(w, QMessageBox), lambda box: (seen.update(history=box.text()),
                                                                                      box.accept()))
    _trigger(tab, "actCardHistory")
    answers.check()
    assert "挂失 MJ0001 在地铁上遗失" in seen["history"] and "补办 MJ0001 补办新卡 MJ0002" in seen["history"]


def test_replacement_fee_from_the_settings_is_taken_with_a_receipt(main_window, desk_session, unit_id, qtbot):
    from deskapp.domain.keys import CardKind
    from deskapp.services import settings
    from deskapp.services.billing import payments

    ctx, actor = desk_session.ctx, desk_session.actor
    settings.set_value(ctx, actor, keys_cards.REPLACEMENT_FEE, "15")
    keys_cards.issue_card(ctx, actor, unit_id, CardKind.ACCESS, "MJ0001", "张三")
    view = main_window.show_view("keys")
    view.setCurrentWidget(view.cards)
    tab = view.cards
    tab.reload()
    _select(tab, "MJ0001")
    seen = {}

    def replace(d):
        seen["fee"], seen["deposit_enabled"] = d.fee.text(), d.deposit.isEnabled()
        qtbot.keyClicks(d.number, "MJ0002")
        d.method.setCurrentIndex(d.method.findText("微信"))
        qtbot.mouseClick(_ok(d), Qt.MouseButton.LeftButton)

    answers = ModalAnswers().then(lambda w: w.objectName() == "replaceCardDialog", replace)
    _trigger(tab, "actReplaceCard")
    answers.check()
    assert seen == {"fee": "15.00", "deposit_enabled": False}
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["MJ0002"]
    rows = payments.receipts_page(ctx, actor).rows
    assert [(r.method, r.amount, r.payer) for r in rows] == [("微信", Decimal("15.00"), "张三")]
    lines = payments.receipt(ctx, actor, rows[0].id).lines
    assert [(x.item, x.amount) for x in lines] == [("补办门禁卡工本费", Decimal("15.00"))]


def test_a_card_reported_lost_leaves_no_other_card_chosen(main_window, desk_session, unit_id, qtbot):
    """挂失 under 有效: the lost card leaves the list and the row it stood on was then the next
    card's, still chosen, so the 补办 or 注销 pressed next acted on a card nobody had lost."""
    ctx, actor = desk_session.ctx, desk_session.actor
    for number in ("MJ0001", "MJ0002"):
        keys_cards.issue_card(ctx, actor, unit_id, keys_cards.CardKind.ACCESS, number, "张三")
    view = main_window.show_view("keys")
    view.setCurrentWidget(view.cards)
    tab = view.cards
    assert tab.show.currentData() == "active"
    _lose(qtbot, tab)
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["MJ0002"]
    assert tab.current() is None
    told = []
    answers = ModalAnswers().then(lambda w: isinstance(w, QMessageBox),
                                  lambda box: (told.append(box.text()), box.accept()))
    _trigger(tab, "actReplaceCard")
    answers.check()
    assert told and "MJ0002" not in told[0]


def test_the_card_acted_on_stays_chosen_when_the_list_is_read_again(main_window, desk_session, unit_id, qtbot):
    ctx, actor = desk_session.ctx, desk_session.actor
    for number in ("MJ0001", "MJ0002", "MJ0003"):
        keys_cards.issue_card(ctx, actor, unit_id, keys_cards.CardKind.ACCESS, number, "张三")
    view = main_window.show_view("keys")
    view.setCurrentWidget(view.cards)
    tab = view.cards
    tab.show.setCurrentIndex(tab.show.findData("all"))
    _lose(qtbot, tab)  # still listed under 全部: the same card stays chosen for its 补办
    assert tab.current().number == "MJ0001" and tab.current().status == "已挂失"


def test_a_lost_card_waits_for_its_replacement_under_its_own_choice(main_window, desk_session, unit_id, qtbot):
    """After 挂失 the card was to be found only under 全部（含已结束）, among every card ever replaced or
    cancelled: 已挂失（待补办） lists the ones still waiting."""
    ctx, actor = desk_session.ctx, desk_session.actor
    for number in ("MJ0001", "MJ0002"):
        keys_cards.issue_card(ctx, actor, unit_id, keys_cards.CardKind.ACCESS, number, "张三")
    view = main_window.show_view("keys")
    view.setCurrentWidget(view.cards)
    tab = view.cards
    _lose(qtbot, tab)
    tab.show.setCurrentIndex(tab.show.findText("已挂失（待补办）"))
    assert [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())] == ["MJ0001"]
    assert tab.table.item(0, 5).text() == "已挂失"
