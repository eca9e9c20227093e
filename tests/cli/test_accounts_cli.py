"""`deskapp backup | restore | check | users | export audit` act as the OS user and say what they did."""
from __future__ import annotations

import getpass
import re
import sqlite3
from datetime import datetime

import pytest
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.documents.xlsx import GAP

pytestmark = pytest.mark.sqlite_only  # backups, restores and anchors of the SQLite file, read with sqlite3


@pytest.fixture
def db(community):
    community.db.dispose()
    return str(community.db.path)


def last_actor(path: str) -> tuple[str, str]:
    con = sqlite3.connect(path)
    row = con.execute("SELECT actor_name, action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    con.close()
    return row


def test_backup_and_restore_from_the_command_line(db, tmp_path, capsys):
    out = tmp_path / "b.sqlite"
    assert main(["--db", db, "backup", "-o", str(out)]) == 0
    assert "已备份到" in capsys.readouterr().out
    assert last_actor(db) == (f"os:{getpass.getuser()}", "backup.create")
    assert main(["--db", db, "restore", str(out), "--yes"]) == 0
    assert "被替换的数据库保存为" in capsys.readouterr().out
    assert last_actor(db)[1] == "backup.restore"


def test_restore_refuses_a_non_database_with_status_1(db, tmp_path, capsys):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database")
    assert main(["--db", db, "restore", str(bad), "--yes"]) == 1
    assert "不是 SQLite 数据库文件" in capsys.readouterr().err


def test_restore_without_yes_off_a_terminal_changes_nothing(db, tmp_path, capsys, monkeypatch):
    out = tmp_path / "b.sqlite"
    main(["--db", db, "backup", "-o", str(out)])
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", db, "restore", str(out)]) == 2
    assert last_actor(db)[1] == "backup.create"


def test_check_prints_counts_and_exit_status(db, capsys):
    assert main(["--db", db, "check"]) == 0
    text = capsys.readouterr().out
    assert "审计日志哈希链：检查" in text and "结论：全部正常" in text
    con = sqlite3.connect(db)
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET summary = '改' WHERE id = 1")
    con.commit()
    con.close()
    # the daily check walks on from the anchor the clean one left; --full walks it all again
    main(["--db", db, "check"])
    assert "审计日志哈希链：检查 0 项（自第 " in capsys.readouterr().out
    assert main(["--db", db, "check", "--full"]) == 1
    assert "第 1 条的内容被改动过" in capsys.readouterr().out


def _stdin(monkeypatch, *lines: str) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{line}\n" for line in lines)))


@pytest.fixture
def boss(db):
    """The administrator whose name and password the administrative commands ask for."""
    from deskapp.services.accounts import users
    from deskapp.services.app import open_context

    ctx = open_context(db)
    users.create_first_admin(ctx, "boss", "系统管理员", BOSS_PW)
    ctx.db.dispose()
    return "boss"


BOSS_PW = "Cuihu#2026"


def test_users_add_list_and_audit_export(db, boss, tmp_path, capsys, monkeypatch):
    _stdin(monkeypatch, BOSS_PW, "Temp#1234")
    assert main(["--db", db, "users", "add", "wangli", "--name", "王丽", "--role", "clerk",
                 "--as", boss, "--password-stdin"]) == 0
    assert last_actor(db) == ("boss", "accounts.create")  # the person, not the OS user
    _stdin(monkeypatch, BOSS_PW)
    assert main(["--db", db, "users", "list", "--as", boss, "--password-stdin"]) == 0
    assert "wangli" in capsys.readouterr().out
    _stdin(monkeypatch, BOSS_PW)
    assert main(["--db", db, "users", "disable", "wangli", "--as", boss, "--password-stdin"]) == 0
    assert last_actor(db) == ("boss", "accounts.disable")
    out = tmp_path / "audit.xlsx"
    assert main(["--db", db, "export", "audit", "-o", str(out)]) == 0
    assert last_actor(db) == (f"os:{getpass.getuser()}", "export")  # every export is audited
    ws = load_workbook(out).active
    assert " 审计日志　全部　导出日期 " in ws["A1"].value  # centre, register, period, date, exporter
    assert [c.value for c in ws[2]][:5] == ["序号", "时间", "用户", "角色", "操作"]
    assert any(row[4] == "停用账号" for row in ws.iter_rows(min_row=3, values_only=True))
    logins = [row for row in ws.iter_rows(min_row=3, values_only=True) if row[4] == "登录"]
    assert len(logins) == 3 and {row[2] for row in logins} == {"boss"}  # each command signed in
    # local time as a real date-time to the second; the title row names the zone
    assert isinstance(ws["B3"].value, datetime) and ws["B3"].number_format == "yyyy-mm-dd hh:mm:ss" + GAP
    assert re.search(r"时间为 UTC[+-]\d\d:\d\d", ws["A1"].value)


def _rows(path: str) -> int:
    con = sqlite3.connect(path)
    n = con.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    con.close()
    return n


def test_administrative_commands_refuse_without_an_administrators_password(db, boss, tmp_path, capsys,
                                                                          monkeypatch):
    backup = tmp_path / "b.sqlite"
    assert main(["--db", db, "backup", "-o", str(backup)]) == 0
    before = _rows(db)
    _stdin(monkeypatch)  # no terminal, nothing on standard input
    for argv in (["users", "list"], ["restore", str(backup), "--yes"], ["init", "--community", "别的小区"],
                 ["export", "people", "-o", str(tmp_path / "p.xlsx"), "--unmasked"]):
        assert main(["--db", db, *argv]) == 2, argv   # who acts is missing: a bad input, nothing done
        assert "--as" in capsys.readouterr().err
    _stdin(monkeypatch, "wrong-password")
    assert main(["--db", db, "users", "reset-password", "boss", "--as", boss, "--password-stdin"]) == 1
    assert "用户名或密码不对" in capsys.readouterr().err
    assert last_actor(db) == ("boss", "accounts.login_failed") and _rows(db) == before + 1
    _stdin(monkeypatch, BOSS_PW)  # the new password's line is missing: a message, not EOFError
    assert main(["--db", db, "users", "add", "lisi", "--name", "李四", "--role", "clerk", "--as", boss,
                 "--password-stdin"]) == 2
    assert "标准输入里没有密码" in capsys.readouterr().err


def test_restore_init_and_unmasked_export_record_the_person(db, boss, tmp_path, capsys, monkeypatch):
    backup = tmp_path / "b.sqlite"
    assert main(["--db", db, "backup", "-o", str(backup)]) == 0
    _stdin(monkeypatch, BOSS_PW)
    assert main(["--db", db, "export", "people", "-o", str(tmp_path / "p.xlsx"), "--unmasked", "--as", boss,
                 "--password-stdin"]) == 0
    con = sqlite3.connect(db)
    unmasked = con.execute("SELECT actor_name FROM audit_log WHERE action = 'privacy.export.unmasked'").fetchall()
    con.close()
    assert unmasked == [("boss",)]
    _stdin(monkeypatch, BOSS_PW)
    assert main(["--db", db, "init", "--community", "翠湖花园", "--as", boss, "--password-stdin"]) == 0
    _stdin(monkeypatch, BOSS_PW)
    assert main(["--db", db, "restore", str(backup), "--yes", "--as", boss, "--password-stdin"]) == 0
    assert last_actor(db) == ("boss", "backup.restore")


def test_a_command_writes_the_program_log(db, capsys):
    from deskapp.userpaths import data_dir

    assert main(["--db", db, "check"]) == 0
    written = (data_dir() / "deskapp.log").read_text(encoding="utf-8")
    assert "INFO deskapp.cli: command check" in written


def test_check_compares_a_paper_anchor(db, capsys):
    con = sqlite3.connect(db)
    rid, h = con.execute("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()
    con.close()
    assert main(["--db", db, "check", "--anchor", f"{rid}:{h[:8]}"]) == 0
    assert "审计链锚点（检查记录、备份清单、纸面）：检查 1 项，正常" in capsys.readouterr().out
    assert main(["--db", db, "check", "--anchor", f"{rid + 50}:{h[:8]}"]) == 1
    assert f"纸面锚点记着第 {rid + 50} 条审计记录" in capsys.readouterr().out
    assert main(["--db", db, "check", "--anchor", "abc"]) == 2
    assert "锚点" in capsys.readouterr().err
