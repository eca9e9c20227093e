"""Desk accounts: the first administrator, signing in (with lock-out), and the
administrator's account management. Passwords are hashed with Argon2id."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from deskapp.domain import accounts as rules
from deskapp.domain.errors import Conflict, DeskappError, NotFound, ValidationError
from deskapp.domain.permissions import ALL_ROLES, Role, define
from deskapp.services import audit, settings
from deskapp.services.context import Actor, Context
from deskapp.store.models.accounts import AuditEntry, User

MANAGE = define("accounts.manage", "管理用户账号", {Role.ADMIN})
CHANGE_OWN_PASSWORD = define("accounts.password.own", "修改自己的密码", ALL_ROLES)

IDLE_MINUTES = settings.declare("accounts.idle_minutes", rules.IDLE_MINUTES_DEFAULT, "无操作自动锁屏（分钟，0 为不锁）",
                                maximum=480)

# Argon2id, 19 MiB and 2 passes (the OWASP minimum); hashes made with other parameters are
# replaced at the next successful login.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)


class LoginFailed(DeskappError):
    """Wrong name or password, a locked or a disabled account: the message says which."""


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    must_change_password: bool
    has_acted: bool


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role)


def _snapshot(user: User) -> dict:
    return {"username": user.username, "display_name": user.display_name, "role": user.role,
            "active": user.active}


def _hash(password: str) -> str:
    return HASHER.hash(password)


def has_users(ctx: Context) -> bool:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count(User.id))).scalar_one() > 0


def create_first_admin(ctx: Context, username: str, display_name: str, password: str) -> Actor:
    """The first start of an empty database: whoever sits at the PC sets up the administrator."""
    username = rules.check_username(username)
    display_name = rules.check_display_name(display_name)
    rules.check_password(password, username)
    digest = _hash(password)
    with ctx.uow() as uow:
        if uow.session.execute(select(func.count(User.id))).scalar_one():
            raise Conflict("已有用户账号，不能再创建首个管理员；请用管理员账号登录")
        now = ctx.clock.now()
        user = User(username=username, display_name=display_name, role=Role.ADMIN, password_hash=digest,
                    active=True, failed_logins=0, created_at=now, password_changed_at=now)
        uow.session.add(user)
        uow.flush()
        actor = _actor(user)
        audit.record(uow.session, ctx, actor, "accounts.create", "user", user.id,
                     summary=f"首次启动，创建管理员 {username}", after=_snapshot(user))
        uow.commit()
        return actor


def _by_name(session, username: str) -> User | None:
    return session.execute(select(User).where(User.username == username.strip())).scalar_one_or_none()


def authenticate(ctx: Context, username: str, password: str, *, how: str = "登录") -> Actor:
    """Check a password. Every attempt is audited; the fifth failure in a row locks the
    account for 15 minutes. `how` names the way in for the audit row (登录, 解锁, 脚本登录)."""
    now = ctx.clock.now()
    with ctx.uow() as uow:
        user = _by_name(uow.session, username or "")
        if user is None:
            name = (username or "").strip()[:40] or "?"
            audit.record(uow.session, ctx, Actor(None, name, name, Role.CLERK), "accounts.login_failed", "user",
                         None, summary=f"{how}失败：没有此用户", role_label="")
            uow.commit()
            raise LoginFailed("用户名或密码不对")
        actor = _actor(user)
        if not user.active:
            audit.record(uow.session, ctx, actor, "accounts.login_failed", "user", user.id,
                         summary=f"{how}失败：账号已停用")
            uow.commit()
            raise LoginFailed("此账号已停用，请联系管理员")
        if rules.is_locked(user.locked_until, now):
            minutes = rules.minutes_left(user.locked_until, now)
            audit.record(uow.session, ctx, actor, "accounts.login_failed", "user", user.id,
                         summary=f"{how}失败：账号锁定中")
            uow.commit()
            raise LoginFailed(f"密码连续输错 {rules.MAX_FAILURES} 次，账号已锁定，请 {minutes} 分钟后再试")
        try:
            HASHER.verify(user.password_hash, password or "")
        except (VerificationError, InvalidHashError):
            state = rules.after_failure(user.failed_logins, now)
            user.failed_logins, user.locked_until = state.failures, state.locked_until
            note = "，账号锁定 15 分钟" if state.locked_until else ""
            audit.record(uow.session, ctx, actor, "accounts.login_failed", "user", user.id,
                         summary=f"{how}失败：密码错误{note}")
            uow.commit()
            if state.locked_until:
                raise LoginFailed(
                    f"密码连续输错 {rules.MAX_FAILURES} 次，账号已锁定，请 {rules.LOCK_MINUTES} 分钟后再试") from None
            left = rules.MAX_FAILURES - state.failures
            raise LoginFailed(f"用户名或密码不对（再错 {left} 次账号将锁定 {rules.LOCK_MINUTES} 分钟）") from None
        if HASHER.check_needs_rehash(user.password_hash):
            user.password_hash = _hash(password)
        user.failed_logins, user.locked_until, user.last_login_at = 0, None, now
        audit.record(uow.session, ctx, actor, "accounts.login", "user", user.id, summary=f"{how}成功")
        uow.commit()
        return actor


def must_change_password(ctx: Context, actor: Actor) -> bool:
    if actor.user_id is None:
        return False
    with ctx.reader() as uow:
        user = uow.session.get(User, actor.user_id)
        return bool(user and user.must_change_password)


def change_own_password(ctx: Context, actor: Actor, old: str, new: str) -> None:
    actor.require(CHANGE_OWN_PASSWORD)
    if actor.user_id is None:
        raise ValidationError("用户", "命令行的操作系统用户没有客服台密码")
    rules.check_password(new, actor.username, field="新密码")
    if old == new:
        raise ValidationError("新密码", "不能与原密码相同")
    with ctx.uow() as uow:
        user = uow.session.get(User, actor.user_id)
        if user is None:
            raise NotFound("账号不存在")
        try:
            HASHER.verify(user.password_hash, old or "")
        except (VerificationError, InvalidHashError):
            raise ValidationError("原密码", "不对") from None
        user.password_hash = _hash(new)
        user.must_change_password = False
        user.password_changed_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "accounts.password.own", "user", user.id, summary="修改自己的密码")
        uow.commit()


# ----------------------------------------------------------------- administration

def _view(user: User, acted: bool) -> UserView:
    return UserView(user.id, user.username, user.display_name, user.role, user.active, user.locked_until,
                    user.last_login_at, user.created_at, user.must_change_password, acted)


def _acted_ids(session) -> set[int]:
    return set(session.execute(select(AuditEntry.actor_user_id).where(AuditEntry.actor_user_id.is_not(None))
                               .distinct()).scalars())


def list_users(ctx: Context, actor: Actor) -> list[UserView]:
    actor.require(MANAGE)
    with ctx.reader() as uow:
        acted = _acted_ids(uow.session)
        users = uow.session.execute(select(User).order_by(User.active.desc(), User.role, User.username)).scalars()
        return [_view(u, u.id in acted) for u in users]


def create_user(ctx: Context, actor: Actor, username: str, display_name: str, role: Role, password: str) -> int:
    actor.require(MANAGE)
    username = rules.check_username(username)
    display_name = rules.check_display_name(display_name)
    if not isinstance(role, Role):
        raise ValidationError("角色", "请选择角色")
    rules.check_password(password, username, field="初始密码")
    digest = _hash(password)
    with ctx.uow() as uow:
        if _by_name(uow.session, username) is not None:
            raise ValidationError("用户名", f"“{username}”已被使用")
        user = User(username=username, display_name=display_name, role=role, password_hash=digest, active=True,
                    failed_logins=0, created_at=ctx.clock.now(), must_change_password=True)
        uow.session.add(user)
        uow.flush()
        audit.record(uow.session, ctx, actor, "accounts.create", "user", user.id,
                     summary=f"新建账号 {username}（{role.value}）", after=_snapshot(user))
        uow.commit()
        return user.id


def _user(session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(f"账号（编号 {user_id}）不存在")
    return user


def _other_active_admins(session, user_id: int) -> int:
    return session.execute(select(func.count(User.id)).where(
        User.role == Role.ADMIN, User.active.is_(True), User.id != user_id)).scalar_one()


def set_active(ctx: Context, actor: Actor, user_id: int, active: bool) -> None:
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow.session, user_id)
        if user.active == active:
            return
        if not active and user.role is Role.ADMIN and not _other_active_admins(uow.session, user.id):
            raise Conflict("不能停用最后一个管理员账号")
        before = _snapshot(user)
        user.active = active
        if active:
            user.failed_logins, user.locked_until = 0, None
        audit.record(uow.session, ctx, actor, "accounts.enable" if active else "accounts.disable", "user", user.id,
                     summary=f"{'启用' if active else '停用'}账号 {user.username}", before=before, after=_snapshot(user))
        uow.commit()


def change_role(ctx: Context, actor: Actor, user_id: int, role: Role) -> None:
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow.session, user_id)
        if user.role is role:
            return
        if user.role is Role.ADMIN and user.active and not _other_active_admins(uow.session, user.id):
            raise Conflict("这是最后一个管理员账号，不能改为其他角色")
        before = _snapshot(user)
        user.role = role
        audit.record(uow.session, ctx, actor, "accounts.role", "user", user.id,
                     summary=f"账号 {user.username} 角色改为 {role.value}", before=before, after=_snapshot(user))
        uow.commit()


def reset_password(ctx: Context, actor: Actor, user_id: int, new_password: str) -> None:
    """A temporary password: the user must choose a new one at the next login. Unlocks too."""
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow.session, user_id)
        rules.check_password(new_password, user.username, field="临时密码")
        user.password_hash = _hash(new_password)
        user.must_change_password = True
        user.failed_logins, user.locked_until = 0, None
        user.password_changed_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "accounts.password.reset", "user", user.id,
                     summary=f"重置账号 {user.username} 的密码")
        uow.commit()


def delete_user(ctx: Context, actor: Actor, user_id: int) -> None:
    """Only an account that never acted (a mistyped one) may go; the rest are disabled."""
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow.session, user_id)
        acted = uow.session.execute(select(func.count(AuditEntry.id)).where(
            AuditEntry.actor_user_id == user.id)).scalar_one()
        if acted:
            raise Conflict(f"账号 {user.username} 已有操作记录，不能删除，只能停用")
        if user.role is Role.ADMIN and user.active and not _other_active_admins(uow.session, user.id):
            raise Conflict("不能删除最后一个管理员账号")
        before = _snapshot(user)
        audit.record(uow.session, ctx, actor, "accounts.delete", "user", user.id,
                     summary=f"删除从未使用的账号 {user.username}", before=before)
        uow.session.delete(user)
        uow.commit()
