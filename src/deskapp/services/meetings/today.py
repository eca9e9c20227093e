"""What the 早会 puts on each person's morning list: their own open assignments."""
from __future__ import annotations

from datetime import date, datetime, time

from deskapp.domain import meetings as rules
from deskapp.services import hooks
from deskapp.services.context import Actor, Context
from deskapp.store.queries import meetings as q
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.START_OF_DAY, per_person=True)  # the person's own, by name
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    tz = ctx.clock.now().tzinfo
    out = []
    for a, held_on in q.open_assignments(session, actor.display_name):
        # due by the end of its day: the morning list sorts by the time an item falls due
        due = datetime.combine(a.due_on, time(23, 59), tzinfo=tz) if a.due_on else None
        out.append(hooks.OpenItem("meetings", "早会安排", "", f"{held_on:%m-%d} 早会：{a.task}", due=due,
                                  overdue=rules.is_overdue(a.due_on, day),
                                  place=hooks.Place.MEETINGS, record=a.id))
    return out
