"""早会: loading what a service call changes: the day's meeting, an assignment."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from deskapp.store.models.meetings import Meeting, MeetingAssignment
from deskapp.store.repositories.base import Repository


class MeetingsRepository(Repository):

    def on_day(self, day: date) -> Meeting | None:
        return self.s.execute(select(Meeting).where(Meeting.held_on == day)).scalar_one_or_none()

    def assignment(self, assignment_id: int) -> MeetingAssignment | None:
        return self.s.get(MeetingAssignment, assignment_id)
