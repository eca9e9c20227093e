"""PySide6 does not read the source of the modules the desk imports after it (gui/qt_features.py).
Each case runs in a clean interpreter: the suite's own desk has switched the scan off already."""
from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import importlib, inspect, json, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
from deskapp.gui import qt_features
switched = qt_features.skip_source_scan() if sys.argv[2] == "switch" else None
asked = []
real = inspect.getsource
inspect.getsource = lambda obj: asked.append(getattr(obj, "__name__", "?")) or real(obj)
import deskapp_probe as probe  # through __import__, as every import statement
feature = sys.modules["PySide6.support.feature"]
print(json.dumps({"switched": switched, "asked": asked, "value": probe.VALUE,
                  "selection": feature.pyside_feature_dict.get("deskapp_probe")}))
"""


def _import_a_new_module(tmp_path, switch: str) -> dict:
    (tmp_path / "deskapp_probe.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path), switch], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_pyside_as_installed_reads_the_source_of_each_new_module(tmp_path):
    seen = _import_a_new_module(tmp_path, "leave")
    assert "deskapp_probe" in seen["asked"]  # what the switch is for
    assert seen["selection"] == 0  # a module that uses PySide gets selection 0


def test_with_the_switch_no_source_is_read_and_the_selection_is_the_same(tmp_path):
    seen = _import_a_new_module(tmp_path, "switch")
    assert seen["switched"] is True
    assert seen["asked"] == []
    assert seen["selection"] == 0 and seen["value"] == 1


def test_the_desk_switches_it_off_before_it_loads_the_models():
    out = subprocess.run([sys.executable, "-c", "import sys, deskapp.gui.app\n"
                          "f = sys.modules['PySide6.support.feature']\n"
                          "print(f._mod_uses_pyside.__module__)"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "deskapp.gui.qt_features"
