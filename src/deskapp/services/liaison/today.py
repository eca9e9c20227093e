"""What 对外联络 puts on each person's morning list: the follow-ups they owe, until done."""
from __future__ import annotations

from datetime import date, datetime, time

from deskapp.domain import liaison as rules
from deskapp.services import hooks
from deskapp.services.context import Actor, Context
from deskapp.store.queries import liaison as q
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.START_OF_DAY, per_person=True)  # the person's own, by name
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    tz = ctx.clock.now().tzinfo
    return [hooks.OpenItem("liaison", "对外联络跟进", "", f"{body}：{r.follow_up}",
                           due=datetime.combine(r.due_on, time(23, 59), tzinfo=tz) if r.due_on else None,
                           overdue=rules.is_overdue(r.due_on, day),
                           place=hooks.Place.LIAISON, record=r.id)
            for r, body in q.records(session, open_only=True, person=actor.display_name)]
