"""Accounts: first administrator, sign-in with lock-out (fake clock), administration."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.permissions import Role
from deskapp.services.accounts import users
from deskapp.store.models.accounts import AuditEntry, User

PW = "Cuihu#2026"


def audit_actions(ctx) -> list[tuple[str, str]]:
    with ctx.reader() as uow:
        return [(a.action, a.actor_name) for a in uow.session.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars()]


@pytest.fixture
def first_admin(ctx):
    return users.create_first_admin(ctx, "admin", "系统管理员", PW)


def test_first_admin_only_on_an_empty_database(ctx):
    assert not users.has_users(ctx)
    actor = users.create_first_admin(ctx, "admin", "系统管理员", PW)
    assert actor.role is Role.ADMIN and users.has_users(ctx)
    with pytest.raises(Conflict):
        users.create_first_admin(ctx, "other", "又一个", PW)
    assert audit_actions(ctx) == [("accounts.create", "admin")]


def test_password_is_argon2id_with_19_mib_and_two_passes(ctx, first_admin):
    with ctx.reader() as uow:
        digest = uow.session.execute(select(User.password_hash)).scalar_one()
    assert digest.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in digest
    assert PW not in digest


def test_login_ok_and_wrong_password_are_audited(ctx, first_admin):
    actor = users.authenticate(ctx, "admin", PW)
    assert actor.user_id == first_admin.user_id
    with pytest.raises(users.LoginFailed) as wrong:
        users.authenticate(ctx, "admin", "wrong-password")
    with pytest.raises(users.LoginFailed) as unknown:
        users.authenticate(ctx, "nobody", PW)
    assert str(wrong.value) == str(unknown.value) == "用户名或密码不对"  # nothing tells which names exist
    acts = audit_actions(ctx)
    assert acts[1:] == [("accounts.login", "admin"), ("accounts.login_failed", "admin"),
                        ("accounts.login_failed", "nobody")]


def test_an_unknown_name_costs_the_same_argon2_check_as_a_wrong_password(ctx, first_admin, monkeypatch):
    checked: list[str] = []
    real = users._verify

    def counting(digest, password):
        checked.append(digest.split("$")[3])  # the parameters, e.g. m=19456,t=2,p=1
        return real(digest, password)  # the real Argon2 check still runs

    monkeypatch.setattr(users, "_verify", counting)
    for name in ("admin", "nobody"):
        with pytest.raises(users.LoginFailed, match="^用户名或密码不对$"):
            users.authenticate(ctx, name, "wrong-password")
    assert checked == ["m=19456,t=2,p=1", "m=19456,t=2,p=1"]


def test_the_written_out_unknown_name_hash_is_one_the_hasher_makes():
    """The hash an unknown name is checked against is written out in the source (not made at
    import, issue 21 §2): it must carry exactly the hasher's parameters and salt length, or an
    unknown name would cost a different Argon2 time than a known one."""
    assert not users.HASHER.check_needs_rehash(users._DUMMY_HASH)
    assert users.HASHER.verify(users._DUMMY_HASH, "no such account: the time of a real check")


def _messages(ctx, name, password, times):
    out = []
    for _ in range(times):
        with pytest.raises(users.LoginFailed) as err:
            users.authenticate(ctx, name, password)
        out.append(str(err.value))
    return out


def test_failed_tries_wait_longer_step_by_step_and_a_restart_does_not_reset_it(ctx, clock, first_admin):
    from deskapp.services.app import open_context

    assert _messages(ctx, "admin", "bad-password", 2) == ["用户名或密码不对"] * 2
    assert _messages(ctx, "admin", "bad-password", 1) == ["用户名或密码不对。已连续输错 3 次，请 5 秒后再试"]
    # during the wait even the right password is refused unchecked, and it does not count
    assert _messages(ctx, "admin", PW, 1) == ["用户名或密码不对。已连续输错 3 次，请 5 秒后再试"]
    clock.advance(seconds=5)
    assert _messages(ctx, "admin", "bad-password", 1) == ["用户名或密码不对。已连续输错 4 次，请 10 秒后再试"]
    clock.advance(seconds=4)
    ctx.db.dispose()
    again = open_context(ctx.db.url, clock=clock)  # the program restarted
    try:
        assert _messages(again, "admin", PW, 1) == ["用户名或密码不对。已连续输错 4 次，请 6 秒后再试"]
        clock.advance(seconds=6)
        assert users.authenticate(again, "admin", PW).username == "admin"
        assert _messages(again, "admin", "bad-password", 1) == ["用户名或密码不对"]  # success starts again
    finally:
        again.db.dispose()


def test_an_unknown_name_waits_exactly_like_a_real_one(ctx, clock, first_admin):
    real = _messages(ctx, "admin", "bad-password", 4)
    clock.advance(seconds=30)
    ghost = _messages(ctx, "ghost", "bad-password", 4)
    assert real == ghost


def test_the_wait_grows_to_15_minutes_and_no_more(ctx, clock, first_admin):
    for _ in range(12):
        _messages(ctx, "admin", "bad-password", 1)
        clock.advance(minutes=15)
    with pytest.raises(users.LoginFailed, match="已连续输错 13 次，请 15 分钟后再试"):
        users.authenticate(ctx, "admin", "bad-password")
    clock.advance(minutes=15)
    assert users.authenticate(ctx, "admin", PW).username == "admin"  # never locked for good


def test_a_supervisor_lifts_the_wait_and_it_is_audited(ctx, clock, first_admin, supervisor, clerk):
    uid = users.create_user(ctx, first_admin, "wangli", "王丽", Role.CLERK, "Temp#1234")
    _messages(ctx, "wangli", "bad-password", 6)
    row = {u.username: u for u in users.list_users(ctx, supervisor)}["wangli"]
    assert row.failures == 3 and row.next_try_at is not None  # the last three were refused during the wait
    with pytest.raises(PermissionDenied):
        users.unlock(ctx, clerk, uid)
    users.unlock(ctx, supervisor, uid)
    assert users.authenticate(ctx, "wangli", "Temp#1234").username == "wangli"
    assert ("accounts.unlock", "supervisor") in audit_actions(ctx)
    with pytest.raises(Conflict, match="没有登录等待"):
        users.unlock(ctx, supervisor, uid)


def test_a_disabled_account_is_only_named_to_whoever_knows_its_password(ctx, first_admin):
    uid = users.create_user(ctx, first_admin, "wangli", "王丽", Role.CLERK, "Temp#1234")
    users.set_active(ctx, first_admin, uid, False)
    with pytest.raises(users.LoginFailed, match="^用户名或密码不对$"):
        users.authenticate(ctx, "wangli", "bad-password")
    with pytest.raises(users.LoginFailed, match="已停用"):
        users.authenticate(ctx, "wangli", "Temp#1234")


def test_common_passwords_and_the_centre_name_are_refused(ctx, first_admin):
    from deskapp.services.registry import community as registry_community

    registry_community.setup_community(ctx, first_admin, "翠湖花园", "翠湖花园物业服务中心")
    for weak, message in (("12345678", "常见密码"), ("password", "常见密码"), ("woaini1314", "常见密码"),
                          ("翠湖花园2026", "小区或服务中心的名称")):
        with pytest.raises(ValidationError, match=message) as err:
            users.create_user(ctx, first_admin, "lisi", "李四", Role.CLERK, weak)
        assert err.value.field == "初始密码"


def test_old_parameters_are_rehashed_at_login(ctx, first_admin):
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PW)
    with ctx.uow() as uow:
        uow.session.execute(select(User)).scalar_one().password_hash = weak
        uow.commit()
    users.authenticate(ctx, "admin", PW)
    with ctx.reader() as uow:
        digest = uow.session.execute(select(User.password_hash)).scalar_one()
    assert digest != weak and "m=19456,t=2" in digest


def test_admin_manages_accounts(ctx, first_admin):
    uid = users.create_user(ctx, first_admin, "wangli", "王丽", Role.CLERK, "Temp#1234")
    clerk = users.authenticate(ctx, "wangli", "Temp#1234")
    assert users.must_change_password(ctx, clerk)
    users.change_own_password(ctx, clerk, "Temp#1234", "Wangli#2026")
    assert not users.must_change_password(ctx, clerk)
    users.change_role(ctx, first_admin, uid, Role.STEWARD)
    users.set_active(ctx, first_admin, uid, False)
    with pytest.raises(users.LoginFailed, match="已停用"):
        users.authenticate(ctx, "wangli", "Wangli#2026")
    users.set_active(ctx, first_admin, uid, True)
    users.reset_password(ctx, first_admin, uid, "Reset#5678")
    assert users.authenticate(ctx, "wangli", "Reset#5678").role is Role.STEWARD
    listed = {u.username: u for u in users.list_users(ctx, first_admin)}
    assert listed["wangli"].has_acted and listed["wangli"].must_change_password
    actions = [a for a, _ in audit_actions(ctx)]
    for expected in ("accounts.create", "accounts.password.own", "accounts.role", "accounts.disable",
                     "accounts.enable", "accounts.password.reset"):
        assert expected in actions


def test_an_account_that_acted_cannot_be_deleted(ctx, first_admin):
    used = users.create_user(ctx, first_admin, "used", "用过", Role.CLERK, "Temp#1234")
    unused = users.create_user(ctx, first_admin, "typo", "打错", Role.CLERK, "Temp#1234")
    users.authenticate(ctx, "used", "Temp#1234")
    with pytest.raises(Conflict, match="已有操作记录"):
        users.delete_user(ctx, first_admin, used)
    users.delete_user(ctx, first_admin, unused)
    assert {u.username for u in users.list_users(ctx, first_admin)} == {"admin", "used"}


def test_the_last_administrator_stays(ctx, first_admin):
    with pytest.raises(Conflict, match="最后一个管理员"):
        users.set_active(ctx, first_admin, first_admin.user_id, False)
    with pytest.raises(Conflict, match="最后一个管理员"):
        users.change_role(ctx, first_admin, first_admin.user_id, Role.CLERK)


def test_bad_input_names_the_field_and_writes_nothing(ctx, first_admin):
    before = audit_actions(ctx)
    with pytest.raises(ValidationError) as err:
        users.create_user(ctx, first_admin, "x", "某人", Role.CLERK, "Temp#1234")
    assert err.value.field == "用户名"
    with pytest.raises(ValidationError) as err:
        users.create_user(ctx, first_admin, "lisi", "李四", Role.CLERK, "123")
    assert err.value.field == "初始密码"
    users.create_user(ctx, first_admin, "lisi", "李四", Role.CLERK, "Temp#1234")
    with pytest.raises(ValidationError, match="已被使用"):
        users.create_user(ctx, first_admin, "lisi", "李四", Role.CLERK, "Temp#1234")
    assert len(audit_actions(ctx)) == len(before) + 1


def test_only_the_administrator_manages(ctx, first_admin, supervisor, clerk):
    for actor in (supervisor, clerk):
        with pytest.raises(PermissionDenied):
            users.create_user(ctx, actor, "lisi", "李四", Role.CLERK, "Temp#1234")
        with pytest.raises(PermissionDenied):
            users.reset_password(ctx, actor, first_admin.user_id, "Reset#5678")
    with pytest.raises(PermissionDenied):
        users.list_users(ctx, clerk)
    # the supervisor sees the list only to lift a login wait
    assert [u.username for u in users.list_users(ctx, supervisor)] == ["admin"]


def test_an_account_that_signed_in_is_used_though_its_trail_is_elsewhere(ctx, admin):
    """The demo's clerk took months of receipts under her name without a sign-in of this file's
    trail: 用户管理 offered to delete her as never used, and did. Signed in once is used."""
    from deskapp.services import demo

    demo.generate(ctx, admin, demo.DemoPlan(seed=5, units=30))
    listed = {u.username: u for u in users.list_users(ctx, admin)}
    assert listed["linxy"].has_acted and listed["linxy"].last_login_at is not None
    assert listed["linxy"].created_at < listed["linxy"].last_login_at
    with pytest.raises(Conflict, match="已有操作记录"):
        users.delete_user(ctx, admin, listed["linxy"].id)
    assert "linxy" in {u.username for u in users.list_users(ctx, admin)}
