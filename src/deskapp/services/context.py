"""What every service call runs against: the database, the clock, the acting user."""
from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from deskapp.domain.clock import Clock
from deskapp.domain.permissions import Role, require
from deskapp.store.db import Database
from deskapp.store.uow import UnitOfWork

T = TypeVar("T")


PROGRAM = "系统"  # the name the program's own work is recorded under: no account can take it (check_username)


@dataclass(frozen=True)
class Actor:
    """Who acts. Command-line work acts as the operating-system user (`os:NAME`); what the program
    does by itself acts as `Actor.program(task)`."""

    user_id: int | None
    username: str
    display_name: str
    role: Role
    task: str = ""  # the program's own work: written in the audit trail's role column instead of a role

    @classmethod
    def os_user(cls) -> "Actor":
        try:
            name = getpass.getuser()
        except Exception:  # no login name on some service accounts
            name = "unknown"
        # the account stays in the audit trail's user column (os:root); what a paper or a register
        # names as its 导出人 / 经办人 reads 命令行（root）
        return cls(None, f"os:{name}", f"命令行（{name}）", Role.ADMIN)

    @classmethod
    def program(cls, task: str) -> "Actor":
        """The program itself doing `task` (自动备份 at the day's first start), not whoever runs it:
        recorded as 系统 with the task for its role, as the 审计日志 shows it."""
        return cls(None, PROGRAM, PROGRAM, Role.ADMIN, task)

    def require(self, action: str) -> None:
        require(self.role, action)

    def require_unless_own(self, owner: str, action: str) -> None:
        """A task given to `owner` (by name): theirs to act on, anyone else's only with `action`
        (closing another's follow-up or meeting assignment is the supervisor's)."""
        if owner != self.display_name:
            self.require(action)


@dataclass
class Context:
    db: Database
    clock: Clock = field(default_factory=Clock)
    backup_dir: Path | None = None
    # where the kept files are when not where the database's name puts them (services/stored_files):
    # a restored copy checked under its temporary name keeps the live database's files
    files_root: Path | None = None

    def uow(self, *, write: bool = True) -> UnitOfWork:
        return UnitOfWork(self.db, write=write)

    def reader(self) -> UnitOfWork:
        return UnitOfWork(self.db, write=False)

    def read(self, actor: Actor, permission: str, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """A read use case that is one register query: the role refused first, then
        `query(session, *args, **kwargs)` in a read transaction."""
        actor.require(permission)
        with self.reader() as uow:
            return query(uow.session, *args, **kwargs)
