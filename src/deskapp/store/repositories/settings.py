"""The desk's settings, one row per key. Loading and locking what a service call changes."""
from __future__ import annotations

from deskapp.store.repositories.base import Repository


class SettingsRepository(Repository):
    pass
