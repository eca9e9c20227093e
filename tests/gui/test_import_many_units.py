"""One import making a single person the owner of many units is a warning in the preview."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from deskapp.domain.importing import Target, Verdict
from deskapp.gui.importing import verdict_model
from deskapp.gui.importing.wizard import ImportWizard

REAL = Path(__file__).resolve().parents[1] / "data" / "realdata"


@pytest.fixture
def answers(monkeypatch):
    seen = []
    for kind in ("question", "warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: seen.append(a[2]) or QMessageBox.StandardButton.Yes)
    return seen


def test_fifteen_units_for_one_owner_is_a_warning_in_the_preview(qtbot, desk_session, answers):
    wizard = ImportWizard(desk_session, Target.UNITS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(REAL / "房产导入模板.xls"))
    for _page in range(3):  # file → sheet → mapping → preview, with the wizard's Next button
        qtbot.mouseClick(wizard.button(wizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    rows = [page.model.row_at(r) for r in range(page.model.rowCount())]
    many = [r for r in rows if any("将成为 15 套房屋的业主" in f.message for f in r.findings)]
    assert len(many) == 15 and all(r.verdict is Verdict.WARNING for r in many)
    page.filter.setCurrentIndex(page.filter.findData(verdict_model.WARNINGS))
    shown = " ".join(str(page.model.data(page.model.index(r, c)))
                     for r in range(page.model.rowCount()) for c in range(page.model.columnCount()))
    assert "将成为 15 套房屋的业主" in shown
    assert not page.isComplete()  # the clerk must accept the warnings first
