"""The layering of DESIGN.md, checked by import-linter (contracts in pyproject.toml)."""
import shutil
import subprocess
import sys
from pathlib import Path


def test_import_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent)) or "lint-imports"
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([exe, str(root / "pyproject.toml")], cwd=root, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: " in result.stdout and " broken" not in result.stdout.split("Contracts:")[1].split("\n")[0].replace(
        "0 broken", "")


def _sql_allowed_modules() -> set[str]:
    """Service modules still allowed to hold SQL: the ignore list of the "Services write no SQL"
    contract, which shrinks to nothing as the move to store/ finishes."""
    import tomllib
    root = Path(__file__).resolve().parent.parent
    contracts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    (c,) = [c for c in contracts if c["name"] == "Services write no SQL"]
    return {line.split(" -> ")[0] for line in c.get("ignore_imports", [])}


def test_services_write_no_sql():
    """No `select(`, `.execute(` or `.scalars(` in a service: SQL lives in the store's repositories
    and register queries (the import contract alone would miss SQL built from a passed-in session)."""
    import re
    root = Path(__file__).resolve().parent.parent / "src"
    allowed = _sql_allowed_modules()
    offenders = []
    for p in sorted((root / "deskapp" / "services").rglob("*.py")):
        mod = ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        if mod in allowed:
            continue
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bselect\(|\.execute\(|\.scalars?\(|\.query\(", line):
                offenders.append(f"{mod}:{n}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
