"""The program's log: Python `logging` into a rotating deskapp.log in the per-user data folder,
so that what went wrong at the desk can be read afterwards (a clerk only sees a message box).
Plain stdlib: the window's start and every command set it up before anything heavy loads."""
from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FILE_NAME = "deskapp.log"
MAX_BYTES = 1_000_000  # about a year of an ordinary desk's warnings; then deskapp.log.1 …
KEEP = 5
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

_handler: logging.Handler | None = None


def setup(folder: Path) -> Path:
    """Send INFO and above of every logger to `folder`/deskapp.log. A second call (a sign-out
    restarts the window) replaces the first handler, so no line is written twice."""
    global _handler
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FILE_NAME
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                                   encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)
    _handler = handler
    return path


def start(folder: Path, logger: str, first_line: str, warning: str) -> bool:
    """Set up the log and write `first_line` to `logger`. A folder that cannot be written to must
    not stop the window or the command: `warning` ({exc} the error) goes to stderr instead."""
    try:
        setup(folder)
    except OSError as exc:
        print(warning.format(exc=exc), file=sys.stderr)
        return False
    logging.getLogger(logger).info(first_line)
    return True


def teardown() -> None:
    """Stop writing the log file (tests that set it up give it back)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def log_file() -> Path | None:
    """Where the log is written, once setup() ran."""
    return Path(_handler.baseFilename) if isinstance(_handler, logging.FileHandler) else None


def log_uncaught(exc_type, exc, tb) -> None:
    logging.getLogger("deskapp.uncaught").error("uncaught exception", exc_info=(exc_type, exc, tb))


def report_crash(exc_type, exc, tb) -> None:
    """A command that failed in an unexpected way (cli.main): the traceback goes to the log,
    the user gets one Chinese line naming it."""
    log_uncaught(exc_type, exc, tb)
    where = log_file()
    print(f"错误：程序内部出错（{exc_type.__name__}: {exc}）。"
          + (f"详细记录已写入日志 {where}" if where else ""), file=sys.stderr)
