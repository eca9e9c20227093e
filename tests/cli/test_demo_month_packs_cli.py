"""`deskapp demo` files the demo supervisor's past months (每月汇总归档) beside the program's data: a
SQLite demo beside its file (demo.sqlite → demo-每月汇总/), a server database's in this PC's data folder
under the database's name — never in the folder the command happened to be typed in."""
from pathlib import Path

from sqlalchemy.engine import make_url

from deskapp.cli import main
from deskapp.userpaths import data_dir


def test_the_demo_files_its_past_months_beside_the_data_not_where_it_was_typed(
        empty_db_url, db_backend, tmp_path, monkeypatch, capsys):
    typed_in = tmp_path / "typed-in"
    typed_in.mkdir()
    monkeypatch.chdir(typed_in)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # this PC's data folder, of this test alone
    assert main(["--db", empty_db_url, "demo", "--units", "24", "--quiet"]) == 0
    said = capsys.readouterr().out
    if db_backend == "sqlite":
        packs = Path(empty_db_url).parent / "new-每月汇总"
    else:
        packs = data_dir() / f"{make_url(empty_db_url).database}-每月汇总"
        assert packs.is_relative_to(tmp_path / "data")
    assert f"文件在 {packs}。" in said
    assert list(typed_in.iterdir()) == []
    assert {p.suffix for p in packs.iterdir()} == {".xlsx", ".pdf"}
