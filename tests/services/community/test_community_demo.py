"""The demo's 社区文化: a board for each of the last quarters, half a year of activities with sign-ups,
attendance and spending, and coming ones taking sign-ups, one with a household waiting."""
from __future__ import annotations

from support import make_actor

from deskapp.domain.permissions import Role
from deskapp.services import demo
from deskapp.services.community import activities, boards, signups

ZT = make_actor(Role.CLERK, "周婷")


def test_the_demo_has_boards_and_activities(ctx, admin):
    demo.generate(ctx, admin, demo.DemoPlan(seed=3, units=200))
    today = ctx.clock.today()
    shown = boards.boards(ctx, ZT)
    assert len(shown) == 4 and all(b.put_up_on <= today for b in shown)
    rows = activities.activities(ctx, ZT)
    past = [a for a in rows if a.starts_at.date() < today]
    coming = [a for a in rows if a.starts_at.date() > today]
    assert len(past) >= 10 and len(coming) == 2
    assert all(a.summary.signups and a.summary.spent > 0 for a in past)
    assert any(a.summary.attended for a in past)
    assert any(a.summary.waiting for a in coming)
    waiting = [s for a in coming for s in signups.for_activity(ctx, ZT, a.id) if s.state.value == "候补"]
    assert waiting and all(s.unit_code for s in waiting)
