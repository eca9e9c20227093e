"""The unit page: 前台须知 shown prominently, people owner-first and masked, actions by role,
printing its 《业户档案》 through the preview."""
from datetime import date
from io import BytesIO

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QToolButton
from pypdf import PdfReader

from deskapp.domain.people import Authority, Relation
from deskapp.gui.printing import PdfPreviewDialog, page_count, render_pages
from deskapp.gui.registry.unit_page import UnitPageWidget
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput


@pytest.fixture
def unit_id(desk_session):
    ctx, actor = desk_session.ctx, desk_session.actor
    uid = registry_units.create_unit(ctx, actor, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "出租"}, delivered_on=date(2020, 1, 1))
    registry_people.add_person(ctx, actor, uid, PersonInput("王五", "13600136000"), Relation.AUTHORISED,
                        authorities=(Authority.KEYS,))
    registry_people.add_person(ctx, actor, uid, PersonInput("李四", "13900139000"), Relation.TENANT,
                        lease_start=date(2026, 1, 1), lease_end=date(2026, 12, 31))
    registry_people.add_person(ctx, actor, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    registry_instructions.add_instruction(ctx, actor, uid, "仅限业主本人借用钥匙", date(2026, 11, 1))
    return uid


def test_instructions_banner_and_people_owner_first(main_window, unit_id):
    page = main_window.open_unit(unit_id)
    assert page.instructions.isVisible()
    assert "仅限业主本人借用钥匙" in page.instructions.text() and "前台须知" in page.instructions.text()
    names = [page.people.item(r, 1).text() for r in range(page.people.rowCount())]
    assert names == ["张三", "李四", "王五"]
    assert page.people.item(0, 2).text() == "138****8000"
    assert page.people.item(0, 3).text() == "居民身份证 110***********002X"
    assert page.people.item(1, 5).text() == "2026-01-01 — 2026-12-31"
    assert page.people.item(2, 5).text() == "借用钥匙"
    assert page.state_badge.text() == "出租"


def test_page_refreshes_when_the_bus_says_so(main_window, desk_session, unit_id):
    page = main_window.open_unit(unit_id)
    ins = registry_instructions.current_and_coming_instructions(desk_session.ctx, desk_session.actor, unit_id)[0]
    registry_instructions.withdraw_instruction(desk_session.ctx, desk_session.actor, ins.id)
    desk_session.bus.announce("instructions")
    assert not page.instructions.isVisible()


def test_end_action_only_for_a_selected_non_owner(main_window, unit_id):
    page = main_window.open_unit(unit_id)
    page.people.selectRow(0)
    assert not page.act_end.isEnabled()
    page.people.selectRow(1)
    assert page.act_end.isEnabled()


def test_clerk_sees_no_transfer_or_unit_edit(desk_app, community, clerk, admin, qtbot):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "101",
                                                  "building_area": "60", "state": "空置"})
    page = UnitPageWidget(DeskSession(community, clerk, ChangeBus()), uid)
    qtbot.addWidget(page)
    assert not page.act_transfer.isVisible() and not page.act_edit.isVisible()
    assert page.act_person.isVisible() and page.act_instructions.isVisible() and page.act_print.isVisible()


def test_transfer_action_opens_its_dialog(main_window, unit_id, qtbot):
    page = main_window.open_unit(unit_id)
    seen = []

    def close_it():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    assert page.transfer() is False
    assert seen == ["transferDialog"]


def test_unit_file_prints_through_the_preview(main_window, unit_id, qtbot, tmp_path):
    page = main_window.open_unit(unit_id)
    pdf = page.unit_file_pdf()
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages)
    assert "业户档案" in text and "3-2-1502" in text and "仅限业主本人借用钥匙" in text
    assert page_count(pdf) == 1 and render_pages(pdf, 30)[0].width() > 200
    dialog = PdfPreviewDialog(pdf, "业户档案 3-2-1502", "业户档案-3-2-1502.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.pages_painted == 1)
    saved = dialog.save_to(tmp_path / "u.pdf")
    assert saved.read_bytes() == pdf


def test_print_shortcut_is_ctrl_p_on_the_page(main_window, unit_id):
    page = main_window.open_unit(unit_id)
    assert page.act_print.shortcut().toString() == "Ctrl+P"
    assert page.act_print.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut


def _tool_button(page, action):
    from PySide6.QtWidgets import QToolButton

    return next(b for b in page.findChildren(QToolButton) if b.defaultAction() is action)


def test_the_note_typed_when_registering_a_person_is_on_the_page_and_the_paper(main_window, unit_id, qtbot):
    """登记人员's 备注 (a family member's 子女, a tenant's 经营：便利店) was written where neither the unit
    page, the 《业户档案》 nor the people export ever showed it: the clerk typed it and it was gone."""
    from PySide6.QtWidgets import QDialogButtonBox

    page = main_window.open_unit(unit_id)
    seen = []

    def fill(relation: Relation, name: str, note: str):
        def run():
            dialog = QApplication.activeModalWidget()
            seen.append(dialog.objectName())
            dialog.relation.setCurrentIndex(dialog.relation.findData(relation.name))
            dialog.name.insert(name)  # as an input method types Chinese (keyClicks is ASCII only)
            dialog.notes.insert(note)
            ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return run

    QTimer.singleShot(0, fill(Relation.FAMILY, "张小明", "子女"))
    qtbot.mouseClick(_tool_button(page, page.act_person), Qt.MouseButton.LeftButton)
    assert seen == ["personDialog"]
    rows = {page.people.item(r, 1).text(): page.people.item(r, 5).text() for r in range(page.people.rowCount())}
    assert rows["张小明"] == "子女"
    assert page.people.horizontalHeaderItem(5).text() == "租期 / 授权事项 / 备注"
    # a tenant's note follows the lease, on the page and on the paper
    registry_people.add_person(main_window.session.ctx, main_window.session.actor, unit_id,
                               PersonInput("赵六", "13700137000"), Relation.TENANT, lease_start=date(2026, 1, 1),
                               lease_end=date(2026, 12, 31), note="经营：便利店")
    main_window.session.bus.announce("people")
    rows = {page.people.item(r, 1).text(): page.people.item(r, 5).text() for r in range(page.people.rowCount())}
    assert rows["赵六"] == "2026-01-01 — 2026-12-31；经营：便利店"
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(page.unit_file_pdf())).pages)
    assert "子女" in text and "经营：便利店" in text


def _audit(ctx, action: str) -> list[str]:
    from sqlalchemy import select

    from deskapp.store.models.accounts import AuditEntry

    with ctx.reader() as uow:
        return list(uow.session.scalars(select(AuditEntry.summary).where(AuditEntry.action == action)))


def test_clerk_shows_a_full_mobile_from_the_people_table_for_a_purpose(desk_app, community, clerk, unit_id, qtbot):
    """查看完整信息 where the masked number is read: the people table's own menu, not a second table at
    the foot of the page; the clerk states why (回访/催缴) and the reveal is audited."""
    from PySide6.QtWidgets import QDialogButtonBox

    page = UnitPageWidget(DeskSession(community, clerk, ChangeBus()), unit_id)
    qtbot.addWidget(page)
    assert page.act_reveal_phone.isVisible() and not page.act_reveal_id.isVisible()
    assert not page.act_reveal_phone.isEnabled()  # nobody chosen yet
    page.people.selectRow(0)
    assert page.people.item(0, 2).text() == "138****8000"
    seen = []

    def purpose():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        dialog.purpose.setCurrentText("回访")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, purpose)
    page.act_reveal_phone.trigger()
    assert seen == ["revealPurposeDialog"]
    assert page.people.item(0, 2).text() == "13800138000"
    assert _audit(community, "privacy.reveal.work") == ["为回访查看 张三 的完整手机号"]
    page.refresh()  # masked again on the next refresh
    assert page.people.item(0, 2).text() == "138****8000"


def test_supervisor_shows_a_full_id_number_from_the_people_menu(main_window, desk_session, unit_id):
    page = main_window.open_unit(unit_id)
    page.people.selectRow(0)
    assert page.act_reveal_id.isVisible() and page.act_reveal_id.isEnabled()
    more = page.findChild(QToolButton, "unitMoreButton")
    assert page.act_reveal_id in more.menu().actions() and page.act_reveal_phone in more.menu().actions()
    page.act_reveal_id.trigger()
    assert page.people.item(0, 3).text() == "居民身份证 11010519491231002X"
    assert _audit(desk_session.ctx, "privacy.reveal") == ["查看 张三 的完整证件号码"]


def test_edit_person_corrects_the_note_shown_with_the_person(main_window, desk_session, unit_id, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    page = main_window.open_unit(unit_id)
    row = next(r for r in range(page.people.rowCount()) if page.people.item(r, 1).text() == "李四")
    page.people.selectRow(row)
    seen = []

    def correct():
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.objectName())
        assert dialog.note.text() == ""
        dialog.note.insert("经营：早餐店")
        ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, correct)
    qtbot.mouseClick(_tool_button(page, page.act_edit_person), Qt.MouseButton.LeftButton)
    assert seen == ["editPersonDialog"]
    assert page.people.item(row, 5).text() == "2026-01-01 — 2026-12-31；经营：早餐店"
    assert page.chronicle.item(0, 2).text() == "修改租户 李四的备注"
    assert _audit(desk_session.ctx, "registry.person.edit") == ["3-2-1502 修改租户 李四的备注"]


def test_edit_person_corrects_a_mistyped_name_and_search_finds_the_new_one(main_window, desk_session, unit_id,
                                                                             qtbot):
    """张三 was registered as he was heard; his papers say 张珊. Nothing but 编辑人员 could correct it, and
    it had no name field: an owner's name could not be corrected at all."""
    from PySide6.QtWidgets import QDialogButtonBox

    ctx, actor = desk_session.ctx, desk_session.actor
    page = main_window.open_unit(unit_id)
    page.people.selectRow(0)
    assert page.selected_person().name == "张三"
    seen = []

    def correct(text: str):
        def run():
            dialog = QApplication.activeModalWidget()
            seen.append(dialog.name.text())
            dialog.name.clear()
            dialog.name.insert(text)
            ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            if dialog.isVisible():  # refused: what the dialog says, then closed
                seen.append(dialog.error.text())
                dialog.reject()
        return run

    QTimer.singleShot(0, correct("  "))
    qtbot.mouseClick(_tool_button(page, page.act_edit_person), Qt.MouseButton.LeftButton)
    assert seen == ["张三", "姓名：不能为空"]
    assert registry_units.unit_page(ctx, actor, unit_id).owners == "张三"  # nothing written
    QTimer.singleShot(0, correct("张珊"))
    qtbot.mouseClick(_tool_button(page, page.act_edit_person), Qt.MouseButton.LeftButton)
    assert page.title.text() == "3-2-1502  张珊" and page.people.item(0, 1).text() == "张珊"
    assert page.chronicle.item(0, 2).text() == "修改业主 张三的姓名（张三 → 张珊）"
    assert _audit(ctx, "registry.person.edit") == ["3-2-1502 修改业主 张三的姓名（张三 → 张珊）"]
    assert [h.code for h in registry_units.search(ctx, actor, "zhangshan")] == ["3-2-1502"]
    assert registry_units.search(ctx, actor, "zhangsan") == []


def test_a_long_chronicle_entry_leaves_who_wrote_it_in_sight(main_window, desk_session, unit_id, qtbot):
    """A transfer's entry names every arrangement of the seller: the 事项 column grew to its whole length
    and pushed 经办人 out of sight behind a horizontal scroll bar."""
    from PySide6.QtWidgets import QDialogButtonBox

    main_window.resize(1600, 1000)
    page = main_window.open_unit(unit_id)
    text = ("产权变更（2026-12-07）：王海燕 → 王芳；原业主的安排：原业主家属 王云：迁出；授权人 李海涛（代取信件）：授权结束；"
            "前台须知 业主 王海燕 授权 李海涛 代取信件，凭本人身份证办理：撤销；托管钥匙 K0018：交还业主")

    def write():
        dialog = QApplication.activeModalWidget()
        dialog.text.insertPlainText(text)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, write)
    qtbot.mouseClick(_tool_button(page, page.act_chronicle), Qt.MouseButton.LeftButton)
    table = page.chronicle
    assert table.item(0, 2).text() == text and table.item(0, 2).toolTip() == text  # whole on hover
    assert table.columnWidth(2) <= 760
    by = table.columnViewportPosition(3)
    assert 0 < by < table.viewport().width() - 40  # 经办人 in sight, not scrolled away
    assert table.item(0, 3).text() == desk_session.actor.display_name


def test_the_second_phone_is_shown_and_changed_through_edit_person(main_window, desk_session, unit_id, qtbot):
    """备用电话 was taken at registration and exported, but the page and the paper never showed it and
    编辑人员 could not change it."""
    from PySide6.QtWidgets import QDialogButtonBox

    ctx = desk_session.ctx
    page = main_window.open_unit(unit_id)
    page.people.selectRow(0)
    assert page.people.item(0, 2).text() == "138****8000"
    seen = []

    def give(number: str):
        def run():
            dialog = QApplication.activeModalWidget()
            seen.append(dialog.phone2.placeholderText())
            qtbot.keyClicks(dialog.phone2, number)
            ok = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Ok)
            qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
            if dialog.isVisible():
                seen.append(dialog.error.text())
                dialog.reject()
        return run

    QTimer.singleShot(0, give("12345"))
    qtbot.mouseClick(_tool_button(page, page.act_edit_person), Qt.MouseButton.LeftButton)
    assert seen[0] == "档案中没有"  # the form says there is none on file
    assert seen[1].startswith("备用电话：")  # refused at its field, nothing written
    assert page.people.item(0, 2).text() == "138****8000"
    QTimer.singleShot(0, give("0571-88886666"))
    qtbot.mouseClick(_tool_button(page, page.act_edit_person), Qt.MouseButton.LeftButton)
    assert page.people.item(0, 2).text() == "138****8000 / 0571-****6666"
    assert seen[2] == "档案中没有" and len(seen) == 3  # the second time: taken
    assert page.chronicle.item(0, 2).text() == "修改业主 张三的备用电话"
    assert _audit(ctx, "registry.person.edit") == ["3-2-1502 修改业主 张三的备用电话"]  # once: the refusal wrote none
    text = "".join(p.extract_text() for p in PdfReader(BytesIO(page.unit_file_pdf())).pages)
    assert "0571-****6666" in text and "88886666" not in text
