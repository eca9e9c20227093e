"""A file that used to end the desk program (one cell at XFD1048576 made the reader allocate
512 GiB and abort) now gets a message in the import wizard, which stays on its first page."""
from __future__ import annotations

import zipfile
from pathlib import Path

from modal_answers import ModalAnswers, click, patch_open_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWizard
from sqlalchemy import func, select

from deskapp.gui.importing.wizard import ImportWizard
from deskapp.store.models.registry import Unit

REAL = Path(__file__).resolve().parents[1] / "data" / "realdata"


def far_cell_workbook(path: Path) -> Path:
    """The real MicroCommunity template with one more cell, at the grid's last corner."""
    with zipfile.ZipFile(REAL / "importRoom.xlsx") as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')
            dst.writestr(item.filename, data)
    return path


def test_the_wizard_shows_why_a_hostile_workbook_cannot_be_imported(main_window, desk_session, qtbot,
                                                                     monkeypatch, tmp_path):
    chosen = patch_open_file(monkeypatch, far_cell_workbook(tmp_path / "房屋名册.xlsx"))
    qtbot.keyClick(main_window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(isinstance(w, ImportWizard) and w.isVisible() for w in QApplication.topLevelWidgets()))
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible())
    click(qtbot, wizard.findChild(QPushButton, "importBrowse"))
    assert chosen.asked and wizard.file_page.path.text().endswith("房屋名册.xlsx")

    answers = ModalAnswers(qtbot)
    box = answers.message_box(contains="房屋名册.xlsx（工作表 资产信息）")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answers.wait_all()
    assert "1,048,576 行，超过可导入的 200,000 行" in box.text
    assert wizard.isVisible() and wizard.currentPage() is wizard.file_page
    with desk_session.ctx.reader() as uow:
        assert uow.session.execute(select(func.count()).select_from(Unit)).scalar() == 0
    wizard.reject()
