"""Correcting a 接待记录 entry: a blank matter or no change writes nothing; a correction keeps
the visit's time and audits before and after."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from deskapp.domain.errors import ValidationError
from deskapp.domain.reception import Channel
from deskapp.services.reception import registers
from deskapp.store.models.accounts import AuditEntry


def _audits(ctx) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(AuditEntry)).scalar_one()


def test_a_correction_is_audited_and_keeps_the_time(community, clerk):
    lid = registers.log_visit(community, clerk, matter="咨询停车月卡", visitor="李女士")
    before = _audits(community)
    for bad in ("  ", "咨询停车月卡"):  # blank, or the same as it was
        with pytest.raises(ValidationError) as err:
            registers.correct_log(community, clerk, lid, matter=bad, visitor="李女士")
        assert err.value.field == "事由"
    assert _audits(community) == before
    registers.correct_log(community, clerk, lid, matter="咨询车位租赁", visitor="李女士", channel=Channel.PHONE)
    row = registers.log_for_day(community, clerk, community.clock.today())[0]
    assert (row.matter, row.channel) == ("咨询车位租赁", Channel.PHONE)
    assert _audits(community) == before + 1
