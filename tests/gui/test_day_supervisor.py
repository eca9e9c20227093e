"""A customer-service supervisor's day (客服主管) in the demo centre, end to end through the main
window: the major event acknowledged, every monthly register the supervisor's views export
written and opened, a setting changed in 系统设置, and the audit log filtered to show it in words
(issue 12 §2)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from day_support import cells, current_view_key, demo_centre, no_traceback, sign_in
from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, open_view, patch_save_file, type_text,
)

from deskapp.domain.reception import Channel, RequestKind
from deskapp.services.accounts import users
from deskapp.services.demo.accounts import DEMO_PASSWORD
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput


@pytest.fixture
def centre(ctx, desk_app):
    """The demo centre, where the clerk on duty has just logged a major event (重大事件)."""
    demo_centre(ctx)
    clerk = users.authenticate(ctx, "linxy", DEMO_PASSWORD)
    requests.record_request(ctx, clerk, RequestInput(
        "2 号楼地下车库进水，水位约 20 厘米", location="2 号楼地下车库", caller="保安 刘强",
        channel=Channel.PHONE, kind=RequestKind.COMPLAINT, major=True))
    return ctx


def _export(qtbot, monkeypatch, button, path, *, told: bool = False) -> list[str]:
    """Press an export button, choose `path` in the file chooser; the cells of the file written."""
    chosen = patch_save_file(monkeypatch, path)
    answers = ModalAnswers(qtbot)
    if told:  # these exports say "n rows written to …" in a box when done
        answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button)
    qtbot.waitUntil(lambda: path.exists() and path.stat().st_size > 0, timeout=30_000)  # written off the GUI thread
    answers.wait_all(timeout=30_000)
    assert chosen.asked and str(chosen.asked[0][1]).endswith(".xlsx")
    qtbot.waitUntil(lambda: _readable(path), timeout=30_000)
    return cells(path)


def _readable(path) -> bool:
    try:
        cells(path)
        return True
    except Exception:  # noqa: BLE001 - still being written
        return False


@pytest.mark.slow
def test_a_supervisors_day_through_the_main_window(centre, qtbot, monkeypatch, tmp_path, capfd):
    ctx = centre
    window = sign_in(qtbot, ctx, "wanglh")

    # 1. 上班：the supervisor lands on the reception list, the major event waiting at the top
    assert current_view_key(window) == "reception"
    reception = window.show_view("reception")
    today = reception.today
    assert today.major_box.isVisible() and today.major.rowCount() == 1
    assert "地下车库进水" in today.major.item(0, 3).text()

    # 2. 重大事件：acknowledged, it leaves the waiting list
    click_row(qtbot, today.major, 0)
    click(qtbot, button_named(today, "todayAck"))
    qtbot.waitUntil(lambda: today.major.rowCount() == 0)
    assert today.major_box.isHidden()

    # 3. 月度报表：every register of 前台接待 exported for the month and opened
    registers = {
        reception.requests: ("rqExport", "业户服务需求/投诉登记表", "地下车库进水"),
        reception.repairs: ("wxExport", "工程维修单", "WX2026-"),
        reception.mail: ("mailExport", "信件", None),
        reception.defects: ("defectsExport", "工程遗留问题", None),
        reception.violations: ("violationsExport", "违章", None),
        reception.handover: ("handoverExport", "交接", None),
    }
    for tab, (name, title, row_text) in registers.items():
        click_tab(qtbot, reception, tab)
        found = _export(qtbot, monkeypatch, button_named(tab, name), tmp_path / f"{name}.xlsx", told=True)
        assert title in found[0] and "2026年11月" in found[0], (name, found[:2])
        if row_text:
            assert any(row_text in c for c in found), name

    # 3b. 钥匙与卡：the key-loan register and the monthly count
    keys_view = open_view(qtbot, window, "keys")
    click_tab(qtbot, keys_view, keys_view.loans)
    from PySide6.QtWidgets import QToolButton

    loan_export = next(b for b in keys_view.loans.findChildren(QToolButton)
                       if b.defaultAction() is not None and b.defaultAction().objectName() == "actLoanExport")
    found = _export(qtbot, monkeypatch, loan_export, tmp_path / "loans.xlsx", told=True)
    assert any("钥匙借用登记表" in c for c in found) and any(c.startswith("K00") for c in found)
    # the month's count is filed near its end: before that the export says so and writes nothing
    click_tab(qtbot, keys_view, keys_view.inventory)
    patch_save_file(monkeypatch, tmp_path / "inventory.xlsx")
    answers = ModalAnswers(qtbot)
    refused = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(keys_view.inventory, "inventoryExport"))
    answers.wait_all()
    assert "2026-11 没有已归档的盘点" in refused.text and not (tmp_path / "inventory.xlsx").exists()

    # 3c. 楼宇管家：each monthly register in the export list
    rounds = open_view(qtbot, window, "rounds")
    for i in range(rounds.register.count()):
        rounds.register.setCurrentIndex(i)
        name = rounds.register.currentData()
        found = _export(qtbot, monkeypatch, button_named(rounds, "roundsExport"), tmp_path / f"rounds-{name}.xlsx",
                        told=True)
        assert found and "2026" in " ".join(found[:3]), name

    # 4. 系统设置：the bills' due period changed from 30 to 20 days
    settings_action = next(a for a in window.tools_menu.actions() if a.text().startswith("系统设置"))
    settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.rows["billing.due_days"].editor.setValue(20)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # 5. 审计日志：filtered to the settings changes, the change reads in words
    audit_action = next(a for a in window.view_menu.actions() if a.text().startswith("审计日志"))
    audit_action.trigger()
    from deskapp.gui.accounts.audit_view import AuditView

    audit = window.tabs.currentWidget().findChild(AuditView, "auditView")
    qtbot.waitUntil(audit.isVisible)
    audit.action.setCurrentIndex(audit.action.findData("settings.change"))
    type_text(qtbot, audit.text, "缴费期限")
    click(qtbot, audit.search)
    qtbot.waitUntil(lambda: audit.model.rowCount() == 1)
    shown = [audit.model.index(0, c).data() for c in range(audit.model.columnCount())]
    assert "设置 账单缴费期限（季度结束后天数）" in shown and "wanglh" in shown  # the object named, not its key
    assert not any("billing.due_days" in (t or "") for t in shown)
    click_row(qtbot, audit.table, 0)
    detail = audit.detail.toPlainText()
    assert "30 → 20" in detail and "{" not in detail

    # 6. …and the filtered log exported for the file, the setting named in words there too
    found = _export(qtbot, monkeypatch, audit.export, tmp_path / "audit.xlsx", told=True)
    assert "设置 账单缴费期限（季度结束后天数）" in found and not any("billing.due_days" in c for c in found)

    no_traceback(capfd)
