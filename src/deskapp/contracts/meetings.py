"""早会 rows the GUI shows: an open (or closed) assignment with its meeting's day."""
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
