"""PySide6 reads the whole source of every module imported after it; the desk stops that.

PySide6's `__feature__` switches (snake_case, true_property; PYSIDE-1019) apply per module, so
its import hook asks of each newly imported module whether it uses PySide, by reading and
tokenising the module's source file (`support.feature._mod_uses_pyside`, inspect.getsource)
and looking for the word "PySide". Behind the shown window the desk imports SQLAlchemy, the
models and every area after Qt: reading their sources was an eighth of the opening thread's
time (py-spy, issue 21 §2). The desk switches on no `__feature__`, so every module may have the
selection a PySide module gets by default (0: no feature) without its source being read."""
from __future__ import annotations

import sys


def _uses_pyside(module) -> bool:
    return True  # selection 0, what a module that imports PySide6 gets; nothing is read


def skip_source_scan() -> bool:
    """Whether the scan was switched off (False: this PySide6 has no such hook; nothing changed)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _uses_pyside
    return True
