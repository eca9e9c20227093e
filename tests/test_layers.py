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


def test_areas_meet_only_at_their_open_modules():
    """One area reaches another only through the modules that area opens to others (its
    `OPEN_TO_OTHER_AREAS`) or the package's own exports, and otherwise through hooks (issue 15 §4):
    a service reaching into another area's `common` or private helpers fails here."""
    import ast
    import importlib
    root = Path(__file__).resolve().parent.parent / "src"
    services = root / "deskapp" / "services"
    areas = sorted(p.parent.name for p in services.glob("*/__init__.py"))
    open_modules = {a: set(importlib.import_module(f"deskapp.services.{a}").OPEN_TO_OTHER_AREAS) for a in areas}
    offenders = []
    for p in sorted(services.rglob("*.py")):
        parts = p.relative_to(services).parts
        if len(parts) < 2:
            continue  # the shared modules directly under services/
        own = parts[0]
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.module:
                continue
            names = [a.name for a in node.names]
            if node.module == "deskapp.services":
                continue  # the area package itself: what it exports (reception.create_request_in)
            elif node.module.startswith("deskapp.services."):
                dotted = node.module.split(".")
                area = dotted[2]
                if area not in areas or area == own:
                    continue
                if len(dotted) == 3:  # from deskapp.services.<area> import <module or export>
                    pkg = importlib.import_module(node.module)
                    reached = [(area, n) for n in names if n not in getattr(pkg, "__all__", ())]
                else:
                    reached = [(area, dotted[3])]
            else:
                continue
            for area, module in reached:
                if module not in open_modules[area]:
                    offenders.append(f"{p.relative_to(root)}:{node.lineno}: {own} reaches {area}.{module}")
    assert not offenders, "\n".join(offenders)
