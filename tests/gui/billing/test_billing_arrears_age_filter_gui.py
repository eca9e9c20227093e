"""欠费催缴: the age chosen in the filter (欠费1–2个季度及更久 …) narrows the list at once, as the
押金台账's filters do; the list used to stay as it was until 查询 was pressed, its total still
counting every unit, under a filter that said otherwise."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))
from billing_helpers import billed_community  # noqa: E402
from modal_answers import open_sub_tab  # noqa: E402

from deskapp.services.billing import run  # noqa: E402


@pytest.fixture
def owing(community, admin, desk_app):
    """Building 3 billed for 2026Q3 (posted in November) and unpaid: three units owe since last quarter."""
    billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community


def test_choosing_an_age_narrows_the_list_without_pressing_show(owing, qtbot):
    tab = open_sub_tab(qtbot, owing, "SUPERVISOR", "billing", "arrears")
    assert tab.model.rowCount() == 3 and tab.total.text().startswith("3 户欠费")

    tab.age.setCurrentIndex(tab.age.findText("欠费2个季度以上及更久"))  # owed since last quarter only: none
    assert tab.model.rowCount() == 0 and tab.total.text().startswith("0 户欠费")

    tab.age.setCurrentIndex(tab.age.findText("欠费1–2个季度及更久"))
    assert tab.model.rowCount() == 3 and tab.total.text().startswith("3 户欠费")


def test_a_contact_logged_keeps_its_unit_chosen_and_shows_the_date_promised(owing, qtbot, clock):
    """记录联系… on the second unit: after 保存 that unit is still the chosen row (the list is read
    again; it used to lose the row, its buttons greyed), and 最近催缴 says the date promised, which
    the next call checks."""
    from datetime import timedelta

    from modal_answers import ModalAnswers, button_named, click, click_row, type_text
    from PySide6.QtWidgets import QDialogButtonBox

    from deskapp.gui.billing.arrears_tab import ContactDialog

    tab = open_sub_tab(qtbot, owing, "SUPERVISOR", "billing", "arrears")
    click_row(qtbot, tab.view, 1)
    unit = tab.model.row_at(1).code
    promised = clock.today() + timedelta(days=7)

    def fill(d: ContactDialog) -> None:
        type_text(qtbot, d.result, "业主答应下周来缴")
        d.promised.set_value(promised)
        click(qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save))

    answers = ModalAnswers(qtbot)
    answers.dialog(ContactDialog, fill, accept=False)
    click(qtbot, button_named(tab, "arrearsContact"))
    answers.wait_all()

    assert tab.view.currentIndex().row() == 1 and tab.model.row_at(1).code == unit
    assert button_named(tab, "arrearsContact").isEnabled()
    assert tab.model.row_at(1).last_contact == (f"{clock.today():%m-%d} 电话 业主答应下周来缴，"
                                                f"承诺 {promised:%m-%d} 前缴纳")


def test_the_export_keeps_to_the_age_chosen_and_says_so(owing, qtbot, monkeypatch, tmp_path):
    """导出 Excel… writes the units the list shows: narrowed to 欠费2个季度以上及更久 none of the three
    (they owe since last quarter), the title rows saying which age was chosen; back on 全部欠费 all
    three, the title saying all. It used to write every unit owing whatever the filter said."""
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QMessageBox

    from modal_answers import ModalAnswers, button_named, click, patch_save_file

    tab = open_sub_tab(qtbot, owing, "SUPERVISOR", "billing", "arrears")

    suggested = []

    def export(name: str) -> tuple[str, str, list]:
        out = tmp_path / name
        suggested.append(patch_save_file(monkeypatch, out))
        answers = ModalAnswers(qtbot)
        answers.message_box(QMessageBox.StandardButton.Ok)
        click(qtbot, button_named(tab, "arrearsExport"))
        answers.wait_all()
        book = load_workbook(out)
        detail, summary = book["欠费明细"], book["汇总"]
        return detail["A1"].value, summary["A1"].value, [r[0] for r in detail.iter_rows(min_row=3, values_only=True)]

    tab.age.setCurrentIndex(tab.age.findText("欠费2个季度以上及更久"))
    title, summary_title, units = export("older.xlsx")
    assert units == [] and tab.model.rowCount() == 0
    assert "截至 2026-11-27　仅列欠费2个季度以上及更久的房屋" in title and "仅列欠费2个季度以上及更久的房屋" in summary_title

    tab.age.setCurrentIndex(tab.age.findText("全部欠费"))
    title, _, units = export("all.xlsx")
    assert sorted(units) == sorted(tab.model.row_at(i).code for i in range(3))
    assert "截至 2026-11-27　全部欠费房屋" in title
    assert [c.asked[0][1] for c in suggested] == ["欠费账龄表-20261127-欠费2个季度以上及更久.xlsx", "欠费账龄表-20261127.xlsx"]
