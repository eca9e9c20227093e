"""A new centre's first day, walked as its supervisor does: on a database with no community yet,
文件 ▸ 导入房屋业主名册… asks for the community and service centre first (it used to go through every
page and the confirmation, then refuse with 请先设置小区信息), and the preview says what to do about
its warnings and about rows rejected only for their ID number."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWizard

from modal_answers import ModalAnswers, click, desk_window, type_text
from deskapp.domain.importing import Target
from deskapp.gui.importing.centre_dialog import CentreDialog
from deskapp.gui.importing.wizard import ImportWizard
from deskapp.services.registry import community as registry_community

REAL = Path(__file__).resolve().parents[1] / "data" / "realdata"


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None and action.isVisible(), name
    return action


def _press(qtbot, wizard, which=QWizard.WizardButton.NextButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _roster_wizard(qtbot, window, fill, accept=True):
    answers = ModalAnswers(qtbot)
    asked = answers.dialog(CentreDialog, fill, accept=accept)
    _action(window, "action_file_20").trigger()  # 文件 ▸ 导入房屋业主名册…
    answers.wait_all()
    return asked, window.findChild(ImportWizard)


def test_the_roster_import_asks_for_the_community_first(qtbot, ctx, desk_app):
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    seen = {}

    def fill(d: CentreDialog) -> None:
        seen["focus"] = d.focusWidget() is d.name
        type_text(qtbot, d.name, "翠湖花园")
        type_text(qtbot, d.address, "滨江路 88 号")
        type_text(qtbot, d.phone, "0571-88886666")

    _asked, wizard = _roster_wizard(qtbot, window, fill)
    assert seen["focus"]  # the first field takes the typing
    on_file = registry_community.community(ctx)
    assert (on_file.name, on_file.centre_name, on_file.phone) == ("翠湖花园", "翠湖花园物业服务中心", "0571-88886666")
    assert wizard is not None and wizard.isVisible()  # and then the wizard the user asked for

    # the real MicroCommunity template: its one row is rejected only for its ID number
    wizard.file_page.path.setText(str(REAL / "importRoom.xlsx"))
    for _ in range(3):
        _press(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert "1 行仅因身份证号被拒绝" in page.summary.text() and "留空身份证号导入" in page.summary.text()
    _press(qtbot, wizard, QWizard.WizardButton.BackButton)
    _press(qtbot, wizard, QWizard.WizardButton.BackButton)
    _press(qtbot, wizard, QWizard.WizardButton.BackButton)
    click(qtbot, wizard.file_page.blank_ids)
    for _ in range(3):
        _press(qtbot, wizard)
    # warnings left: the page says to tick the box, not that it is ready
    assert "可以导入" not in page.summary.text() and "勾选" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    click(qtbot, page.accept)
    answers = ModalAnswers(qtbot)
    answers.message_box(QMessageBox.StandardButton.Yes)
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    answers.wait_all()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    assert wizard.result.created == 1 and "1" in wizard.done_page.text.text()
    # imported: 完成 closes it, and no 取消 offers to undo what cannot be undone
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_no_community_given_no_wizard(qtbot, ctx, desk_app):
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    _asked, wizard = _roster_wizard(qtbot, window, lambda d: None, accept=False)
    assert wizard is None and registry_community.community(ctx) is None


def test_an_empty_community_name_is_named(qtbot, ctx, desk_app):
    window = desk_window(qtbot, ctx, "ADMIN")
    answers = ModalAnswers(qtbot)
    opened = answers.dialog(CentreDialog, lambda d: None, accept=False)
    _action(window, "action_tools_65").trigger()  # 工具 ▸ 小区与服务中心…
    answers.wait_all()
    assert opened.done

    dialog = CentreDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    answers = ModalAnswers(qtbot)
    said = answers.message_box(contains="小区名称")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))  # 保存 with nothing typed
    answers.wait_all()
    assert "不能为空" in said.text
    assert dialog.isVisible() and dialog.focusWidget() is dialog.name  # the field named has the cursor
    assert registry_community.community(ctx) is None


def test_the_go_live_chooser_asks_in_chinese(qtbot, community, desk_app):
    """文件 ▸ 导入上线数据… asked "What does the file hold?" under "Import go-live data": its texts went
    through a local tr() that lupdate filed under no context, so they were never translated."""
    window = desk_window(qtbot, community, "SUPERVISOR")
    answers = ModalAnswers(qtbot)
    asked = answers.input_text("期初欠费")
    _action(window, "action_file_22").trigger()
    answers.wait_all()
    assert (asked.title, asked.text) == ("导入上线数据", "文件里是哪种数据？")
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and "期初欠费" in wizard.windowTitle()


def test_a_huge_area_is_quoted_short_at_its_cell(qtbot, desk_session, tmp_path):
    """An area cell of 1e300 (a hostile or shifted file): the row is rejected at sheet, row and
    column, and the number is quoted as 1.000E+300, not as 301 digits running off the window."""
    import openpyxl

    book = openpyxl.load_workbook(REAL / "importRoom.xlsx")
    book["资产信息"]["I2"] = 1e300
    path = tmp_path / "huge.xlsx"
    book.save(path)
    wizard = ImportWizard(desk_session, Target.UNITS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(path))
    for _ in range(3):
        _press(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    rect = page.view.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = page.detail.text()
    assert "工作表 资产信息 第 2 行 I 列（建筑面积）" in detail and "1.000E+300" in detail
    assert "0" * 20 not in detail
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
