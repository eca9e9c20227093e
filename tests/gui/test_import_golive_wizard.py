"""The import wizard for a centre coming from HC小区, driven by its buttons: the setup workbook
through the roster import (owners linked, the unlinked one shown at its own sheet), and its
车位信息 through File → 导入上线数据… → 车位与租约."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from sqlalchemy import select

from golive_workbooks import hc_workbook
from modal_answers import ModalAnswers
from deskapp.domain.importing import Target
from deskapp.domain.keys import SpaceState
from deskapp.gui.importing import verdict_model
from deskapp.gui.importing.wizard import ImportWizard
from deskapp.services.importing.common import ImportOptions
from deskapp.services.importing.roster import import_units
from deskapp.store.models.keys import ParkingLease, ParkingSpace
from deskapp.store.models.registry import Person, Unit, UnitPerson


def press(qtbot, wizard, which=QWizard.WizardButton.NextButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def commit(qtbot, wizard) -> ModalAnswers:
    """Press Import and say Yes to the confirmation, as the user does."""
    answers = ModalAnswers(qtbot)
    sure = answers.message_box(QMessageBox.StandardButton.Yes)
    press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    answers.wait_all()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page, timeout=10_000)
    return sure


def test_hc_setup_workbook_through_the_roster_wizard(qtbot, qtmodeltester, desk_session, tmp_path):
    wizard = ImportWizard(desk_session, Target.UNITS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(hc_workbook(tmp_path / "hc.xlsx")))
    press(qtbot, wizard)
    assert wizard.sheet_page.sheet.currentData() == "房屋信息"
    press(qtbot, wizard)
    press(qtbot, wizard)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    qtmodeltester.check(page.model)
    assert "工作表 业主信息：4 人，已关联 3 人到 3 套房屋，未关联 1 人" in page.summary.text()
    page.filter.setCurrentIndex(page.filter.findData(verdict_model.WARNINGS))
    assert page.model.rowCount() == 1
    page.view.setCurrentIndex(page.model.index(0, 0))
    assert "工作表 业主信息 第 4 行 A 列（业主编号）" in page.detail.text() and "周强" in page.detail.text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    # on its box: the check box is stretched across the page, and a click beside its text misses it
    qtbot.mouseClick(page.accept, Qt.MouseButton.LeftButton, pos=QPoint(8, page.accept.height() // 2))
    assert page.accept.isChecked()
    sure = commit(qtbot, wizard)
    assert "hc.xlsx" in sure.text
    assert "新建 4 户" in wizard.done_page.text.text()
    with desk_session.ctx.reader() as uow:
        owners = set(uow.session.execute(select(Unit.code, Person.name).join(UnitPerson, UnitPerson.unit_id == Unit.id)
                                         .join(Person, Person.id == UnitPerson.person_id)).all())
    assert ("1-1-1001", "吴学文") in owners and ("1-2-1501", "吴学文") in owners and ("1-1-1002", "李娜") in owners


def test_hc_parking_through_the_go_live_menu(qtbot, main_window, desk_session, tmp_path):
    path = hc_workbook(tmp_path / "hc.xlsx")
    import_units(desk_session.ctx, desk_session.actor, path, ImportOptions(accept_warnings=True))
    action = next(a for a in main_window.file_menu.actions() if "go-live" in a.text() or "上线" in a.text())
    answers = ModalAnswers(qtbot)
    answers.input_text("车位与租约")
    action.trigger()
    answers.wait_all()
    qtbot.waitUntil(lambda: any(isinstance(w, ImportWizard) and w.isVisible() for w in QApplication.topLevelWidgets()))
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible())
    assert wizard.target is Target.PARKING
    wizard.file_page.path.setText(str(path))
    press(qtbot, wizard)
    assert wizard.sheet_page.sheet.currentData() == "车位信息"
    press(qtbot, wizard)
    assert wizard.mapping_page.combos["sale"].currentData() == 9  # 出租还是出售（H出租S出售）, column J
    press(qtbot, wizard)
    page = wizard.preview_page
    assert "车位 2 个：已售 1，出租 1，空置 0" in page.summary.text()
    commit(qtbot, wizard)
    assert "租约 1 份" in wizard.done_page.text.text()
    with desk_session.ctx.reader() as uow:
        spaces = dict(uow.session.execute(select(ParkingSpace.number, ParkingSpace.state)).all())
        plates = uow.session.execute(select(ParkingLease.plates)).scalars().all()
    assert spaces == {"B-001": SpaceState.SOLD, "B-002": SpaceState.FREE} and plates == ["浙A6789D"]
    wizard.close()
