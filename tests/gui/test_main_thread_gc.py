"""Cyclic garbage is collected in the GUI thread only (gui/main_thread_gc.py): a Job's thread
never runs the collector, the GUI thread's timer collects what is due."""
from __future__ import annotations

import gc
import threading

from deskapp.gui import main_thread_gc


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_automatic_collector_is_off_once_installed(qapp):
    main_thread_gc.install(qapp)
    assert not gc.isenabled()


def test_garbage_made_in_a_worker_thread_is_collected_by_the_gui_thread(qapp, qtbot):
    collector = main_thread_gc.install(qapp)
    collected_in: list[str] = []
    callback = lambda phase, info: collected_in.append(threading.current_thread().name) if phase == "stop" else None  # noqa: E731
    gc.callbacks.append(callback)
    try:
        def make_garbage() -> None:  # far past generation 0's threshold, as a workbook read does
            for _ in range(gc.get_threshold()[0] * 20):
                Cycle()

        worker = threading.Thread(target=make_garbage, name="job")
        worker.start()
        worker.join()
        assert collected_in == []  # the thread allocated past every threshold, and did not collect
        qtbot.waitUntil(lambda: bool(collected_in), timeout=main_thread_gc.INTERVAL_MS * 3)
        assert set(collected_in) == {threading.main_thread().name}
        assert gc.get_count()[0] <= collector.threshold[0]
    finally:
        gc.callbacks.remove(callback)
