"""早会: record the day's meeting (attendees, requirements, assignments), add an assignment later,
close an assignment with a note, list what is still open, and read a month's minutes."""
from __future__ import annotations

from datetime import date

from deskapp.contracts.meetings import AssignmentRow, MeetingRow, MinutesLine
from deskapp.domain import meetings as rules
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.permissions import DESK, SUPERVISORS, allowed, define
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.accounts.users import staff_names
from deskapp.store.models.meetings import Meeting, MeetingAssignment, MeetingAttendee, MeetingRequirement
from deskapp.store.queries import meetings as q

RECORD = define("meetings.record", "记录早会", DESK)
CLOSE = define("meetings.close", "关闭自己的早会安排", DESK)
CLOSE_ANY = define("meetings.close_any", "关闭他人的早会安排", SUPERVISORS)
VIEW_ALL = define("meetings.view_all", "查看全部未完成的早会安排", SUPERVISORS)

AssignmentLine = rules.AssignmentLine


def user_names(ctx: Context, actor: Actor) -> list[str]:
    """Who can attend and be assigned: the staff who can be chosen (`users.staff_names`)."""
    return ctx.read(actor, RECORD, staff_names)


def _assignment(meeting_id: int, line: AssignmentLine, ctx: Context, actor: Actor) -> MeetingAssignment:
    return MeetingAssignment(meeting_id=meeting_id, person=line.person, task=line.task, due_on=line.due_on,
                             created_at=ctx.clock.now(), created_by=actor.display_name)


def line_place(n: int) -> str:
    """Where a refusal of the n-th assignment handed in (1-based) is, as `_checked` writes it (written out
    there, where scripts/service_texts.py collects it): the form points at that line."""
    return f"第 {n} 项安排"


def _checked(n: int, line: AssignmentLine, held_on: date, users: set[str]) -> AssignmentLine:
    """The rule's refusal, saying which line of the form it is."""
    try:
        return rules.check_assignment(line, held_on, users)
    except ValidationError as e:
        raise ValidationError(e.field, e.message, location=f"第 {n} 项安排") from None


@changes(Change.MEETINGS)
def record_meeting(ctx: Context, actor: Actor, *, held_on: date, attendees: list[str], requirements: list[str],
                   assignments: list[AssignmentLine]) -> int:
    """The day's meeting; every line is checked before anything is written."""
    actor.require(RECORD)
    reqs = rules.check_requirements(requirements)
    with ctx.uow() as uow:
        s = uow.session
        users = set(staff_names(s))
        names = rules.check_attendees(attendees, users)
        lines = [_checked(n, a, held_on, users) for n, a in enumerate(assignments, 1)]
        if uow.meetings.on_day(held_on) is not None:
            raise Conflict(f"{held_on:%Y-%m-%d} 的早会已记录：请在未完成安排中追加")
        m = uow.meetings.add(Meeting(held_on=held_on, created_at=ctx.clock.now(), created_by=actor.display_name))
        uow.meetings.flush()
        uow.meetings.add_all([MeetingAttendee(meeting_id=m.id, name=n) for n in names])
        uow.meetings.add_all([MeetingRequirement(meeting_id=m.id, seq=i, text=t) for i, t in enumerate(reqs, 1)])
        uow.meetings.add_all([_assignment(m.id, a, ctx, actor) for a in lines])
        uow.meetings.flush()
        audit.record(s, ctx, actor, "meetings.record", "meeting", m.id,
                     summary=f"记录 {held_on:%Y-%m-%d} 早会：{len(names)} 人参会，{len(reqs)} 条要求，{len(lines)} 项安排",
                     after={"held_on": held_on, "attendees": names, "requirements": reqs,
                            "assignments": [[a.person, a.task, a.due_on] for a in lines]})
        uow.commit()
        return m.id


@changes(Change.MEETINGS)
def add_assignment(ctx: Context, actor: Actor, held_on: date, line: AssignmentLine) -> int:
    """An assignment added to the meeting of `held_on` (one given after the minutes were taken)."""
    actor.require(RECORD)
    with ctx.uow() as uow:
        s = uow.session
        m = uow.meetings.on_day(held_on)
        if m is None:
            raise ValidationError("早会日期", f"{held_on:%Y-%m-%d} 没有记录早会")
        line = rules.check_assignment(line, m.held_on, set(staff_names(s)))
        a = audit.added(uow.meetings, ctx, actor, _assignment(m.id, line, ctx, actor), "meetings.assign",
                        "meeting_assignment", summary=f"追加 {m.held_on:%Y-%m-%d} 早会安排：{line.person} {line.task}",
                        after={"person": line.person, "task": line.task, "due_on": line.due_on})
        uow.commit()
        return a.id


@changes(Change.MEETINGS)
def close_assignment(ctx: Context, actor: Actor, assignment_id: int, note: str) -> None:
    """Closed with a note of what was done; one's own, or anyone's by the supervisor."""
    actor.require(CLOSE)
    note = rules.check_close_note(note)
    with ctx.uow() as uow:
        s = uow.session
        a = found(uow.meetings.assignment(assignment_id), "没有这项早会安排")
        actor.require_unless_own(a.person, CLOSE_ANY)
        if a.closed_at is not None:
            raise Conflict(f"这项安排已由 {a.closed_by} 关闭")
        a.closed_at, a.closed_by, a.close_note = ctx.clock.now(), actor.display_name, note
        audit.record(s, ctx, actor, "meetings.close", "meeting_assignment", a.id,
                     summary=f"关闭早会安排：{a.person} {a.task}", before={"closed": False},
                     after={"closed": True, "note": note})
        uow.commit()


def open_assignments(ctx: Context, actor: Actor) -> list[AssignmentRow]:
    """What is still open from past meetings: all of it for the supervisor, one's own otherwise."""
    actor.require(CLOSE)
    person = None if allowed(actor.role, VIEW_ALL) else actor.display_name
    today = ctx.clock.today()
    with ctx.reader() as uow:
        return [AssignmentRow(a.id, held_on, a.person, a.task, a.due_on, rules.is_overdue(a.due_on, today),
                              rules.days_overdue(a.due_on, today))
                for a, held_on in q.open_assignments(uow.session, person)]


def minutes(ctx: Context, actor: Actor, start: date, end: date) -> list[MeetingRow]:
    """The meetings held from `start` up to (not including) `end`, newest first, each with its
    minutes: attendees, requirements and every assignment (closed ones with what was done)."""
    actor.require(CLOSE)
    with ctx.reader() as uow:
        held = q.meetings_between(uow.session, start, end)
        given = q.assignments_of(uow.session, [m.id for m in held])
        return [MeetingRow(m.id, m.held_on, tuple(a.name for a in m.attendees),
                           tuple(r.text for r in m.requirements),
                           tuple(MinutesLine(a.person, a.task, a.due_on, (a.close_note or "已完成") if a.closed_at else "")
                                 for a in given.get(m.id, [])), m.created_by)
                for m in reversed(held)]

