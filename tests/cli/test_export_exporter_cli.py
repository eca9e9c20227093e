"""`deskapp export`: the register's title row names who exported it — the desk account signed in on
the command line (--as, or DESKAPP_USER as the desk's scripted sign-in), else 命令行（OS 账户）, never
the bare operating-system account."""
from __future__ import annotations

import getpass
import io
import os
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from deskapp.cli import main

pytestmark = pytest.mark.sqlite_only  # the file handed to a second process

PW = "Cuihu#2026"


@pytest.fixture
def db(community):
    from deskapp.services.accounts import users

    users.create_first_admin(community, "boss", "王主管", PW)
    community.db.dispose()
    return str(community.db.path)


def _exporter(path) -> str:
    book = load_workbook(path, read_only=True)
    try:
        title = book.worksheets[0]["A1"].value
    finally:
        book.close()
    return title.split("导出人 ", 1)[1].split("　")[0]


def test_an_export_as_the_os_account_says_it_came_from_the_command_line(db, tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_USER", raising=False)
    out = tmp_path / "units.xlsx"
    assert main(["--db", db, "export", "units", "-o", str(out)]) == 0
    assert _exporter(out) == f"命令行（{getpass.getuser()}）"


def test_an_export_signed_in_with_as_names_the_person(db, tmp_path, monkeypatch):
    monkeypatch.delenv("DESKAPP_USER", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PW}\n"))
    out = tmp_path / "units.xlsx"
    assert main(["--db", db, "export", "units", "-o", str(out), "--as", "boss", "--password-stdin"]) == 0
    assert _exporter(out) == "王主管"


def test_an_export_signed_in_by_deskapp_user_names_the_person(db, tmp_path):
    """Run as a script runs it: a second process with DESKAPP_USER and DESKAPP_PASSWORD."""
    out = tmp_path / "units.xlsx"
    env = {**os.environ, "DESKAPP_USER": "boss", "DESKAPP_PASSWORD": PW}
    done = subprocess.run([sys.executable, "-m", "deskapp", "--db", db, "export", "units", "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _exporter(out) == "王主管"
    env["DESKAPP_PASSWORD"] = "wrong"
    refused = subprocess.run([sys.executable, "-m", "deskapp", "--db", db, "export", "units", "-o",
                              str(tmp_path / "again.xlsx")], capture_output=True, text=True, env=env, timeout=300)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr and not (tmp_path / "again.xlsx").exists()
