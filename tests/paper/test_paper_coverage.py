"""Every PDF builder in deskapp.documents is printed by the page check: a new form (or one an
area adds later) fails here until it has its line in tests/paper/paper_prints.py."""
from __future__ import annotations

import importlib
import inspect
import pkgutil

from paper_prints import PRINTS

import deskapp.documents


def pdf_builders() -> set[str]:
    """module.function for every public function named *_pdf of a documents module (modules of
    an area's package as package.module, e.g. registry.pdf)."""
    found = set()
    for info in pkgutil.walk_packages(deskapp.documents.__path__, "deskapp.documents."):
        module = importlib.import_module(info.name)
        name_in_documents = info.name.removeprefix("deskapp.documents.")
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.endswith("_pdf") and not name.startswith("_") and fn.__module__ == module.__name__:
                found.add(f"{name_in_documents}.{name}")
    return found


def test_every_pdf_builder_is_printed_by_the_check():
    builders = pdf_builders()
    assert len(builders) >= 20
    assert builders - {p.covers for p in PRINTS} == set()
    assert {p.covers for p in PRINTS} - builders == set()  # no line for a builder that is gone
