"""Photos and files of a bulletin board (its design, the board as put up) and photos of an activity:
copied into the file store and recorded with their SHA-256 (services.stored_files), listed with it,
and opened from the kept copy. A file that cannot be read is refused at 文件, nothing written."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from deskapp.contracts.community import AttachmentRow
from deskapp.domain.errors import NotFound, found
from deskapp.services import audit, stored_files
from deskapp.services.changes import Change, changes
from deskapp.services.community._common import BOARDS, PLAN, VIEW, activity_of
from deskapp.services.context import Actor, Context
from deskapp.store.models.community import CommunityActivityPhoto, CommunityBoardFile
from deskapp.store.queries import community as q
from deskapp.store.uow import UnitOfWork


@changes(Change.COMMUNITY)
def attach_to_board(ctx: Context, actor: Actor, board_id: int, source: Path | str) -> int:
    actor.require(BOARDS)
    with ctx.uow() as uow:
        b = found(uow.community.board(board_id), "没有这块宣传板报")
        return _take_in(uow, ctx, actor, BOARDS, source, lambda file_id: CommunityBoardFile(
            board_id=b.id, file_id=file_id, created_at=ctx.clock.now(), created_by=actor.display_name),
            ("community.board_file", "community_board", b.id), f"宣传板报“{b.theme}”添加附件")


@changes(Change.COMMUNITY)
def attach_to_activity(ctx: Context, actor: Actor, activity_id: int, source: Path | str) -> int:
    actor.require(PLAN)
    with ctx.uow() as uow:
        a = activity_of(uow, activity_id)
        return _take_in(uow, ctx, actor, PLAN, source, lambda file_id: CommunityActivityPhoto(
            activity_id=a.id, file_id=file_id, created_at=ctx.clock.now(), created_by=actor.display_name),
            ("community.photo", "community_activity", a.id), f"社区活动“{a.title}”添加照片")


def _take_in(uow: UnitOfWork, ctx: Context, actor: Actor, permission: str, source: Path | str,
             link: Callable[[int], object], audited: tuple[str, str, int], summary: str) -> int:
    """The file copied into the store, tied to its board or activity by `link(file id)` and audited
    (`audited`: action, entity, its id) with its name after `summary`; the kept file's id."""
    kept = stored_files.take_in(uow.session, ctx, actor, permission, source)
    uow.community.add(link(kept.id))
    audit.record(uow.session, ctx, actor, *audited, summary=f"{summary}：{kept.name}",
                 after={"file": kept.name, "sha256": kept.sha256, "size": kept.size})
    uow.commit()
    return kept.id


def board_files(ctx: Context, actor: Actor, board_id: int) -> list[AttachmentRow]:
    return ctx.read(actor, VIEW, q.attachments, board_id=board_id)


def activity_photos(ctx: Context, actor: Actor, activity_id: int) -> list[AttachmentRow]:
    return ctx.read(actor, VIEW, q.attachments, activity_id=activity_id)


def path_to_open(ctx: Context, actor: Actor, file_id: int, *, board_id: int | None = None,
                 activity_id: int | None = None) -> Path:
    """The kept copy of one of the board's or the activity's files, to open it."""
    actor.require(VIEW)
    listed = board_files(ctx, actor, board_id) if board_id is not None else activity_photos(ctx, actor, activity_id)
    if all(f.file_id != file_id for f in listed):
        raise NotFound("这个文件不是该板报或活动的附件")
    return stored_files.path_to_open(ctx, file_id)
