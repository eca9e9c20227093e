"""信件登记 ▸ 已领取…: the 领取人 combo offers the unit's people, the owner filled in. A clerk who
typed another name over it saved the owner's all the same (the combo's chosen item, not what it
showed). What is saved is what the combo shows at 保存; a blank one is refused naming 领取人."""
from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text

from deskapp.domain.reception import MailKind
from deskapp.gui.forms import FormDialog
from deskapp.services.reception import registers


def _collect(qtbot, community, fill, *, refused: bool = False) -> None:
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.mail)
    mail = view.mail
    qtbot.waitUntil(lambda: mail.table.rowCount() == 1)
    click_row(qtbot, mail.table, 0)
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill)
    if refused:
        answers.message_box()
    click(qtbot, button_named(mail, "mailCollect"))
    answers.wait_all()
    qtbot.waitUntil(lambda: mail.table.rowCount() == 0)  # collected: no longer waiting at the desk


def _save(qtbot, dialog: FormDialog) -> None:
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))


def _collected_by(community, admin) -> str:
    (row,) = registers.mail_register(community, admin)
    return row.collected_by


def test_the_name_typed_over_the_owners_is_the_one_saved(community, admin, unit_id, qtbot):
    registers.record_mail(community, admin, unit_id=unit_id, kind=MailKind.PARCEL, sender="顺丰")

    def fill(dialog: FormDialog) -> None:
        who = dialog.widgets["领取人"]
        assert who.currentText() == "张伟"  # the owner offered first
        who.lineEdit().selectAll()
        type_text(qtbot, who.lineEdit(), "李四（邻居代领）")
        _save(qtbot, dialog)

    _collect(qtbot, community, fill)
    assert _collected_by(community, admin) == "李四（邻居代领）"


def test_a_blank_collector_is_refused_naming_the_field(community, admin, unit_id, qtbot):
    registers.record_mail(community, admin, unit_id=unit_id, kind=MailKind.PARCEL, sender="顺丰")
    seen = {}

    def fill(dialog: FormDialog) -> None:
        who = dialog.widgets["领取人"]
        who.lineEdit().clear()
        _save(qtbot, dialog)
        seen["open"], seen["said"] = dialog.isVisible(), dialog.problems.label.text()
        assert registers.mail_register(community, admin)[0].collected_by == ""
        type_text(qtbot, who.lineEdit(), "张伟")
        _save(qtbot, dialog)

    _collect(qtbot, community, fill, refused=True)
    assert seen["open"] and "领取人" in seen["said"]
    assert _collected_by(community, admin) == "张伟"
