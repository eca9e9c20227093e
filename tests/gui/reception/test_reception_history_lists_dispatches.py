"""派单, 返工 and 派单 again to another technician through the buttons: the order's history lists both
dispatches in order — who, when, by whom, how each ended — where only the last technician was left."""
from __future__ import annotations

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, fill_and_save, open_view
from PySide6.QtCore import QCoreApplication

from deskapp.domain.reception import RepairScope
from deskapp.gui.forms import FormDialog
from deskapp.gui.reception.repairs_tab import RepairHistoryDialog
from deskapp.services.reception import repairs
from deskapp.services.reception.repairs import RepairInput


def _tr(text: str) -> str:
    """As the dialog says it (in Chinese once an earlier test installed the translations)."""
    return QCoreApplication.translate("RepairHistoryDialog", text)


def _press(qtbot, tab, name: str, **values) -> None:
    click_row(qtbot, tab.table, 0)  # the one order, as the steward picks it
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save(**values))
    click(qtbot, button_named(tab, name))
    answers.wait_all()
    qtbot.waitUntil(lambda: not [d for d in tab.findChildren(FormDialog) if d.isVisible()])  # saved


def _history(qtbot, tab) -> tuple[str, list[list[str]]]:
    """Press 历史 and read the dispatches it lists: (their heading, the rows as shown)."""
    seen: dict = {}

    def read(dialog: RepairHistoryDialog) -> None:
        t = dialog.dispatches
        seen["heading"] = [t.horizontalHeaderItem(c).text() for c in range(t.columnCount())]
        seen["rows"] = [[t.item(r, c).text() if t.item(r, c) else "" for c in range(t.columnCount())]
                        for r in range(t.rowCount())]

    click_row(qtbot, tab.table, 0)
    answers = ModalAnswers(qtbot)
    answers.dialog(RepairHistoryDialog, read)
    click(qtbot, button_named(tab, "wxHistory"))
    answers.wait_all()
    return seen["heading"], seen["rows"]


def test_history_lists_the_dispatch_sent_back_and_the_one_after(community, admin, qtbot):
    repairs.create_repair(community, admin, RepairInput(fault="楼道灯不亮", reported_by="管家", location="3 号楼 1 单元",
                                                        scope=RepairScope.PUBLIC))
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "reception")
    tab = view.repairs
    click_tab(qtbot, view, tab)
    steward = window.session.actor.display_name

    _press(qtbot, tab, "wxDispatch", wxTech="王师傅")
    community.clock.advance(hours=2)
    _press(qtbot, tab, "wxFinish", wxWork="更换灯泡")
    community.clock.advance(hours=1)
    _press(qtbot, tab, "wxCheck", wxCheckOk=False, wxCheckNote="二楼仍不亮")  # 不合格: back for rework
    community.clock.advance(hours=1)
    _press(qtbot, tab, "wxDispatch", wxTech="李师傅")
    community.clock.advance(hours=3)
    _press(qtbot, tab, "wxFinish", wxWork="更换镇流器")

    heading, rows = _history(qtbot, tab)
    assert heading == [_tr(x) for x in ("Technician", "Dispatched at", "Dispatched by", "Arrived at", "Time taken",
                                            "How it ended")]
    assert [r[0] for r in rows] == ["王师傅", "李师傅"]
    assert [r[2] for r in rows] == [steward, steward]
    assert rows[0][1] == "2026-11-27 09:30" and rows[1][1] == "2026-11-27 13:30"
    assert rows[0][5] == _tr("Finished {f}, sent back {t}").format(f="2026-11-27 11:30", t="2026-11-27 12:30") + \
        "：检查不合格：二楼仍不亮"  # and why
    assert rows[1][5] == _tr("Finished {t}").format(t="2026-11-27 16:30")
    assert [r[4] for r in rows] == [_tr("{h} h").format(h="2.0"), _tr("{h} h").format(h="3.0")]  # each took
