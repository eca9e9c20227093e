"""需求/投诉: a request about a public place shows the place whole in 房号/地点 (3 号楼 1 单元楼道 was
cut to "3 号楼 1 单元…"), as the repair orders' list does."""
from __future__ import annotations

from modal_answers import click_tab, desk_window, open_view

from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput

PLACE = "3 号楼 1 单元楼道"


def test_a_public_place_is_shown_whole(community, admin, qtbot):
    requests.record_request(community, admin, RequestInput(text="楼道堆放杂物，影响通行", location=PLACE,
                                                           caller="管家 陈志刚"))
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "reception")
    tab = view.requests
    click_tab(qtbot, view, tab)
    table, model = tab.table, tab.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    column = next(c for c in range(model.columnCount()) if model.index(0, c).data() == PLACE)
    margin = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_FocusFrameHMargin, None, table) + 2
    assert table.fontMetrics().horizontalAdvance(PLACE) + margin <= table.columnWidth(column)
