"""`deskapp check`: no room (会所, 球场, 会议室, 货梯) is held by two bookings at once."""
from __future__ import annotations

from deskapp.services import hooks
from deskapp.services.context import Context
from deskapp.store.queries import facilities as q
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.CHECKS)
def _checks(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    pairs, checked = q.overlapping(session)
    return [hooks.CheckResult("公共设施预约", checked, [f"预约 {a} 与 {b} 时间重叠" for a, b in pairs])]
