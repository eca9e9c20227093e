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
    """Who is at the desk: the login dialog (or, on an empty database, the creation of the
    administrator). With DESKAPP_USER and DESKAPP_PASSWORD set, signs in without a dialog
    (benchmarks and scripted starts; audited as 脚本登录). None: the user chose to exit."""
    import os

    from deskapp.gui.accounts import login

    user, password = os.environ.get("DESKAPP_USER"), os.environ.get("DESKAPP_PASSWORD")
    if user and password is not None:
        from deskapp.domain.errors import DeskappError

        try:
            return login.scripted_sign_in(ctx, user, password)
        except DeskappError as exc:
            print(f"DESKAPP_USER={user}: {exc}", file=sys.stderr)
            return None
    return login.interactive_sign_in(ctx, parent)


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
    try:
        return _desk_loop(app, ctx)
    finally:
        if lock is not None:
            lock.release()


def _desk_loop(app, ctx) -> int:
    """Sign in, work, and after a sign-out or a restore sign in again."""
    import os

    from PySide6.QtCore import QTimer

    from deskapp.gui import printing
    from deskapp.gui.accounts.actions import daily_backup, record_prints
    from deskapp.gui.accounts.idle import IdleLock
    from deskapp.gui.main_window import MainWindow

    while True:
        actor = sign_in(ctx)
        if actor is None:
            return 0
        window = MainWindow(DeskSession(ctx, actor, ChangeBus()))
        IdleLock(window, window.session)
        printed = record_prints(window.session)
        window.show()
        if os.environ.get("DESKAPP_EXIT_WHEN_SHOWN") == "1":  # `deskapp bench` times the start
            QTimer.singleShot(0, app.quit)
        # the first start of the day backs up, a moment after the desk is ready
        QTimer.singleShot(1500, lambda w=window: daily_backup(w) if w.isVisible() else None)
        code = app.exec()
        restart = bool(window.property("deskapp_restart"))
        window.idle_lock.stop()
        printing.OUTPUT_LISTENERS.remove(printed)
        window.deleteLater()
        if not restart:
            return code
