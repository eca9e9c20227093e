"""A test fails when the program logged an ERROR (or worse) while it ran, as qutebrowser's
logfail does: an error the user only sees in deskapp.log would otherwise pass unnoticed.
A test that provokes one on purpose says so with `@pytest.mark.allow_logged_errors`."""
from __future__ import annotations

import logging

import pytest


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "allow_logged_errors: the test expects the program to log an ERROR")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    collector = _Collector()
    root = logging.getLogger()
    root.addHandler(collector)
    try:
        result = yield
    finally:
        root.removeHandler(collector)
    if collector.records and item.get_closest_marker("allow_logged_errors") is None:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in collector.records)
        pytest.fail(f"the program logged an error (mark the test allow_logged_errors if it is expected):\n{lines}",
                    pytrace=False)
    return result
