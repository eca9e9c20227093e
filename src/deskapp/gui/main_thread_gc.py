"""Cyclic garbage is collected in the GUI thread only.

Python runs its cyclic collector in whichever thread happens to allocate past the threshold.
When that is a worker thread (a Job reading a workbook, the opening thread) and the garbage
holds Qt objects — a closed dialog's widgets in a reference cycle — they are destroyed off the
GUI thread and Qt crashes: the suite segfaulted in xlrd inside an import Job, "Garbage-
collecting". As qutebrowser does (its GarbageCollector, after PyQt's advice), the automatic
collector is off and a timer in the GUI thread collects whenever the counts say Python would
have. Reference counting still frees everything that is not in a cycle at once."""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000  # as qutebrowser: cheap when nothing is due (three integers compared)


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        """Collects the generations that are due, youngest first, as gc itself would."""
        count0, count1, count2 = gc.get_count()
        if count0 > self.threshold[0]:
            gc.collect(0)
            if count1 > self.threshold[1]:
                gc.collect(1)
                if count2 > self.threshold[2]:
                    gc.collect(2)


_collector: MainThreadCollector | None = None


def install(app: QObject) -> MainThreadCollector:
    """Turns the automatic collector off for good and collects from `app`'s thread instead.
    collector.paused() still works: it only turns back on what was on."""
    global _collector
    gc.disable()
    if _collector is None:
        _collector = MainThreadCollector(app)
        # the collector dies with the application; a later application gets a new one
        _collector.destroyed.connect(_forget)
    return _collector


def _forget() -> None:
    global _collector
    _collector = None
