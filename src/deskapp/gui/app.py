"""Starting the desk program: application, font, language, database, sign-in, main window."""
from __future__ import annotations

import os
import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from deskapp.gui import bench_stamps, fonts, i18n, qt_features
from deskapp.resources_path import resource

qt_features.skip_source_scan()  # before SQLAlchemy, the models and the areas are imported


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("deskapp")
    app.setApplicationName("deskapp")
    app.setApplicationDisplayName("物业客服台")
    app.setWindowIcon(QIcon(str(resource("icons", "deskapp.png"))))  # the desktop shortcut's icon
    fonts.install(app)
    i18n.install(app, i18n.chosen_language(lang))
    return app


def sign_in(ctx, parent=None):
    """Who is at the desk: the login dialog (or, on an empty database, the creation of the
    administrator). With DESKAPP_USER and DESKAPP_PASSWORD set, signs in without a dialog
    (benchmarks and scripted starts; audited as 脚本登录). None: the user chose to exit."""
    from deskapp.gui.accounts import login

    user, password = os.environ.get("DESKAPP_USER"), os.environ.get("DESKAPP_PASSWORD")
    if user and password is not None:
        from deskapp.domain.errors import DeskappError

        try:
            return login.scripted_sign_in(ctx, user, password, parent)
        except DeskappError as exc:
            print(f"DESKAPP_USER={user}: {exc}", file=sys.stderr)
            return None
    return login.interactive_sign_in(ctx, parent)


def run(args) -> int:
    """The program window (cli.main has switched the garbage collector off for the start)."""
    from deskapp.db_location import resolve_db
    from deskapp.userpaths import default_db_path

    app = make_app(lang=getattr(args, "lang", None))
    db = resolve_db(getattr(args, "db", None), default_db_path())
    code = DeskStart(app, db, log=True).run()
    # The window is closed and the lock given back; what is left is freed as the interpreter ends.
    # Its last full collection would walk every object Qt, SQLAlchemy and the models made (a tenth
    # of a start that quits once shown, more after a day's work): frozen objects are skipped, and
    # still freed by their reference counts as the modules are cleared.
    import gc

    gc.freeze()
    return code


def start_log(db: str) -> None:
    """deskapp.log in the data folder, and uncaught exceptions into it with a message box."""
    from deskapp import logs
    from deskapp.gui import uncaught
    from deskapp.userpaths import data_dir

    uncaught.install()
    logs.start(data_dir(), "deskapp.gui", f"desk started on {db}", "deskapp: cannot write the log: {exc}")


class DeskStart:
    """The start: the main window is shown at once while the database opens behind it
    (gui/opening.py); then sign in and the window becomes the desk. After a sign-out or a
    restore the same again, with the database already open.

    DESKAPP_EXIT_WHEN_SHOWN=1 quits as soon as the window is shown, before the opening starts;
    DESKAPP_EXIT_WHEN_READY=1 quits once the signed-in desk is built (`deskapp bench` times both)."""

    def __init__(self, app, db: str, *, log: bool = False):
        self.app = app
        self.db = db
        self.log = log  # start deskapp.log once the window is shown (run(); tests leave it)
        self.opener = None
        self.opened = None
        self.window = None
        self.printed = None
        self.upgrade_note = ""
        self.clock_said = ""  # the clock warning the user carried on past (recorded after the sign-in)
        self.early_login = None  # the login dialog shown while the database opens
        self.refused = False  # the file's check found it damaged, and the user was told
        self.after_check: list = []  # what the desk starts once the file's check has passed

    def run(self) -> int:
        try:
            while True:
                code, restart = self._one_sitting()
                if not restart:
                    return code
        finally:
            if self.opener is not None:
                self.opener.wait()
            if self.opened is None and self.opener is not None:  # left while it opened: give back what it opened
                self.opened = self._left_open()
            ctx = getattr(self.opened, "ctx", None)
            if ctx is not None:
                # Closing the last connection checkpoints SQLite's write-ahead log into the file and removes
                # it: left open, the day's work sat in deskapp.sqlite-wal beside a file that, copied alone
                # after the program was closed, lacked it.
                ctx.db.dispose()
            lock = getattr(self.opened, "lock", None)
            if lock is not None:
                lock.release()

    def _one_sitting(self) -> tuple[int, bool]:
        from PySide6.QtCore import QTimer

        from deskapp.gui.main_window import MainWindow

        window = self.window = MainWindow()
        window.show()
        if os.environ.get("DESKAPP_EXIT_WHEN_SHOWN") == "1":
            QTimer.singleShot(0, self.app.quit)
        if self.log and os.environ.get("DESKAPP_EXIT_WHEN_SHOWN") != "1":
            # the log file and the crash box, right after the window is on screen
            self.log = False
            QTimer.singleShot(0, lambda: start_log(self.db))
        if os.environ.get("DESKAPP_EXIT_WHEN_SHOWN") != "1":
            QTimer.singleShot(0, self._open)
        code = self.app.exec()
        restart = bool(window.property("deskapp_restart"))
        if window.session is not None:
            from deskapp.gui import printing

            window.idle_lock.stop()
            printing.OUTPUT_LISTENERS.remove(self.printed)
        window.deleteLater()
        self.window = None
        return code, restart

    def _open(self, create: bool = False) -> None:
        from PySide6.QtCore import QTimer

        self.window.on_screen()
        if self.opened is not None:
            self._opened(self.opened)
            return
        from deskapp.gui.opening import DatabaseOpener

        if self.opener is not None:
            self.opener.wait()
        # a person signs in: the opening loads the rest of the desk while they type
        self.opener = DatabaseOpener(self.db, create=create, warm=not create and not self._scripted())
        self.opener.done.connect(self._opened)
        self.opener.checked.connect(self._checked)
        self.opener.upgrading.connect(self._upgrading)
        self.opener.upgraded.connect(self._upgraded)
        if not create and not self._scripted():
            # The login dialog first, the opening thread a turn of the event loop later: its imports
            # share the interpreter with the GUI thread, and the dialog was painted ~8 % later beside them
            self._early_sign_in()
            QTimer.singleShot(0, self.opener.start)
            return
        self.opener.start()
        if not create:
            self._early_sign_in()

    def _scripted(self) -> bool:
        if bench_stamps.typist_ms() is not None:
            return False  # deskapp bench types into the dialog, as a clerk would
        return bool(os.environ.get("DESKAPP_USER")) and os.environ.get("DESKAPP_PASSWORD") is not None

    def _early_sign_in(self) -> None:
        """The login dialog over the window while the database opens (issue 21 §2): the clerk
        types while SQLAlchemy, the models and the file's check load, and is signed in as
        soon as the database is open. Not for a scripted sign-in."""
        if self._scripted():
            return
        from deskapp.gui.sign_in import LoginDialog

        dialog = self.early_login = LoginDialog(None, self.window)
        opener = self.opener
        dialog.waiting_for_database.connect(lambda: opener.stop_warming())
        dialog.rejected.connect(lambda: self._left_at_sign_in(dialog))
        dialog.accepted.connect(lambda: self._signed_in_early(dialog))
        dialog.open()
        bench_stamps.login_shown(dialog)

    def _left_at_sign_in(self, dialog) -> None:
        if dialog is self.early_login:
            self.early_login = None
            self.app.exit(0)

    def _signed_in_early(self, dialog) -> None:
        from deskapp.gui.accounts.login import signed_in

        self.early_login = None
        actor = signed_in(dialog, self.window)
        if actor is None:
            self.app.exit(0)
            return
        self._attach(self.window, actor)

    def _drop_early_login(self) -> None:
        """The opening failed, or the database has no accounts yet: another dialog asks."""
        dialog, self.early_login = self.early_login, None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _left_open(self):
        from deskapp.gui.opening import Opened

        result = getattr(self.opener, "result", None)
        if isinstance(result, Opened):
            result.ctx.db.dispose()
            return result
        return None

    def _upgrading(self) -> None:
        if self.window is not None:
            self.window.say_opening(self.app.translate(
                "startup", "This version of the program brings the database up to date: a copy is made first, "
                           "then it is upgraded. Please wait…"))

    def _upgraded(self, backup: str) -> None:
        if getattr(self.opener, "create", False) and not backup:  # a new file is made, not upgraded
            self.upgrade_note = self.app.translate("startup", "A new, empty database was made.")
            return
        self.upgrade_note = self.app.translate("startup", "The database was upgraded for this version.")
        if backup:
            self.upgrade_note += " " + self.app.translate("startup", "The copy from before: {path}").format(path=backup)

    def _opened(self, result) -> None:
        import gc

        from deskapp.gui import main_thread_gc
        from deskapp.gui.opening import OpenFailed

        gc.freeze()  # what is loaded by now stays: later collections need not walk it
        main_thread_gc.install(self.app)  # collection resumes, in the GUI thread only

        window = self.window
        if window is None:
            return
        if isinstance(result, OpenFailed):
            self._drop_early_login()
        if isinstance(result, OpenFailed) and self._missing(result.error):
            if self._create_asked(result.error):
                self._open(create=True)
            else:
                self.app.exit(1)
            return
        if isinstance(result, OpenFailed) and self._server_down(result.error):
            if self._retry_asked(result.error):
                self._open()
            else:
                self.app.exit(1)
            return
        if isinstance(result, OpenFailed):
            from PySide6.QtWidgets import QMessageBox

            import logging

            print(result.details, file=sys.stderr)
            logging.getLogger("deskapp.gui").warning("cannot open the database %s: %s", self.db, result.details)
            window.say_opening(self.app.translate("startup", "Cannot open the database"))
            from deskapp.gui.widgets import as_typed

            QMessageBox.critical(window, self.app.translate("startup", "Cannot open the database"), as_typed(str(result.error)))
            self.app.exit(1)
            return
        self.opened = result
        check = result.ctx.db.check
        if check is not None and check.settled and check.problem is not None:
            self._checked(check.problem)  # found damaged before anyone signed in
            return
        if not self._clock_accepted(result.ctx):
            self._drop_early_login()
            self.app.exit(1)
            return
        window.say_opening(self.app.translate("startup", "Please sign in."))
        if self.early_login is not None:
            from deskapp.services.accounts import users

            if users.has_users(result.ctx):
                self.early_login.set_context(result.ctx)  # signs in now if 登录 was pressed
                return
            self._drop_early_login()  # an empty database: the first administrator is made
        actor = sign_in(result.ctx, window)
        if actor is None:
            self.app.exit(0)
            return
        self._attach(window, actor)

    def _checked(self, problem) -> None:
        """The file's check ended after the desk had opened (store/write_gate.py): a damaged
        file is said, as at the start, and the program closes; nothing was written to it."""
        window = self.window
        if window is None or self.refused:
            return
        waiting, self.after_check = self.after_check, []
        if problem is None:
            if window.statusBar().currentMessage() == self._checking_text():
                window.statusBar().clearMessage()
            for then in waiting:
                then()
            return
        self.refused = True  # said once, whether found before the sign-in or after
        from PySide6.QtWidgets import QMessageBox

        import logging

        logging.getLogger("deskapp.gui").warning("the database %s failed its check: %s", self.db, problem)
        self._drop_early_login()
        window.say_opening(self.app.translate("startup", "Cannot open the database"))
        from deskapp.gui.widgets import as_typed

        QMessageBox.critical(window, self.app.translate("startup", "Cannot open the database"), as_typed(str(problem)))
        self.app.exit(1)

    def _checking_text(self) -> str:
        return self.app.translate("startup", "Checking the database file (saving waits for it)…")

    @staticmethod
    def _missing(error: BaseException) -> bool:
        from deskapp.services.app import MISSING, DatabaseProblem

        return isinstance(error, DatabaseProblem) and error.kind == MISSING

    def _clock_accepted(self, ctx) -> bool:
        """This PC's clock checked before anyone signs in (services/accounts/clock_check.py): a
        clock that went back, or far from the server's, would date and number every receipt
        wrong. 退出 is the default; 仍然继续 is recorded once someone signs in."""
        from PySide6.QtWidgets import QMessageBox

        from deskapp.services.accounts import clock_check

        said = clock_check.trouble(ctx)
        if said is None:
            return True
        import logging

        logging.getLogger("deskapp.gui").warning("the PC's clock looks wrong: %s", said)
        app = self.app
        self.window.say_opening(app.translate("startup", "This PC's clock is wrong"))
        box = QMessageBox(QMessageBox.Icon.Warning, app.translate("startup", "This PC's clock is wrong"), said,
                          parent=self.window)
        leave = box.addButton(app.translate("startup", "Exit and set the clock"), QMessageBox.ButtonRole.RejectRole)
        stay = box.addButton(app.translate("startup", "Carry on anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(leave)
        box.exec()
        if box.clickedButton() is not stay:
            return False
        self.clock_said = said
        return True

    @staticmethod
    def _server_down(error: BaseException) -> bool:
        from deskapp.services.app import SERVER_DOWN, DatabaseProblem

        return isinstance(error, DatabaseProblem) and error.kind == SERVER_DOWN

    def _retry_asked(self, error) -> bool:
        """The server PC may still be starting, or the network coming back: the clerk waits and
        tries again rather than starting the program anew."""
        from PySide6.QtWidgets import QMessageBox

        import logging

        logging.getLogger("deskapp.gui").warning("the server database %s was not reached: %s", self.db,
                                                 " ".join(error.details))
        app = self.app
        self.window.say_opening(app.translate("startup", "Cannot open the database"))
        return self._go_on_or_exit(QMessageBox.Icon.Warning, app.translate("startup", "The database server was not reached"),
                                   str(error), app.translate("startup", "&Retry"),
                                   app.translate("startup", "Connecting to the database server…"))

    def _create_asked(self, error) -> bool:
        """A database file that does not exist is made only when the user says so (issue 14
        §2): a mistyped path must not quietly become a new, empty database."""
        from PySide6.QtWidgets import QMessageBox

        app = self.app
        return self._go_on_or_exit(
            QMessageBox.Icon.Question, app.translate("startup", "No database here"),
            app.translate("startup", "There is no database file at {path}.\n\nCreate a new, empty database "
                          "there? If the centre's database is elsewhere, choose Exit and start "
                          "the program with that file.").format(path=error.path),
            app.translate("startup", "Create new database"), app.translate("startup", "Creating the database…"))

    def _go_on_or_exit(self, icon, title: str, text: str, go_on: str, going: str) -> bool:
        """Ask over the window: `go_on` (the default) or 退出; the window says `going` if it goes on."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, parent=self.window)
        chosen = box.addButton(go_on, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.app.translate("startup", "Exit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(chosen)
        box.exec()
        if box.clickedButton() is not chosen:
            return False
        self.window.say_opening(going)
        return True

    def _attach(self, window, actor) -> None:
        from PySide6.QtCore import QTimer

        from deskapp.gui.accounts.actions import daily_backup, record_prints
        from deskapp.gui.accounts.idle import IdleLock
        from deskapp.gui.accounts.update_offer import offer_update
        from deskapp.gui.session import ChangeBus, DeskSession

        session = DeskSession(self.opened.ctx, actor, ChangeBus())
        if self.clock_said:
            from deskapp.gui import errors
            from deskapp.services.accounts import clock_check

            errors.attempt(clock_check.carried_on, session.ctx, actor, self.clock_said)
            self.clock_said = ""
        window.attach(session)
        IdleLock(window, session)
        self.printed = record_prints(session)
        if self.upgrade_note:
            window.statusBar().showMessage(self.upgrade_note, 30000)
            self.upgrade_note = ""
        elif self.opened.ctx.db.writes_wait:
            window.statusBar().showMessage(self._checking_text())
        if self.opened.ctx.db.check is not None:
            from deskapp.gui.busy import busy_in_gui_thread

            self.opened.ctx.db.check.waiting = busy_in_gui_thread
        bench_stamps.ready(self.app)
        # the first start of the day backs up, a moment after the desk is ready
        # (the window as the timer's context: a window closed by then cancels it)
        backup = (lambda: daily_backup(window) if self._working(window) else None)
        if self.opened.ctx.db.writes_wait:
            # the backup reads the whole file as the check does: after its verdict, not beside it
            # (one disk; and a damaged file is not backed up as if it were sound)
            self.after_check.append(lambda: QTimer.singleShot(500, window, backup))
        else:
            QTimer.singleShot(1500, window, backup)
        # an administrator is offered a newer version from the update folder, after the backup
        QTimer.singleShot(2500, window, lambda: offer_update(window) if self._working(window) else None)

    def _working(self, window) -> bool:
        """The desk is still there to work at: not closed, and its file not found damaged (the
        program is ending then, its message on screen)."""
        return window.isVisible() and not self.refused
