"""每月汇总归档: filing a pack (the pack and its files are only ever added)."""
from __future__ import annotations

from deskapp.store.models.monthpack import MonthPack, MonthPackFile
from deskapp.store.repositories.base import Repository


class MonthPackRepository(Repository):

    def file(self, pack: MonthPack, files: list[MonthPackFile]) -> MonthPack:
        self.s.add(pack)
        self.s.flush()
        for f in files:
            f.pack_id = pack.id
            self.s.add(f)
        self.s.flush()
        return pack
