"""The frozen bundle (issue 20): its start against the bare PySide6 window, and its size."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from deskapp.bench import BenchContext, Figure, median
from deskapp.bench.core import BARE_WINDOW, START_RUNS, _start_env, _timed_child

ORDER = 90
# Building a bundle takes minutes and needs PyInstaller and the source tree's installer/:
# run only when asked for (`deskapp bench --only frozen`, or `--frozen DIR` for a built one).
OPT_IN = True

_CHECKOUT = Path(__file__).resolve().parents[3]


def executable(bundle: Path) -> Path:
    return bundle / ("deskapp.exe" if os.name == "nt" else "deskapp")


def _bundle(b: BenchContext) -> Path:
    given = b.options.get("frozen")
    if given:
        bundle = Path(given)
        if not executable(bundle).is_file():
            raise ValueError(f"--frozen {bundle}: no {executable(bundle).name} in that folder")
        return bundle
    build = _CHECKOUT / "installer" / "build.py"
    if not build.is_file():
        raise ValueError("no bundle to measure: give --frozen DIR (installer/build.py is only in a source checkout)")
    b.log("building the frozen bundle (installer/build.py)…")
    out = subprocess.run([sys.executable, str(build), "--dist", str(b.folder / "frozen-dist"),
                          "--work", str(b.folder / "frozen-work")],
                         check=True, capture_output=True, text=True)
    return Path(out.stdout.strip().splitlines()[-1])


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def run(b: BenchContext) -> dict[str, Figure]:
    bundle = _bundle(b)
    runs = int(b.options.get("runs", START_RUNS))
    env = _start_env()
    frozen_cmd = [str(executable(bundle)), "--db", str(b.db_path)]
    bare_cmd = [sys.executable, "-c", BARE_WINDOW]
    _timed_child(bare_cmd, env)  # one unmeasured start each fills the page cache (as core does)
    _timed_child(frozen_cmd, env)
    frozen_ms, bare_ms = [], []
    for _ in range(runs):
        bare_ms.append(_timed_child(bare_cmd, env)[0])
        frozen_ms.append(_timed_child(frozen_cmd, env)[0])
    frozen, bare = median(frozen_ms), median(bare_ms)
    return {
        "frozen_start_ratio": Figure(frozen / bare, "×", note=f"frozen deskapp, main window shown; median of {runs}"),
        "frozen_start_ms": Figure(frozen, "ms"),
        "frozen_bundle_mb": Figure(folder_mb(bundle), "MB", note="one-folder bundle on disk"),
    }
