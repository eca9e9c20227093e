"""The settings page (Tools ▸ 系统设置…) with real widgets on a real database: a supervisor
changes a due hour and a checklist item, a refused value is shown under its setting and
nothing is written, a default is restored; a clerk has no menu entry; opening the page loads
no document or migration library."""
from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton
from sqlalchemy import func, select
from modal_answers import ModalAnswers
from support import heavy_libraries_loaded_by, make_actor

from deskapp.domain.permissions import Role
from deskapp.gui.session import ChangeBus, DeskSession
from deskapp.services import settings
from deskapp.services.context import Context
from deskapp.store.db import Database
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.settings import Setting

SETTINGS_MENU = "系统设置(&S)…"


def stored(ctx) -> dict:
    with ctx.reader() as uow:
        return {r.key: json.loads(r.value) for r in uow.session.execute(select(Setting)).scalars()}


def audited(ctx) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(AuditEntry)
                                   .where(AuditEntry.action == "settings.change")).scalar()


@pytest.fixture
def dialog(community, desk_app, qtbot):
    from deskapp.gui.settings.dialog import SettingsDialog

    session = DeskSession(community, make_actor(Role.SUPERVISOR), ChangeBus())
    d = SettingsDialog(session)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def click(qtbot, dialog, which) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_every_setting_has_a_row_in_its_area_tab(dialog):
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["前台接待", "钥匙与卡", "收费", "楼宇管家", "工作日历", "账号与备份"]
    assert set(dialog.rows) == {d.key for d in settings.catalogue()}
    assert dialog.tabs.widget(dialog.tab_of["billing.late_fee"]) is dialog.tabs.widget(2)
    # the duty calendar's days on one page, whichever area answers for the duty
    calendar = dialog.tabs.widget(4)
    for key in ("monthpack.duty.file_day", "billing.duty.run_day", "keys.duty.count_day", "rounds.duty.survey_days",
                "registry.duty.check_days_before_end", "community.duty.board_days_before_end",
                "rounds.stairwell.weekdays"):
        assert dialog.tabs.widget(dialog.tab_of[key]) is calendar, key
    # the current value is shown, with the default beside it
    assert dialog.rows["keys.closing_time"].value() == "18:00"
    assert dialog.rows["rounds.stairwell.weekdays"].value() == [1, 2]
    assert dialog.rows["billing.notice_size"].default_label.text() == "默认：A4"


def test_a_supervisor_changes_a_due_hour_and_a_checklist_item(dialog, community, qtbot):
    hours = dialog.rows["reception.due_hours"].editor
    hours.spins["咨询"].setValue(4)
    items = dialog.rows["rounds.stairwell.items"].editor
    items.items.item(1).setText("楼道卫生")
    items.add_item("电梯")
    items.items.setCurrentRow(0)
    qtbot.mouseClick(items.down_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.session.bus.changed):
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert settings.get(community, "reception.due_hours")["咨询"] == 4
    assert settings.get(community, "reception.due_hours")["投诉"] == 24
    assert settings.get(community, "rounds.stairwell.items") == ["楼道卫生", "照明", "消防通道", "安全隐患", "门窗",
                                                                 "墙面", "电梯"]
    assert set(stored(community)) == {"reception.due_hours", "rounds.stairwell.items"}  # only what changed
    assert audited(community) == 2
    assert dialog.message.text() == "已保存 2 项设置。"
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)  # again: nothing more to write
    assert audited(community) == 2


def test_a_refused_value_is_shown_under_its_setting_and_nothing_is_written(dialog, community, qtbot):
    dialog.rows["billing.due_days"].editor.setValue(20)  # a good change beside the bad one
    items = dialog.rows["rounds.decoration.works"].editor
    items.add_item("防水")  # already in the list
    dialog.rows["billing.late_fee_daily_rate"].editor.setText("万分之五")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()  # OK does not close on a refusal
    works = dialog.rows["rounds.decoration.works"]
    assert not works.error.isHidden()  # on its tab (not the one shown)
    assert works.error.text() == "装修项目清单：“防水”出现了两次"
    assert dialog.rows["billing.late_fee_daily_rate"].error.text().startswith("滞纳金日费率：")
    assert dialog.rows["billing.due_days"].error.isHidden()
    assert dialog.tabs.currentIndex() == dialog.tab_of["billing.late_fee_daily_rate"]  # the first one refused
    assert "没有保存" in dialog.message.text()
    assert stored(community) == {} and audited(community) == 0
    # put it right and apply: the message goes, the values are written
    items.items.setCurrentRow(items.items.count() - 1)
    qtbot.mouseClick(items.remove_button, Qt.MouseButton.LeftButton)
    dialog.rows["billing.late_fee_daily_rate"].editor.setText(" 0.0003 ")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert works.error.isHidden()
    assert stored(community) == {"billing.due_days": 20, "billing.late_fee_daily_rate": "0.0003"}
    assert dialog.rows["billing.late_fee_daily_rate"].value() == "0.0003"  # shown as stored


def test_restore_default_removes_the_stored_value(community, desk_app, qtbot):
    from deskapp.gui.settings.dialog import SettingsDialog

    supervisor = make_actor(Role.SUPERVISOR)
    settings.set_value(community, supervisor, "keys.closing_time", "17:00")
    settings.set_value(community, supervisor, "billing.late_fee", True)
    d = SettingsDialog(DeskSession(community, supervisor, ChangeBus()))
    qtbot.addWidget(d)
    d.show()
    row = d.rows["keys.closing_time"]
    assert row.value() == "17:00" and row.restore.isEnabled()
    assert not d.rows["billing.due_days"].restore.isEnabled()  # already the default
    qtbot.mouseClick(row.restore, Qt.MouseButton.LeftButton)
    assert row.value() == "18:00" and not row.restore.isEnabled()
    click(qtbot, d, QDialogButtonBox.StandardButton.Ok)
    assert not d.isVisible()
    assert stored(community) == {"billing.late_fee": True}
    assert settings.get(community, "keys.closing_time") == "18:00"


def test_cancel_writes_nothing(dialog, community, qtbot):
    dialog.rows["billing.late_fee"].editor.setChecked(True)
    dialog.rows["rounds.stairwell.weekdays"].editor.boxes[4].setChecked(True)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert stored(community) == {} and audited(community) == 0


def window_for(ctx, role, qtbot):
    from deskapp.gui.main_window import MainWindow

    window = MainWindow(DeskSession(ctx, make_actor(role), ChangeBus()))
    qtbot.addWidget(window)
    return window


def test_only_supervisors_see_the_menu_entry(community, desk_app, qtbot):
    for role in (Role.CLERK, Role.STEWARD):
        window = window_for(community, role, qtbot)
        assert SETTINGS_MENU not in [a.text() for a in window.tools_menu.actions()]
    window = window_for(community, Role.SUPERVISOR, qtbot)
    entry = next(a for a in window.tools_menu.actions() if a.text() == SETTINGS_MENU)
    entry.trigger()
    assert window.settings_dialog.isVisible()
    assert window.settings_dialog.windowTitle() == "系统设置"
    window.settings_dialog.reject()


def test_opening_the_page_loads_no_document_or_migration_library(ctx):
    ctx.db.dispose()
    code = ("import os, sys\n"
            "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from pathlib import Path\n"
            "from PySide6.QtWidgets import QApplication, QWidget\n"
            "from deskapp.domain.permissions import Role\n"
            "from deskapp.services.app import open_context\n"
            "from deskapp.services.context import Actor\n"
            "from deskapp.gui.session import ChangeBus, DeskSession\n"
            "from deskapp.gui.view_catalogue import menu_entries\n"
            "app = QApplication([])\n"
            f"ctx = open_context(Path({str(ctx.db.path)!r}))\n"
            "session = DeskSession(ctx, Actor(None, 's', 's', Role.SUPERVISOR), ChangeBus())\n"
            "w = QWidget()\n"
            "w.session = session\n"
            "spec = next(m for m in menu_entries() if m.menu == 'tools' and 'Settings' in m.title())\n"
            "spec.triggered(w)\n"
            "assert len(w.settings_dialog.rows) > 20\n")
    assert heavy_libraries_loaded_by(code) == []


def test_a_save_over_another_desks_is_refused_naming_them(dialog, community, qtbot):
    """Two supervisors' settings pages open at once (issue 18 §3): the second to save is told
    who saved before, and their value stays."""
    other = Context(db=Database.open(community.db.url), clock=community.clock)
    try:
        settings.set_value(other, make_actor(Role.SUPERVISOR, "王管家"), "billing.due_days", 20)
    finally:
        other.db.dispose()
    dialog.rows["billing.due_days"].editor.setValue(25)  # this page still shows the default, 30
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    answers.wait_all()
    assert told.text.startswith("已被 王管家 于 ") and told.text.endswith("修改，请刷新后再改")
    assert stored(community) == {"billing.due_days": 20} and audited(community) == 1


def test_a_new_receipt_prefix_is_asked_about_before_it_is_saved(dialog, community, qtbot):
    # a new prefix starts a new receipt series: the supervisor is told so and may say no
    dialog.rows["billing.receipt_prefix"].editor.setText("SK")
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    answers.wait_all()
    assert "收据编号前缀" in asked.text and "SK2026-000001" in asked.text
    assert stored(community) == {} and audited(community) == 0
    assert dialog.message.text() == dialog.tr("Nothing was changed.")
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    answers.wait_all()
    assert stored(community) == {"billing.receipt_prefix": "SK"}


def test_the_backup_folder_is_chosen_with_its_button(dialog, community, qtbot, monkeypatch, tmp_path):
    from modal_answers import patch_choose_folder

    folder = tmp_path / "物业备份"
    folder.mkdir()
    patch_choose_folder(monkeypatch, folder)
    row = dialog.rows["backup.folder"]
    assert row.default_label.text() == "默认：（空）"  # as every text setting says an empty default
    dialog._point_at("backup.folder")
    qtbot.mouseClick(row.editor.findChild(QPushButton, "folderChoose"), Qt.MouseButton.LeftButton)
    assert row.value() == str(folder)
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert stored(community) == {"backup.folder": str(folder)}



def test_office_hours_are_typed_refused_if_they_close_before_they_open_and_saved(dialog, community, qtbot):
    hours = dialog.rows["reception.office_hours"].editor
    hours.clear()
    qtbot.keyClicks(hours, "17:30-8:30")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    error = dialog.rows["reception.office_hours"].error
    assert not error.isHidden() and error.text().startswith("办公时间") and "应晚于上班时间 17:30" in error.text()
    assert stored(community) == {}
    hours.clear()
    qtbot.keyClicks(hours, "8:30-17:30")
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Apply)
    assert error.isHidden() and stored(community) == {"reception.office_hours": "08:30-17:30"}
    assert hours.text() == "08:30-17:30"  # shown as stored
