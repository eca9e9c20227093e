"""The demo gives every 楼宇管家 screen something real, and numbering continues without gaps."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from deskapp.contracts.rounds import SlipFilter
from deskapp.domain.decoration import DecorationState
from deskapp.domain.rounds import ConfirmerRelation, ConfirmMethod, OwnerConfirmation, ReleaseInput, ReleaseItem, ReleaseKind
from deskapp.services import hooks
from deskapp.services.demo import DemoPlan, generate
from deskapp.services.rounds import decoration, release, stairwell, survey
from deskapp.store.models.rounds import Decoration, MoveIn, ReleaseSlip, RoundFinding, RoundRun


@pytest.mark.slow
def test_demo_fills_the_steward_screens(ctx, admin):
    generate(ctx, admin, DemoPlan(units=150))
    with ctx.reader() as uow:
        s = uow.session

        def count(model, *where):
            return s.execute(select(func.count()).select_from(model).where(*where)).scalar_one()

        assert count(MoveIn) >= 5 and count(RoundRun) > 20 and count(RoundFinding) > 0
        assert count(Decoration, Decoration.state.in_([DecorationState.WORKING, DecorationState.STOPPED])) > 0
        assert count(Decoration, Decoration.state == DecorationState.CLOSED) > 0
        slips = count(ReleaseSlip)
        checks = [r for r in hooks.collect("checks", s, ctx) if "放行条" in r.name]
        assert checks[0].problems == []
    assert decoration.todays_sites(ctx, admin)
    assert any(r.escalated_at for r in decoration.rectifications(ctx, admin))
    with ctx.reader() as uow:
        stopped = uow.session.execute(select(Decoration.id).where(Decoration.state == DecorationState.STOPPED)).scalar()
    from io import BytesIO

    from pypdf import PdfReader

    notice = PdfReader(BytesIO(decoration.stop_notice_pdf(ctx, admin, stopped))).pages[0].extract_text()
    assert f"编号：TG{ctx.clock.now().year}-0001" in notice and "（未记录）" not in notice
    assert release.slip_register(ctx, admin, SlipFilter(only_overdue=True)).total >= 1
    assert not stairwell.missed(ctx, admin)  # every round day walked: the demo centre did its work
    camp = survey.campaigns(ctx, admin)
    assert len(camp) == 2 and all(c.closed for c in camp)
    assert survey.report(ctx, admin, camp[0].id).previous is not None
    # the next slip continues the demo's numbering
    site = release.slip_register(ctx, admin, SlipFilter(), limit=1).rows[0]
    unit_id = release.slip(ctx, admin, site.id).unit_id
    owner = release.confirmers(ctx, admin, unit_id)[0]
    now = ctx.clock.now()
    from datetime import timedelta

    view = release.issue(ctx, admin, ReleaseInput(
        unit_id, ReleaseKind.OTHER, "孙大力", "", "11010519491231002X", "13312345678", "", (ReleaseItem("纸箱", 3),),
        now, now + timedelta(hours=1), OwnerConfirmation(owner.name, ConfirmerRelation.OWNER, ConfirmMethod.PHONE, now)))
    assert view.number == f"FX{now.year}-{_last_seq(ctx, now.year):06d}" and _last_seq(ctx, now.year) <= slips + 1


def _last_seq(ctx, year):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.max(ReleaseSlip.seq)).where(ReleaseSlip.year == year)).scalar_one()
