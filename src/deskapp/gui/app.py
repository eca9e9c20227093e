"""Starting the desk program: application, font, language, database, sign-in, main window."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from deskapp.gui import fonts, i18n
from deskapp.gui.session import ChangeBus, DeskSession


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("deskapp")
    app.setApplicationName("deskapp")
    app.setApplicationDisplayName("物业客服台")
    fonts.install(app)
    i18n.install(app, i18n.chosen_language(lang))
    return app


def sign_in(ctx, parent=None):
    """Who is at the desk. (Accounts and the login dialog come with the accounts area.)"""
    from deskapp.services.context import Actor

    return Actor.os_user()


def run(args) -> int:
    from deskapp.services.app import AlreadyOpen, SchemaError, lock_instance, open_context, resolve_db
    from deskapp.userpaths import default_db_path

    app = make_app(lang=getattr(args, "lang", None))
    try:
        ctx = open_context(resolve_db(getattr(args, "db", None), default_db_path()))
        lock = lock_instance(ctx)
    except (AlreadyOpen, SchemaError) as exc:
        QMessageBox.critical(None, app.translate("startup", "Cannot open the database"), str(exc))
        return 1
    actor = sign_in(ctx)
    if actor is None:
        return 0
    from deskapp.gui.main_window import MainWindow

    window = MainWindow(DeskSession(ctx, actor, ChangeBus()))
    window.show()
    import os  # `deskapp bench` times the start: quit as soon as the window is shown

    if os.environ.get("DESKAPP_EXIT_WHEN_SHOWN") == "1":
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        if lock is not None:
            lock.release()
