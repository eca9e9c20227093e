"""空置房 / 出租单元: loading what a service call changes: a vacant check's items, a tenant's tie."""
from __future__ import annotations

from deskapp.store.models.registry import UnitPerson
from deskapp.store.repositories.base import Repository


class OccupancyRepository(Repository):

    def tie(self, tie_id: int) -> UnitPerson | None:
        return self.s.get(UnitPerson, tie_id)
