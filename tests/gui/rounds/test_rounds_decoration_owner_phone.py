"""装修申请表's 业主电话 comes from the unit's file: the form shows the owner's phone on file (masked) and,
left blank, the application keeps it — it went on file empty and the 装修申请表 printed no phone."""
from __future__ import annotations

from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem

from deskapp.gui.rounds.decoration_tab import ApplicationDialog
from deskapp.services.rounds import decoration


def test_the_owners_phone_on_file_fills_the_application(desk_session, units, admin, qtbot):
    window = desk_window(qtbot, desk_session.ctx, "SUPERVISOR")  # may see phones in full on the form
    view = open_view(qtbot, window, "rounds")
    click_tab(qtbot, view.tabs, view.tabs.widget(1))
    tab = view.decorations
    qtbot.waitUntil(tab.isVisible)
    answers = ModalAnswers(qtbot)
    answers.input_text("3-1-1502")
    offered = {}

    def fill(dialog: ApplicationDialog) -> None:
        offered["owner"], offered["phone"] = dialog.owner.text(), dialog.owner_phone.placeholderText()
        dialog.owner.setText("李四")  # not an owner on file: nothing offered
        offered["other"] = dialog.owner_phone.placeholderText()
        dialog.owner.setText("张伟")
        type_text(qtbot, dialog.company, "居美装饰工程有限公司")
        type_text(qtbot, dialog.leader, "刘师傅")
        type_text(qtbot, dialog.leader_phone, "13512345678")
        click(qtbot, next(iter(dialog.works.values())))
        dialog.workers.setItem(0, 0, QTableWidgetItem("孙大力"))
        dialog.workers.setItem(0, 1, QTableWidgetItem("11010519491231002X"))
        click(qtbot, dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    answers.dialog(ApplicationDialog, fill, accept=False)
    form = answers.pdf_preview()
    click(qtbot, button_named(tab, "decoApply"))
    answers.wait_all()
    assert offered["owner"] == "张伟" and "138****8000" in offered["phone"] and offered["other"] == ""
    assert "13800138000" in form.pdf_text  # the 装修申请表 carries the phone on file
    qtbot.waitUntil(lambda: tab.model.total == 1)
    detail = decoration.detail(desk_session.ctx, admin, tab.model.row_at(0).id)
    assert detail.owner_phone == "138****8000"  # on the permit, shown masked


def test_a_phone_typed_is_kept_over_the_one_on_file(desk_session, units, admin):
    from datetime import timedelta
    from decimal import Decimal

    from deskapp.domain.decoration import ApplicationInput, WorkerInput

    ctx = desk_session.ctx
    today = ctx.clock.today()

    def apply(unit: str, owner: str, phone: str) -> int:
        return decoration.apply(ctx, admin, ApplicationInput(
            unit_id=units[unit], owner_name=owner, owner_phone=phone, company="好家装饰有限公司", leader="李工",
            leader_phone="13512345678", licence="", works=("水电改造",), starts_on=today,
            ends_on=today + timedelta(days=60), deposit=Decimal("3000"), fees=Decimal("0"),
            workers=(WorkerInput("孙大力", "11010519491231002X"),)))

    typed = apply("1502", "张伟", "13911112222")
    other = apply("1601", "王芳的女儿", "")  # not the owner on file: no phone taken
    assert decoration.detail(ctx, admin, typed).owner_phone == "139****2222"
    assert decoration.detail(ctx, admin, other).owner_phone == ""
