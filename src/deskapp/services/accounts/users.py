"""Desk accounts: the first administrator, signing in (failed tries slow the next one down),
and the administrator's account management. Passwords are hashed with Argon2id."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from deskapp.domain import accounts as rules
from deskapp.domain.errors import Conflict, DeskappError, ValidationError, found
from deskapp.domain.permissions import ALL_ROLES, Role, actions, allowed, define
from deskapp.services import audit, settings
from deskapp.services.context import Actor, Context
from deskapp.store.models.accounts import LoginThrottle, User
from deskapp.store.queries.accounts import staff_names as _staff_names
from deskapp.store.uow import Session, UnitOfWork

MANAGE = define("accounts.manage", "管理用户账号", {Role.ADMIN})
UNLOCK = define("accounts.unlock", "解除登录等待", {Role.SUPERVISOR, Role.ADMIN})
CHANGE_OWN_PASSWORD = define("accounts.password.own", "修改自己的密码", ALL_ROLES)

IDLE_MINUTES = settings.declare("accounts.idle_minutes", rules.IDLE_MINUTES_DEFAULT, "无操作自动锁屏（分钟，0 为不锁）",
                                maximum=480)

# Argon2id, 19 MiB and 2 passes (the OWASP minimum); hashes made with other parameters are
# replaced at the next successful login.
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified when the typed name has no account, so that an unknown name costs the same Argon2
# time as a wrong password and the answer's timing does not tell which names exist. Written out
# (HASHER's parameters, a 16-byte salt) rather than hashed at import: hashing it cost the desk's
# start an Argon2 run before the sign-in (issue 21 §2); tests/services check it matches HASHER.
_DUMMY_HASH = ("$argon2id$v=19$m=19456,t=2,p=1$ZGVza2FwcDogbm9ib2R5Lg"
               "$jsVohBC+u2S1wT83JFSOPGEviFRO5ClP6ZS8EewrQZo")

WRONG = "用户名或密码不对"


class LoginFailed(DeskappError):
    """Wrong name or password (one message for both), a wait after failed tries, or a
    disabled account (said only to whoever knows its password)."""


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: Role
    active: bool
    failures: int  # failed sign-ins in a row under this name
    next_try_at: datetime | None  # set while those failures make the next try wait
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
        return uow.accounts.user_count() > 0


def _names(uow: UnitOfWork) -> tuple[str, ...]:
    """The community's and its service centre's names, which a password may not be."""
    c = uow.registry.community()
    return tuple(n for n in ((c.name, c.centre_name) if c else ()) if n)


def check_new_password(ctx: Context, password: str, username: str, *, field: str = "密码") -> None:
    """The password rules (domain/accounts.py) with this centre's names."""
    with ctx.reader() as uow:
        names = _names(uow)
    rules.check_password(password, username, names=names, field=field)


def create_first_admin(ctx: Context, username: str, display_name: str, password: str) -> Actor:
    """The first start of an empty database: whoever sits at the PC sets up the administrator."""
    username = rules.check_username(username)
    display_name = rules.check_display_name(display_name)
    check_new_password(ctx, password, username)
    digest = _hash(password)
    with ctx.uow() as uow:
        if uow.accounts.user_count():
            raise Conflict("已有用户账号，不能再创建首个管理员；请用管理员账号登录")
        now = ctx.clock.now()
        # created and signed in at once (创建并登录): 用户管理 shows when, as for every later sign-in
        user = User(username=username, display_name=display_name, role=Role.ADMIN, password_hash=digest,
                    active=True, created_at=now, password_changed_at=now, last_login_at=now)
        uow.accounts.add(user)
        uow.accounts.flush()
        actor = _actor(user)
        audit.record(uow.session, ctx, actor, "accounts.create", "user", user.id,
                     summary=f"首次启动，创建管理员 {username}", after=_snapshot(user))
        uow.commit()
        return actor


def _verify(digest: str, password: str) -> bool:
    try:
        return HASHER.verify(digest, password)
    except (VerificationError, InvalidHashError):
        return False


def authenticate(ctx: Context, username: str, password: str, *, how: str = "登录") -> Actor:
    """Check a password. Every attempt is audited. Failed tries in a row under one typed name
    make the next try wait longer and longer (domain/accounts.py delay_after); a try during the
    wait is refused unchecked and does not count. An unknown name and a wrong password get the
    same message after the same Argon2 work, and unknown names wait like real ones.
    `how` names the way in for the audit row (登录, 解锁, 脚本登录)."""
    now = ctx.clock.now()
    name = (username or "").strip()[:40]
    if ctx.db.writes_wait:
        actor = _signed_in_while_checked(ctx, name, password, how)
        if actor is not None:
            return actor
    with ctx.uow() as uow:
        session = uow.session
        throttle = uow.accounts.throttle(name)
        user = uow.accounts.user_by_name(name)
        actor = _actor(user) if user else Actor(None, name or "?", name or "?", Role.CLERK)
        wait = rules.seconds_left(throttle.next_try_at if throttle else None, now)
        if wait:
            audit.record(session, ctx, actor, "accounts.login_failed", "user", user.id if user else None,
                         summary=f"{how}失败：连续输错后等待中", role_label=None if user else "")
            uow.commit()
            raise LoginFailed(f"{WRONG}。已连续输错 {throttle.failures} 次，请 {rules.wait_text(wait)}后再试")
        # the same Argon2 work whether or not the name exists (timing must not tell)
        ok = _verify(user.password_hash if user else _DUMMY_HASH, password or "") and user is not None
        if not ok:
            if throttle is None:
                throttle = LoginThrottle(username=name, failures=0, last_failure_at=now, next_try_at=now)
                uow.accounts.add(throttle)
            throttle.failures += 1
            throttle.last_failure_at = now
            throttle.next_try_at = now + rules.delay_after(throttle.failures)
            reason = "密码错误" if user else "没有此用户"
            audit.record(session, ctx, actor, "accounts.login_failed", "user", user.id if user else None,
                         summary=f"{how}失败：{reason}（连续第 {throttle.failures} 次）",
                         role_label=None if user else "")
            uow.commit()
            wait = rules.seconds_left(throttle.next_try_at, now)
            if wait:
                raise LoginFailed(f"{WRONG}。已连续输错 {throttle.failures} 次，请 {rules.wait_text(wait)}后再试")
            raise LoginFailed(WRONG)
        if not user.active:
            if throttle is not None:
                uow.accounts.delete(throttle)
            audit.record(session, ctx, actor, "accounts.login_failed", "user", user.id,
                         summary=f"{how}失败：账号已停用")
            uow.commit()
            raise LoginFailed("此账号已停用，请联系管理员")
        _login_succeeded(uow, ctx, actor, user, throttle, password, how, now)
        return actor


def authenticate_supervisor(ctx: Context, username: str, password: str, permission: str, *, how: str) -> Actor:
    """A supervisor signs for a step at another's desk (主管批准借用钥匙): their user name and password
    typed into the clerk's form. Every refusal names the field of the form it is about — 主管用户名
    left blank or of someone without `permission`, 主管密码 blank or wrong (a wrong name and a wrong
    password are one message, as at sign-in, on the password the supervisor retypes) — so the form
    keeps the clerk's entries, outlines and selects that field, and writes nothing but the failed
    sign-in's audit row and its wait (`authenticate`)."""
    if not (username or "").strip():
        raise ValidationError("主管用户名", "请主管输入其用户名")
    if not password:
        raise ValidationError("主管密码", "请主管输入其密码")
    try:
        actor = authenticate(ctx, username, password, how=how)
    except LoginFailed as exc:
        raise ValidationError("主管密码", str(exc)) from None
    if not allowed(actor.role, permission):
        raise ValidationError("主管用户名", f"{actor.display_name}（{actor.role.value}）无权{_action_label(permission)}，"
                                        f"须由客服主管输入")
    return actor


def _action_label(permission: str) -> str:
    return actions()[permission].label


def _login_succeeded(uow: UnitOfWork, ctx: Context, actor: Actor, user: User, throttle: LoginThrottle | None,
                     password: str, how: str, at) -> None:
    if throttle is not None:
        uow.accounts.delete(throttle)
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = _hash(password)
    user.last_login_at = at
    audit.record(uow.session, ctx, actor, "accounts.login", "user", user.id, summary=f"{how}成功")
    uow.commit()


def _signed_in_while_checked(ctx: Context, name: str, password: str, how: str) -> Actor | None:
    """The login while the file's check still runs (store/write_gate.py): a right password
    signs in at once and its audit row is written when the check has passed (dropped, with
    everything else, if the file is damaged). None: anything else — the caller's full path
    then waits for the check and records the failure, as before. The same Argon2 work for an
    unknown name as for a wrong password, as there."""
    now = ctx.clock.now()
    with ctx.reader() as uow:
        throttle = uow.accounts.throttle(name)
        if rules.seconds_left(throttle.next_try_at if throttle else None, now):
            return None
        user = uow.accounts.user_by_name(name)
        if not _verify(user.password_hash if user else _DUMMY_HASH, password or "") or user is None \
                or not user.active:
            return None
        actor = _actor(user)

    def record() -> None:
        with ctx.uow() as uow:
            _login_succeeded(uow, ctx, actor, uow.accounts.user_by_name(name), uow.accounts.throttle(name),
                             password, how, now)
    return actor if ctx.db.when_writable(record) else None


def unlock(ctx: Context, actor: Actor, user_id: int) -> None:
    """A supervisor or administrator lifts the wait that failed tries put on an account."""
    actor.require(UNLOCK)
    with ctx.uow() as uow:
        user = _user(uow, user_id)
        throttle = uow.accounts.throttle(user.username)
        if throttle is None:
            raise Conflict(f"账号 {user.username} 没有登录等待，不用解除")
        audit.record(uow.session, ctx, actor, "accounts.unlock", "user", user.id,
                     summary=f"解除账号 {user.username} 的登录等待（已连续输错 {throttle.failures} 次）",
                     before={"failures": throttle.failures, "next_try_at": throttle.next_try_at.isoformat()})
        uow.accounts.delete(throttle)
        uow.commit()


def must_change_password(ctx: Context, actor: Actor) -> bool:
    if actor.user_id is None:
        return False
    with ctx.reader() as uow:
        user = uow.accounts.user(actor.user_id)
        return bool(user and user.must_change_password)


def change_own_password(ctx: Context, actor: Actor, old: str, new: str) -> None:
    actor.require(CHANGE_OWN_PASSWORD)
    if actor.user_id is None:
        raise ValidationError("用户", "命令行的操作系统用户没有客服台密码")
    check_new_password(ctx, new, actor.username, field="新密码")
    if old == new:
        raise ValidationError("新密码", "不能与原密码相同")
    with ctx.uow() as uow:
        user = found(uow.accounts.user(actor.user_id), "账号不存在")
        try:
            HASHER.verify(user.password_hash, old or "")
        except (VerificationError, InvalidHashError):
            raise ValidationError("原密码", "不对") from None
        user.password_hash = _hash(new)
        user.must_change_password = False
        user.password_changed_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "accounts.password.own", "user", user.id, summary="修改自己的密码")
        uow.commit()


# ----------------------------------------------------------------- the staff to choose from

def staff_names(session: Session) -> list[str]:
    """The staff who can be chosen — who takes over a shift, attends the morning meeting, is given
    an assignment or owes a follow-up: the active clerks, stewards and supervisors by name. An
    account that is only the administrator's (系统管理员, for setting the program up) is not one of
    them. Every such picker and its service's check ask this, inside their own transaction."""
    return _staff_names(session)


# ----------------------------------------------------------------- administration

def _view(user: User, acted: bool, throttle: LoginThrottle | None) -> UserView:
    return UserView(user.id, user.username, user.display_name, user.role, user.active,
                    throttle.failures if throttle else 0, throttle.next_try_at if throttle else None,
                    user.last_login_at, user.created_at, user.must_change_password, acted)


def list_users(ctx: Context, actor: Actor) -> list[UserView]:
    """The accounts, for the administrator and for a supervisor who lifts a login wait."""
    if not allowed(actor.role, UNLOCK):
        actor.require(MANAGE)
    with ctx.reader() as uow:
        acted = uow.audit.acting_user_ids()
        throttles = uow.accounts.throttles()
        users = uow.accounts.users_listed()
        return [_view(u, u.id in acted or u.last_login_at is not None, throttles.get(u.username)) for u in users]


def create_user(ctx: Context, actor: Actor, username: str, display_name: str, role: Role, password: str) -> int:
    actor.require(MANAGE)
    username = rules.check_username(username)
    display_name = rules.check_display_name(display_name)
    if not isinstance(role, Role):
        raise ValidationError("角色", "请选择角色")
    check_new_password(ctx, password, username, field="初始密码")
    digest = _hash(password)
    with ctx.uow() as uow:
        if uow.accounts.user_by_name(username) is not None:
            raise ValidationError("用户名", f"“{username}”已被使用")
        user = User(username=username, display_name=display_name, role=role, password_hash=digest, active=True,
                    created_at=ctx.clock.now(), must_change_password=True)
        uow.accounts.add(user)
        uow.accounts.flush()
        audit.record(uow.session, ctx, actor, "accounts.create", "user", user.id,
                     summary=f"新建账号 {username}（{role.value}）", after=_snapshot(user))
        uow.commit()
        return user.id


def account_changed(ctx: Context, actor: Actor) -> str:
    """Why the desk signed in as `actor` may no longer go on with it: "" while the account is in use
    with the role it signed in with; else what the administrator did since — "deleted", "disabled"
    or "role" (another role). A desk left signed in went on working under a leaver's disabled
    account until it was closed."""
    if actor.user_id is None:  # the program's own work and the command line have no account to lose
        return ""
    with ctx.reader() as uow:
        user = uow.accounts.user(actor.user_id)
        if user is None:
            return "deleted"
        if not user.active:
            return "disabled"
        return "role" if user.role is not actor.role else ""


def _user(uow: UnitOfWork, user_id: int) -> User:
    return found(uow.accounts.user(user_id), f"账号（编号 {user_id}）不存在")


def set_active(ctx: Context, actor: Actor, user_id: int, active: bool) -> None:
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow, user_id)
        if user.active == active:
            return
        if not active and user.role is Role.ADMIN and not uow.accounts.other_active_admins(user.id):
            raise Conflict("不能停用最后一个管理员账号")
        if not active and user.id == actor.user_id:  # the desk would go on under a disabled account
            raise Conflict("不能停用自己正在使用的账号；请另一位管理员来停用")
        before = _snapshot(user)
        user.active = active
        audit.record(uow.session, ctx, actor, "accounts.enable" if active else "accounts.disable", "user", user.id,
                     summary=f"{'启用' if active else '停用'}账号 {user.username}", before=before, after=_snapshot(user))
        uow.commit()


def change_role(ctx: Context, actor: Actor, user_id: int, role: Role) -> None:
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow, user_id)
        if user.role is role:
            return
        if user.role is Role.ADMIN and user.active and not uow.accounts.other_active_admins(user.id):
            raise Conflict("这是最后一个管理员账号，不能改为其他角色")
        if user.id == actor.user_id:  # signed in with the old role's rights until the next sign-in
            raise Conflict("不能修改自己正在使用的账号的角色；请另一位管理员来改")
        before = _snapshot(user)
        user.role = role
        audit.record(uow.session, ctx, actor, "accounts.role", "user", user.id,
                     summary=f"账号 {user.username} 角色改为 {role.value}", before=before, after=_snapshot(user))
        uow.commit()


def reset_password(ctx: Context, actor: Actor, user_id: int, new_password: str) -> None:
    """A temporary password: the user must choose a new one at the next login. Lifts the wait
    after failed tries too (the administrator has just given the right password)."""
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow, user_id)
        rules.check_password(new_password, user.username, names=_names(uow), field="临时密码")
        user.password_hash = _hash(new_password)
        user.must_change_password = True
        throttle = uow.accounts.throttle(user.username)
        if throttle is not None:
            uow.accounts.delete(throttle)
        user.password_changed_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "accounts.password.reset", "user", user.id,
                     summary=f"重置账号 {user.username} 的密码")
        uow.commit()


def delete_user(ctx: Context, actor: Actor, user_id: int) -> None:
    """Only an account that never acted (a mistyped one) may go; the rest are disabled. One that
    signed in has acted, even where its trail was not written through the desk (a file brought
    over, the demo's months of receipts under its name)."""
    actor.require(MANAGE)
    with ctx.uow() as uow:
        user = _user(uow, user_id)
        acted = uow.audit.entries_by(user.id) or user.last_login_at is not None
        if acted:
            raise Conflict(f"账号 {user.username} 已有操作记录，不能删除，只能停用")
        if user.role is Role.ADMIN and user.active and not uow.accounts.other_active_admins(user.id):
            raise Conflict("不能删除最后一个管理员账号")
        before = _snapshot(user)
        audit.record(uow.session, ctx, actor, "accounts.delete", "user", user.id,
                     summary=f"删除从未使用的账号 {user.username}", before=before)
        uow.accounts.delete(user)
        uow.commit()
