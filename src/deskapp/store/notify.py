"""Other desks' writes, heard as they commit (issue 18 §4). On PostgreSQL a write service's change
flags (services/changes.py) are sent with NOTIFY on one channel; every desk LISTENs on its own
connection in a background thread and hands what another desk sent to its GUI, which refreshes
the same views a local write would. SQLite has one desk: nothing is sent or heard."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import make_url

from deskapp.store.db import PENDING_NOTICE, Database, who_connects

CHANNEL = "deskapp_changes"
POLL_S = 0.5  # how long the listener waits for a notification before it looks whether to stop
RETRY_S = 5.0  # after the server went away, how often the listener tries to listen again
CONNECT_S = 5  # how long one try waits for the server
log = logging.getLogger(__name__)


def sender(db: Database) -> str:
    """This desk's mark on what it sends, so that it does not hear its own writes a second time."""
    return f"{id(db):x}"


@contextmanager
def announcing(db: Database, flags: Iterable[str]) -> Iterator[None]:
    """Within the block, each commit of `db`'s writer tells the other desks what changed
    ("sender|units,people"): NOTIFY in the write's own transaction (store/db.py), delivered as it
    commits and never for a write rolled back. A notice sent after the commit was a transaction
    of its own, four more round trips to the server for every write. Nested services add theirs."""
    if db.is_sqlite:
        yield
        return
    outer = PENDING_NOTICE.get()
    names = set(flags)
    if outer is not None and outer[0] is db.engine:
        names.update(outer[2].partition("|")[2].split(","))
    token = PENDING_NOTICE.set((db.engine, CHANNEL, sender(db) + "|" + ",".join(sorted(names))))
    try:
        yield
    finally:
        PENDING_NOTICE.reset(token)


_RUNNING: set["Listener"] = set()  # started and not stopped: stop_all ends them


def stop_all() -> None:
    """Stop every listener this process started (a window gone without its close event leaves
    its own running until the program ends; the test suite ends them after each test)."""
    for listener in list(_RUNNING):
        listener.stop()


class Listener:
    """A thread on its own autocommit connection, LISTENing for the other desks' change flags;
    `deliver(names)` is called in that thread. `stop()` ends it within POLL_S."""

    def __init__(self, db: Database, deliver: Callable[[frozenset[str]], None], *,
                 everything: frozenset[str] = frozenset(), hearing: Callable[[bool], None] | None = None):
        url = make_url(db.url).set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)
        self._own = sender(db)
        self._deliver = deliver
        self._everything = everything  # delivered after a gap: what the others wrote meanwhile is unknown
        self._hearing = hearing or (lambda _on: None)  # told, in this thread, when listening starts or stops
        self._stopping = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="deskapp-listen", daemon=True)

    def start(self) -> "Listener":
        _RUNNING.add(self)
        self._thread.start()
        self._listening.wait(10)  # LISTEN is in place before a write the caller makes next
        return self

    def stop(self) -> None:
        _RUNNING.discard(self)
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        import psycopg

        away = False
        while not self._stopping.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, application_name=who_connects(),
                                     connect_timeout=CONNECT_S) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self._listening.set()
                    self._hearing(True)
                    if away:  # back after the server restarted or the network came back
                        log.info("listening again for other desks' changes")
                        away = False
                        self._deliver(self._everything)
                    while not self._stopping.is_set():
                        for note in conn.notifies(timeout=POLL_S):
                            self._heard(note.payload)
            except psycopg.Error:
                # the desk keeps working meanwhile (its own work says when the server is gone,
                # store/server_door.py); said once in the log, and tried again until it is back
                if not away:
                    log.warning("listening for other desks' changes stopped; trying again every %s s", RETRY_S,
                                exc_info=True)
                    self._hearing(False)
                away = True
            finally:
                self._listening.set()
            self._stopping.wait(RETRY_S)

    def _heard(self, payload: str) -> None:
        who, _, names = payload.partition("|")
        if who != self._own and names:
            self._deliver(frozenset(names.split(",")))
