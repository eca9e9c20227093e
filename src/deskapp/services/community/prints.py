"""The printed papers of an activity: 活动通知 (dated the day it was issued: the day the activity was
entered; 补打 when printed later) — for an activity called off,
活动取消通知 (dated the day it was called off) — and 活动报名表 (the sign-ups in and waiting, first come
first); each print audited."""
from __future__ import annotations

from deskapp.documents.community.activity import (
    Activity, SheetRow, cancellation_pdf as draw_cancellation, notice_pdf as draw_notice, sheet_pdf as draw_sheet,
)
from deskapp.domain.local_time import local
from deskapp.services import audit
from deskapp.services.community._common import VIEW, activity_of
from deskapp.services.context import Actor, Context
from deskapp.store.queries import community as q
from deskapp.store.uow import UnitOfWork


def _activity(uow: UnitOfWork, activity_id: int) -> Activity:
    a = activity_of(uow, activity_id)
    centre = uow.registry.centre()
    return Activity(centre=centre.name, title=a.title, starts_at=local(a.starts_at), place=a.place,
                    organiser=a.organiser, limit=a.people_limit, waiting_list=a.waiting_list, content=a.content,
                    phone=centre.phone, cancelled_on=local(a.cancelled_at).date() if a.cancelled_at else None,
                    cancel_reason=a.cancel_reason or "", issued_on=local(a.created_at).date())


def notice_pdf(ctx: Context, actor: Actor, activity_id: int) -> bytes:
    actor.require(VIEW)
    with ctx.reader() as uow:
        doc = _activity(uow, activity_id)
    if doc.cancelled_on is not None:
        audit.record_event(ctx, actor, "community.print_notice", "community_activity", activity_id,
                           summary=f"打印活动取消通知：{doc.title}")
        return draw_cancellation(doc, ctx.clock.today())
    audit.record_event(ctx, actor, "community.print_notice", "community_activity", activity_id,
                       summary=f"打印活动通知：{doc.title}")
    return draw_notice(doc, ctx.clock.today())


def sheet_pdf(ctx: Context, actor: Actor, activity_id: int) -> bytes:
    actor.require(VIEW)
    with ctx.reader() as uow:
        doc = _activity(uow, activity_id)
        rows = [SheetRow(s.unit_code, s.name, s.people, s.state.value)
                for s in q.signups(uow.session, activity_id=activity_id, with_cancelled=False)]
    audit.record_event(ctx, actor, "community.print_sheet", "community_activity", activity_id,
                       summary=f"打印活动报名表：{doc.title}（{len(rows)} 户）")
    return draw_sheet(doc, rows, ctx.clock.today())
