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
