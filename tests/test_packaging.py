"""Installed, not only checked out: the wheel carries fonts, translations, migrations and .ui
forms, and the program runs from it (as `pip install .` on the reception PC gives it)."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(ROOT)], check=True, capture_output=True)
    return next(out.glob("deskapp-*.whl"))


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("site")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(target)
    return target


def _run(installed: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(installed), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, cwd=tmp_path)


@pytest.mark.slow
def test_wheel_ships_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "deskapp/resources/fonts/wqy-microhei.ttc" in names
    assert any(n.startswith("deskapp/resources/translations/") and n.endswith("_zh_CN.qm") for n in names)
    assert "deskapp/store/migrations/versions/0001_foundation.py" in names
    assert "deskapp/store/migrations/script.py.mako" in names
    assert any(n.startswith("deskapp/ui/") for n in names)


@pytest.mark.slow
def test_installed_package_runs_from_its_own_files(installed, tmp_path):
    probe = (
        "import deskapp, deskapp.resources_path as r;"
        "print(deskapp.__file__); print(r.font_file()); print(r.resource('translations'))"
    )
    result = _run(installed, "-c", probe, tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    for line in result.stdout.splitlines():
        assert line.startswith(str(installed)), line  # not the checkout
    # Qt's own words (file chooser, standard buttons) from the PySide6 the install brought
    probe = ("from PySide6.QtWidgets import QApplication; app = QApplication([]);"
             "from deskapp.gui import i18n; print(i18n.install(app, 'zh_CN'))")
    result = _run(installed, "-c", probe, tmp_path=tmp_path)
    assert result.returncode == 0 and "qtbase_zh_CN" in result.stdout, result.stdout + result.stderr
    db = tmp_path / "installed.sqlite"
    result = _run(installed, "-m", "deskapp", "--db", str(db), "init", "--community", "翠湖花园", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "数据库已就绪" in result.stdout and db.exists()
