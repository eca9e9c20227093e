"""早会 rows the GUI shows: an open (or closed) assignment with its meeting's day, and a meeting with
its minutes (who attended, what was required, what was assigned and how far it got)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    held_on: date
    person: str
    task: str
    due_on: date | None
    overdue: bool
    days_overdue: int = 0  # days past its due date (0 unless overdue)


@dataclass(frozen=True)
class MinutesLine:
    """One assignment as the minutes show it."""

    person: str
    task: str
    due_on: date | None
    done: str  # "" while open; else the note of what was done


@dataclass(frozen=True)
class MeetingRow:
    id: int
    held_on: date
    attendees: tuple[str, ...]
    requirements: tuple[str, ...]
    assignments: tuple[MinutesLine, ...]
    recorded_by: str

    @property
    def still_open(self) -> int:
        return sum(1 for a in self.assignments if not a.done)
