"""A confirmation keeps the list's selection (issue 22 §10, Dialogs): after a confirmed action the
list is read again and the row acted on stays chosen."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _click(widget, name, qtbot):
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_a_confirmed_approval_keeps_the_permit_selected(site, desk_session, units, admin, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from deskapp.domain.decoration import ApplicationInput, WorkerInput
    from deskapp.gui.rounds.view import RoundsView
    from deskapp.services.rounds import decoration

    today = desk_session.ctx.clock.today()
    decoration.apply(desk_session.ctx, admin, ApplicationInput(
        unit_id=units["1502"], owner_name="张伟", owner_phone="13800138000", company="美家装饰", leader="钱师傅",
        leader_phone="13512345679", licence="", works=("水电改造",), starts_on=today, ends_on=today,
        deposit=Decimal("2000"), fees=Decimal("0"),
        workers=(WorkerInput("周小军", "11010519491231002X"),)))
    view = RoundsView(desk_session)
    qtbot.addWidget(view)
    view.show()
    tab = view.decorations
    view.tabs.setCurrentIndex(1)
    qtbot.waitUntil(tab.isVisible)
    waiting = next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).state.value == "待审批")
    number = tab.model.row_at(waiting).number
    tab.table.selectRow(waiting)

    def yes():  # an application with a deposit is confirmed in the dialog that asks how it was paid
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == "decoApproveDialog":
            box.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        else:
            QTimer.singleShot(20, yes)

    QTimer.singleShot(20, yes)
    _click(tab, "decoApprove", qtbot)
    chosen = tab.table.selectionModel().selectedRows()
    assert len(chosen) == 1 and tab.model.row_at(chosen[0].row()).number == number
    assert tab.model.row_at(chosen[0].row()).state.value == "装修中"
