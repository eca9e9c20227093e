"""宣传板报: each board the centre puts up — theme, place, the days put up and taken down, the person
responsible; a board's taking down recorded later; a board put right from its form (修改板报)."""
from __future__ import annotations

from datetime import date

from deskapp.contracts.community import BoardRow
from deskapp.domain import community as rules
from deskapp.domain.community import BoardInput
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.community._common import BOARDS, VIEW
from deskapp.services.context import Actor, Context
from deskapp.store.models.community import CommunityBoard
from deskapp.store.queries import community as q


@changes(Change.COMMUNITY)
def add_board(ctx: Context, actor: Actor, data: BoardInput) -> int:
    actor.require(BOARDS)
    b = rules.check_board(data)
    with ctx.uow() as uow:
        row = audit.added(uow.community, ctx, actor, CommunityBoard(
            theme=b.theme, location=b.location, put_up_on=b.put_up_on, taken_down_on=b.taken_down_on, person=b.person),
            "community.board", "community_board",
            summary=f"登记宣传板报（{rules.board_quarter(b.put_up_on).label}）：{b.theme}",
            after={"theme": b.theme, "location": b.location, "put_up_on": b.put_up_on,
                   "taken_down_on": b.taken_down_on, "person": b.person})
        uow.commit()
        return row.id


@changes(Change.COMMUNITY)
def take_down(ctx: Context, actor: Actor, board_id: int, day: date) -> None:
    actor.require(BOARDS)
    with ctx.uow() as uow:
        b = found(uow.community.board(board_id), "没有这块宣传板报")
        if b.taken_down_on is not None:
            raise Conflict(f"这块板报已于 {b.taken_down_on:%Y-%m-%d} 撤下")
        if day < b.put_up_on:
            raise ValidationError("撤下日期", f"不能早于张贴日期 {b.put_up_on:%Y-%m-%d}")
        b.taken_down_on = day
        audit.record(uow.session, ctx, actor, "community.take_down", "community_board", b.id,
                     summary=f"撤下宣传板报：{b.theme}", before={"taken_down_on": None}, after={"taken_down_on": day})
        uow.commit()


def _board_of(b: CommunityBoard) -> dict:
    return {"theme": b.theme, "location": b.location, "put_up_on": b.put_up_on, "taken_down_on": b.taken_down_on,
            "person": b.person}


@changes(Change.COMMUNITY)
def edit_board(ctx: Context, actor: Actor, board_id: int, data: BoardInput, version: int | None = None) -> None:
    """修改板报: what was typed wrong put right, the same checks as a new board; the quarter it counts
    for follows its put-up day."""
    actor.require(BOARDS)
    b_in = rules.check_board(data)
    with ctx.uow() as uow:
        repo = uow.community
        b = repo.editing(found(repo.board(board_id), "没有这块宣传板报"), version)
        before = _board_of(b)
        b.theme, b.location, b.put_up_on, b.taken_down_on, b.person = (
            b_in.theme, b_in.location, b_in.put_up_on, b_in.taken_down_on, b_in.person)
        after = _board_of(b)
        if after == before:
            return
        repo.sign(b, actor.display_name, ctx.clock.now())
        moved = [k for k in before if before[k] != after[k]]
        audit.record(uow.session, ctx, actor, "community.board_edit", "community_board", b.id,
                     summary=f"修改宣传板报：{b.theme}", before={k: before[k] for k in moved},
                     after={k: after[k] for k in moved})
        uow.commit()


def boards(ctx: Context, actor: Actor) -> list[BoardRow]:
    """Every board, newest first."""
    return ctx.read(actor, VIEW, q.boards)
