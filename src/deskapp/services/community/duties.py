"""宣传板报 on the duty calendar (工作日历): each quarter's board, due by the quarter's last day
(or the setting's days before it), done by the first board that went up in the quarter. The
morning list's own board item (today.py) speaks of this quarter all quarter long; the calendar's
speaks of a quarter that ended without one."""
from __future__ import annotations

from datetime import timedelta

from deskapp.domain.calendar import Cadence, Every, Occurrence
from deskapp.domain.permissions import Role
from deskapp.services import hooks, settings
from deskapp.services.context import Context
from deskapp.store.queries import community as q
from deskapp.store.uow import Session

BOARD_DAYS_BEFORE_END = settings.declare(
    "community.duty.board_days_before_end", 0, "工作日历：宣传板报在季度末前几天到期（0 为季度最后一天）",
    minimum=0, maximum=80)


def _board(session: Session, ctx: Context, o: Occurrence) -> hooks.DoneBy | None:
    board = q.first_board(session, o.start, o.end + timedelta(days=1))
    if board is None:
        return None
    put_up_on, theme, person = board
    return hooks.DoneBy(f"宣传板报“{theme}”{put_up_on:%m-%d} 张贴（{person}）")


@hooks.register(hooks.Hook.DUTIES)
def duties(session: Session, ctx: Context) -> list[hooks.Duty]:
    before_end = int(settings.read_in(session, BOARD_DAYS_BEFORE_END))
    return [hooks.Duty("community.board", "宣传板报", Role.STEWARD.value,
                       Cadence(Every.QUARTER, days_before_end=before_end), _board)]
