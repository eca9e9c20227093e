"""The 收据 printed from 收费 ▸ 前台收费 as a clerk prints it: each 车辆管理费 line names its space
and plate, and a voided receipt reprinted through 补打 still shows its 大写 beside the stamp."""
from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pypdf import PdfReader

from modal_answers import ModalAnswers, button_named, click, click_row, click_tab, desk_window, open_view

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

from deskapp.domain.billing import PayMethod  # noqa: E402
from deskapp.domain.keys import SpaceArea  # noqa: E402
from deskapp.services.keys import parking as keys_parking  # noqa: E402
from deskapp.services.billing import run  # noqa: E402


@pytest.fixture
def parked(community, admin, desk_app):
    ids, _ = billed_community(community, admin)
    for space, plate, rent in (("B-017", "浙A12345", "300"), ("B-018", "浙B67890", "250")):
        sid = keys_parking.add_space(community, admin, space, SpaceArea.UNDERGROUND)
        keys_parking.lease_space(community, admin, keys_parking.LeaseInput(
            sid, "张三", plate, date(2026, 7, 1), date(2027, 6, 30), rent, unit_id=ids[2]))
    run.post(community, admin, "2026Q3")
    return community


def test_counter_prints_a_receipt_that_reads_alone_and_reprints_it_void(parked, qtbot):
    window = desk_window(qtbot, parked, "CLERK")
    answers = ModalAnswers(qtbot)
    view = open_view(qtbot, window, "billing")
    click_tab(qtbot, view.tabs, view.counter)
    counter = view.counter
    counter.code.clear()
    qtbot.keyClicks(counter.code, "3-1-201")
    qtbot.keyClick(counter.code, Qt.Key.Key_Return)
    assert counter.header.text().startswith("3-1-201")
    counter.method.setCurrentIndex(counter.method.findData(PayMethod.CASH.name))
    qtbot.keyClicks(counter.tendered, "2000")
    printed = answers.pdf_preview()
    click(qtbot, button_named(counter, "payTake"))
    answers.wait_all()

    text = printed.pdf_text
    assert "B-017 浙A12345" in text and "300.00 元/月" in text and "B-018 浙B67890" in text and "250.00 元/月" in text
    assert "20㎡ × 3 个月" in text and "找零" in text
    assert len(PdfReader(io.BytesIO(printed.pdf)).pages) == 1  # 存根 and 客户联 share one A4

    click_row(qtbot, counter.receipts_view, 0)
    answers.asked_line("收错金额")
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, button_named(counter, "payVoid"))
    answers.wait_all()
    click_row(qtbot, counter.receipts_view, 0)
    again = answers.pdf_preview()
    click(qtbot, button_named(counter, "payReprint"))
    answers.wait_all()
    assert "作废：收错金额" in again.pdf_text and "人民币（大写）：壹仟玖佰零捌元整" in again.pdf_text
