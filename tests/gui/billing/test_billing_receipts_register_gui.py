"""收据 tab (收据登记): a voided receipt shows 作废 with its 作废时间 and 作废原因, in the list and in
《收据登记表》; the list is kept to the days typed in 从/至 (all days until then, as the 往日移交表),
and 导出 Excel… writes what the list holds, its title row naming the days. The register used to
say only 作废, and had neither a period nor an export."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import three_handovers  # noqa: E402
from modal_answers import (  # noqa: E402
    ModalAnswers, button_named, click, open_sub_tab, patch_save_file, type_text,
)


@pytest.fixture
def three_days(community, admin, clock, desk_app):
    """Receipts of 11-24 (three, the third voided: 重复收款), 11-25 (one) and 11-26 (one)."""
    three_handovers(community, admin, clock)
    return community


def _shown(tab) -> list:
    return [tab.model.row_at(i) for i in range(tab.model.rowCount())]


def _cells(tab, row: int) -> dict[str, str]:
    """What the row shows, by its column's heading."""
    from PySide6.QtCore import Qt

    m = tab.model
    return {m.headerData(c, Qt.Orientation.Horizontal): m.index(row, c).data() for c in range(m.columnCount())}


def test_a_voided_receipt_says_when_and_why_and_the_days_narrow_the_list_and_its_export(
        three_days, qtbot, monkeypatch, tmp_path):
    tab = open_sub_tab(qtbot, three_days, "SUPERVISOR", "billing", "receipts")
    assert tab.model.total == 5 and tab.count.text() == "共 5 张收据"  # every day until a period is set

    voided = [i for i, r in enumerate(_shown(tab)) if r.status == "作废"]
    assert len(voided) == 1
    cells = _cells(tab, voided[0])
    assert cells["状态"] == "作废" and cells["作废原因"] == "重复收款" and cells["作废时间"].startswith("2026-11-24 10:00")
    kept = _cells(tab, [i for i in range(5) if i not in voided][0])
    assert kept["作废原因"] == "" and kept["作废时间"] == ""

    type_text(qtbot, tab.day_from, "2026-11-25")
    type_text(qtbot, tab.day_to, "2026-11-26")
    click(qtbot, button_named(tab, "receiptSearchButton"))
    assert tab.model.total == 2 and {r.status for r in _shown(tab)} != {"作废"}

    out = tmp_path / "收据.xlsx"
    chosen = patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "receiptExport"))
    answers.wait_all()
    assert chosen.asked[0][1] == "收据登记表-20261125-20261126.xlsx" and str(out) in told.text

    from openpyxl import load_workbook

    ws = load_workbook(out)["收据登记表"]
    assert "收据登记表" in ws["A1"].value and "2026-11-25 至 2026-11-26" in ws["A1"].value
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert sorted(r[0] for r in rows) == sorted(r.number for r in _shown(tab))

    # the whole register exported: the voided receipt with its time and reason
    tab.day_from.set_value(None)
    tab.day_to.set_value(None)
    click(qtbot, button_named(tab, "receiptSearchButton"))
    patch_save_file(monkeypatch, out)
    answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "receiptExport"))
    answers.wait_all()
    ws = load_workbook(out)["收据登记表"]
    head = [c.value for c in ws[2]]
    rows = [dict(zip(head, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    assert "全部日期" in ws["A1"].value and len(rows) == 5
    void = [r for r in rows if r["状态"] == "作废"]
    assert len(void) == 1 and void[0]["作废原因"] == "重复收款" and f"{void[0]['作废时间']:%Y-%m-%d %H:%M}" == "2026-11-24 10:00"


def test_a_period_ending_before_it_starts_is_refused_naming_the_field(three_days, qtbot):
    tab = open_sub_tab(qtbot, three_days, "SUPERVISOR", "billing", "receipts")
    type_text(qtbot, tab.day_from, "2026-11-26")
    type_text(qtbot, tab.day_to, "2026-11-24")
    answers = ModalAnswers(qtbot)
    told = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "receiptSearchButton"))
    answers.wait_all()
    assert "截止日期" in told.text and "早于起始日期" in told.text
    assert tab.model.total == 5  # the list as it was
