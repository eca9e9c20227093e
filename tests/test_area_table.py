"""docs/CONVENTIONS.md's area → files table is the tree's (issue 15 §1): a moved, added or deleted
module fails this test until `python scripts/area_table.py --write` has been run."""
import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "area_table.py"


def _script():
    spec = importlib.util.spec_from_file_location("area_table", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_conventions_table_matches_the_tree():
    at = _script()
    assert at.documented() == at.table(), (
        "docs/CONVENTIONS.md's area table differs from the tree: run `python scripts/area_table.py --write`")


def test_every_area_has_its_use_cases_and_screens_as_packages():
    at = _script()
    table = {r[0]: r for r in at.rows()}
    for area in ("accounts", "billing", "importing", "keys", "reception", "registry", "rounds"):
        assert area in table, area
        assert table[area][6].startswith(f"`services/{area}/"), (area, table[area][6])
        assert table[area][8].startswith(f"`gui/{area}/"), (area, table[area][8])
