"""Translations: keep resources/translations/deskapp_<area>_zh_CN.ts in step with the code.

    python scripts/i18n.py update [AREA...]   # pyside6-lupdate each area's sources into its .ts
    python scripts/i18n.py todo [AREA...]     # list strings with no zh_CN translation yet
    python scripts/i18n.py fill F [AREA...]   # F: JSON {"source text": "译文", ...} for unfinished entries
    python scripts/i18n.py release [AREA...]  # pyside6-lrelease .ts into the .qm the program loads

An area is a sub-package of deskapp.gui (its .ui forms are ui/<area>_*.ui); the files directly
in deskapp/gui form the area "shell". Every area has its own .ts so areas can be worked on at
the same time without touching each other's file.
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "src" / "deskapp" / "gui"
UI = ROOT / "ui"
OUT = ROOT / "resources" / "translations"
LANG = "zh_CN"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def areas() -> dict[str, list[Path]]:
    found = {"shell": sorted(GUI.glob("*.py"))}
    for pkg in sorted(p for p in GUI.iterdir() if p.is_dir() and (p / "__init__.py").exists()):
        files = sorted(pkg.rglob("*.py")) + sorted(UI.glob(f"{pkg.name}_*.ui"))
        found[pkg.name] = files
    return found


def ts_path(area: str) -> Path:
    return OUT / f"deskapp_{area}_{LANG}.ts"


def lupdate(files: list[Path], ts: Path) -> None:
    ts.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-locations", "none",
                    "-target-language", LANG, "-ts", str(ts)], check=True, capture_output=True)


def _chosen(only: list[str]) -> list[str]:
    known = areas()
    unknown = set(only) - set(known)
    if unknown:
        sys.exit(f"unknown area(s): {', '.join(sorted(unknown))}; known: {', '.join(known)}")
    return only or list(known)


def update(only: list[str] = ()) -> None:
    known = areas()
    for area in _chosen(list(only)):
        lupdate(known[area], ts_path(area))


def unfinished(ts: Path) -> list[tuple[str, str]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                    continue
                out.append((name, msg.findtext("source")))
    return out


def todo(only: list[str] = ()) -> int:
    missing = 0
    for ts in [ts_path(a) for a in _chosen(list(only)) if ts_path(a).exists()]:
        for ctx, src in unfinished(ts):
            print(f"{ts.name}\t{ctx}\t{src}")
            missing += 1
    return missing


def fill(mapping_file: Path, only: list[str] = ()) -> None:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    for ts in [ts_path(a) for a in _chosen(list(only)) if ts_path(a).exists()]:
        tree = ET.parse(ts)
        changed = False
        for msg in tree.getroot().iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            if src in mapping and tr is not None and (tr.get("type") == "unfinished" or not (tr.text or "").strip()):
                tr.text = mapping[src]
                tr.attrib.pop("type", None)
                changed = True
        if changed:
            tree.write(ts, encoding="utf-8", xml_declaration=True)


def release(only: list[str] = ()) -> None:
    for ts in [ts_path(a) for a in _chosen(list(only)) if ts_path(a).exists()]:
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                       check=True, capture_output=True)


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "todo"
    rest = sys.argv[2:]
    if cmd == "update":
        update(rest)
    elif cmd == "todo":
        sys.exit(1 if todo(rest) else 0)
    elif cmd == "fill":
        fill(Path(rest[0]), rest[1:])
    elif cmd == "release":
        release(rest)
    else:
        sys.exit(__doc__)
