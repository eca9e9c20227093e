"""Long work off the GUI thread, with a progress dialog and a cancel that leaves no half result.

The job is a plain function `job(progress, cancelled)`: it calls `progress(done, total)` now
and then and checks `cancelled()`; when cancelled it raises deskapp.domain.errors.Cancelled before
committing (services roll back their transaction / remove their partial file)."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from deskapp.domain.errors import Cancelled
from deskapp.gui.errors import show_error, untraced
from deskapp.gui.session import announce_from
from deskapp.services.changes import recording


def stopping(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Callable[[int, int], None]:
    """A progress callback for a read-only job whose service takes no `cancelled`: it raises
    Cancelled at the next step once Cancel is pressed (a read leaves nothing to undo)."""
    def step(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(done, total)

    return step


class _Runner(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    recorded = Signal(object)  # frozenset[Change]: what the job's write services changed

    def __init__(self, job: Callable[..., Any]):
        super().__init__()
        self._job = job
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:
        with recording() as changed:  # this thread's own context: only the job's calls
            try:
                result = self._job(lambda done, total: self.progressed.emit(int(done), int(total)),
                                   lambda: self._cancel)
            except BaseException as exc:  # handed to the GUI thread to show, never swallowed
                self.recorded.emit(frozenset(changed))
                self.failed.emit(exc)
            else:
                self.recorded.emit(frozenset(changed))
                self.finished.emit(result)


def _let_finish(runner: _Runner, thread: QThread) -> None:
    """A Job's QObject is destroyed (its screen closed under it, a test's window deleted), perhaps
    while its thread still runs. Python would let the QThread go with the job's attributes, and Qt
    aborts the program on a QThread destroyed while running. Held by this connection, the runner
    and the thread outlive the job until the work is cancelled and the thread has ended."""
    runner.cancel()
    thread.quit()
    thread.wait()


class Job(QObject):
    """Run `job` in a QThread behind a modal progress dialog. `done(result)` runs on the GUI
    thread when it succeeds, after what the job's write services changed has been announced to
    the desk of `parent`; an error is reported and `done` is not called; a cancel calls
    `on_cancel()` (the screen saying nothing was written) instead.
    (A QObject living in the GUI thread, so the runner's signals reach it queued, never in the
    worker thread.)"""

    def __init__(self, parent: QWidget | None, title: str, job: Callable[..., Any],
                 done: Callable[[Any], None] | None = None, on_cancel: Callable[[], None] | None = None):
        super().__init__(parent)
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False
        self._ended = False  # the outcome has reached the GUI thread (wait() stops there)
        self._done = done
        self._on_cancel = on_cancel  # says on the screen that nothing was done
        self._parent = parent
        self.dialog = QProgressDialog(title, QCoreApplication.translate("Job", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.thread = QThread()
        self.runner = _Runner(job)
        self.runner.moveToThread(self.thread)
        self.thread.started.connect(self.runner.run)
        self.runner.progressed.connect(self._progress)
        self.runner.recorded.connect(self._recorded)  # a slot of this GUI-thread object: queued
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        # direct: the runner lives in the worker thread, whose event loop is not running while the
        # job runs, so a queued call would reach it only after the job had finished
        self.dialog.canceled.connect(self.runner.cancel, Qt.ConnectionType.DirectConnection)
        # the thread outlives this object until it has ended (see _let_finish)
        self.destroyed.connect(partial(_let_finish, self.runner, self.thread))

    def start(self) -> "Job":
        self.thread.start()
        return self

    def wait(self, timeout_ms: int = 600_000) -> bool:
        """For tests and scripted use (the import wizard's steps): block until the job has ended,
        processing the GUI's events meanwhile — its progress, its outcome and whatever that shows.
        Events are processed by polling, not in a nested QEventLoop: such a loop could miss the
        thread's end (it ended before exec()) or be ended by another's quit while the thread still
        waited for the GUI to take its outcome — and the wait then hung."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(timeout_ms)
        while not self._ended and self.thread.isRunning() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            if not self._ended:
                self.thread.wait(QDeadlineTimer(5))  # a breath, not a spin
        QCoreApplication.processEvents()  # what the outcome queued on its way out
        return self.thread.wait(deadline)

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _recorded(self, flags) -> None:
        announce_from(self._parent, flags)

    def _end(self) -> None:
        self._ended = True
        self.dialog.reset()
        self.dialog.hide()
        self.thread.quit()
        # The runner has sent its outcome and only returns now: the thread has ended before
        # `done` runs, so nothing `done` sets off (its screen closed, a test ending) deletes a
        # QThread still running. QThread.wait lets go of the GIL the runner needs to return.
        self.thread.wait()

    def _finished(self, result: Any) -> None:
        self.result = result
        self._end()
        if self._done is not None:
            self._done(result)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            self.cancelled = True
            if self._on_cancel is not None:
                self._on_cancel()
            return
        self.error = exc
        show_error(self._parent, exc)  # an unexpected error is logged with its stack
        untraced(exc)  # then kept without it: the stack's frames hold the screen that started the job
