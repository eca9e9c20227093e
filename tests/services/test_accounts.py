"""Accounts: first administrator, sign-in with lock-out (fake clock), administration."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services import accounts
from deskapp.store.models.accounts import AuditEntry, User

PW = "Cuihu#2026"


def audit_actions(ctx) -> list[tuple[str, str]]:
    with ctx.reader() as uow:
        return [(a.action, a.actor_name) for a in uow.session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]


@pytest.fixture
def first_admin(ctx):
    return accounts.create_first_admin(ctx, "admin", "系统管理员", PW)


def test_first_admin_only_on_an_empty_database(ctx):
    assert not accounts.has_users(ctx)
    actor = accounts.create_first_admin(ctx, "admin", "系统管理员", PW)
    assert actor.role is Role.ADMIN and accounts.has_users(ctx)
    with pytest.raises(Conflict):
        accounts.create_first_admin(ctx, "other", "又一个", PW)
    assert audit_actions(ctx) == [("accounts.create", "admin")]


def test_password_is_argon2id_with_19_mib_and_two_passes(ctx, first_admin):
    with ctx.reader() as uow:
        digest = uow.session.execute(select(User.password_hash)).scalar_one()
    assert digest.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in digest
    assert PW not in digest


def test_login_ok_and_wrong_password_are_audited(ctx, first_admin):
    actor = accounts.authenticate(ctx, "admin", PW)
    assert actor.user_id == first_admin.user_id
    with pytest.raises(accounts.LoginFailed, match="再错 4 次"):
        accounts.authenticate(ctx, "admin", "wrong-password")
    with pytest.raises(accounts.LoginFailed, match="用户名或密码不对"):
        accounts.authenticate(ctx, "nobody", PW)
    acts = audit_actions(ctx)
    assert acts[1:] == [("accounts.login", "admin"), ("accounts.login_failed", "admin"),
                        ("accounts.login_failed", "nobody")]


def test_five_failures_lock_for_15_minutes_then_it_opens(ctx, clock, first_admin):
    for _ in range(4):
        with pytest.raises(accounts.LoginFailed, match="用户名或密码不对"):
            accounts.authenticate(ctx, "admin", "bad-password")
    with pytest.raises(accounts.LoginFailed, match="已锁定，请 15 分钟后再试"):
        accounts.authenticate(ctx, "admin", "bad-password")
    clock.advance(minutes=6)
    # even the right password waits, and the message says how long
    with pytest.raises(accounts.LoginFailed, match="请 9 分钟后再试"):
        accounts.authenticate(ctx, "admin", PW)
    clock.advance(minutes=9)
    assert accounts.authenticate(ctx, "admin", PW).username == "admin"
    with ctx.reader() as uow:
        user = uow.session.execute(select(User)).scalar_one()
        assert user.failed_logins == 0 and user.locked_until is None


def test_success_resets_the_failure_count(ctx, first_admin):
    for _ in range(4):
        with pytest.raises(accounts.LoginFailed):
            accounts.authenticate(ctx, "admin", "bad-password")
    accounts.authenticate(ctx, "admin", PW)
    with pytest.raises(accounts.LoginFailed, match="再错 4 次"):
        accounts.authenticate(ctx, "admin", "bad-password")


def test_old_parameters_are_rehashed_at_login(ctx, first_admin):
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PW)
    with ctx.uow() as uow:
        uow.session.execute(select(User)).scalar_one().password_hash = weak
        uow.commit()
    accounts.authenticate(ctx, "admin", PW)
    with ctx.reader() as uow:
        digest = uow.session.execute(select(User.password_hash)).scalar_one()
    assert digest != weak and "m=19456,t=2" in digest


def test_admin_manages_accounts(ctx, first_admin):
    uid = accounts.create_user(ctx, first_admin, "wangli", "王丽", Role.CLERK, "Temp#1234")
    clerk = accounts.authenticate(ctx, "wangli", "Temp#1234")
    assert accounts.must_change_password(ctx, clerk)
    accounts.change_own_password(ctx, clerk, "Temp#1234", "Wangli#2026")
    assert not accounts.must_change_password(ctx, clerk)
    accounts.change_role(ctx, first_admin, uid, Role.STEWARD)
    accounts.set_active(ctx, first_admin, uid, False)
    with pytest.raises(accounts.LoginFailed, match="已停用"):
        accounts.authenticate(ctx, "wangli", "Wangli#2026")
    accounts.set_active(ctx, first_admin, uid, True)
    accounts.reset_password(ctx, first_admin, uid, "Reset#5678")
    assert accounts.authenticate(ctx, "wangli", "Reset#5678").role is Role.STEWARD
    users = {u.username: u for u in accounts.list_users(ctx, first_admin)}
    assert users["wangli"].has_acted and users["wangli"].must_change_password
    actions = [a for a, _ in audit_actions(ctx)]
    for expected in ("accounts.create", "accounts.password.own", "accounts.role", "accounts.disable",
                     "accounts.enable", "accounts.password.reset"):
        assert expected in actions


def test_an_account_that_acted_cannot_be_deleted(ctx, first_admin):
    used = accounts.create_user(ctx, first_admin, "used", "用过", Role.CLERK, "Temp#1234")
    unused = accounts.create_user(ctx, first_admin, "typo", "打错", Role.CLERK, "Temp#1234")
    accounts.authenticate(ctx, "used", "Temp#1234")
    with pytest.raises(Conflict, match="已有操作记录"):
        accounts.delete_user(ctx, first_admin, used)
    accounts.delete_user(ctx, first_admin, unused)
    assert {u.username for u in accounts.list_users(ctx, first_admin)} == {"admin", "used"}


def test_the_last_administrator_stays(ctx, first_admin):
    with pytest.raises(Conflict, match="最后一个管理员"):
        accounts.set_active(ctx, first_admin, first_admin.user_id, False)
    with pytest.raises(Conflict, match="最后一个管理员"):
        accounts.change_role(ctx, first_admin, first_admin.user_id, Role.CLERK)


def test_bad_input_names_the_field_and_writes_nothing(ctx, first_admin):
    before = audit_actions(ctx)
    with pytest.raises(ValidationError) as err:
        accounts.create_user(ctx, first_admin, "x", "某人", Role.CLERK, "Temp#1234")
    assert err.value.field == "用户名"
    with pytest.raises(ValidationError) as err:
        accounts.create_user(ctx, first_admin, "lisi", "李四", Role.CLERK, "123")
    assert err.value.field == "初始密码"
    accounts.create_user(ctx, first_admin, "lisi", "李四", Role.CLERK, "Temp#1234")
    with pytest.raises(ValidationError, match="已被使用"):
        accounts.create_user(ctx, first_admin, "lisi", "李四", Role.CLERK, "Temp#1234")
    assert len(audit_actions(ctx)) == len(before) + 1


def test_only_the_administrator_manages(ctx, first_admin, supervisor, clerk):
    for actor in (supervisor, clerk):
        with pytest.raises(PermissionDenied):
            accounts.create_user(ctx, actor, "lisi", "李四", Role.CLERK, "Temp#1234")
        with pytest.raises(PermissionDenied):
            accounts.list_users(ctx, actor)
