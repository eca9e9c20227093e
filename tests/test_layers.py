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
