"""Showing what went wrong as a message the user can act on, never a crash dialog."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from deskapp.contracts.changes import Change
from deskapp.domain.errors import DeskappError, ValidationError
from deskapp.gui.service_text import error_message, said
from deskapp.gui.session import announce_from
from deskapp.services.changes import recording
from deskapp.gui.widgets import as_typed

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    title = QCoreApplication.translate("errors", "Cannot do that")
    if isinstance(exc, DeskappError):
        QMessageBox.warning(parent, title, as_typed(error_message(exc)))  # English in English mode
    else:
        log.exception("unexpected error", exc_info=exc)
        QMessageBox.critical(parent, title, as_typed(f"{type(exc).__name__}: {exc}"))


def untraced(exc: BaseException) -> BaseException:
    """`exc` (and the exceptions chained to it) without their tracebacks, for an error kept as a
    value once it has been shown or logged: a form's refusal on its error line, an Outcome, a Job's
    error. A traceback's frames hold the form that asked (`self`) and with it every widget, so a
    closed form stayed alive in a reference cycle until the cyclic collector next ran — and was
    then destroyed wherever its timer fired (gui/main_thread_gc.py), a visible parentless dialog
    inside the next processEvents. Without the traceback it goes when it is let go."""
    stack, seen = [exc], set()
    while stack:
        e = stack.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        e.__traceback__ = None
        stack += [e.__cause__, e.__context__]
    return exc


@dataclass
class Outcome:
    ok: bool
    value: Any = None
    error: BaseException | None = None
    changed: frozenset[Change] = frozenset()  # the flags the write services called declared


def attempt(fn: Callable, *args, **kwargs) -> Outcome:
    """Run a service call, turning a user error (DeskappError) into Outcome(ok=False) and
    recording the change flags of the write services that returned inside it."""
    with recording() as changed:
        try:
            value = fn(*args, **kwargs)
        except DeskappError as exc:  # a user's error: shown, never logged with its stack
            return Outcome(False, error=untraced(exc), changed=frozenset(changed))
    return Outcome(True, value, changed=frozenset(changed))


def call(parent: QWidget | None, fn: Callable, *args, fields: dict[str, QWidget] | None = None,
         **kwargs) -> Outcome:
    """Run a service call and announce what it changed to the desk of `parent`. On a user
    error: tell the user (focusing the named field when the form has it) and return
    Outcome(ok=False); the caller keeps the form open."""
    outcome = attempt(fn, *args, **kwargs)
    announce_from(parent, outcome.changed)
    exc = outcome.error
    if isinstance(exc, ValidationError):
        # several problems at once (ValidationErrors): each named field gets its message, the first the focus
        for problem in reversed(getattr(exc, "problems", [exc])):
            if fields and problem.field in fields:
                widget = fields[problem.field]
                widget.setFocus()
                widget.setToolTip(as_typed(said(problem.message)))
    if exc is not None:
        show_error(parent, exc)
    return outcome
