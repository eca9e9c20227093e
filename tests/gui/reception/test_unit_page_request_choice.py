"""The unit page's requests: after 完成… or 回访… the list is refilled; the request acted on stays chosen,
and one that left the list (回访 closes it) leaves none chosen and the step buttons off — kept by row
number, the choice fell on the next request, whose 回访 the next press opened."""
from __future__ import annotations

from PySide6.QtCore import Qt
from modal_answers import ModalAnswers, button_named, click, desk_window, fill_and_save

from deskapp.domain.reception import CallbackResult
from deskapp.gui.forms import FormDialog
from deskapp.gui.widgets import selected_id
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput


def _step(qtbot, section, name: str, **values) -> None:
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, fill_and_save(**values))
    click(qtbot, button_named(section, name))
    answers.wait_all()


def test_the_request_acted_on_stays_chosen_or_none_is(community, admin, unit_id, qtbot):
    ids = []
    for text in ("楼道堆物", "电梯异响", "楼上漏水"):
        rid = requests.record_request(community, admin, RequestInput(text, unit_id=unit_id))
        ids.append(rid)
    for rid in ids[:2]:
        requests.complete(community, admin, rid, "已处理")
    window = desk_window(qtbot, community, "CLERK")
    section = window.open_unit(unit_id).section("reception")
    table = section.requests
    assert table.rowCount() == 3
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == ids[2])
    table.selectRow(row)

    _step(qtbot, section, "unit_complete", completeResult="已疏通")  # stays listed (已完成, awaiting its callback)
    assert selected_id(table) == ids[2]
    assert button_named(section, "unit_callback").isEnabled()

    _step(qtbot, section, "unit_callback", callbackResult=CallbackResult.SATISFIED)  # closed: off the list
    assert table.rowCount() == 2 and ids[2] not in [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    assert selected_id(table) is None and not table.selectionModel().hasSelection()
    assert not any(b.isEnabled() for b in section.action_buttons.values())
    assert requests.request_detail(community, admin, ids[1]).callback_result is None  # the next one untouched
