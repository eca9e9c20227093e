"""deskapp/logs.py: the rotating deskapp.log and what a command says when it fails unexpectedly."""
from __future__ import annotations

import logging

import pytest

from deskapp import logs


@pytest.fixture
def log_in(tmp_path):
    yield logs.setup(tmp_path / "data")
    logs.teardown()


@pytest.mark.allow_logged_errors
def test_an_unexpected_command_error_is_logged_and_named_in_one_line(log_in, capsys):
    try:
        {}["收据"]
    except KeyError as exc:
        logs.report_crash(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert err.startswith("错误：程序内部出错（KeyError: '收据'）。") and str(log_in) in err
    assert "Traceback" not in err  # the traceback goes to the log, not at the clerk
    written = log_in.read_text(encoding="utf-8")
    assert "ERROR deskapp.uncaught: uncaught exception" in written and "KeyError: '收据'" in written


def test_the_log_rotates_and_keeps_five_old_files(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    path = logs.setup(tmp_path)
    try:
        for i in range(400):
            logging.getLogger("deskapp.test").info("line %d of the day's work", i)
    finally:
        logs.teardown()
    assert path.stat().st_size <= 2_000
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "deskapp.log", "deskapp.log.1", "deskapp.log.2", "deskapp.log.3", "deskapp.log.4", "deskapp.log.5"]
    assert "line 399 of the day's work" in path.read_text(encoding="utf-8")
