"""Opening the database behind the shown main window.

Python, SQLAlchemy, ~70 models and the areas' GUI modules take about a second to load; the
clerk should see the program's window at once and not a blank screen. So the window is shown
first (gui/app.py) and this thread does the loading: the instance lock, the schema check (and
an upgrade with its backup, if one is due), the models and their mappers, and the imports of
the GUI areas. Only imports and database work happen here: every widget is made in the GUI
thread, after `done`."""
from __future__ import annotations

import importlib
import logging
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

# What the sign-in and building the desk import (the first view, the status bar, the
# permissions the menus read), loaded in the thread so that the GUI thread finds them loaded.
# Nothing here may pull in openpyxl, reportlab or alembic (tests/gui/test_start.py): a scripted
# start goes straight on to the desk. With a person at the login dialog the thread goes on
# while they type (`warm`): every area's screens and services (see `warm_up`).
GUI_MODULES = (
    "deskapp.gui.session",
    "deskapp.gui.view_catalogue",
    "deskapp.gui.accounts.actions",
    "deskapp.gui.accounts.idle",
    "deskapp.gui.accounts.login",
    "deskapp.gui.accounts.status",
    "deskapp.gui.keys.status",
    "deskapp.gui.reception.status",
    "deskapp.gui.registry.register_view",
    "deskapp.gui.printing",
    "deskapp.services.registry.completeness",
    "deskapp.services.importing.common",
    "deskapp.services.importing.files",
    "deskapp.services.importing.readings",
    "deskapp.services.importing.rejects",
    "deskapp.services.importing.roster",
    "deskapp.services.keys.custody",
    "deskapp.services.billing.common",
    "deskapp.services.registry.prints",
)


def import_gui_modules() -> None:
    from deskapp.gui.view_catalogue import views

    for name in GUI_MODULES:
        importlib.import_module(name)
    views()  # imports every area's package


# The views a role lands on (gui/*/__init__.py home_for): warmed first, so that a warm-up cut short
# by 登录 has done what the first view needs before the rest.
LANDING_PACKAGES = ("deskapp.gui.reception", "deskapp.gui.rounds", "deskapp.gui.registry")


def _modules(package_name: str) -> Iterator[str]:
    import pkgutil

    package = importlib.import_module(package_name)
    for info in pkgutil.walk_packages(package.__path__, package_name + "."):
        yield info.name


def warm_up(ctx, stop: Callable[[], bool] = lambda: False) -> bool:
    """While the clerk types name and password: every GUI module, every area's services and
    the unit codes' sort keys (services/app.py). The first view of a clerk, a steward or a
    supervisor (今日, the rounds) gathers every area's hooks and imports its tabs, and with them
    the Excel and PDF libraries — 1.2–2.7 s after 登录 was pressed when they were loaded then.
    `stop` is asked before each module: 登录 pressed ends the warm-up there, and the desk loads
    what its first view still needs itself (at 20,000 units on this 2-core machine the warm-up
    ended after the 1.5 s of typing, and everyone waited for all of it). Whether it ran to the end."""
    from deskapp.services.app import warm_code_order
    from deskapp.services.reception.desk import read_ahead

    for package in (*LANDING_PACKAGES, "deskapp.services", "deskapp.gui"):
        for name in _modules(package):
            if stop():
                return False
            importlib.import_module(name)
    if stop():
        return False
    warm_code_order(ctx)
    # Last, as it only saves the clerk's and the supervisor's first gathering, and stopped by 登录
    # between areas: measured in alternated starts (8 each, 20,000 units) clerk 489 against 518 ms,
    # supervisor 488 against 531 ms, steward 367 against 349 ms, administrator 381 against 379 ms.
    try:
        return read_ahead(ctx, stop)
    except Exception:  # only a head start: the list is gathered again after 登录, where a fault is shown
        logging.getLogger("deskapp.start").warning("the morning list was not read ahead", exc_info=True)
        return False


@dataclass
class Opened:
    ctx: object  # services.context.Context
    lock: object | None  # store.instance_lock.InstanceLock


@dataclass
class OpenFailed:
    error: BaseException
    details: str


class DatabaseOpener(QObject):
    """Starts the opening thread; `done` (in the GUI thread) carries Opened or OpenFailed."""

    done = Signal(object)
    checked = Signal(object)  # after `done`: what the file's check found (None: sound), store/write_gate.py
    upgrading = Signal()  # the database is being backed up and upgraded for this version
    upgraded = Signal(str)  # done; the copy from before (empty: nothing to back up)

    def __init__(self, db: str, parent: QObject | None = None, *, create: bool = False, warm: bool = False):
        super().__init__(parent)
        self.db = db
        self.create = create  # the user chose 新建 for a file that does not exist
        self.warm = warm  # a person is at the login dialog: load the rest while they type (warm_up)
        self._stop_warming = threading.Event()  # 登录 was pressed: open, and leave the rest to the desk
        self.result: Opened | OpenFailed | None = None
        # Not a daemon: leaving the program while an upgrade runs waits for it to finish
        # rather than cutting it off half way.
        self._thread = threading.Thread(target=self._work, name="deskapp-open")

    def start(self) -> None:
        self._thread.start()

    def stop_warming(self) -> None:
        """登录 pressed while the thread still loads: it hands the database over as soon as it is
        open, leaving what is not loaded yet to be loaded where it is needed."""
        self._stop_warming.set()

    def wait(self) -> None:
        """Leaving: stop the file's check unless a write waits for it, then let the thread end."""
        check = self._check()
        if check is not None:
            check.leave()
        if self._thread.is_alive():
            self._thread.join()

    def _check(self):
        result = self.result
        return result.ctx.db.check if isinstance(result, Opened) else None

    def _work(self) -> None:
        try:
            from deskapp.services.app import open_for_desk

            # the GUI modules are imported while the file is checked (services/app.py)
            ctx, lock = open_for_desk(self.db, create=self.create, upgrading=self.upgrading.emit,
                                      upgraded=lambda backup: self.upgraded.emit(str(backup or "")),
                                      meanwhile=import_gui_modules)
            result: Opened | OpenFailed = Opened(ctx, lock)
            if self.warm:
                try:
                    warm_up(ctx, self._stop_warming.is_set)
                except Exception:
                    ctx.db.dispose()
                    if lock is not None:
                        lock.release()
                    raise
        except Exception as exc:  # shown to the user by the GUI thread, with the details on stderr
            result = OpenFailed(exc, traceback.format_exc())
        self.result = result
        self.done.emit(result)
        check = self._check()
        if check is not None:  # the desk works meanwhile; its writes wait for this
            self.checked.emit(check.outcome())
