"""No unused code in src/ (issue 15 §5): vulture over src/ and tests/ (a function only the tests
call is still used) with tests/vulture_whitelist.py for names called dynamically.

Minimum confidence 60, vulture's level for unused functions, methods, classes and properties,
which are what this test is for. Unused variables and attributes (also 60) are left out: they are
mostly dataclass fields, enum members and ORM columns read by name, so they would be all noise."""
from __future__ import annotations

from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
MIN_CONFIDENCE = 60
REPORTED = {"function", "method", "class", "property", "import", "unreachable_code"}
# Registered by decorator and called through the registry, never by name.
REGISTERING_DECORATORS = ["@hooks.register", "@event.listens_for", "@compiles"]


def unused_in_src() -> list[str]:
    v = Vulture(ignore_decorators=REGISTERING_DECORATORS)
    v.scavenge([str(SRC), str(ROOT / "tests")], exclude=[str(ROOT / "tests" / "data")])
    return [f"{Path(i.filename).relative_to(ROOT)}:{i.first_lineno}: {i.message} ({i.confidence}%)"
            for i in v.get_unused_code(min_confidence=MIN_CONFIDENCE)
            if i.typ in REPORTED and Path(i.filename).is_relative_to(SRC)]


def test_src_has_no_unused_functions_classes_or_imports():
    found = unused_in_src()
    assert found == [], ("unused code: wire it up or delete it; a name called dynamically goes into "
                         "tests/vulture_whitelist.py with who calls it\n" + "\n".join(found))
