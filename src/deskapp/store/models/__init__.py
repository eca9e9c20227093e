"""All models. Every module in this package is imported so that the metadata is complete
(Alembic autogenerate and the schema test rely on it)."""
from __future__ import annotations

import importlib
import pkgutil

from deskapp.store.models.base import Base

for _m in pkgutil.iter_modules(__path__):
    importlib.import_module(f"{__name__}.{_m.name}")

__all__ = ["Base"]
