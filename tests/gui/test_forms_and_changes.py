"""The one form dialog and the declared change flags (issue 15 §2, §3), pressed as a user does:
a write through the form announces what its service declared and the views that show it
refresh by themselves; a refused save names its field in the form; an unknown flag is refused."""
import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from modal_answers import ModalAnswers, button_named, click, click_tab, desk_window, open_view, type_text

from deskapp.contracts.changes import Change
from deskapp.gui.forms import FormDialog
from deskapp.gui.keys.dialogs import RegisterKeyDialog
from deskapp.gui.session import ChangeBus
from deskapp.services.registry import units as registry_units


@pytest.fixture
def unit_code(community, admin):
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                            "building_area": "98.50", "state": "空置"})
    return "3-2-1502"


def test_a_key_taken_in_through_the_form_is_announced_and_the_custody_list_refreshes(community, unit_code, qtbot):
    window = desk_window(qtbot, community, "SUPERVISOR")
    view = open_view(qtbot, window, "keys")
    custody = view.custody
    assert custody.table.rowCount() == 0
    heard: list[frozenset] = []
    window.session.bus.changed.connect(heard.append)
    answers = ModalAnswers(qtbot)

    def fill(dialog: RegisterKeyDialog) -> None:
        type_text(qtbot, dialog.unit, unit_code)
        type_text(qtbot, dialog.location, "A柜-12")
        type_text(qtbot, dialog.authority, "业主书面委托")
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))

    answers.dialog(RegisterKeyDialog, fill, accept=False)
    custody.findChild(QAction, "actRegisterKey").trigger()
    answers.wait_all()
    # the tab never reloads itself after the dialog: only the announced flag refreshes it
    qtbot.waitUntil(lambda: custody.table.rowCount() == 1)
    assert "A柜-12" in [custody.table.item(0, c).text() for c in range(custody.table.columnCount())]
    assert any(Change.KEYS in flags and Change.CHRONICLE in flags for flags in heard)


def test_a_refused_save_outlines_the_named_field_in_the_form(community, unit_code, qtbot):
    window = desk_window(qtbot, community, "CLERK")
    view = open_view(qtbot, window, "reception")
    click_tab(qtbot, view, view.requests)
    heard: list[frozenset] = []
    window.session.bus.changed.connect(heard.append)
    answers = ModalAnswers(qtbot)
    seen = {}

    def save_empty(dialog: FormDialog) -> None:
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
        # the message box has been answered; the form is still open and says why
        seen["open"] = dialog.isVisible()
        seen["line"] = dialog.problems.label.isVisible(), dialog.problems.text
        seen["outlined"] = [key for key, w in dialog.widgets.items() if "border" in w.styleSheet()]

    answers.dialog(FormDialog, save_empty, accept=False)
    refusal = answers.message_box()
    click(qtbot, button_named(view.requests, "rqNew"))
    answers.wait_all()
    assert seen["open"]
    shown, text = seen["line"]
    assert shown and text == refusal.text
    assert len(seen["outlined"]) == 1 and seen["outlined"][0] in text  # the field the message names
    assert view.requests.model.rowCount() == 0 and not heard  # nothing written, nothing announced


def test_the_bus_refuses_a_flag_nothing_declares(qapp):
    bus = ChangeBus()
    heard = []
    bus.changed.connect(heard.append)
    bus.announce(Change.PAYMENTS, "bills")  # a member, or its old literal
    assert heard == [frozenset({Change.PAYMENTS, Change.BILLS})]
    with pytest.raises(ValueError):
        bus.announce("billing")  # what today's list once listened for: no such flag
