"""A reception clerk's day (前台接待, the manual's 日常工作流程), end to end through the main window of
the demo centre: only tabs, buttons, menus and the dialogs they open; after each step what the
clerk sees is checked (issue 12 §2)."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QInputDialog, QLineEdit, QMessageBox, QPlainTextEdit

from day_support import column, current_view_key, demo_centre, no_traceback, sign_in
from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, open_view, type_text

from deskapp.domain.keys import HoldReason, KeyKind, Purpose
from deskapp.domain.people import Authority, Relation
from deskapp.domain.reception import CallbackResult, Channel, RequestKind
from deskapp.domain.billing import PayMethod
from deskapp.gui.keys.dialogs import LendDialog, OverdueNoteDialog, ReturnDialog
from deskapp.gui.forms import FormDialog
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.registry.people import PersonInput

OWNER_ID = "11010519491231002X"
AUTHORISED_ID = "110105199001010010"
STRANGER_ID = "110105198503150035"


@pytest.fixture
def centre(ctx, admin, desk_app):
    """The demo centre, and one flat whose owner left two keys and authorised 孙丽 to borrow them."""
    demo_centre(ctx)
    uid = registry_units.create_unit(ctx, admin, {"building": "2", "stairwell": "1", "room": "301", "kind": "住宅",
                                            "state": "空置", "building_area": "98.5", "floor": "3"},
                               delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, admin, uid, PersonInput("赵敏", "13812345678", id_number=OWNER_ID), Relation.OWNER)
    registry_people.add_person(ctx, admin, uid, PersonInput("孙丽", "13912345678", id_number=AUTHORISED_ID),
                        Relation.AUTHORISED, authorities=(Authority.KEYS,))
    keys.register_key(ctx, admin, uid, KeyKind.ENTRANCE, 1, "A柜-21", HoldReason.VACANT, "业主赵敏书面委托")
    keys.register_key(ctx, admin, uid, KeyKind.MAILBOX, 1, "A柜-22", HoldReason.VACANT, "业主赵敏书面委托")
    return ctx


def _widget(dialog, name: str):
    for cls in (QLineEdit, QComboBox, QPlainTextEdit):
        found = dialog.findChild(cls, name)
        if found is not None:
            return found
    raise AssertionError(f"no field {name}")


def _fill_and_save(**values):
    """Fill a reception form's fields (by objectName) and press its 保存 button."""
    def fill(dialog: FormDialog) -> None:
        for name, value in values.items():
            widget = _widget(dialog, name)
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index >= 0:
                    widget.setCurrentIndex(index)
                else:
                    widget.setEditText(value)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
                widget.editingFinished.emit()  # as leaving the field does
            else:
                widget.setPlainText(value)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    return fill


def _form(qtbot, parent, button: str, **values) -> None:
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, _fill_and_save(**values))
    click(qtbot, button_named(parent, button))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in parent.findChildren(FormDialog) if d.isVisible()])  # saved


def _row_with(view, text: str) -> int:
    model = view.model()
    for r in range(model.rowCount()):
        if any(text == (model.index(r, c).data() or "") for c in range(model.columnCount())):
            return r
    raise AssertionError(f"no row shows {text}")


def _key_row(table, unit: str, kind: str) -> int:
    """The custody row of the key of `kind` of `unit` (the demo holds many keys of each kind)."""
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == unit and table.item(r, 2).text() == kind)


def _action_button(tab, name: str):
    from PySide6.QtWidgets import QToolButton

    return next(b for b in tab.findChildren(QToolButton)
                if b.defaultAction() is not None and b.defaultAction().objectName() == name)


def _pick(combo: QComboBox, text: str) -> None:
    index = next(i for i in range(combo.count()) if text in combo.itemText(i))
    combo.setCurrentIndex(index)


@pytest.mark.slow
def test_a_clerks_day_through_the_main_window(centre, qtbot, capfd):
    ctx = centre
    window = sign_in(qtbot, ctx, "linxy")

    # 1. 上班：核对往日未完成的工作事项 — the clerk lands on the morning list of the reception desk
    assert current_view_key(window) == "reception"
    reception = window.show_view("reception")
    assert reception.currentWidget() is reception.today
    today = reception.today
    assert today.heading.text().startswith("2026-11-27")
    assert today.items.model().rowCount() > 0 and "往日未完成" in today.heading.text()

    # 2. 电话投诉：登记《业户服务需求/投诉登记表》
    click_tab(qtbot, reception, reception.requests)
    requests_tab = reception.requests
    before = requests_tab.model.total
    _form(qtbot, requests_tab, "rqNew", rqUnit="2-1-301", rqCaller="赵敏", rqPhone="13812345678",
          rqChannel=Channel.PHONE, rqKind=RequestKind.COMPLAINT, rqText="卫生间吊顶渗水，楼上漏下来的")
    qtbot.waitUntil(lambda: requests_tab.model.total == before + 1)
    row = _row_with(requests_tab.table, "2-1-301")
    assert requests_tab.model.index(row, column(requests_tab.model, "来电/来访人")).data() == "赵敏"

    # 3. 开工程维修单 from the complaint, and print it for the technician (preview)
    click_row(qtbot, requests_tab.table, row)
    answers = ModalAnswers(qtbot)
    answers.message_box(contains="开《工程维修单》")  # asked first
    made = answers.message_box()
    click(qtbot, button_named(requests_tab, "rqRepair"))
    answers.wait_all()
    repairs_tab = reception.repairs
    assert reception.currentWidget() is repairs_tab
    order = repairs_tab.selected()
    assert order is not None and order.number in made.text and order.fault.startswith("卫生间吊顶渗水")
    printed = answers.pdf_preview()
    click(qtbot, button_named(repairs_tab, "wxPrint"))
    answers.wait_all()
    assert "工程维修单" in printed.pdf_text and order.number in printed.pdf_text
    assert "13812345678" in printed.pdf_text  # the technician calls the reporter

    # 4. 派工 → 完工
    def press(name: str, **values) -> None:
        click_row(qtbot, repairs_tab.table, _row_with(repairs_tab.table, order.number))
        _form(qtbot, repairs_tab, name, **values)

    state = column(repairs_tab.model, "状态")
    press("wxDispatch", wxTech="李师傅")
    press("wxFinish", wxWork="更换吊顶上方水管接头")
    row = _row_with(repairs_tab.table, order.number)
    assert repairs_tab.model.index(row, state).data() == "已完工（待回访）"

    # 5. 回访 — the complaint it came from is called back with it
    press("wxCallback", wxCallbackResult=CallbackResult.SATISFIED, wxCallbackSaid="不再渗水，满意")
    qtbot.waitUntil(lambda: order.number not in [repairs_tab.model.row_at(r).number  # settled: off the open list
                                                 for r in range(repairs_tab.model.rowCount())])
    type_text(qtbot, repairs_tab.text, order.number)
    repairs_tab.state.setCurrentIndex(repairs_tab.state.findText("全部状态"))
    qtbot.waitUntil(lambda: repairs_tab.model.rowCount() == 1)
    row = _row_with(repairs_tab.table, order.number)
    assert repairs_tab.model.index(row, state).data() == "已结单"
    click_tab(qtbot, reception, requests_tab)
    requests_tab.state.setCurrentIndex(requests_tab.state.findText("全部状态"))
    qtbot.waitUntil(lambda: requests_tab.model.total > before)
    row = _row_with(requests_tab.table, "2-1-301")
    assert requests_tab.model.index(row, column(requests_tab.model, "状态")).data() == "已回访"

    # 6. 借钥匙（《钥匙借用登记表》）：业主授权人 孙丽, her ID matches the file — lent without a supervisor
    keys_view = open_view(qtbot, window, "keys")
    custody = keys_view.custody
    click_row(qtbot, custody.table, _key_row(custody.table, "2-1-301", "入户门钥匙"))

    seen = {}

    def lend_to_authorised(dlg: LendDialog) -> None:  # no assert in here: it would leave the dialog open
        _pick(dlg.borrower, "孙丽")
        dlg.id_number.setText(AUTHORISED_ID)
        dlg.id_number.editingFinished.emit()
        seen["check"] = dlg.check.text()
        dlg.purpose.setCurrentIndex(dlg.purpose.findData(Purpose.VIEWING.name))
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answers = ModalAnswers(qtbot)
    answers.dialog(LendDialog, lend_to_authorised)
    click(qtbot, _action_button(custody, "actLendKey"))
    answers.wait_all()
    assert "核验" in seen["check"] and "主管" not in seen["check"], seen
    lent_col = column(custody.table.model(), "借用人")
    qtbot.waitUntil(lambda: "孙丽" in custody.table.item(_key_row(custody.table, "2-1-301", "入户门钥匙"),
                                                        lent_col).text())

    # 7. A stranger asks for the mailbox key: refused until the supervisor signs in to approve
    click_row(qtbot, custody.table, _key_row(custody.table, "2-1-301", "信报箱钥匙"))

    def lend_to_stranger(dlg: LendDialog) -> None:
        _pick(dlg.borrower, "其他人员")
        dlg.other_name.setText("钱师傅")
        dlg.id_number.setText(STRANGER_ID)
        dlg.id_number.editingFinished.emit()
        seen["check"] = dlg.check.text()
        dlg.purpose.setCurrentIndex(dlg.purpose.findData(Purpose.REPAIR.name))
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # refused: no approval yet
        seen["open after refusal"] = dlg.isVisible()
        dlg.reason.setText("业主赵敏来电同意，维修信报箱")
        dlg.sup_user.setText("wanglh")
        dlg.sup_password.setText("Demo@2026")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answers = ModalAnswers(qtbot)
    answers.dialog(LendDialog, lend_to_stranger)
    refused = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, _action_button(custody, "actLendKey"))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in custody.findChildren(LendDialog) if d.isVisible()])
    assert "主管" in seen["check"] and seen["open after refusal"]
    assert "批准" in refused.text or "主管" in refused.text
    click_tab(qtbot, keys_view, keys_view.loans)
    loans = keys_view.loans
    qtbot.waitUntil(lambda: any("钱师傅" in (loans.model.row_at(r).borrower_name) for r in range(loans.model.rowCount())))
    row = next(r for r in range(loans.model.rowCount()) if loans.model.row_at(r).borrower_name == "钱师傅")
    assert "王丽华 批准" in loans.model.index(row, column(loans.model, "证件核验")).data()

    # 8. 孙丽 brings the entrance key back
    row = next(r for r in range(loans.model.rowCount()) if loans.model.row_at(r).borrower_name == "孙丽")
    click_row(qtbot, loans.table, row)
    answers = ModalAnswers(qtbot)
    answers.dialog(ReturnDialog, lambda dlg: None)
    click(qtbot, _action_button(loans, "actLoanReturn"))
    answers.wait_all()
    returned = column(loans.model, "实际归还")
    qtbot.waitUntil(lambda: any(loans.model.row_at(r).borrower_name == "孙丽" and loans.model.index(r, returned).data()
                                for r in range(loans.model.rowCount())))

    # 9. 信件登记：a parcel for 1-1-101 logged, the owner told by phone, then collected
    reception = open_view(qtbot, window, "reception")
    click_tab(qtbot, reception, reception.mail)
    mail = reception.mail
    _form(qtbot, mail, "mailNew", mailUnit="1-1-101", mailSender="顺丰速运", mailTracking="SF1234567890")
    qtbot.waitUntil(lambda: mail.table.rowCount() >= 1)
    row = next(r for r in range(mail.table.rowCount()) if mail.table.item(r, 4).text() == "SF1234567890")
    click_row(qtbot, mail.table, row)
    click(qtbot, button_named(mail, "mailPhone"))
    qtbot.waitUntil(lambda: mail.table.item(row, 5).text() == "电话")
    click_row(qtbot, mail.table, row)
    _form(qtbot, mail, "mailCollect")  # 领取人 offered from the unit's people
    assert all(mail.table.item(r, 4).text() != "SF1234567890" for r in range(mail.table.rowCount()))

    # 10. 前台收费：1-1-101 pays its arrears in cash; the receipt is previewed
    billing = open_view(qtbot, window, "billing")
    click_tab(qtbot, billing.tabs, billing.counter)
    counter = billing.counter
    counter.code.clear()
    qtbot.keyClicks(counter.code, "1-1-101")
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    assert counter.header.text().startswith("1-1-101")
    assert counter.owed.rowCount() > 0
    counter.method.setCurrentIndex(counter.method.findData(PayMethod.CASH.name))
    owed = counter.amount.text()  # every owed line ticked: the whole arrears
    assert Decimal(owed) > 0
    qtbot.keyClicks(counter.tendered, "1000")
    answers = ModalAnswers(qtbot)
    receipt = answers.pdf_preview()
    click(qtbot, button_named(counter, "payTake"))
    answers.wait_all()
    assert counter.owed.rowCount() == 0
    number = counter.receipts.data(counter.receipts.index(0, 0))
    assert number and number in receipt.pdf_text and f"合计：¥ {Decimal(owed):,.2f}" in receipt.pdf_text

    # 11. 作废 the receipt (wrong items taken): the reason asked, the row shows it void
    click_row(qtbot, counter.receipts_view, 0)
    answers = ModalAnswers(qtbot)
    reason = answers.asked_line("收错项目")
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(counter, "payVoid"))
    answers.wait_all()
    assert number in reason.text and number in sure.text
    assert "作废" in counter.receipts.data(counter.receipts.index(0, 5))
    assert counter.owed.rowCount() > 0  # owed again
    # …and taken again correctly, so there is cash to hand over
    qtbot.keyClicks(counter.tendered, "900")
    answers = ModalAnswers(qtbot)
    again = answers.pdf_preview()
    click(qtbot, button_named(counter, "payTake"))
    answers.wait_all()
    assert counter.owed.rowCount() == 0 and f"{Decimal(owed):,.2f}" in again.pdf_text

    # 12. 费用移交：hand the day's cash to finance, with its 《费用入账和费用移交表》
    click_tab(qtbot, billing.tabs, billing.handover)
    cash = billing.handover
    type_text(qtbot, cash.counted, f"{cash.draft.cash_expected}")  # the drawer counted
    type_text(qtbot, cash.receiver, "财务 王会计")
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.Yes)
    sheet = answers.pdf_preview()
    click(qtbot, button_named(cash, "handoverDo"))
    answers.wait_all()
    assert "王会计" in asked.text and f"{Decimal(owed):,.2f}" in asked.text
    assert "费用入账和费用移交表" in sheet.pdf_text and f"{Decimal(owed):,.2f}" in sheet.pdf_text and "王会计" in sheet.pdf_text

    # 13. 交班（《客服部工作交接表》）：the overdue key blocking it gets its note first, then the shift goes to 周婷
    reception = open_view(qtbot, window, "reception")
    click_tab(qtbot, reception, reception.handover)
    shift = reception.handover
    assert "K0012" in shift.blockers.text()
    keys_view = open_view(qtbot, window, "keys")
    click_tab(qtbot, keys_view, keys_view.loans)
    loans = keys_view.loans
    click(qtbot, loans.overdue_only)
    qtbot.waitUntil(lambda: all(loans.model.row_at(r).returned_at is None for r in range(loans.model.rowCount())))
    late = next(r for r in range(loans.model.rowCount()) if loans.model.row_at(r).tag == "K0012")
    click_row(qtbot, loans.table, late)

    def note(dlg: OverdueNoteDialog) -> None:
        dlg.note.setPlainText("已电话联系王梅，明早归还")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    answers = ModalAnswers(qtbot)
    answers.dialog(OverdueNoteDialog, note)
    click(qtbot, _action_button(loans, "actLoanNote"))
    answers.wait_all()
    qtbot.waitUntil(lambda: "明早归还" in (loans.model.index(late, column(loans.model, "逾期说明")).data() or ""))

    reception = open_view(qtbot, window, "reception")
    click_tab(qtbot, reception, reception.handover)
    click(qtbot, button_named(shift, "handoverDraft"))
    assert shift.blockers.text() == "" and shift.items.rowCount() > 0
    shift.notes.setPlainText("钥匙柜已清点；2-1-301 信报箱钥匙在钱师傅处")
    answers = ModalAnswers(qtbot)
    chosen = []

    def take_over(dialog: QInputDialog) -> None:
        chosen.append(dialog.comboBoxItems())
        dialog.setTextValue("周婷")
        dialog.accept()

    answers.dialog(QInputDialog, take_over, accept=False)
    handed = answers.message_box(QMessageBox.StandardButton.Yes, contains="周婷")
    click(qtbot, button_named(shift, "handoverHand"))
    answers.wait_all()
    assert "周婷" in chosen[0] and "周婷" in handed.text
    assert "周婷" in shift.title.text() and "已交班" in shift.title.text()

    no_traceback(capfd)
