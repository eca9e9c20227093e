"""All models. Every module in this package is imported so that the metadata is complete
(Alembic autogenerate and the schema test rely on it).

The model modules do not use `from __future__ import annotations`: with real annotations
SQLAlchemy reads each `Mapped[...]` as a type instead of evaluating a string, which makes
declaring the ~70 models at the start about a sixth cheaper (issue 21 §2). A class named
before it is defined is quoted: `Mapped[list["RoundPoint"]]`."""

import importlib
import pkgutil

from deskapp.store.models.base import Base

for _m in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_m.name}")

__all__ = ["Base"]
