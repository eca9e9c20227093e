"""欠费催缴: the clerk rings the owners from the arrears list. Each row shows the owners' mobiles
masked; 查看完整电话… shows one owner's full number for 催缴 (the purpose chosen for the clerk,
audited), and the 《欠费账龄表》 carries the masked numbers."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import (  # noqa: E402
    Answer, ModalAnswers, button_named, click, click_row, open_sub_tab, patch_save_file,
)

from deskapp.domain.people import Relation  # noqa: E402
from deskapp.gui.accounts.reveal import PurposeDialog  # noqa: E402
from deskapp.services.billing import run  # noqa: E402
from deskapp.services.registry import people as registry_people  # noqa: E402
from deskapp.services.registry.people import PersonInput  # noqa: E402
from deskapp.store.models.accounts import AuditEntry  # noqa: E402


@pytest.fixture
def owing(community, admin, desk_app):
    """Building 3 billed for 2026Q3 and unpaid; 3-1-101 has two owners with mobiles, 3-1-102 one."""
    ids, _ = billed_community(community, admin)
    registry_people.add_person(community, admin, ids[0], PersonInput("张三", "13812345678"), Relation.OWNER)
    registry_people.add_person(community, admin, ids[0], PersonInput("李四", "13987654321"), Relation.OWNER)
    registry_people.add_person(community, admin, ids[1], PersonInput("王五", "13700001111"), Relation.OWNER)
    run.post(community, admin, "2026Q3")
    return community


def _arrears(qtbot, ctx, role):
    return open_sub_tab(qtbot, ctx, role, "billing", "arrears")


def _phones(tab) -> dict[str, str]:
    model = tab.model
    col = [model.headerData(c, _H) for c in range(model.columnCount())].index("联系电话")
    return {model.row_at(r).code: model.data(model.index(r, col)) for r in range(model.rowCount())}


def _audit(ctx, action):
    with ctx.reader() as uow:
        return uow.session.execute(select(AuditEntry.summary).where(AuditEntry.action == action)).scalars().all()


_H = Qt.Orientation.Horizontal


def test_clerk_sees_masked_mobiles_and_shows_one_in_full_for_dunning(owing, qtbot, qtmodeltester):
    tab = _arrears(qtbot, owing, "CLERK")
    qtmodeltester.check(tab.model)
    assert _phones(tab) == {"3-1-101": "138****5678、139****4321", "3-1-102": "137****1111", "3-1-201": ""}
    reveal = button_named(tab, "arrearsRevealPhone")
    assert reveal.text() == "查看完整电话…" and not reveal.isEnabled()  # no row chosen yet

    click_row(qtbot, tab.view, 0)
    chosen: list[str] = []

    def purpose(dialog: PurposeDialog) -> None:
        chosen.append(dialog.purpose.currentText())  # the arrears screen asks for 催缴

    answers = ModalAnswers(qtbot)
    answers.input_text("李四")  # two owners: whose number
    answers.dialog(PurposeDialog, purpose)
    click(qtbot, reveal)
    answers.wait_all()
    assert chosen == ["催缴"]
    assert _phones(tab)["3-1-101"] == "138****5678、13987654321"
    assert _audit(owing, "privacy.reveal.work") == ["为催缴查看 李四 的完整手机号"]

    click(qtbot, button_named(tab, "arrearsShow"))  # the list read again masks it again
    assert _phones(tab)["3-1-101"] == "138****5678、139****4321"


def test_dismissing_the_purpose_shows_nothing_and_audits_nothing(owing, qtbot):
    tab = _arrears(qtbot, owing, "CLERK")
    click_row(qtbot, tab.view, 1)
    answers = ModalAnswers(qtbot)
    answers.dialog(PurposeDialog, lambda d: None, accept=False)
    click(qtbot, button_named(tab, "arrearsRevealPhone"))
    answers.wait_all()
    assert _phones(tab)["3-1-102"] == "137****1111"
    assert _audit(owing, "privacy.reveal.work") == []


def test_a_unit_without_an_owners_phone_says_so(owing, qtbot):
    tab = _arrears(qtbot, owing, "CLERK")
    click_row(qtbot, tab.view, 2)
    answers = ModalAnswers(qtbot)
    said = answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "arrearsRevealPhone"))
    answers.wait_all()
    assert "3-1-201" in said.text and "没有业主电话" in said.text


def test_supervisor_reveals_without_a_purpose_and_the_export_keeps_numbers_masked(owing, qtbot, monkeypatch,
                                                                                  tmp_path):
    from openpyxl import load_workbook

    tab = _arrears(qtbot, owing, "SUPERVISOR")
    click_row(qtbot, tab.view, 1)
    click(qtbot, button_named(tab, "arrearsRevealPhone"))
    assert _phones(tab)["3-1-102"] == "13700001111"
    assert _audit(owing, "privacy.reveal") == ["查看 王五 的完整手机号"]

    out = tmp_path / "欠费.xlsx"
    patch_save_file(monkeypatch, out)
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Ok)
    click(qtbot, button_named(tab, "arrearsExport"))
    answers.wait_all()
    ws = load_workbook(out)["欠费明细"]
    assert [c.value for c in ws[2]][:3] == ["房号", "业主", "联系电话"]
    rows = {r[0]: r[2] for r in ws.iter_rows(min_row=3, values_only=True)}
    assert rows["3-1-101"] == "138****5678、139****4321" and rows["3-1-102"] == "137****1111"


def test_input_dialog_is_a_real_chooser(owing, qtbot):
    """Cancelling the choice of owner asks nothing further."""
    tab = _arrears(qtbot, owing, "CLERK")
    click_row(qtbot, tab.view, 0)
    answers = ModalAnswers(qtbot)

    def cancel(dialog: QInputDialog) -> None:
        dialog.reject()

    answers.add(Answer("input dialog", lambda w: isinstance(w, QInputDialog), cancel))
    click(qtbot, button_named(tab, "arrearsRevealPhone"))
    answers.wait_all()
    assert _audit(owing, "privacy.reveal.work") == []
