"""gui.widgets.simple_table: the row the keyboard stands on is the row chosen."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from deskapp.gui.widgets import fill_table, simple_table


def test_tabbing_into_a_table_chooses_the_row_its_focus_frame_is_on(qtbot):
    """Tabbing into a list makes its first row current without selecting it: a focus frame on a row
    the buttons acting on the chosen row did not see (the unit page's 编辑人员 stayed grey)."""
    table = simple_table("people", ["姓名", "电话"])
    qtbot.addWidget(table)
    fill_table(table, [["王芳", "139****0001"], ["李强", "139****0002"]])
    table.show()
    QApplication.sendEvent(table, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert table.currentRow() == 0
    assert table.selectionModel().isRowSelected(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]


def test_a_table_of_several_choices_is_left_to_the_user(qtbot):
    table = simple_table("many", ["姓名"], several=True)
    qtbot.addWidget(table)
    fill_table(table, [["王芳"], ["李强"]])
    table.show()
    QApplication.sendEvent(table, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason))
    assert table.currentRow() == 0 and not table.selectionModel().selectedRows()
