"""Who is connected (issue 18 §5): desks sign in, keep their presence with a heartbeat and end it
at sign-out; the supervisor sees them; a schema upgrade is refused while another desk is on.
Runs on both backends."""
from datetime import datetime, timezone

import pytest
from support import PlainSQL, make_actor

from deskapp.domain.accounts import DESK_GONE_AFTER
from deskapp.domain.clock import Clock, FixedClock
from deskapp.domain.errors import PermissionDenied
from deskapp.domain.permissions import Role
from deskapp.services.accounts import desks
from deskapp.services.context import Context
from deskapp.store import schema

CASHIER = make_actor(Role.CLERK, "收银员小周")
SUPERVISOR = make_actor(Role.SUPERVISOR, "陈主管")
NEWEST = "2302_server_key_versions"  # the head of this branch (issue 18's server revisions)


def test_signed_in_desks_are_listed_until_they_sign_out_or_fall_silent(ctx):
    reception = desks.sign_in(ctx, CASHIER, desk="RECEPTION-PC")
    office = desks.sign_in(ctx, SUPERVISOR, desk="OFFICE-PC")
    shown = desks.connected(ctx, SUPERVISOR)
    assert [(d.desk, d.user, d.since) for d in shown] == [
        ("OFFICE-PC", "陈主管", ctx.clock.now()), ("RECEPTION-PC", "收银员小周", ctx.clock.now())]
    ctx.clock.advance(seconds=DESK_GONE_AFTER.total_seconds() - 60)
    desks.heartbeat(ctx, CASHIER, reception)
    ctx.clock.advance(seconds=90)  # the office's heartbeat stopped three minutes ago: gone
    assert [d.desk for d in desks.connected(ctx, SUPERVISOR)] == ["RECEPTION-PC"]
    desks.sign_out(ctx, CASHIER, reception)
    desks.heartbeat(ctx, CASHIER, reception)  # a late heartbeat does not bring it back
    desks.heartbeat(ctx, SUPERVISOR, office)
    assert [d.desk for d in desks.connected(ctx, SUPERVISOR)] == ["OFFICE-PC"]


def test_only_a_supervisor_sees_who_is_connected(ctx):
    desks.sign_in(ctx, CASHIER, desk="RECEPTION-PC")
    with pytest.raises(PermissionDenied):
        desks.connected(ctx, CASHIER)


def _one_revision_behind(ctx) -> None:
    """As a database the previous program left: the newest revision of this branch not yet applied."""
    sql = PlainSQL(ctx)
    try:
        sql.execute(f"UPDATE alembic_version SET version_num = '2301_server_desk_sessions' "
                    f"WHERE version_num = '{NEWEST}'")
    finally:
        sql.close()


def test_an_upgrade_is_refused_while_another_desk_is_signed_in_naming_it(ctx):
    live = Context(db=ctx.db, clock=Clock())  # the upgrade asks by the real time
    presence = desks.sign_in(live, CASHIER, desk="RECEPTION-PC")
    desks.sign_in(live, SUPERVISOR, desk=desks.this_desk())  # this PC's own row does not count
    _one_revision_behind(ctx)
    with pytest.raises(schema.SchemaError) as refused:
        schema.upgrade(ctx.db)
    assert str(refused.value) == ("还有客服台连着这个数据库（RECEPTION-PC 收银员小周）："
                                  "请先让他们退出登录，再升级表结构。")
    assert NEWEST not in schema.current_revisions(ctx.db)  # nothing was run
    desks.sign_out(live, CASHIER, presence)
    with pytest.raises(schema.SchemaError) as failed:  # no longer refused: the upgrade runs
        schema.upgrade(ctx.db)
    assert "升级失败" in str(failed.value)  # (and meets the columns this test left in place)


def test_a_desk_silent_for_three_minutes_does_not_hold_up_an_upgrade(ctx):
    gone = datetime.now(timezone.utc) - DESK_GONE_AFTER
    desks.sign_in(Context(db=ctx.db, clock=FixedClock(gone)), CASHIER, desk="RECEPTION-PC")
    _one_revision_behind(ctx)
    with pytest.raises(schema.SchemaError) as failed:
        schema.upgrade(ctx.db)
    assert "客服台" not in str(failed.value) and "升级失败" in str(failed.value)
