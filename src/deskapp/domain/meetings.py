"""早会 (the morning meeting): what a day's record and its assignments must hold.

The meeting is the desk's daily briefing: who came, what the supervisor required, and who is to do
what by when. An assignment goes onto its person's morning list until it is closed with a note."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.domain.errors import ValidationError
from deskapp.domain.text import bounded_text

TASK_MAX = 200
NOTE_MAX = 500
REQUIREMENT_MAX = 500


@dataclass(frozen=True)
class AssignmentLine:
    """One assignment as typed: the person (a desk user's display name), the task, the due date."""

    person: str
    task: str
    due_on: date | None


def check_requirements(lines: list[str]) -> list[str]:
    """Empty lines are dropped (a form has spare rows); each kept one fits its column."""
    kept = [x.strip() for x in lines if x.strip()]
    for x in kept:
        if len(x) > REQUIREMENT_MAX:
            raise ValidationError("会议要求", f"每条不能超过 {REQUIREMENT_MAX} 个字符")
    return kept


def check_attendees(names: list[str], users: set[str]) -> list[str]:
    kept = list(dict.fromkeys(n.strip() for n in names if n.strip()))
    if not kept:
        raise ValidationError("参会人员", "请至少勾选一位参会人员")
    for n in kept:
        if n not in users:
            raise ValidationError("参会人员", f"{n} 不是可选的客服人员（在用的前台、管家或主管）")
    return kept


def check_assignment(line: AssignmentLine, held_on: date, users: set[str]) -> AssignmentLine:
    """A person who is one of the desk's users, a task, and a due date not before the meeting."""
    person, task = line.person.strip(), line.task.strip()
    if not person:
        raise ValidationError("责任人", "请选择责任人：每项安排都要落实到人")
    if person not in users:
        raise ValidationError("责任人", f"{person} 不是可选的客服人员（在用的前台、管家或主管）")
    if not task:
        raise ValidationError("安排事项", "请填写安排的事项")
    if len(task) > TASK_MAX:
        raise ValidationError("安排事项", f"不能超过 {TASK_MAX} 个字符")
    if line.due_on is not None and line.due_on < held_on:
        raise ValidationError("完成期限", f"不能早于早会日期 {held_on:%Y-%m-%d}")
    return AssignmentLine(person, task, line.due_on)


def check_close_note(note: str) -> str:
    return bounded_text(note, "完成情况", required=True, limit=NOTE_MAX, blank="请填写完成情况再关闭")


def is_overdue(due_on: date | None, today: date) -> bool:
    return due_on is not None and due_on < today


def days_overdue(due_on: date | None, today: date) -> int:
    """Whole days past the due date (0 while not overdue)."""
    return (today - due_on).days if is_overdue(due_on, today) else 0
