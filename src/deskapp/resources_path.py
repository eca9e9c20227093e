"""Where the shipped resources (fonts, translations, .ui forms) are.

Installed, they live inside the package (`deskapp/resources`, `deskapp/ui`); in a source
checkout they stay at the repository's top level, as DESIGN.md lays it out.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"deskapp is missing its {name}/ folder (looked in {inside} and {checkout})")


def resource(*parts: str) -> Path:
    return _root("resources").joinpath(*parts)


def ui_file(name: str) -> Path:
    return _root("ui") / name


def font_file() -> Path:
    return resource("fonts", "wqy-microhei.ttc")
