"""对外联络: loading what a service call changes: a body, a contact, a log record."""
from __future__ import annotations

from sqlalchemy import select

from deskapp.store.models.liaison import LiaisonBody, LiaisonContact, LiaisonRecord
from deskapp.store.repositories.base import Repository


class LiaisonRepository(Repository):

    def body(self, body_id: int) -> LiaisonBody | None:
        return self.s.get(LiaisonBody, body_id)

    def body_named(self, name: str) -> LiaisonBody | None:
        return self.s.execute(select(LiaisonBody).where(LiaisonBody.name == name)).scalar_one_or_none()

    def contact(self, contact_id: int) -> LiaisonContact | None:
        return self.s.get(LiaisonContact, contact_id)

    def record(self, record_id: int) -> LiaisonRecord | None:
        return self.s.get(LiaisonRecord, record_id)
