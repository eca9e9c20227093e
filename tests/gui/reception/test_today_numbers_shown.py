"""今日's 编号 column shows the number on the paper (a violation's 整改通知书 number, a parcel's 快递单号),
not the record's key; 转到 still opens the item, chosen, by its key."""
from __future__ import annotations

from datetime import date

from modal_answers import button_named, cell, click, click_row, click_tab, desk_window, open_view

from deskapp.domain.reception import MailKind, ViolationKind
from deskapp.services.reception import registers, violation_notice
from deskapp.gui.widgets import selected_id


def test_the_morning_list_numbers_items_as_their_papers_do(community, admin, unit_id, qtbot):
    vid = registers.record_violation(community, admin, unit_id=unit_id, kind=ViolationKind.BUILDING,
                                     description="阳台违章搭建", found_by="陈志刚", deadline=date(2026, 11, 28))
    number, _pdf = violation_notice.rectification_notice(community, admin, vid)
    registers.record_mail(community, admin, unit_id=unit_id, kind=MailKind.PARCEL, sender="京东",
                          tracking="JD0012345678")
    community.clock.advance(days=4)
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    today = view.today
    click_tab(qtbot, view, today)
    rows = {cell(today.items, r, 1): r for r in range(today.model.rowCount())}  # by 类别
    assert cell(today.items, rows["业户违章"], 2) == number and cell(today.items, rows["信件待取"], 2) == "JD0012345678"

    click_row(qtbot, today.items, rows["业户违章"], 4)
    click(qtbot, button_named(today, "todayGo"))
    assert view.currentWidget() is view.violations
    assert selected_id(view.violations.table) == vid  # opened by its record, chosen
