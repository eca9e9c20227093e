"""派单: the clerk picks the 维修人 from the names sent before — the most often sent first — rather than
typing them again each day (and spelling one technician two ways, which split the month's counts);
a new technician is still typed, and a blank one is refused naming 维修人 with the form kept open."""
from __future__ import annotations

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from deskapp.domain.reception import RepairScope
from deskapp.gui.forms import FormDialog
from deskapp.services.reception import repairs
from deskapp.services.reception.repairs import RepairInput


def _order(ctx, actor, fault: str) -> str:
    return repairs.create_repair(ctx, actor, RepairInput(fault=fault, reported_by="管家", location="3 号楼大堂",
                                                         scope=RepairScope.PUBLIC))


def _technician_shown(tab, number: str) -> str:
    model = tab.model
    tech = next(c for c in range(model.columnCount())
                if model.headerData(c, Qt.Orientation.Horizontal) in ("Technician", "维修人"))
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == number)
    return model.index(row, tech).data()


def _dispatch(qtbot, tab, *fills, refused: bool = False):
    """Press 派单 on the chosen order and work its form as the clerk does, `fill(dialog)` then 保存,
    once per fill; with `refused`, the first save is refused (its warning read and closed) and the
    next fill is made in the form kept open. Returns the warning."""
    answers = ModalAnswers(qtbot)
    warning = None
    for n, fill in enumerate(fills):
        answers.dialog(FormDialog, fill)
        if refused and n == 0:
            warning = answers.message_box()
    click(qtbot, button_named(tab, "wxDispatch"))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])
    return warning


def test_technician_picked_from_those_sent_before(community, admin, qtbot):
    for name, fault in (("王建国", "路灯不亮"), ("李师傅", "地库积水"), ("李师傅", "水管滴水")):
        repairs.dispatch(community, admin, _order(community, admin, fault), name)
    number = _order(community, admin, "单元门闭门器坏")
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)
    click_row(qtbot, tab.table, next(r for r in range(tab.model.rowCount()) if tab.model.index(r, 0).data() == number))

    seen: dict = {}

    def look(dialog) -> None:  # nothing chosen yet: 保存 as it opened
        tech = dialog.findChild(QComboBox, "wxTech")
        seen["offered"] = [tech.itemText(i) for i in range(tech.count())]
        seen["at_first"] = tech.currentText()

    def pick(dialog) -> None:
        seen["error_line"] = dialog.findChild(QLabel, "formError").text()
        tech = dialog.findChild(QComboBox, "wxTech")
        tech.setFocus()
        qtbot.keyClick(tech, Qt.Key.Key_Down)  # the first name offered: the one sent most

    warning = _dispatch(qtbot, tab, look, pick, refused=True)
    assert seen["offered"] == ["李师傅", "王建国"] and seen["at_first"] == ""
    assert "维修人" in warning.text and "维修人" in seen["error_line"]
    assert _technician_shown(tab, number) == "李师傅"

    def retype(dialog) -> None:
        tech = dialog.findChild(QComboBox, "wxTech")
        seen["sent_again"] = tech.currentText()  # the order's technician stands there
        tech.lineEdit().selectAll()
        type_text(qtbot, tech.lineEdit(), "钱师傅")  # a new technician, typed

    _dispatch(qtbot, tab, retype)
    assert seen["sent_again"] == "李师傅"
    assert _technician_shown(tab, number) == "钱师傅"
