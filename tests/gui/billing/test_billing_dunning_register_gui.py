"""欠费催缴 ▸ 催缴登记表: the month's dunning contacts on paper — each 电话/上门 logged with 记录联系…
and each 催缴通知单 numbered (信件) — with the owner, the result, the date promised and who made
it; the quarter-end chase had only each unit's latest contact, on the 欠费账龄表."""
from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import ModalAnswers, button_named, click, open_sub_tab, patch_save_file  # noqa: E402

from deskapp.domain.billing import ContactMethod  # noqa: E402
from deskapp.domain.people import Relation  # noqa: E402
from deskapp.services.billing import arrears, run  # noqa: E402
from deskapp.services.registry import people as registry_people  # noqa: E402
from deskapp.services.registry.people import PersonInput  # noqa: E402


@pytest.fixture
def chased(community, admin, clock, desk_app):
    """Building 3 billed for 2026Q3 and unpaid; 3-1-101's owner rung, then sent a letter once the
    bills are past their deadline."""
    ids, _ = billed_community(community, admin)
    registry_people.add_person(community, admin, ids[0], PersonInput("张三", "13812345678"), Relation.OWNER)
    run.post(community, admin, "2026Q3")
    arrears.log_contact(community, admin, ids[0], ContactMethod.PHONE, "业主在外地，下月回来缴",
                        clock.today() + timedelta(days=10))
    clock.advance(days=1)
    letters = arrears.issue_dunning(community, admin, [ids[0]], as_of=clock.today() + timedelta(days=30))
    return community, letters


def test_the_months_dunning_register_lists_every_contact(chased, qtbot, tmp_path, monkeypatch, clock):
    ctx, letters = chased
    tab = open_sub_tab(qtbot, ctx, "SUPERVISOR", "billing", "arrears")
    month = tab.findChild(type(tab.age), "arrearsDunningExportMonth")
    assert month.currentData() == f"{clock.today():%Y-%m}"
    out = tmp_path / "催缴登记表.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "arrearsDunningExport"))
    answers.wait_all(timeout=30_000)

    assert "2" in said.text
    ws = load_workbook(out)["催缴登记表"]
    assert ws["A1"].value.split()[1] == "催缴登记表"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [r[2:6] for r in rows] == [["3-1-101", "张三", "电话", "业主在外地，下月回来缴"],
                                      ["3-1-101", "张三", "信件", f"发出催缴通知单 {letters[0].number}"]]
    assert rows[0][6].date() == clock.today() - timedelta(days=1) + timedelta(days=10)
    assert rows[1][7] == letters[0].number and rows[1][8] == float(letters[0].arrears.total)
    assert [r[0] for r in rows] == [1, 2] and all(r[9] for r in rows)
