"""scripts/duplicate_figure.py: the duplication figure of issue 15 counts a `duplicates` run
without boilerplate and migrations, and tells declarations from logic by reading each side."""
import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "duplicate_figure.py"


def _script():
    spec = importlib.util.spec_from_file_location("duplicate_figure", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


RECORDS = '''"""Two records."""
from dataclasses import dataclass

WIDTH = 180 * 2


@dataclass(frozen=True)
class A:
    """One."""
    id: int
    name: str  # shown
    kind: str = ""


class Colour(str, enum.Enum):
    RED = "红"
    BLUE = "蓝"

VIEW = define("x.view", "查看", DESK)
'''

LOGIC = '''def export(ctx, actor):
    actor.require(EXPORT)
    with ctx.reader() as uow:
        rows = q.rows(uow.session)
    return write(rows)


TABLE = {k: make(k) for k in KEYS}
'''


def _tree(tmp_path: Path) -> Path:
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "records.py").write_text(RECORDS, encoding="utf-8")
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "logic.py").write_text(LOGIC, encoding="utf-8")
    return tmp_path


OUTPUT = """9 pairs of places (3 files read), each sharing runs of 6 or more identical or same-shape lines
D1 store/migrations/versions/0500_x.py:1-9 ~ store/migrations/versions/0501_y.py:1-9
D2 domain/records.py:7-12 ~ domain/records.py:15-17 shape
D3 domain/records.py:1-12 ~ domain/records.py:4-17 shape (+1 more run)
D4 services/logic.py:1-5 ~ domain/records.py:7-12 shape
D5 services/logic.py:8-8 ~ domain/records.py:4-4 shape
D6 services/logic.py:1-5 ~ services/logic.py:1-5 shape boilerplate
(+3 more pairs)
"""


def test_declarations_are_classes_fields_members_and_written_out_tables(tmp_path):
    fig = _script()
    repo = _tree(tmp_path)
    side = fig.Side
    assert fig.is_declaration(side("domain/records.py", 7, 12), repo)  # decorator, header, docstring, fields
    assert fig.is_declaration(side("domain/records.py", 1, 17), repo)  # with imports, a constant and an enum
    assert fig.is_declaration(side("domain/records.py", 15, 19), repo)  # and a permission declared
    assert not fig.is_declaration(side("services/logic.py", 1, 5), repo)
    assert not fig.is_declaration(side("services/logic.py", 8, 8), repo)  # a table computed is logic
    assert not fig.is_declaration(side("nosuch.py", 1, 3), repo)


def test_the_figure_leaves_out_boilerplate_and_migrations_and_lists_the_logic(tmp_path):
    fig = _script()
    repo = _tree(tmp_path)
    declarations, logic = fig.split(fig.parse(OUTPUT), repo)
    assert [p.row.split()[0] for p in declarations] == ["D2", "D3"]
    assert [p.row.split()[0] for p in logic] == ["D4", "D5"]
    text = fig.report(OUTPUT, repo)
    assert "declarations: 2" in text and "logic: 2" in text
    assert "  D4 services/logic.py:1-5 ~ domain/records.py:7-12 shape" in text
    assert "D6" not in text


def test_a_saved_run_is_counted_without_the_tool(tmp_path, capsys):
    fig = _script()
    repo = _tree(tmp_path)
    saved = tmp_path / "run.txt"
    saved.write_text(OUTPUT, encoding="utf-8")
    assert fig.main(["--saved", str(saved), "--repo", str(repo)]) == 0
    assert "logic: 2" in capsys.readouterr().out


def test_without_the_tool_it_says_so_and_succeeds(tmp_path, capsys, monkeypatch):
    fig = _script()
    monkeypatch.setenv("PATH", str(tmp_path))  # nowhere to find `duplicates`
    assert fig.main(["--repo", str(_tree(tmp_path))]) == 0
    assert "not installed" in capsys.readouterr().out
