"""What 社区文化 puts on the steward's and the supervisor's morning list: the quarter's bulletin board
while none has gone up this quarter (the centre makes one every quarter)."""
from __future__ import annotations

from datetime import date

from deskapp.domain import community as rules
from deskapp.domain.permissions import allowed
from deskapp.services import hooks
from deskapp.services.community._common import BOARDS
from deskapp.services.context import Actor, Context
from deskapp.store.queries import community as q
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.START_OF_DAY)
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    if not allowed(actor.role, BOARDS):
        return []
    quarter = rules.board_quarter(day)
    if q.first_board(session, quarter.start, quarter.next().start) is not None:
        return []
    # the quarter as its code (2026Q4): the item reads the same in English mode
    # a reminder of the quarter, not a matter for the next shift: kept off the 交接表
    return [hooks.OpenItem("community", "宣传板报", "", f"本季度（{quarter.code}）尚未制作宣传板报", handed_over=False,
                            place=hooks.Place.BOARDS)]
