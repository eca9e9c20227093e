"""Users, their logins and sessions. Loading and locking what a service call changes."""
from __future__ import annotations

from deskapp.store.repositories.base import Repository


class AccountsRepository(Repository):
    pass
