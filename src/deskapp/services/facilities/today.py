"""What the facilities put on the morning list: today's bookings to open for (saying 未收费 where the
fee or deposit is still to collect before the holder comes), and for the supervisor the bookings
waiting for approval."""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from deskapp.contracts.facilities import BookingFilter
from deskapp.domain.facilities import BookingState
from deskapp.domain.local_time import local
from deskapp.domain.permissions import allowed
from deskapp.services import hooks
from deskapp.services.context import Actor, Context
from deskapp.services.facilities._common import MANAGE, VIEW
from deskapp.store.queries import facilities as q
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.START_OF_DAY)
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    if not allowed(actor.role, VIEW):
        return []
    tz = ctx.clock.now().tzinfo
    start = datetime.combine(day, time(0), tzinfo=tz)
    out = [hooks.OpenItem("facilities", "设施预约", b.unit_code,
                          f"{b.facility} {local(b.starts_at):%H:%M}–{local(b.ends_at):%H:%M} {b.person}（{b.heads} 人）"
                          + ("，未收费" if b.paid_at is None and (b.fee or b.deposit) else ""),
                          due=b.starts_at, ref=b.number, place=hooks.Place.BOOKINGS, record=b.number)
           for b in q.bookings(session, BookingFilter(states=(BookingState.APPROVED,), start=start,
                                                      end=start + timedelta(days=1)))]
    if allowed(actor.role, MANAGE):
        out += [hooks.OpenItem("facilities", "设施预约待审批", b.unit_code,
                               f"{b.facility} {local(b.starts_at):%m-%d %H:%M}–{local(b.ends_at):%H:%M} {b.person}",
                               due=b.starts_at, overdue=b.starts_at < ctx.clock.now(), ref=b.number, place=hooks.Place.BOOKINGS, record=b.number)
                for b in q.bookings(session, BookingFilter(states=(BookingState.PENDING,)))]
    return out


@hooks.register(hooks.Hook.FIND_NUMBER)
def _bookings_numbered(session: Session, ctx: Context, actor: Actor, prefix: str, limit: int) -> list[hooks.Numbered]:
    if not allowed(actor.role, VIEW):
        return []
    return [hooks.Numbered(n, "设施预约", code, person, hooks.Place.BOOKINGS, n)
            for _, n, code, person in q.bookings_numbered(session, prefix, limit)]
