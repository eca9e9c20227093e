"""期初欠费 imported through the wizard as the supervisor does it, for the GUI tests of its last page
and of the 《上线数据核对表》 reprinted later (test_import_opening_gui.py, test_go_live_reprint.py)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWizard

from modal_answers import ModalAnswers, click

from deskapp.domain.importing import Target
from deskapp.gui.importing.wizard import ImportWizard


def import_in_wizard(qtbot, window, path) -> ImportWizard:
    """The opening-arrears wizard on the workbook `path`: Next through file, sheet and preview, 导入
    pressed and confirmed; the wizard shown on its last page."""
    wizard = ImportWizard(window.session, Target.OPENING, window)
    wizard.open()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(path))
    for _ in range(3):
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    answers.wait_all()
    assert wizard.currentPage() is wizard.done_page
    return wizard
