"""Writes wait for the file's check: the desk opens at once, and writes only once the file is sound.

SQLite's quick_check reads the whole database file: about a second at one year of a
20,000-unit community, six at ten years. The desk used to wait for it before the login, so
its start grew with the file (issue 21 §2, §4). Issue 14 §2 asks that nothing be written to a
damaged file — not that nothing be read. So the desk opens the file for reading as soon as the
cheap checks (is it there, SQLite, ours, writable) have passed, the quick_check runs in a
process of its own, and every write waits for its verdict:

- sound: the writes go, and what was put off until then (the login's audit row) is written;
- damaged: every write is refused with the check's message, and what was put off is dropped;
- left (the program closed before the check ended): writes are refused likewise — unless
  something was put off, which the check then finishes for.

A write that comes while the check runs waits for it in its own thread (the unit of work's
`before_write`), as a PostgreSQL write waits for another desk's lock.

A process, not a thread: in a thread of the desk's own process the check, though SQLite holds
no GIL while it reads, made the models' and areas' imports beside it twice as slow (1.15 s →
2.3 s measured); in a process of its own they lose a tenth. Spawned, as the fee notices' workers
are, which the frozen program supports (installer/entry.py).
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from deskapp.domain.errors import DeskappError
from deskapp.store.diagnose import damaged, quick_check

log = logging.getLogger("deskapp.store")

LEFT = "程序在数据库文件检查完之前退出，未写入任何数据。"


class WritesRefused(DeskappError):
    """The file's check found it damaged (or did not finish): nothing may be written to it."""


class FileCheck:
    """The quick_check of one database file in a thread of its own, and the gate it keeps."""

    def __init__(self, path: Path, findings: Callable[[], list[str] | None] | None = None):
        """`findings`: what runs the check (default: the quick_check in a child process)."""
        self.path = Path(path)
        self._findings = findings or self._in_child
        self._process = None  # the child running the quick_check
        self._left = False
        self._lock = threading.Lock()
        self._settled = threading.Event()
        self._refusal: WritesRefused | None = None
        self.problem: BaseException | None = None  # what the check found, as it found it
        self._put_off: list[Callable[[], None]] = []
        # what a write that must wait is wrapped in (the desk: a busy cursor in its GUI thread)
        self.waiting: Callable[[], contextlib.AbstractContextManager] = contextlib.nullcontext
        self._thread = threading.Thread(target=self._run, name="deskapp-check")
        self._thread.start()

    def _run(self) -> None:
        try:
            found = self._findings()
        except BaseException as exc:  # the check could not run at all
            self.problem = exc
            self._refuse(f"数据库文件检查失败：{exc}")
            return
        if found is None:
            self._refuse(LEFT)
        elif found:
            self.problem = damaged(self.path, found)
            self._refuse(str(self.problem))
        else:
            self._pass()

    def _in_child(self) -> list[str] | None:
        """What the quick_check found, from the child; None if it was stopped. Where no child
        can be started, or it dies, the check runs here instead: slower beside the desk's
        imports, but the file is checked."""
        import multiprocessing

        mp = multiprocessing.get_context("spawn")  # safe beside Qt's threads, unlike fork
        try:
            receive, send = mp.Pipe(duplex=False)
            with self._lock:
                if self._left:
                    return None
                self._process = mp.Process(target=_check_in_child, args=(str(self.path), send), daemon=True,
                                           name="deskapp-check")
                self._process.start()
        except OSError:
            log.warning("no process for the file's check: it runs in the desk's own", exc_info=True)
            return quick_check(self.path)
        send.close()
        began = time.monotonic()
        try:
            found = receive.recv()
        except EOFError:  # stopped (leave) or died
            found = None
        finally:
            receive.close()
            self._process.join()
        if found is None and not self._left:
            log.warning("the file's check process ended with %s: it runs in the desk's own", self._process.exitcode)
            return quick_check(self.path)
        if found is not None:  # says, for support, that the check ran apart and how long it took
            log.info("the file's check (process %s) took %.1f s: %s", self._process.pid,
                     time.monotonic() - began, "sound" if not found else f"{len(found)} finding(s)")
        return found

    # -- the writes' side
    @property
    def settled(self) -> bool:
        return self._settled.is_set()

    def wait_writable(self) -> None:
        """Return once writes may go; raise WritesRefused if they may not."""
        if not self._settled.is_set():
            with self.waiting():
                self._settled.wait()
        if self._refusal is not None:
            raise self._refusal

    def when_writable(self, write: Callable[[], None]) -> bool:
        """Run `write` once writes may go: now if they may, or when the check passes (in the
        check's thread). False: the file was refused and `write` will never run."""
        with self._lock:
            if not self._settled.is_set():
                self._put_off.append(write)
                return True
        if self._refusal is not None:
            return False
        write()
        return True

    # -- the opener's side
    def outcome(self) -> BaseException | None:
        """Wait for the check; what it found wrong (None: sound, or left before it ended)."""
        self._thread.join()
        return self.problem

    def raise_found(self) -> None:
        if self.outcome() is not None:
            raise self.problem

    def leave(self) -> None:
        """The program is closing: stop the check — unless a write waits for it (a login's
        audit row must not be lost to a quick exit), then let it finish and write."""
        with self._lock:
            if self._put_off:
                return
            self._left = True
            process = self._process
        if process is not None and process.is_alive():
            process.terminate()

    def _pass(self) -> None:
        with self._lock:
            put_off, self._put_off = self._put_off, []
            self._settled.set()
        for write in put_off:
            try:
                write()
            except Exception:  # a put-off write fails alone, as it would have in its own thread
                log.exception("a write put off until the file's check failed")

    def _refuse(self, message: str) -> None:
        with self._lock:
            self._refusal = WritesRefused(message)
            dropped, self._put_off = self._put_off, []
            self._settled.set()
        if dropped:
            log.warning("%d write(s) put off until the file's check were not made: %s", len(dropped), message)


def _check_in_child(path: str, send) -> None:
    give_way()
    send.send(quick_check(Path(path)))
    send.close()


def give_way() -> None:
    """This process yields to the desk: the check reads the whole file (gigabytes after some
    years, half a minute from a reception PC's hard disk) while the clerk works, so it takes
    the processor and the disk only when the desk does not want them. Windows: background
    mode (low CPU, I/O and memory priority); elsewhere the lowest CPU priority."""
    import os
    import sys

    try:
        if sys.platform == "win32":
            import ctypes

            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), 0x00100000)  # PROCESS_MODE_BACKGROUND_BEGIN
        else:
            os.nice(19 - os.nice(0))
    except (OSError, AttributeError):  # not allowed, or not offered here: the check runs at normal priority
        log.info("the file's check runs at normal priority")
