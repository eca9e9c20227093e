"""前台接待's buttons pressed as a clerk or supervisor does (issues 12 and 22): 导出本月… of
需求/投诉 and 工程维修单, 通知/公告 ▸ 发送（短信文件）, and 开维修单 from a complaint."""
from __future__ import annotations


import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from modal_answers import (
    ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view, patch_choose_folder,
    patch_save_file,
)

from deskapp.domain.reception import RequestKind
from deskapp.services.reception import notices, repairs, requests
from deskapp.services.reception.repairs import RepairInput
from deskapp.services.reception.requests import RequestInput


def _cells(path) -> list[str]:
    ws = load_workbook(path, read_only=True).active
    return [str(v) for row in ws.iter_rows(values_only=True) for v in row if v is not None]


def _export(qtbot, monkeypatch, tab, button_name: str, path):
    chosen = patch_save_file(monkeypatch, path)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)  # done: how many rows went where
    click(qtbot, button_named(tab, button_name))
    qtbot.waitUntil(lambda: path.exists(), timeout=20_000)  # written off the GUI thread
    answers.wait_all(timeout=20_000)
    assert chosen.asked and chosen.asked[0][1].endswith(".xlsx")
    assert str(path) in told.text and "行" in told.text
    return _cells(path), chosen.asked[0][1]


def test_requests_export_month_writes_the_register(community, admin, unit_id, qtbot, monkeypatch, tmp_path):
    for text in ("楼上装修噪音，中午也在施工", "单元门禁刷不开"):
        requests.record_request(community, admin, RequestInput(text, unit_id=unit_id, kind=RequestKind.COMPLAINT))
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.requests)
    cells, suggested = _export(qtbot, monkeypatch, view.requests, "rqExport", tmp_path / "需求.xlsx")
    # the register's whole name, its slash one a file's name may hold (a "/" had left 投诉登记表 alone)
    assert suggested == "业户服务需求／投诉登记表-2026-11.xlsx"
    assert " 业户服务需求/投诉登记表　2026年11月　导出日期 " in cells[0]  # centre, register, period, date
    assert "楼上装修噪音，中午也在施工" in cells and "单元门禁刷不开" in cells
    assert sum("3-1-502" in c for c in cells) == 2


def test_repairs_export_month_writes_the_register(community, admin, unit_id, qtbot, monkeypatch, tmp_path):
    repairs.create_repair(community, admin, RepairInput(fault="厨房水管漏水", reported_by="张伟", unit_id=unit_id))
    repairs.create_repair(community, admin, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.repairs)
    cells, suggested = _export(qtbot, monkeypatch, view.repairs, "wxExport", tmp_path / "维修.xlsx")
    assert suggested == "工程维修单登记表-2026-11.xlsx"  # not 工程维修单》登记表
    assert "工程维修单" in cells[0]
    assert "厨房水管漏水" in cells and "单元门坏" in cells


def test_notice_send_writes_the_sms_file(community, admin, unit_id, qtbot, monkeypatch, tmp_path):
    notices.create_notice(community, admin, title="停水通知", body="明日 9:00-17:00 停水，请提前储水。")
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    tab = view.notices
    click_tab(qtbot, view, tab)
    click_row(qtbot, tab.table, 0)
    patch_choose_folder(monkeypatch, tmp_path)
    answers = ModalAnswers(qtbot)
    told = answers.message_box()
    click(qtbot, button_named(tab, "noticeSend"))
    answers.wait_all()

    sms = list(tmp_path.glob("通知*-短信内容-*.txt"))
    recipients = list(tmp_path.glob("通知*-收件人-*.csv"))
    assert len(sms) == 1 and len(recipients) == 1
    assert "停水通知" in sms[0].read_text(encoding="utf-8")
    assert "13812345678" in recipients[0].read_bytes().decode("utf-8-sig", errors="replace")
    assert recipients[0].name in told.text
    assert tab.table.item(0, 5).text() == "1"  # units reached, shown in the list


def test_repair_order_from_a_complaint_says_its_number_and_selects_it(community, admin, unit_id, qtbot):
    repairs.create_repair(community, admin, RepairInput(fault="单元门坏", reported_by="管家", location="3 号楼"))
    requests.record_request(community, admin, RequestInput("卫生间吊顶渗水", unit_id=unit_id,
                                                           kind=RequestKind.COMPLAINT))
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.requests)
    click_row(qtbot, view.requests.table, 0)
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(contains="开《工程维修单》")  # asked first
    told = answers.message_box()
    click(qtbot, button_named(view.requests, "rqRepair"))
    answers.wait_all()

    assert "3-1-502" in asked.text and "卫生间吊顶渗水" in asked.text and "不能删除" in asked.text
    made = view.repairs.selected()
    assert view.currentWidget() is view.repairs
    assert made is not None and made.fault == "卫生间吊顶渗水" and made.number in told.text
    assert told.text.startswith("已由本条需求开出维修单")
    assert view.repairs.table.selectionModel().isRowSelected(view.repairs.table.currentIndex().row())


def test_repair_order_asked_and_refused_opens_nothing(community, admin, complaint_chosen, qtbot):
    _, view = complaint_chosen
    answers = ModalAnswers(qtbot)
    asked = answers.message_box(QMessageBox.StandardButton.No, contains="开《工程维修单》")
    click(qtbot, button_named(view.requests, "rqRepair"))
    answers.wait_all()

    assert "3-1-502" in asked.text
    assert view.currentWidget() is view.requests  # still on the request, nothing opened
    assert view.requests.selected().repair_number is None and view.requests.repair_button.isEnabled()
    assert repairs.repair_register(community, admin, repairs.RepairFilter()).total == 0


@pytest.mark.parametrize("tab_name, register, title", [
    ("handover", "handover", "客服部工作交接表"), ("mail", "mail", "信件登记表"), ("defects", "defects", "工程遗留问题登记表"),
])
def test_the_month_exported_is_chosen_beside_the_button(community, qtbot, monkeypatch, tmp_path, tab_name, register,
                                                         title):
    """At the turn of the month the supervisor exports the month just ended: 2026-10 chosen, the file
    and the register's title row are of October (导出 wrote this month only)."""
    from PySide6.QtWidgets import QComboBox

    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "reception")
    tab = getattr(view, tab_name)
    click_tab(qtbot, view, tab)
    month = tab.findChild(QComboBox, f"{register}ExportMonth")
    assert month.itemText(0) == "2026-11" and month.isVisible()
    month.setCurrentIndex(month.findData("2026-10"))
    out = tmp_path / "x.xlsx"
    chosen = patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Ok)  # done: how many rows went where
    click(qtbot, button_named(tab, f"{register}Export"))
    qtbot.waitUntil(out.exists, timeout=30_000)
    answers.wait_all(timeout=30_000)
    assert chosen.asked[0][1].endswith("-2026-10.xlsx")
    heading = load_workbook(out).worksheets[0]["A1"].value
    assert title in heading and "2026年10月" in heading, heading
