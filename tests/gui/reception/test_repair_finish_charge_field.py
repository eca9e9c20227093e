"""完工 asks 收费金额 only of a paid repair (walk of 2026-12-07): on WX2026-000142, a free in-unit
repair, the clerk typed 50 into 收费金额 and was told "免费维修不能填写收费金额" — a field offered
and then refused. A free repair's field is now closed and says 免费维修，不收费; a paid repair's is
open, asks for materials and labour, and its charge is kept."""
from __future__ import annotations

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QPlainTextEdit

from deskapp.gui.forms import FormDialog
from deskapp.services.reception import repairs
from deskapp.services.reception.repairs import RepairInput


def _row_of(table, text: str) -> int:
    model = table.model()
    return next(r for r in range(model.rowCount())
                if any(text in str(model.index(r, c).data()) for c in range(model.columnCount())))


def _finish_form(qtbot, tab, number: str, work: str, charge: str | None):
    """Choose the order, press 完工…, read the 收费金额 field, fill and save."""
    click_row(qtbot, tab.table, _row_of(tab.table, number))
    seen = {}

    def fill(dialog) -> None:
        field = dialog.findChild(QLineEdit, "wxCharge")
        seen.update(enabled=field.isEnabled(), hint=field.placeholderText())
        dialog.findChild(QLineEdit, "wxMaterials").setText("防水涂料")
        dialog.findChild(QPlainTextEdit, "wxWork").setPlainText(work)
        if charge is not None:
            field.setText(charge)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill)
    click(qtbot, button_named(tab, "wxFinish"))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])
    return seen


def test_a_free_repair_is_finished_without_a_charge_and_a_paid_one_with_it(community, admin, unit_id, qtbot):
    free = repairs.create_repair(community, admin, RepairInput(fault="卫生间吊顶渗水", reported_by="张伟",
                                                               unit_id=unit_id))
    paid = repairs.create_repair(community, admin, RepairInput(fault="更换水龙头", reported_by="张伟",
                                                               unit_id=unit_id, paid=True))
    for n in (free, paid):
        repairs.dispatch(community, admin, n, "赵明")
    view = open_view(qtbot, desk_window(qtbot, community, "CLERK"), "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)

    seen = _finish_form(qtbot, tab, free, "更换吊顶防水层", None)
    assert not seen["enabled"] and seen["hint"] == "免费维修，不收费"
    assert repairs.repair_detail(community, admin, free).row.charge is None

    seen = _finish_form(qtbot, tab, paid, "更换水龙头一个", "50")
    assert seen["enabled"] and seen["hint"] == "有偿维修：材料费和人工费（元）"
    assert str(repairs.repair_detail(community, admin, paid).row.charge) == "50.00"
