"""工作日历 pressed as the desk does: the tab opened from the window, a day clicked on the month grid
lists its duties with their status and the record that did them, the days coloured by status; the
supervisor marks a holiday through 节假日… and the day's daily duties are gone; the clerk's
morning list shows yesterday's missed cash handover as overdue; the steward's quarterly
档案完整性检查 is done by the check run from its own button."""
from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableView, QWidget
from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, type_text,
)
from support import CST, make_actor

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.gui.calendar.holidays_dialog import HolidaysDialog  # noqa: E402
from deskapp.gui.calendar.view import COLOURS  # noqa: E402
from deskapp.domain.calendar import DutyStatus  # noqa: E402
from deskapp.gui.forms import FormDialog  # noqa: E402
from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.domain.permissions import Role  # noqa: E402
from deskapp.services import settings  # noqa: E402
from deskapp.services.billing import payments, run  # noqa: E402
from modal_answers import cell


def click_day(qtbot, view, day: date) -> None:
    """Click the grid's cell of `day` in the month shown (the grid also shows the edges of the
    months around it: the month's cells start at its 1st, in reading order)."""
    cells = view.grid.findChild(QTableView)
    model = cells.model()
    in_month = False
    for r in range(1, model.rowCount()):  # row 0 holds the weekday names
        for c in range(model.columnCount()):
            index = model.index(r, c)
            in_month = in_month or model.data(index) == 1
            if in_month and model.data(index) == day.day:
                qtbot.mouseClick(cells.viewport(), Qt.MouseButton.LeftButton, pos=cells.visualRect(index).center())
                assert view.grid.selectedDate() == QDate(day.year, day.month, day.day)
                return
    raise AssertionError(f"no cell for {day}")


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_a_clicked_day_lists_its_duties_coloured_by_status(community, qtbot, desk_app):
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "calendar")
    click_day(qtbot, view, date(2026, 11, 26))
    assert view.day_label.text() == "2026-11-26 的工作"
    rows = {r[0]: r for r in _rows(view.table)}
    assert rows["现金交接（费用移交）"][1:4] == ["前台接待", "2026-11-26", "逾期"]
    assert rows["钥匙归还核对"][3:] == ["已完成", "当日无到期借出，无逾期未还"]
    assert view.grid.dateTextFormat(QDate(2026, 11, 26)).background().color().name() == COLOURS[DutyStatus.OVERDUE]
    click_day(qtbot, view, date(2026, 11, 30))
    later = {r[0]: r[3] for r in _rows(view.table)}
    # a day not yet come; the month's count, due that day, is already to do
    assert later["现金交接（费用移交）"] == "未到" and later["钥匙/门卡/对讲机盘点"] == "待办"
    assert view.grid.dateTextFormat(QDate(2026, 11, 30)).background().color().name() == COLOURS[DutyStatus.DUE]
    # refilled on screen, the day's duties still reach the table's edge (Qt fitted the last column
    # to its text: the header ended mid-table after the second click)
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() == view.table.viewport().width())


def test_a_marked_holiday_takes_the_days_daily_duties_off(community, qtbot, desk_app):
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "calendar")
    click_day(qtbot, view, date(2026, 11, 24))
    assert "现金交接（费用移交）" in [r[0] for r in _rows(view.table)]
    click(qtbot, button_named(view, "calendarHolidays"))
    qtbot.waitUntil(lambda: view.findChild(HolidaysDialog) is not None and view.findChild(HolidaysDialog).isVisible())
    dialog = view.findChild(HolidaysDialog)
    answers = ModalAnswers(qtbot)

    def fill(form: FormDialog) -> None:
        type_text(qtbot, form.findChild(QWidget, "holidayName"), "调休")

    answers.dialog(FormDialog, fill)
    click(qtbot, button_named(dialog, "holidayAdd"))
    answers.wait_all()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert _rows(dialog.table) == [["2026-11-24", "调休"]]
    qtbot.waitUntil(lambda: view.table.rowCount() == 0)
    assert view.day_label.text() == "2026-11-24 的工作（节假日：调休）"
    assert view.grid.dateTextFormat(QDate(2026, 11, 24)).toolTip() == "调休"
    # marked by mistake: removed in the same dialog, the day's duties are back
    click_row(qtbot, dialog.table, 0)
    answers = ModalAnswers(qtbot)
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(dialog, "holidayRemove"))
    answers.wait_all()
    assert sure.text == dialog.tr("Take {day} off the holidays? The daily duties fall due on it again.").format(
        day="2026-11-24 调休")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    qtbot.waitUntil(lambda: view.table.rowCount() > 0)
    assert "现金交接（费用移交）" in [r[0] for r in _rows(view.table)]
    dialog.reject()


def test_a_holiday_of_several_days_is_marked_in_one_go(community, qtbot, desk_app):
    """春节 from its first day to its last in one form (日期 … 至 …), each day marked; a span over a day
    already marked is refused naming it, nothing written; 删除 with no day chosen says to choose one,
    and 否 to its question keeps the day."""
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "calendar")
    click(qtbot, button_named(view, "calendarHolidays"))
    qtbot.waitUntil(lambda: view.findChild(HolidaysDialog) is not None and view.findChild(HolidaysDialog).isVisible())
    dialog = view.findChild(HolidaysDialog)

    def mark(first: str, last: str, name: str, seen: dict | None = None):
        def fill(form: FormDialog) -> None:
            day = form.findChild(QWidget, "holidayDay")
            day.setFocus()
            qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            type_text(qtbot, day, first)
            type_text(qtbot, form.findChild(QWidget, "holidayLast"), last)
            type_text(qtbot, form.findChild(QWidget, "holidayName"), name)
            click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
            if seen is not None:
                seen["open"], seen["error"] = form.isVisible(), form.problems.text
                form.reject()
        return fill

    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, mark("2027-02-06", "2027-02-12", "春节"), accept=False)
    click(qtbot, button_named(dialog, "holidayAdd"))
    answers.wait_all()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 7)
    assert _rows(dialog.table) == [[f"2027-02-{d:02d}", "春节"] for d in range(6, 13)]

    seen: dict = {}
    answers = ModalAnswers(qtbot)
    answers.dialog(FormDialog, mark("2027-02-01", "2027-02-07", "调休", seen), accept=False)
    answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(dialog, "holidayAdd"))
    answers.wait_all()
    assert seen["open"] and "02-06 春节" in seen["error"] and "02-07 春节" in seen["error"]
    assert dialog.table.rowCount() == 7  # not one of 02-01 … 02-05 marked

    dialog.table.clearSelection()
    dialog.table.setCurrentCell(-1, -1)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(dialog, "holidayRemove"))
    answers.wait_all()
    assert told.text == dialog.tr("Choose the holiday in the list first.")

    click_row(qtbot, dialog.table, 0)
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, button_named(dialog, "holidayRemove"))
    answers.wait_all()
    assert dialog.table.rowCount() == 7
    dialog.reject()


def test_the_clerks_morning_list_shows_yesterdays_missed_handover_overdue(community, qtbot, desk_app):
    window = desk_window(qtbot, community, "CLERK")
    today = window.show_view("reception").today
    rows = [(cell(today.items, r, 0), cell(today.items, r, 1), cell(today.items, r, 2),
             cell(today.items, r, 4)) for r in range(today.items.model().rowCount())]
    # 编号 the period, not the duty's key (billing.handover@2026-11-26)
    assert ("工作日历", "工作日历", "2026-11-26", "现金交接（费用移交）：2026-11-26，11-26 到期") in rows
    assert "工作日历" in today.areas.text() and "逾期" in today.areas.text()


def test_a_handover_made_while_the_tab_is_hidden_shows_done_when_it_is_opened_again(community, admin, qtbot,
                                                                                   desk_app):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    clerk = make_actor(Role.CLERK)
    acc = payments.account(community, clerk, ids[0])
    payments.take_payment(community, clerk, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.CASH)
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "calendar")
    assert {r[0]: r[3] for r in _rows(view.table)}["现金交接（费用移交）"] == "待办"
    billing = open_view(qtbot, window, "billing")
    click_tab(qtbot, billing.tabs, billing.handover)
    type_text(qtbot, billing.handover.counted, f"{billing.handover.draft.cash_expected}")
    type_text(qtbot, billing.handover.receiver, "财务 王会计")
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    answers.pdf_preview()
    click(qtbot, button_named(billing.handover, "handoverDo"))
    answers.wait_all()
    assert view.stale  # not read again while hidden
    view = open_view(qtbot, window, "calendar")
    assert {r[0]: r[3:] for r in _rows(view.table)}["现金交接（费用移交）"] == ["已完成", "费用移交表：clerk"]


def _completeness_row(view) -> list[str]:
    return {r[0]: r for r in _rows(view.table)}["档案完整性检查"]


def test_the_file_check_run_from_its_button_marks_the_quarters_duty_done(community, admin, qtbot, desk_app):
    # due 34 days before the quarter's end: 2026-11-27, today
    settings.set_value(community, admin, "registry.duty.check_days_before_end", 34)
    window = desk_window(qtbot, community, "STEWARD")
    view = open_view(qtbot, window, "calendar")
    click_day(qtbot, view, date(2026, 11, 27))
    assert _completeness_row(view) == ["档案完整性检查", "楼宇管家", "2026Q4", "待办", ""]
    check = open_view(qtbot, window, "completeness")
    click(qtbot, button_named(check, "actRunCheckButton"))
    qtbot.waitUntil(lambda: check.report is not None)
    assert "检查房屋 0 户" in check.summary.text()
    assert view.stale  # the run's flag reached the hidden calendar
    view = open_view(qtbot, window, "calendar")
    assert _completeness_row(view)[3:] == ["已完成", "档案完整性检查：检查房屋 0 户，问题 0 项（steward，2026-11-27 09:30）"]


def test_the_file_check_past_its_day_is_overdue_on_the_calendar(community, admin, qtbot, desk_app):
    settings.set_value(community, admin, "registry.duty.check_days_before_end", 35)  # due 2026-11-26
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "calendar")
    click_day(qtbot, view, date(2026, 11, 26))
    assert _completeness_row(view)[1:4] == ["楼宇管家", "2026Q4", "逾期"]
    assert view.grid.dateTextFormat(QDate(2026, 11, 26)).background().color().name() == COLOURS[DutyStatus.OVERDUE]


def test_the_month_filed_from_the_file_menu_marks_its_duty_done(community, qtbot, desk_app, monkeypatch, tmp_path):
    """上月登记表汇总归档 of November (October's pack, due 11-05) is overdue; filed through File ▸
    每月汇总归档…, the calendar (hidden behind the menu's dialogs) shows it done when opened again."""
    from modal_answers import patch_choose_folder

    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "calendar")
    click_day(qtbot, view, date(2026, 11, 5))

    def filing():
        return next(r for r in _rows(view.table) if r[0] == "上月登记表汇总归档")

    assert filing()[2:4] == ["2026-11", "逾期"]
    open_view(qtbot, window, "reception")  # the calendar hidden while the month is filed
    patch_choose_folder(monkeypatch, tmp_path)
    answers = ModalAnswers(qtbot)
    answers.input_text("2026-10")
    answers.message_box(QMessageBox.StandardButton.Ok)
    next(a for a in window.file_menu.actions() if "每月汇总归档" in a.text()).trigger()
    answers.wait_all(timeout=60_000)
    assert view.stale  # the filing's flag reached the hidden calendar
    view = open_view(qtbot, window, "calendar")
    assert filing()[3] == "已完成" and filing()[4].startswith("2026-10 月度汇总已归档（"), filing()


# The tab each duty's 去办理 lands on, by its name on screen
LANDS_ON = {
    "reception.morning_list": ("reception", "工作交接"), "billing.readings": ("billing", "抄表"),
    "billing.run": ("billing", "出账与通知单"), "billing.handover": ("billing", "费用移交"),
    "billing.dunning": ("billing", "欠费催缴"), "keys.returns": ("keys", "钥匙借用登记表"),
    "keys.count": ("keys", "月度盘点"), "rounds.site_checks": ("rounds", "今日装修日检"),
    "rounds.stairwell": ("rounds", "楼道巡查"), "rounds.survey": ("rounds", "满意度调查"),
    "community.board": ("community", "宣传板报"), "registry.completeness": ("completeness", None),
    "calendar.holidays": ("calendar", None),
}


def test_next_years_holidays_unmarked_the_supervisor_is_told_and_marks_them_from_the_list(
        community, qtbot, desk_app, clock):
    """12-20 with no 2027 holiday marked: the supervisor's 今日 says so (overdue since 12-16); 转到
    opens the calendar, 节假日… lists this year's and next year's, and 元旦 marked there does the duty."""
    from deskapp.gui.reception.today_tab import TodayTab

    clock.set(datetime(2026, 12, 20, 9, 0, tzinfo=CST))
    window = desk_window(qtbot, community, "SUPERVISOR")
    today = open_view(qtbot, window, "reception").today
    assert isinstance(today, TodayTab)
    texts = [cell(today.items, r, 4) for r in range(today.items.model().rowCount())]
    row = texts.index("标记来年节假日：2026，12-16 到期")
    click_row(qtbot, today.items, row)
    click(qtbot, button_named(today, "todayGo"))
    assert window.tabs.currentWidget().objectName() == "holder_calendar"
    view = window.show_view("calendar")
    qtbot.waitUntil(view.isVisible)  # a widget added to a shown parent is shown queued
    click(qtbot, button_named(view, "calendarHolidays"))
    qtbot.waitUntil(lambda: view.findChild(HolidaysDialog) is not None and view.findChild(HolidaysDialog).isVisible())
    dialog = view.findChild(HolidaysDialog)
    assert dialog.windowTitle() == "2026 年和 2027 年的节假日"
    answers = ModalAnswers(qtbot)

    def new_years_day(form: FormDialog) -> None:
        type_text(qtbot, form.findChild(QWidget, "holidayDay"), "2027-01-01")
        type_text(qtbot, form.findChild(QWidget, "holidayName"), "元旦")

    answers.dialog(FormDialog, new_years_day)
    click(qtbot, button_named(dialog, "holidayAdd"))
    answers.wait_all()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert _rows(dialog.table) == [["2027-01-01", "元旦"]]  # shown where it was added
    dialog.reject()
    click_day(qtbot, view, date(2026, 12, 16))
    qtbot.waitUntil(lambda: any(r.key == "calendar.holidays" for r in view.rows))
    row = next(r for r in _rows(view.table) if r[0] == "标记来年节假日")
    assert row[1:] == ["客服主管", "2026", "已完成", "2027 年节假日已标记 1 天：元旦"]


def test_go_opens_where_each_duty_is_done(community, qtbot, desk_app):
    from PySide6.QtWidgets import QTabWidget

    from deskapp.gui.places import DUTIES

    assert set(LANDS_ON) == set(DUTIES)
    window = desk_window(qtbot, community, "SUPERVISOR")
    seen = set()
    for month_day in (date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1)):
        view = open_view(qtbot, window, "calendar")
        view.grid.setCurrentPage(month_day.year, month_day.month)
        days = sorted(view.by_day)
        for key, (view_key, title) in LANDS_ON.items():
            day = next((d for d in days if any(r.key == key for r in view.by_day[d])), None)
            if day is None or key in seen:
                continue
            seen.add(key)
            view = open_view(qtbot, window, "calendar")
            click_day(qtbot, view, day)
            row = next(i for i, r in enumerate(view.rows) if r.key == key)
            view.table.selectRow(row)
            click(qtbot, button_named(view, "calendarGo"))
            assert window.tabs.currentWidget().objectName() == f"holder_{view_key}", key
            if title is not None:
                shown = window.show_view(view_key)
                tabs = shown if isinstance(shown, QTabWidget) else shown.tabs
                assert tabs.tabText(tabs.currentIndex()).replace("&", "") == title, key
    assert seen == set(LANDS_ON)


def test_go_on_the_month_filing_opens_the_monthly_pack(community, qtbot, desk_app):
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "calendar")
    click_day(qtbot, view, date(2026, 11, 5))
    row = next(i for i, r in enumerate(view.rows) if r.key == "monthpack.filed")
    view.table.selectRow(row)
    from PySide6.QtWidgets import QInputDialog

    from modal_answers import Answer

    answers = ModalAnswers(qtbot)
    offered = []  # the month the entry offers, read; then cancelled
    answers.add(Answer("month asked", lambda w: isinstance(w, QInputDialog),
                       lambda dialog: (offered.append(dialog.textValue()), dialog.reject())))
    click(qtbot, button_named(view, "calendarGo"))
    answers.wait_all()
    assert offered == ["2026-10"]  # File ▸ 每月汇总归档… asked for last month
