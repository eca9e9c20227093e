"""The registry dialogs, driven as a clerk or supervisor would: keys into fields, buttons."""
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox
from sqlalchemy import func, select

from deskapp.domain.people import Authority, Relation
from deskapp.domain.units import UnitState
from deskapp.gui.registry.note_dialogs import ChronicleDialog, InstructionsDialog
from deskapp.gui.registry.person_dialogs import EndTieDialog, PersonDialog
from deskapp.gui.registry.transfer_dialog import TransferDialog
from deskapp.gui.registry.unit_dialogs import StateDialog, UnitDialog
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.registry import Person, UnitPerson

GOOD_ID = "11010519491231002X"


def count(ctx, model) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


@pytest.fixture
def unit_id(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "自住"}, delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, uid, PersonInput("张三", "13800138000", id_number=GOOD_ID), Relation.OWNER,
                        since=date(2020, 1, 1))
    return uid


def next_tab_stop(widget):
    w = widget.nextInFocusChain()
    while not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
        w = w.nextInFocusChain()
    return w


def flags_of(session, qtbot):
    seen = []
    session.bus.changed.connect(seen.append)
    return seen


def test_person_form_is_the_designer_form_with_tab_order(desk_session, unit_id, qtbot):
    dialog = PersonDialog(desk_session, unit_id)
    qtbot.addWidget(dialog)
    assert dialog.form.objectName() == "PersonForm"
    assert next_tab_stop(dialog.name) is dialog.phone and next_tab_stop(dialog.phone) is dialog.phone2
    assert next_tab_stop(dialog.id_number) is dialog.since
    # 3-2-1502 has its owner 张三: the form starts at 家属, not at a second owner
    assert dialog.relation.currentText() == "家属" and dialog.windowTitle() == "登记人员 — 3-2-1502"
    dialog.show()
    dialog.relation.setCurrentIndex(dialog.relation.findText("租户"))
    assert dialog.lease_box.isVisible() and not dialog.auth_box.isVisible()
    dialog.relation.setCurrentIndex(dialog.relation.findText("授权人"))
    assert dialog.auth_box.isVisible() and not dialog.lease_box.isVisible()


def test_the_person_form_starts_at_owner_only_where_the_unit_has_none(desk_session, unit_id, qtbot):
    """A family member typed in a hurry on a unit with an owner was registered as a second 业主 (the
    form's first choice): it now starts at 家属 there, and at 业主 on a unit with nobody yet."""
    empty = registry_units.create_unit(desk_session.ctx, desk_session.actor, {
        "building": "3", "stairwell": "1", "room": "101", "building_area": "60", "state": "空置"})
    for uid, relation in ((empty, "业主"), (unit_id, "家属")):
        dialog = PersonDialog(desk_session, uid)
        qtbot.addWidget(dialog)
        dialog.name.insert("王小明")
        dialog.phone.insert("13600136000")
        ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert dialog.relation.currentText() == relation
        people = registry_units.unit_page(desk_session.ctx, desk_session.actor, uid).people
        assert [(p.name, p.relation.value) for p in people if p.name == "王小明"] == [("王小明", relation)]


def test_person_with_bad_id_number_is_refused_at_the_field_and_nothing_is_written(desk_session, unit_id, qtbot):
    ctx = desk_session.ctx
    before = (count(ctx, Person), count(ctx, AuditEntry))
    dialog = PersonDialog(desk_session, unit_id, Relation.FAMILY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("张小三")
    qtbot.keyClicks(dialog.id_number, "110105194912310021")  # wrong check digit
    ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # stays open
    assert dialog.error.isVisible() and dialog.error.text().startswith("证件号码：居民身份证号码无效（校验位不符）")
    assert dialog.focusWidget() is dialog.id_number and "border" in dialog.id_number.styleSheet()
    assert (count(ctx, Person), count(ctx, AuditEntry)) == before
    dialog.id_number.setText("11010519491231002X")
    dialog.accept()
    assert not dialog.isVisible() and dialog.tie_id is not None
    assert [p.name for p in registry_units.unit_page(ctx, desk_session.actor, unit_id).people] == ["张三", "张小三"]


def test_tenant_with_lease_and_authorised_person_with_authorities(desk_session, unit_id, qtbot):
    seen = flags_of(desk_session, qtbot)
    tenant = PersonDialog(desk_session, unit_id, Relation.TENANT)
    qtbot.addWidget(tenant)
    tenant.name.setText("李四")
    tenant.phone.setText("139 0013 9000")
    tenant.lease_start.clear()
    qtbot.keyClicks(tenant.lease_start, "2026/12/1")
    qtbot.keyClicks(tenant.lease_end, "20261101")
    tenant.accept()
    assert tenant.error.text() == "租期结束：不能早于租期开始"
    tenant.lease_end.clear()
    qtbot.keyClicks(tenant.lease_end, "2027.11.30")
    tenant.accept()
    assert tenant.result() == tenant.DialogCode.Accepted
    helper = PersonDialog(desk_session, unit_id, Relation.AUTHORISED)
    qtbot.addWidget(helper)
    helper.name.setText("王五")
    helper.phone.setText("13600136000")
    helper.accept()
    assert helper.error.text().startswith("授权事项：")
    helper.authority_checks[Authority.KEYS].setChecked(True)
    helper.accept()
    people = registry_units.unit_page(desk_session.ctx, desk_session.actor, unit_id).people
    assert [(p.relation, p.lease_end, p.authorities) for p in people[1:]] == [
        (Relation.TENANT, date(2027, 11, 30), ()), (Relation.AUTHORISED, None, (Authority.KEYS,))]
    assert people[1].phone == "139****9000"
    assert any("people" in f for f in seen)


def test_transfer_of_ownership_through_its_dialog(desk_session, unit_id, qtbot):
    ctx, actor = desk_session.ctx, desk_session.actor
    dialog = TransferDialog(desk_session, unit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 0 and dialog.error.text() == "新业主：至少登记一位新业主"
    dialog.rows[0].name.insert("李四")
    qtbot.keyClicks(dialog.rows[0].phone, "13900139000")
    qtbot.mouseClick(dialog.add_owner_button, Qt.MouseButton.LeftButton)
    dialog.rows[1].name.insert("王芳")
    qtbot.keyClicks(dialog.rows[1].id_number, "110105194912310021")
    dialog.on.clear()
    qtbot.keyClicks(dialog.on, "2026-10-08")
    dialog.reference.insert("浙(2026)杭州市不动产权第0012345号")
    # the second owner's ID number is wrong: 下一步：核对 stays on the form, at that field; nothing written
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 0 and dialog.focusWidget() is dialog.rows[1].id_number
    assert dialog.error.text().startswith("第 2 位新业主，证件号码：")
    assert registry_units.unit_page(ctx, actor, unit_id).owners == "张三"
    dialog.rows[1].id_number.setText("11010519491231002X")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == 1
    assert "张三" in dialog.summary.text() and "李四、王芳" in dialog.summary.text()
    assert "2026-10-08" in dialog.summary.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page = registry_units.unit_page(ctx, actor, unit_id)
    assert page.owners == "李四、王芳"
    assert [(p.name, p.until) for p in page.history] == [("张三", date(2026, 10, 8))]
    assert page.transfers[0].reference == "浙(2026)杭州市不动产权第0012345号"


def test_new_unit_dialog_names_the_wrong_field(desk_session, qtbot):
    dialog = UnitDialog(desk_session)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.building.setCurrentIndex(dialog.building.findData("3"))
    qtbot.keyClicks(dialog.stairwell, "1")
    qtbot.keyClicks(dialog.room, "0801")
    dialog.building_area.insert("九十")
    dialog.accept()
    assert dialog.focusWidget() is dialog.building_area and dialog.error.text().startswith("建筑面积：")
    assert dialog.created_id is None
    dialog.building_area.setText("89.5")
    qtbot.keyClicks(dialog.delivered, "2021-05-01")
    dialog.accept()
    page = registry_units.unit_page(desk_session.ctx, desk_session.actor, dialog.created_id)
    assert (page.code, page.floor, str(page.building_area), page.delivered_on) == ("3-1-0801", 8, "89.50",
                                                                                 date(2021, 5, 1))


def test_edit_unit_keeps_the_code_and_state_dialog_records_the_reason(desk_session, unit_id, qtbot):
    edit = UnitDialog(desk_session, unit_id)
    qtbot.addWidget(edit)
    assert not edit.room.isEnabled() and edit.building_area.text() == "98.50"
    edit.inner_area.setText("81.2")
    edit.accept()
    assert str(registry_units.unit_page(desk_session.ctx, desk_session.actor, unit_id).inner_area) == "81.20"
    state = StateDialog(desk_session, unit_id)
    qtbot.addWidget(state)
    state.state.setCurrentIndex(state.state.findText("出租"))
    state.reason.setPlainText("业主出租")
    state.accept()
    page = registry_units.unit_page(desk_session.ctx, desk_session.actor, unit_id)
    assert page.state is UnitState.RENTED and page.chronicle[0].text == "状态由 自住 改为 出租（业主出租）"


def test_chronicle_entry_and_end_of_a_tenancy(desk_session, unit_id, qtbot):
    ctx, actor = desk_session.ctx, desk_session.actor
    chron = ChronicleDialog(desk_session, unit_id)
    qtbot.addWidget(chron)
    chron.accept()
    assert chron.error.text() == "内容：不能为空"
    chron.text.setPlainText("业主来电告知长期出国")
    chron.accept()
    assert registry_units.unit_page(ctx, actor, unit_id).chronicle[0].text == "业主来电告知长期出国"
    registry_people.add_person(ctx, actor, unit_id, PersonInput("李四", "13900139000"), Relation.TENANT,
                        lease_start=date(2026, 1, 1), lease_end=date(2026, 12, 31), since=date(2026, 1, 1))
    tenant = registry_units.unit_page(ctx, actor, unit_id).people[1]
    end = EndTieDialog(desk_session, tenant)
    qtbot.addWidget(end)
    end.reason.setText("租期届满退租")
    end.accept()
    page = registry_units.unit_page(ctx, actor, unit_id)
    assert [p.name for p in page.people] == ["张三"] and page.history[0].name == "李四"


def test_instructions_added_with_dates_and_withdrawn_after_confirmation(desk_session, unit_id, qtbot):
    ctx, actor = desk_session.ctx, desk_session.actor
    dialog = InstructionsDialog(desk_session, unit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text.insertPlainText("仅限业主本人借用钥匙")
    qtbot.keyClicks(dialog.ends, "2026-11-01")  # before the start
    assert not dialog.add()
    assert dialog.error.text() == "结束日期：不能早于开始日期" and dialog.focusWidget() is dialog.ends
    dialog.ends.set_value(None)
    assert dialog.add()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "长期"
    assert [i.text for i in registry_units.unit_page(ctx, actor, unit_id).instructions] == ["仅限业主本人借用钥匙"]
    dialog.table.selectRow(0)

    def answer(button):
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "仅限业主本人借用钥匙" in box.text()
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    assert not dialog.withdraw_selected()
    assert dialog.table.rowCount() == 1
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    assert dialog.withdraw_selected()
    assert dialog.table.rowCount() == 0 and registry_units.unit_page(ctx, actor, unit_id).instructions == []


def test_co_owners_choose_which_of_them_gives_an_authorisation(desk_session, unit_id, qtbot):
    # 张三 and his wife 李梅 own the unit together; 李梅 authorises her brother for the keys. The form
    # asks which owner gives it (a sole owner is not asked), and the unit page and 业户档案 say so.
    ctx, actor = desk_session.ctx, desk_session.actor
    alone = PersonDialog(desk_session, unit_id, Relation.AUTHORISED)
    qtbot.addWidget(alone)
    assert alone.findChild(QLabel, "grantorLabel") is None  # one owner: nothing to choose
    li_mei = registry_people.add_person(ctx, actor, unit_id, PersonInput("李梅", "13900139000"), Relation.OWNER,
                                        since=date(2020, 1, 1))
    dialog = PersonDialog(desk_session, unit_id, Relation.AUTHORISED)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.grantor.isVisible() and [dialog.grantor.itemText(i) for i in range(dialog.grantor.count())] == [
        "张三", "李梅"]
    dialog.name.setText("李强")
    dialog.authority_checks[Authority.KEYS].setChecked(True)
    dialog.grantor.setCurrentIndex(1)
    qtbot.mouseClick(dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    page = registry_units.unit_page(ctx, actor, unit_id)
    authorised = next(p for p in page.people if p.relation is Relation.AUTHORISED)
    assert authorised.granted_by == "李梅"
    with ctx.reader() as uow:
        assert uow.registry.get(UnitPerson, dialog.tie_id).granted_by == uow.registry.get(UnitPerson, li_mei).person_id


def _mnemonics(dialog) -> list[str]:
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton

    texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton) if w.isVisible()]
    return [QKeySequence.mnemonic(t).toString() for t in texts if QKeySequence.mnemonic(t).toString()]


@pytest.mark.parametrize("relation", [Relation.TENANT, Relation.AUTHORISED])
def test_every_field_of_the_person_form_has_its_own_alt_letter(desk_session, unit_id, relation, qtbot):
    """登记人员: 关系, 姓名, 手机号, 证件号码 and 截止 had Alt letters, 备用电话, 证件类型, 起始日期, the
    lease's dates, the authorities, 授权业主 and 备注 none: the clerk reached them only by Tab."""
    registry_people.add_person(desk_session.ctx, desk_session.actor, unit_id, PersonInput("张小梅", "13900139000"),
                               Relation.OWNER, since=date(2020, 1, 1))  # two owners: 授权业主 is asked
    dialog = PersonDialog(desk_session, unit_id, relation)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    keys = _mnemonics(dialog)
    assert len(keys) == len(set(keys)), keys
    fields = {Qt.Key.Key_P: dialog.phone2, Qt.Key.Key_T: dialog.id_type, Qt.Key.Key_S: dialog.since,
              Qt.Key.Key_O: dialog.notes, Qt.Key.Key_N: dialog.name}
    if relation is Relation.TENANT:
        fields |= {Qt.Key.Key_A: dialog.lease_start, Qt.Key.Key_L: dialog.lease_end}
    else:
        fields |= {Qt.Key.Key_G: dialog.grantor, Qt.Key.Key_K: dialog.authority_checks[Authority.KEYS],
                   Qt.Key.Key_C: dialog.authority_checks[Authority.MAIL],
                   Qt.Key.Key_E: dialog.authority_checks[Authority.RELEASE]}
    for key, field in fields.items():
        qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.focusWidget() is field)
    if relation is Relation.AUTHORISED:  # Alt+letter on a check box ticks it, as a click does (a moment later)
        qtbot.waitUntil(lambda: all(box.isChecked() for box in dialog.authority_checks.values()))


def test_a_further_owner_is_registered_only_after_saying_so(desk_session, unit_id, qtbot):
    """登记人员 at 业主 on a unit that has its owner: asked first (No by default) — a sale is 产权变更."""
    ctx = desk_session.ctx
    before = (count(ctx, Person), count(ctx, AuditEntry))
    dialog = PersonDialog(desk_session, unit_id, Relation.OWNER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.insert("李梅")
    dialog.phone.insert("13600136000")
    asked = []

    def answer(button):
        def run():
            box = QApplication.activeModalWidget()
            asked.append(box.text())
            qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
        return run

    ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
    QTimer.singleShot(0, answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert asked[0].startswith("3-2-1502 已有业主 张三。将 李梅 登记为另一位（共有）业主？")
    assert "产权变更" in asked[0]
    assert dialog.isVisible() and (count(ctx, Person), count(ctx, AuditEntry)) == before
    QTimer.singleShot(0, answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and len(asked) == 2
    owners = [p.name for p in registry_units.unit_page(ctx, desk_session.actor, unit_id).people
              if p.relation is Relation.OWNER]
    assert owners == ["张三", "李梅"]
