"""Answer the modal dialogs a user action opens, in order, as the user would: a polling QTimer
finds the visible modal widget and runs the next step on it."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


class ModalAnswers:
    def __init__(self) -> None:
        self.steps: list[tuple[Callable[[QWidget], bool], Callable[[QWidget], None]]] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.error: BaseException | None = None
        self.waiting = False

    def then(self, match: Callable[[QWidget], bool], act: Callable[[QWidget], None]) -> ModalAnswers:
        self.steps.append((match, act))
        if not self.timer.isActive():
            self.timer.start()
        return self

    def _tick(self) -> None:
        w = QApplication.activeModalWidget()
        if self.waiting or not self.steps or w is None or not w.isVisible():
            return
        match, act = self.steps[0]
        if match(w):
            self.steps.pop(0)
            # Run the step outside this slot: a step that opens another modal (an error box)
            # blocks, and Qt does not deliver this timer again while its slot is running.
            self.waiting = True
            QTimer.singleShot(0, lambda: self._run(act, w))

    def _run(self, act: Callable[[QWidget], None], w: QWidget) -> None:
        self.waiting = False
        try:
            act(w)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test by `check`
            # An exception may not escape a Qt slot; close the dialog and report it.
            self.error, self.steps = exc, []
            w.close()
        if not self.steps:
            self.timer.stop()

    def check(self) -> None:
        """Every step ran without an error."""
        if self.error is not None:
            raise self.error
        assert not self.steps, f"{len(self.steps)} dialogs never appeared"
