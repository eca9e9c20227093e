"""Unit of work: one transaction per service call. Commit is explicit; leaving the block
without committing rolls back.

Repositories hang off it, one per area (`uow.keys`, `uow.billing`, ...), as in cosmicpython:
a service loads and writes its aggregates through them and reads registers through
`store/queries/<area>.py`, so no service writes SQL."""
from __future__ import annotations

from functools import cached_property

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from deskapp.domain.errors import ConcurrentEdit, Conflict, concurrent_edit
from deskapp.store import disk_trouble, server_door
from deskapp.store.db import Database
from deskapp.store.repositories.accounts import AccountsRepository
from deskapp.store.repositories.audit import AuditRepository
from deskapp.store.repositories.base import EDITED
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.repositories.community import CommunityRepository
from deskapp.store.repositories.facilities import FacilitiesRepository
from deskapp.store.repositories.importing import ImportingRepository
from deskapp.store.repositories.keys import KeysRepository
from deskapp.store.repositories.calendar import CalendarRepository
from deskapp.store.repositories.liaison import LiaisonRepository
from deskapp.store.repositories.library import LibraryRepository
from deskapp.store.repositories.meetings import MeetingsRepository
from deskapp.store.repositories.monthpack import MonthPackRepository
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.repositories.occupancy import OccupancyRepository
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.repositories.rounds import RoundsRepository
from deskapp.store.repositories.settings import SettingsRepository
from deskapp.store.repositories.stored_files import StoredFilesRepository

__all__ = ["Session", "UnitOfWork"]  # Session: for type hints in services, which import no sqlalchemy


class UnitOfWork:
    def __init__(self, db: Database, *, write: bool = True):
        self._db = db
        self._write = write
        self.session: Session | None = None

    def __enter__(self) -> "UnitOfWork":
        if self._write:
            self._db.before_write()
        self.session = self._db.write_session() if self._write else self._db.read_session()
        return self

    def __exit__(self, exc_type, exc, _tb) -> None:
        assert self.session is not None
        edited = self.session.info.pop(EDITED, [])
        self.session.rollback()
        self.session.close()
        self.session = None
        for name in _REPOSITORIES:  # a repository never outlives its session
            self.__dict__.pop(name, None)
        if isinstance(exc, OperationalError) and _waited_too_long(exc):
            raise Conflict("另一台客服台（或命令）正在保存大批数据，等了太久仍未完成；未写入任何数据，请稍后再试") from exc
        if isinstance(exc, DBAPIError):
            # the server restarted or the network went; the disk under the file filled up or failed
            said = disk_trouble.trouble(exc) if self._db.is_sqlite else server_door.lost(self._db.url, exc)
            if said is not None:
                raise said from exc
        if isinstance(exc, StaleDataError):
            raise self._first_save(edited) from exc

    def _first_save(self, edited: list) -> ConcurrentEdit:
        """Who saved the record this desk's form had loaded an older version of, and when."""
        reader = self._db.read_session()
        try:
            for model, item_id, version in edited:
                row = reader.get(model, item_id)
                if row is not None and row.version != version:
                    return concurrent_edit(row.updated_by, row.updated_at)
        finally:
            reader.close()
        return concurrent_edit("", None)

    def commit(self) -> None:
        assert self.session is not None
        if not self._write:
            raise RuntimeError("read-only unit of work cannot commit")
        self.session.commit()

    def flush(self) -> None:
        assert self.session is not None
        self.session.flush()

    # -- the areas' repositories, made on first use within the transaction
    @cached_property
    def accounts(self) -> AccountsRepository:
        return AccountsRepository(self._open())

    @cached_property
    def audit(self) -> AuditRepository:
        return AuditRepository(self._open())

    @cached_property
    def billing(self) -> BillingRepository:
        return BillingRepository(self._open())

    @cached_property
    def calendar(self) -> CalendarRepository:
        return CalendarRepository(self._open())

    @cached_property
    def community(self) -> CommunityRepository:
        return CommunityRepository(self._open())

    @cached_property
    def facilities(self) -> FacilitiesRepository:
        return FacilitiesRepository(self._open())

    @cached_property
    def importing(self) -> ImportingRepository:
        return ImportingRepository(self._open())

    @cached_property
    def keys(self) -> KeysRepository:
        return KeysRepository(self._open())

    @cached_property
    def liaison(self) -> LiaisonRepository:
        return LiaisonRepository(self._open())

    @cached_property
    def library(self) -> LibraryRepository:
        return LibraryRepository(self._open())

    @cached_property
    def meetings(self) -> MeetingsRepository:
        return MeetingsRepository(self._open())

    @cached_property
    def monthpack(self) -> MonthPackRepository:
        return MonthPackRepository(self._open())

    @cached_property
    def numbering(self) -> NumberingRepository:
        return NumberingRepository(self._open())

    @cached_property
    def occupancy(self) -> OccupancyRepository:
        return OccupancyRepository(self._open())

    @cached_property
    def reception(self) -> ReceptionRepository:
        return ReceptionRepository(self._open())

    @cached_property
    def registry(self) -> RegistryRepository:
        return RegistryRepository(self._open())

    @cached_property
    def rounds(self) -> RoundsRepository:
        return RoundsRepository(self._open())

    @cached_property
    def settings(self) -> SettingsRepository:
        return SettingsRepository(self._open())

    @cached_property
    def stored_files(self) -> StoredFilesRepository:
        return StoredFilesRepository(self._open())

    def _open(self) -> Session:
        if self.session is None:
            raise RuntimeError("a repository is used outside its unit of work")
        return self.session


def _waited_too_long(exc: OperationalError) -> bool:
    """The write waited for another desk's longer than the wait allows: PostgreSQL's lock_timeout
    (SQLSTATE 55P03, store/db.py LOCK_WAIT_MS) or SQLite's busy timeout ("database is locked")."""
    return getattr(exc.orig, "sqlstate", None) == "55P03" or "database is locked" in str(exc.orig)


_REPOSITORIES = ("accounts", "audit", "billing", "calendar", "community", "facilities", "importing", "keys", "liaison", "library", "meetings", "monthpack", "numbering", "occupancy", "reception", "registry", "rounds", "settings", "stored_files")
