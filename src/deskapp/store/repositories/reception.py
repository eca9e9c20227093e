"""Requests, complaints, repair orders, visits, the desk's shifts and notices. Loading and locking what a service call changes."""
from __future__ import annotations

from deskapp.store.repositories.base import Repository


class ReceptionRepository(Repository):
    pass
