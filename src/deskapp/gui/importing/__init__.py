"""Import wizard: owner/unit rosters, meter readings and the go-live data (期初欠费, history, deposits…)
from Excel or CSV (File menu)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from deskapp.gui.view_catalogue import MenuSpec


def _may(action: str):
    def visible(session) -> bool:
        from deskapp.services.importing import common

        return session.may(getattr(common, action))

    return visible


def _may_set_up(session) -> bool:
    from deskapp.services.registry.common import SETUP

    return session.may(SETUP)


def _open(target: str):
    def run(window) -> None:
        from deskapp.domain.importing import Target
        from deskapp.gui.importing.wizard import ImportWizard

        if Target(target) is Target.UNITS and not _centre_set(window):
            return
        wizard = ImportWizard(window.session, Target(target), window)
        wizard.open()

    return run


def _centre_set(window) -> bool:
    """The units of a roster belong to the community: asked for first, not refused after the preview."""
    from deskapp.gui.importing.centre_dialog import centre_is_set

    return centre_is_set(window, QCoreApplication.translate(
        "importing", "The units are imported into the community: first give its name and its service centre's "
                     "(printed at the head of every paper). You can change them later under Tools ▸ Community and "
                     "service centre…"))


def _centre(window) -> None:
    from deskapp.gui.importing.centre_dialog import CentreDialog

    CentreDialog(window.session, window).exec()


def _go_live(window) -> None:
    """Which go-live import: every kind beyond the roster and the readings that the user may run."""
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from deskapp.domain.importing import Target
    from deskapp.gui.importing.wizard import ImportWizard
    from deskapp.gui.service_text import said
    from deskapp.services.importing.kinds import all_kinds

    kinds = [k for k in all_kinds() if k.target not in (Target.UNITS, Target.READINGS)
             and window.session.may(k.permission)]
    if not kinds:
        QMessageBox.information(window, QCoreApplication.translate("importing", "Import go-live data"),
                                QCoreApplication.translate("importing", "There is no go-live import you may run."))
        return
    names = [said(k.title) for k in kinds]
    # translate() written out, not through a local tr(): lupdate filed those under no context, and they showed in English
    name, ok = QInputDialog.getItem(window, QCoreApplication.translate("importing", "Import go-live data"),
                                    QCoreApplication.translate("importing", "What does the file hold?"), names, 0, False)
    if ok and name in names:
        ImportWizard(window.session, kinds[names.index(name)].target, window).open()


def _sheets(window) -> None:
    from deskapp.gui.importing.go_live_sheets import GoLiveSheetsDialog

    GoLiveSheetsDialog(window.session, window).open()


def _may_see_sheets(session) -> bool:
    """Whoever may run an import with a sheet (all but the readings): its sheets are theirs to print again."""
    from deskapp.domain.importing import Target
    from deskapp.services.importing.kinds import all_kinds

    return any(k.target is not Target.READINGS and session.may(k.permission) for k in all_kinds())


MENU_ENTRIES = [
    # Ctrl+Shift+U, not Ctrl+Shift+I: that is the unit page's 前台须知, and a key both ways does neither
    MenuSpec("file", 20, lambda: QCoreApplication.translate("importing", "&Import owner/unit roster…"),
             _open("units"), shortcut="Ctrl+Shift+U", visible=_may("IMPORT_UNITS")),
    MenuSpec("file", 21, lambda: QCoreApplication.translate("importing", "Import &meter readings…"),
             _open("readings"), visible=_may("IMPORT_READINGS")),
    MenuSpec("file", 22, lambda: QCoreApplication.translate("importing", "Import &go-live data…"),
             _go_live, visible=_may("IMPORT_UNITS")),
    MenuSpec("file", 23, lambda: QCoreApplication.translate("importing", "Go-live reconciliation s&heets…"),
             _sheets, visible=_may_see_sheets),
    MenuSpec("tools", 65, lambda: QCoreApplication.translate("importing", "Commu&nity and service centre…"),
             _centre, visible=_may_set_up),
]
