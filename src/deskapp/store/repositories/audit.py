"""The audit trail's rows: appended, never changed. Loading and locking what a service call changes."""
from __future__ import annotations

from deskapp.store.repositories.base import Repository


class AuditRepository(Repository):
    pass
