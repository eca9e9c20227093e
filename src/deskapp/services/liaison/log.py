"""对外联络记录: a visit, call or letter logged with the matter, what was asked and the follow-up owed
(its person and due date); the follow-up closed with a note of what was done — one's own, or anyone's
by the supervisor."""
from __future__ import annotations

from deskapp.contracts.liaison import RecordRow
from deskapp.domain import liaison as rules
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local
from deskapp.domain.liaison import RecordInput
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.liaison.book import VIEW
from deskapp.services.accounts.users import staff_names
from deskapp.store.models.liaison import LiaisonRecord
from deskapp.store.queries import liaison as q

LOG = define("liaison.log", "登记对外联络", DESK)
CLOSE = define("liaison.close", "完成自己的对外联络跟进", DESK)
CLOSE_ANY = define("liaison.close_any", "完成他人的对外联络跟进", SUPERVISORS)


def user_names(ctx: Context, actor: Actor) -> list[str]:
    """Who can owe a follow-up: the staff who can be chosen (`users.staff_names`)."""
    return ctx.read(actor, LOG, staff_names)


@changes(Change.LIAISON)
def record(ctx: Context, actor: Actor, entry: RecordInput) -> int:
    actor.require(LOG)
    with ctx.uow() as uow:
        s = uow.session
        r = rules.check_record(entry, ctx.clock.today(), set(staff_names(s)))
        b = uow.liaison.body(r.body_id) if r.body_id else None
        if b is None:
            raise ValidationError("联络单位", "请从通讯录选择联络单位")
        row = audit.added(uow.liaison, ctx, actor, LiaisonRecord(
            body_id=b.id, way=r.way, happened_on=r.happened_on, contact=r.contact, matter=r.matter, asked=r.asked,
            follow_up=r.follow_up, person=r.person, due_on=r.due_on), "liaison.record", "liaison_record",
            summary=f"{r.happened_on:%Y-%m-%d} {b.name}{r.way.value}：{r.matter}",
            after={"body": b.name, "way": r.way, "matter": r.matter, "asked": r.asked,
                   "follow_up": r.follow_up, "person": r.person, "due_on": r.due_on})
        uow.commit()
        return row.id


def _closable(uow, actor: Actor, record_id: int):
    """The record whose follow-up `actor` may close now, or the refusal saying why not."""
    r = found(uow.liaison.record(record_id), "没有这条联络记录")
    if not r.follow_up:
        raise Conflict("这条联络记录没有跟进事项")
    actor.require_unless_own(r.person, CLOSE_ANY)
    if r.done_at is not None:
        raise Conflict(f"这项跟进已由 {r.done_by} 完成")
    return r


def check_closable(ctx: Context, actor: Actor, record_id: int) -> None:
    """完成跟进… refuses before the note is asked for: a record without a follow-up, one done
    already or someone else's is said at once, not after the desk has typed what was done."""
    actor.require(CLOSE)
    with ctx.reader() as uow:
        _closable(uow, actor, record_id)


@changes(Change.LIAISON)
def close_follow_up(ctx: Context, actor: Actor, record_id: int, note: str) -> None:
    actor.require(CLOSE)
    note = rules.check_done_note(note)
    with ctx.uow() as uow:
        r = _closable(uow, actor, record_id)
        r.done_at, r.done_by, r.done_note = ctx.clock.now(), actor.display_name, note
        audit.record(uow.session, ctx, actor, "liaison.close", "liaison_record", r.id,
                     summary=f"完成对外联络跟进：{r.follow_up}", before={"done": False}, after={"done": True, "note": note})
        uow.commit()


def log(ctx: Context, actor: Actor, *, open_only: bool = False, limit: int = 500) -> list[RecordRow]:
    """The log, newest first; `open_only`: the follow-ups not yet done, by due date."""
    actor.require(VIEW)
    today = ctx.clock.today()
    with ctx.reader() as uow:
        return [RecordRow(r.id, r.happened_on, body, r.way, r.contact, r.matter, r.asked, r.follow_up, r.person,
                          r.due_on, r.done_at is not None, r.done_at is None and rules.is_overdue(r.due_on, today),
                          local(r.done_at).date() if r.done_at else None, r.done_note or "")
                for r, body in q.records(uow.session, open_only=open_only, limit=limit)]
