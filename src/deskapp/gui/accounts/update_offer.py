"""At start, an administrator is offered a newer version from the update folder (issue 20 §5):
安装 backs the database up, starts the installer and closes the desk so it can replace the
program; the new version migrates the database at its first start. A folder that fails its
checks is said in a message box, and nothing is installed."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtWidgets import QMessageBox

from deskapp.gui import errors
from deskapp.services.accounts import updates
from deskapp.gui.widgets import as_typed


def offer_update(window) -> bool:
    """Asks, and on 安装 hands over to the installer. True when the installer was started."""
    session = window.session
    found = errors.call(window, updates.offer_for, session.ctx, session.actor)
    if not found.ok or found.value is None:
        return False
    offer = found.value
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("accounts", "Program update"),
                      as_typed(QCoreApplication.translate("accounts", "The update folder holds version {new} (this desk runs {current}).").format(
                          new=offer.version, current=offer.current)), parent=window)
    box.setInformativeText(
        (offer.notes + "\n\n" if offer.notes else "")
        + QCoreApplication.translate("accounts", "Installing backs the database up first and closes the program; "
              "the new version upgrades the database at its first start."))
    install = box.addButton(QCoreApplication.translate("accounts", "Install now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("accounts", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not install:
        return False
    prepared = errors.call(window, updates.prepare_install, session.ctx, session.actor, offer)
    if not prepared.ok:
        return False
    command = updates.installer_command(offer)
    started, _pid = QProcess.startDetached(command[0], command[1:])
    if not started:
        QMessageBox.warning(window, QCoreApplication.translate("accounts", "Program update"),
                            as_typed(QCoreApplication.translate("accounts", "The installer {path} could not be started.").format(path=command[0])))
        return False
    window.close()  # the installer replaces the program's files: the desk must not hold them
    return True
