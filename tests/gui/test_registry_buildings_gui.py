"""业户档案 ▸ 新建楼栋…: a centre entering its units by hand makes their buildings first — there was
no screen for it (only a roster import made buildings), and 新建房屋 refused every unit with
"请先在小区设置中新建", naming a place that did not exist."""
from __future__ import annotations

from modal_answers import ModalAnswers, desk_window, open_view, type_text
from deskapp.gui.importing.centre_dialog import CentreDialog
from deskapp.gui.registry.unit_dialogs import BuildingDialog
from deskapp.services.registry import community as registry_community


def test_a_new_centre_makes_a_building_in_the_window_and_the_filter_lists_it(qtbot, ctx, desk_app):
    window = desk_window(qtbot, ctx, "SUPERVISOR")
    view = open_view(qtbot, window, "registry")
    register = view
    assert register.act_building.isVisible()
    seen = {}

    def centre(d: CentreDialog) -> None:
        type_text(qtbot, d.name, "翠湖花园")

    def building(d: BuildingDialog) -> None:
        seen["focus"] = d.focusWidget() is d.code
        type_text(qtbot, d.code, "5")
        type_text(qtbot, d.floors, "18")

    answers = ModalAnswers(qtbot)
    answers.dialog(CentreDialog, centre)
    answers.dialog(BuildingDialog, building)
    register.act_building.trigger()
    answers.wait_all()
    assert seen["focus"]
    assert [(b.code, b.name, b.floors) for b in registry_community.buildings(ctx, window.session.actor)] == [
        ("5", "5号楼", 18)]
    assert [register.building.itemText(i) for i in range(register.building.count())] == ["全部楼栋", "5号楼"]


def test_a_clerk_is_not_offered_it(qtbot, community, desk_app):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "registry")
    assert not view.act_building.isVisible()


def test_alt_b_opens_it_from_the_keyboard(qtbot, community, desk_app):
    """新建楼栋(&B) as the button says: Alt+B opens it wherever the focus is in the register (an
    ActionRow button showed its action's text without the mnemonic, so Alt+B did nothing)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QToolButton

    window = desk_window(qtbot, community, "SUPERVISOR")
    register = open_view(qtbot, window, "registry")
    button = next(b for b in register.findChildren(QToolButton) if b.defaultAction() is register.act_building)
    assert button.text() == "新建楼栋(&B)…"  # drawn with the B underlined
    register.text.setFocus()
    answers = ModalAnswers(qtbot)
    opened = answers.dialog(BuildingDialog, lambda d: None, accept=False)
    qtbot.keyClick(register.text, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    answers.wait_all()
    assert opened.done
