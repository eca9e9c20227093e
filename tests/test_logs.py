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


def test_start_writes_its_first_line_or_warns_on_stderr_and_goes_on(tmp_path, capsys):
    try:
        assert logs.start(tmp_path / "data", "deskapp.cli", "command export", "注意：无法写日志（{exc}）")
    finally:
        logs.teardown()
    assert "INFO deskapp.cli: command export" in (tmp_path / "data" / logs.FILE_NAME).read_text(encoding="utf-8")
    blocker = tmp_path / "a file"
    blocker.write_text("")
    assert not logs.start(blocker / "data", "deskapp.cli", "command export", "注意：无法写日志（{exc}）")
    err = capsys.readouterr().err
    assert err.startswith("注意：无法写日志（") and "a file" in err
