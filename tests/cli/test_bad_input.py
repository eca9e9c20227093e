"""Bad arguments end a command with a clear message naming the field and exit status 2, and
nothing is written (issue 14 §3 and §7): no traceback, no stray temporary file."""
from __future__ import annotations


import pytest

from deskapp.cli import main


@pytest.fixture
def db(community, db_url):
    community.db.dispose()
    return db_url  # a SQLite path or the server's URL


def audit_rows(db: str) -> int:
    from sqlalchemy import create_engine

    from deskapp.store.db import to_url

    engine = create_engine(to_url(db))
    try:
        with engine.connect() as con:
            return con.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
    finally:
        engine.dispose()


@pytest.mark.parametrize(("argv", "says"), [
    (["billing", "run", "--quarter", "9999Q4", "--dry-run"], "季度：“9999Q4”的年份应在 2000 到 2099 之间"),
    (["billing", "run", "--quarter", "2026Q5"], "季度：“2026Q5”应为如 2026Q3 的季度"),
    (["billing", "notices", "--quarter", "2026Q3", "--building", "999", "-o", "x.pdf"], "楼栋：没有楼栋“999”"),
    (["export", "requests", "--month", "9999-12", "-o", "r.xlsx"], "月份：“9999-12”的年份应在 2000 到 2099 之间"),
    (["export", "requests", "--month", "2026-13", "-o", "r.xlsx"], "月份：“2026-13”应为 YYYY-MM"),
])
def test_a_bad_value_is_named_and_nothing_is_written(db, tmp_path, monkeypatch, capsys, argv, says):
    work = tmp_path / "work"        # the database lives in tmp_path; outputs would land here
    work.mkdir()
    monkeypatch.chdir(work)
    before = audit_rows(db)
    assert main(["--db", db, *argv]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert audit_rows(db) == before
    assert sorted(p.name for p in work.iterdir()) == []


@pytest.mark.parametrize("command", [["demo", "--units", "0"], ["demo", "--units", "-5"], ["bench", "--units", "0"],
                                     ["bench", "--runs", "0"]])
def test_a_count_that_is_not_positive_is_refused_by_the_parser(tmp_path, capsys, command):
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(tmp_path / "new.sqlite"), *command])
    assert ended.value.code == 2
    assert "应为正整数" in capsys.readouterr().err
    assert not (tmp_path / "new.sqlite").exists()   # demo --units 0 once built 1,200 units


@pytest.mark.parametrize("which", ["folder", "missing folder"])
@pytest.mark.parametrize("command", [["export", "units"], ["billing", "notices", "--quarter", "2026Q3"],
                                     ["backup"]])
def test_an_output_that_cannot_be_written_is_said_before_any_work(db, tmp_path, capsys, which, command):
    work = tmp_path / "work"
    work.mkdir()
    target = work / "out" if which == "folder" else work / "no-such-folder" / "x.out"
    if which == "folder":
        target.mkdir()
    before = audit_rows(db)
    code = main(["--db", db, *command, "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert ("是一个文件夹" if which == "folder" else "不存在") in err and str(target.parent if which != "folder" else target) in err
    assert "Traceback" not in err and "Exception ignored" not in err
    assert audit_rows(db) == before
    leftovers = [p.name for p in work.rglob("*") if p.is_file()]
    assert leftovers == []


def test_users_add_without_a_terminal_asks_for_password_stdin(db, capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(""))   # a script's ended input, as under cron
    assert main(["--db", db, "users", "add", "zhang", "--name", "张伟", "--role", "clerk"]) == 2
    assert "--password-stdin" in capsys.readouterr().err
