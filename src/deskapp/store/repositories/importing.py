"""上线数据核对表 kept: each go-live import's sheet is only ever added, and listed newest first."""
from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from deskapp.store.models.importing import GoLiveSheet
from deskapp.store.repositories.base import Repository


class ImportingRepository(Repository):

    def go_live_sheets(self, targets: Collection[str], limit: int = 500) -> list[GoLiveSheet]:
        """The sheets of the imports of `targets`, newest first."""
        return list(self.s.scalars(select(GoLiveSheet).where(GoLiveSheet.target.in_(list(targets)))
                                   .order_by(GoLiveSheet.created_at.desc(), GoLiveSheet.id.desc()).limit(limit)))
