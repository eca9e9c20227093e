"""社区文化: loading what a service call changes: a board, an activity, a sign-up, a spending line."""
from __future__ import annotations

from sqlalchemy import select

from deskapp.domain.community import SignupState
from deskapp.store.models.community import CommunityActivity, CommunityBoard, CommunitySignup, CommunitySpending
from deskapp.store.repositories.base import Repository


class CommunityRepository(Repository):

    def board(self, board_id: int) -> CommunityBoard | None:
        return self.s.get(CommunityBoard, board_id)

    def activity(self, activity_id: int) -> CommunityActivity | None:
        return self.s.get(CommunityActivity, activity_id)

    def signup(self, signup_id: int) -> CommunitySignup | None:
        return self.s.get(CommunitySignup, signup_id)

    def spending(self, line_id: int) -> CommunitySpending | None:
        return self.s.get(CommunitySpending, line_id)

    def signups(self, activity_id: int) -> list[CommunitySignup]:
        """The activity's sign-ups that still count (in or waiting), first come first."""
        return list(self.s.execute(
            select(CommunitySignup).where(CommunitySignup.activity_id == activity_id,
                                          CommunitySignup.state != SignupState.CANCELLED)
            .order_by(CommunitySignup.id)).scalars())
