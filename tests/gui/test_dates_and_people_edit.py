"""Dates typed as a clerk types them, into the real fields of the real dialogs (issue 22 §4), and
people edited from the unit page through 编辑人员… (§5)."""
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTableView, QToolButton
from sqlalchemy import select

from deskapp.domain.people import Authority, Relation
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import UnitPerson

TODAY = QDate(2026, 11, 27)  # the tests' FixedClock


@pytest.fixture
def unit_id(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "出租"})
    registry_people.add_person(ctx, actor, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER, since=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, uid, PersonInput("李四", "13900139000"), Relation.TENANT,
                        since=date(2026, 1, 1), lease_start=date(2026, 1, 1), lease_end=date(2026, 12, 31))
    registry_people.add_person(ctx, actor, uid, PersonInput("王五", "13600136000"), Relation.AUTHORISED,
                        since=date(2026, 1, 1), authorities=(Authority.KEYS,))
    return uid


def in_dialog(name: str, fill) -> list:
    """Polls for the modal dialog `name` a button opens, then lets `fill` work in it as a user
    would. The list gets what fill returned, or the exception it raised (an exception must not
    escape into Qt's event loop: that aborts the run instead of failing the test)."""
    done: list = []
    timer = QTimer()
    timer.setInterval(30)

    def poll():
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.objectName() == name and dialog.isVisible():
            timer.stop()
            try:
                done.append(fill(dialog))
            except BaseException as exc:  # noqa: BLE001 - re-raised by outcome() in the test
                done.append(exc)
            finally:
                if dialog.isVisible():
                    dialog.reject()

    timer.timeout.connect(poll)
    timer.start()
    done.append(timer)  # kept alive while the dialog runs; outcome() drops it
    return done


def outcome(done: list):
    timer = done.pop(0)
    timer.stop()  # a dialog that never opened must not leave it polling into later tests
    timer.deleteLater()  # and with it its connection to poll, whose closure holds the list and the timer
    assert len(done) == 1, "the dialog never opened"
    result = done[0]
    if isinstance(result, BaseException):
        raise result
    return result


def press(qtbot, page, action: QAction) -> None:
    button = next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def people_row(page, name: str) -> int:
    return next(r for r in range(page.people.rowCount()) if page.people.item(r, 1).text() == name)


def stored(ctx, uid, name) -> tuple:
    """(lease_end, authority_until) as the database has them."""
    with ctx.reader() as uow:
        return next((t.lease_end, t.authority_until) for t in uow.session.execute(
            select(UnitPerson).where(UnitPerson.unit_id == uid)).scalars() if t.person.name == name)


def test_lease_end_typed_into_an_empty_field_is_stored_and_shown(main_window, desk_session, unit_id, qtbot):
    page = main_window.open_unit(unit_id)

    def fill(dialog):
        dialog.relation.setCurrentIndex(dialog.relation.findText("租户"))
        dialog.name.insert("赵六")  # typed through the input method
        assert dialog.lease_end.text() == "" and "未定" in dialog.lease_end.placeholderText()
        # the example in an empty field is today (the desk's clock), in the form the field shows
        today = desk_session.ctx.clock.today()
        assert f"{today:%Y-%m-%d}" in dialog.lease_end.placeholderText()
        qtbot.keyClicks(dialog.lease_end, "2027-12-02")
        assert dialog.lease_end.text() == "2027-12-02"
        ok(qtbot, dialog)
        return dialog.result()

    done = in_dialog("personDialog", fill)
    press(qtbot, page, page.act_person)
    assert outcome(done) == 1
    assert stored(desk_session.ctx, unit_id, "赵六") == (date(2027, 12, 2), None)
    assert page.people.item(people_row(page, "赵六"), 5).text() == "2026-11-27 — 2027-12-02"


@pytest.mark.parametrize("typed", ["2027/12/2", "20271202", "2027.12.2"])
def test_other_ways_of_typing_are_shown_in_the_one_form(desk_session, unit_id, qtbot, typed):
    from deskapp.gui.registry.person_dialogs import PersonDialog

    dialog = PersonDialog(desk_session, unit_id, Relation.TENANT)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # leaving a field needs the focus of an active window
        dialog.show()
        dialog.activateWindow()
    dialog.lease_end.setFocus()
    qtbot.keyClicks(dialog.lease_end, typed)
    qtbot.keyClick(dialog.lease_end, Qt.Key.Key_Tab)  # leaving the field
    assert dialog.lease_end.text() == "2027-12-02"


def test_a_wrong_date_names_the_field_and_nothing_is_written(main_window, desk_session, unit_id, qtbot):
    page = main_window.open_unit(unit_id)

    def fill(dialog):
        dialog.relation.setCurrentIndex(dialog.relation.findText("租户"))
        dialog.name.insert("赵六")  # typed through the input method
        qtbot.keyClicks(dialog.lease_end, "2027-13-01")
        ok(qtbot, dialog)
        return dialog.isVisible(), dialog.error.text(), dialog.focusWidget() is dialog.lease_end

    done = in_dialog("personDialog", fill)
    press(qtbot, page, page.act_person)
    assert outcome(done) == (True, "租期结束：没有 13 月，请按 2027-12-02 的格式填写", True)
    assert "赵六" not in [p.name for p in registry_units.unit_page(desk_session.ctx, desk_session.actor, unit_id).people]


def test_the_calendar_of_an_empty_field_opens_on_today_and_picks_a_day(desk_session, unit_id, qtbot):
    from deskapp.gui.registry.person_dialogs import PersonDialog

    dialog = PersonDialog(desk_session, unit_id, Relation.TENANT)
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.lease_end
    assert field.text() == ""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: field.popup is not None and field.popup.isVisible())
    assert field.calendar.selectedDate() == TODAY
    field.popup.close()
    field.calendar_action.trigger()  # the calendar button in the field
    qtbot.waitUntil(lambda: field.popup.isVisible())
    view = field.calendar.findChild(QTableView)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert field.text() == "2026-11-28" and not field.popup.isVisible()


def test_clearing_an_optional_lease_end_stores_null_and_shows_not_fixed(main_window, desk_session, unit_id, qtbot):
    page = main_window.open_unit(unit_id)
    page.people.selectRow(people_row(page, "李四"))

    def fill(dialog):
        assert dialog.lease_end.text() == "2026-12-31"
        clear = dialog.lease_end.findChild(QAction, "_q_qlineeditclearaction")
        button = next(b for b in dialog.lease_end.findChildren(QToolButton) if b.defaultAction() is clear)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the field's ✕
        assert dialog.lease_end.text() == ""
        ok(qtbot, dialog)
        return dialog.result()

    done = in_dialog("editPersonDialog", fill)
    press(qtbot, page, page.act_edit_person)
    assert outcome(done) == 1
    assert stored(desk_session.ctx, unit_id, "李四") == (None, None)
    assert page.people.item(people_row(page, "李四"), 5).text() == "2026-01-01 — 未定"


def test_editing_a_person_through_the_button_updates_the_page_and_is_audited(main_window, desk_session, unit_id,
                                                                              qtbot):
    page = main_window.open_unit(unit_id)
    page.people.selectRow(people_row(page, "王五"))
    assert page.act_edit_person.isEnabled()

    def fill(dialog):
        assert dialog.phone.text() == "" and "136****6000" in dialog.phone.placeholderText()
        assert not dialog.lease_end.isVisible() and dialog.authority_until.isVisible()
        qtbot.keyClicks(dialog.phone, "12345")
        ok(qtbot, dialog)
        refused = (dialog.isVisible(), dialog.error.text().startswith("手机号："))
        dialog.phone.clear()
        qtbot.keyClicks(dialog.phone, "13600136001")
        qtbot.keyClicks(dialog.id_number, "110105198001010016")
        qtbot.keyClicks(dialog.authority_until, "2026/11/30")
        ok(qtbot, dialog)
        return refused, dialog.result()

    done = in_dialog("editPersonDialog", fill)
    press(qtbot, page, page.act_edit_person)
    assert outcome(done) == ((True, True), 1)
    row = people_row(page, "王五")
    assert page.people.item(row, 2).text() == "136****6001"
    assert page.people.item(row, 3).text() == "居民身份证 110***********0016"
    assert page.people.item(row, 5).text() == "借用钥匙（至 2026-11-30）"
    with desk_session.ctx.reader() as uow:
        [(summary, before, after)] = [(e.summary, e.before, e.after) for e in uow.session.execute(
            select(AuditEntry).where(AuditEntry.action == "registry.person.edit")).scalars()]
    assert summary == "3-2-1502 修改授权人 王五的手机号、证件号码、授权截止"
    assert "136****6000" in before and "136****6001" in after and "13600136001" not in after
    assert stored(desk_session.ctx, unit_id, "王五") == (None, date(2026, 11, 30))


def test_a_typed_year_counts_in_the_fee_standard_date(desk_session, qtbot):
    from PySide6.QtWidgets import QPushButton

    from deskapp.gui.billing.standards_tab import StandardsTab
    from deskapp.services.billing import standards

    tab = StandardsTab(desk_session)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.starts.text() == "2026-10-01"  # no standard on file yet: the first ones start with the quarter
    tab.item.setCurrentIndex(tab.item.findText("物业费"))
    qtbot.keyClicks(tab.price, "2.80")
    tab.starts.selectAll()
    qtbot.keyClicks(tab.starts, "2028-01-01")
    qtbot.mouseClick(tab.findChild(QPushButton, "stdAdd"), Qt.MouseButton.LeftButton)
    added = [s for s in standards.list_standards(desk_session.ctx, desk_session.actor) if s.price == Decimal("2.80")]
    assert [s.starts_on for s in added] == [date(2028, 1, 1)]
    shown = [tab.model.index(r, c).data() for r in range(tab.model.rowCount()) for c in range(tab.model.columnCount())]
    assert "2028-01-01" in shown


def test_an_authorisation_ended_through_the_button_no_longer_lends_a_key(main_window, desk_session, unit_id, qtbot,
                                                                         monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from deskapp.domain.keys import HoldReason, KeyKind
    from deskapp.gui.keys.dialogs import LendDialog
    from deskapp.services.keys import custody as keys

    ctx, actor = desk_session.ctx, desk_session.actor
    page = main_window.open_unit(unit_id)
    page.people.selectRow(people_row(page, "王五"))

    def fill(dialog):
        qtbot.keyClicks(dialog.id_number, "110105198001010016")
        qtbot.keyClicks(dialog.authority_until, "20261126")  # yesterday
        ok(qtbot, dialog)
        return dialog.result()

    done = in_dialog("editPersonDialog", fill)
    press(qtbot, page, page.act_edit_person)
    assert outcome(done) == 1
    assert page.people.item(people_row(page, "王五"), 5).text() == "借用钥匙（已于 2026-11-26 到期）"

    key = keys.register_key(ctx, actor, unit_id, KeyKind.ENTRANCE, 1, "A柜-12", HoldReason.VACANT, "业主书面委托")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2]) or 0))
    lend = LendDialog(desk_session, unit_id, key.id)
    qtbot.addWidget(lend)
    lend.show()
    lend.borrower.setCurrentIndex(next(i for i in range(lend.borrower.count()) if "王五" in lend.borrower.itemText(i)))
    qtbot.keyClicks(lend.id_number, "110105198001010016")
    assert "王五 的授权已于 2026-11-26 到期" in lend.check.text() and lend.approval.isEnabled()
    qtbot.mouseClick(lend.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert lend.result() != lend.DialogCode.Accepted and any("到期" in w for w in warned)
    assert keys.open_loans_of_unit(ctx, actor, unit_id) == []


def test_an_authorisation_can_be_given_with_its_last_day(main_window, desk_session, unit_id, qtbot):
    page = main_window.open_unit(unit_id)

    def fill(dialog):
        dialog.relation.setCurrentIndex(dialog.relation.findText("授权人"))
        dialog.name.insert("钱七")  # typed through the input method
        qtbot.mouseClick(dialog.authority_checks[Authority.RELEASE], Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.authority_until, "2027/3/31")
        ok(qtbot, dialog)
        return dialog.result()

    done = in_dialog("personDialog", fill)
    press(qtbot, page, page.act_person)
    assert outcome(done) == 1
    assert stored(desk_session.ctx, unit_id, "钱七") == (None, date(2027, 3, 31))
    assert page.people.item(people_row(page, "钱七"), 5).text() == "物品放行确认（至 2027-03-31）"


def test_tabbing_into_the_people_list_chooses_its_first_row_for_editing(main_window, unit_id, qtbot):
    """The focus frame stood on the first person while 编辑人员 stayed grey: the row the keyboard is
    on is now the row chosen, and the buttons acting on it follow."""
    page = main_window.open_unit(unit_id)

    def consistent() -> bool:
        row = page.people.currentRow()
        chosen = row >= 0 and page.people.selectionModel().isRowSelected(row)
        return chosen == page.act_edit_person.isEnabled() and (row < 0 or chosen)

    assert consistent()
    page.people.clearSelection()
    page.people.setCurrentCell(-1, -1)
    assert consistent() and not page.act_edit_person.isEnabled()
    qtbot.keyClick(page.people, Qt.Key.Key_Home)
    assert page.people.currentRow() == 0 and consistent() and page.act_edit_person.isEnabled()
