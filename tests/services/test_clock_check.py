"""The desk's clock check before the sign-in (services/accounts/clock_check.py), on both backends:
the newest record's time from the audit trail, the server's own clock on PostgreSQL."""
from dataclasses import replace
from datetime import timedelta

from sqlalchemy import select

from deskapp.domain.clock import Clock, FixedClock
from deskapp.services.accounts import audit_trail, clock_check
from deskapp.services.registry import community as registry_community
from deskapp.store.models.accounts import AuditEntry


def test_the_clock_gone_back_behind_the_newest_record_is_said(ctx, admin, db_backend):
    real = replace(ctx, clock=Clock())  # the server's clock is the real one: compare like with like
    registry_community.setup_community(real, admin, "翠湖花园", "翠湖花园物业服务中心", "滨江路 88 号", "0571-88886666")
    assert clock_check.trouble(real) is None
    gone_back = replace(ctx, clock=FixedClock(real.clock.now() - timedelta(days=365 * 17)))
    said = clock_check.trouble(gone_back)
    assert said is not None and "改对" in said
    if db_backend == "postgresql":
        assert "数据库服务器的时间" in said  # the server's clock is the surer witness
    else:
        assert "早于数据库里最后一条记录的时间" in said


def test_carrying_on_past_the_warning_is_in_the_audit_trail(ctx, admin):
    clock_check.carried_on(ctx, admin, "这台电脑的时间是 2009-01-01 00:05，早于……")
    with ctx.reader() as uow:
        [(summary, who, at)] = uow.session.execute(
            select(AuditEntry.summary, AuditEntry.actor_name, AuditEntry.at)
            .where(AuditEntry.action == "accounts.clock_wrong")).all()
    assert summary == "时钟有误仍继续：这台电脑的时间是 2009-01-01 00:05，早于……"
    assert who == admin.display_name and at == ctx.clock.now()
    assert audit_trail.action_label("accounts.clock_wrong") == "电脑时钟有误仍继续"
