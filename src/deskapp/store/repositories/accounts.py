"""Users, their logins and sessions. Loading and locking what a service call changes."""
from __future__ import annotations

from sqlalchemy import func, select

from deskapp.domain.permissions import Role
from deskapp.store.models.accounts import DeskPresence, LoginThrottle, User
from deskapp.store.repositories.base import Repository


class AccountsRepository(Repository):

    def user_count(self) -> int:
        return self.s.execute(select(func.count(User.id))).scalar_one()

    def user(self, user_id: int) -> User | None:
        return self.s.get(User, user_id)

    def user_by_name(self, username: str) -> User | None:
        return self.s.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()

    def users_listed(self) -> list[User]:
        """Active accounts first, then by role and name, as the 用户管理 list shows them."""
        return list(self.s.execute(select(User).order_by(User.active.desc(), User.role, User.username)).scalars())

    def other_active_admins(self, user_id: int) -> int:
        """Active administrators besides `user_id`: the last one may not be disabled, demoted or deleted."""
        return self.s.execute(select(func.count(User.id)).where(
            User.role == Role.ADMIN, User.active.is_(True), User.id != user_id)).scalar_one()

    # -- the wait after failed sign-ins, kept per typed name (also names without an account)
    def throttle(self, username: str) -> LoginThrottle | None:
        return self.s.get(LoginThrottle, username)

    def throttles(self) -> dict[str, LoginThrottle]:
        return {t.username: t for t in self.s.execute(select(LoginThrottle)).scalars()}

    def desk_presence(self, presence_id: int) -> DeskPresence | None:
        return self.s.get(DeskPresence, presence_id)
