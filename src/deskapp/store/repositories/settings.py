"""The desk's settings, one row per key (absent: the declared default is in force)."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from deskapp.store.models.settings import Setting
from deskapp.store.repositories.base import Repository


class SettingsRepository(Repository):

    def setting(self, key: str) -> Setting | None:
        return self.s.get(Setting, key)

    def stored_values(self, keys: Iterable[str]) -> dict[str, tuple[str, int]]:
        """key → (stored JSON text, version), for the keys that have a row (one read for the settings page)."""
        return {r.key: (r.value, r.version)
                for r in self.s.execute(select(Setting).where(Setting.key.in_(list(keys)))).scalars()}
