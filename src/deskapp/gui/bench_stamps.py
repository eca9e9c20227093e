"""What `deskapp bench` (bench/core.py) asks of a started desk through its environment: a line
on stdout with the moment something was on screen, and a clerk who types into the login dialog.

- DESKAPP_SIGNIN_SHOWN_STAMP=1: ``DESKAPP_SIGNIN_SHOWN <time>`` when the login dialog is opened,
  then the dialog is left (the program ends).
- DESKAPP_TYPIST_MS=N with DESKAPP_USER and DESKAPP_PASSWORD: the login dialog is shown as for a
  person (not the scripted sign-in), ``DESKAPP_SIGNIN_PAINTED <time>`` once it is painted; N ms
  later the name and password are put in and 登录 is pressed (``DESKAPP_SIGNIN_PRESSED <time>``),
  as a clerk would after typing them. Meanwhile a 10 ms timer notes how long the dialog went
  without answering, ``DESKAPP_SIGNIN_LAG <ms>`` at the press: the database opens in a thread
  beside it and must not make typing stutter.
- DESKAPP_READY_STAMP=1: ``DESKAPP_READY <time>`` once the signed-in desk is painted.
"""
from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer

TICK_MS = 10


def _precise() -> object:
    # `from PySide6.QtCore import Qt` builds Qt's whole namespace (~25 ms): only the bench's typist
    # needs it, so the window's start does not pay for it.
    from PySide6.QtCore import Qt

    return Qt.TimerType.PreciseTimer


def say(marker: str, value: float | None = None) -> None:
    print(f"{marker} {time.time() if value is None else value:.6f}", flush=True)


def typist_ms() -> int | None:
    """The typing time of the bench's clerk, when the bench asks for one."""
    value = os.environ.get("DESKAPP_TYPIST_MS", "")
    if value.isdigit() and os.environ.get("DESKAPP_USER") and os.environ.get("DESKAPP_PASSWORD") is not None:
        return int(value)
    return None


def login_shown(dialog) -> None:
    """The login dialog shown while the database opens (gui/app.py DeskStart._early_sign_in)."""
    if os.environ.get("DESKAPP_SIGNIN_SHOWN_STAMP") == "1":
        say("DESKAPP_SIGNIN_SHOWN")
        QTimer.singleShot(0, dialog.reject)
        return
    typing = typist_ms()
    if typing is None:
        return
    QTimer.singleShot(0, dialog, lambda: _painted(dialog, typing))


def _painted(dialog, typing: int) -> None:
    say("DESKAPP_SIGNIN_PAINTED")
    lag = _Lag(dialog)
    press = QTimer(dialog)
    press.setSingleShot(True)
    press.setTimerType(_precise())  # a coarse one may fire 5 % early: shorter typing than said
    press.timeout.connect(lambda: _press(dialog, lag))
    press.start(typing)


def _press(dialog, lag: _Lag) -> None:
    lag.stop()
    dialog.username.setText(os.environ["DESKAPP_USER"])
    dialog.password.setText(os.environ["DESKAPP_PASSWORD"])
    say("DESKAPP_SIGNIN_LAG", lag.longest_ms)
    say("DESKAPP_SIGNIN_PRESSED")
    dialog.ok.click()


class _Lag:
    """The longest gap between the ticks of a 10 ms timer: how long the dialog did not answer."""

    def __init__(self, parent) -> None:
        self.longest_ms = 0.0
        self.last = time.perf_counter()
        self.timer = QTimer(parent)
        self.timer.setInterval(TICK_MS)
        self.timer.setTimerType(_precise())
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest_ms = max(self.longest_ms, (now - self.last) * 1000 - TICK_MS)
        self.last = now

    def stop(self) -> None:
        self._tick()
        self.timer.stop()


def ready(app) -> None:
    """The signed-in desk built: said once painted, and the program ends if the bench asks."""
    if os.environ.get("DESKAPP_READY_STAMP") == "1":
        QTimer.singleShot(0, lambda: say("DESKAPP_READY"))
    if os.environ.get("DESKAPP_EXIT_WHEN_READY") == "1":
        QTimer.singleShot(0, app.quit)
