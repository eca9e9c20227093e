"""`services.context.Actor.require_unless_own`: a task given to someone by name is theirs to act on;
anyone else needs the permission (the supervisor's, to close another's follow-up)."""
import pytest
from support import make_actor

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.permissions import Role
from deskapp.services.meetings.meetings import CLOSE_ANY


def test_ones_own_task_needs_no_further_permission():
    make_actor(Role.CLERK, "王芳").require_unless_own("王芳", CLOSE_ANY)


def test_someone_elses_task_needs_the_permission():
    with pytest.raises(PermissionDenied):
        make_actor(Role.CLERK, "王芳").require_unless_own("李强", CLOSE_ANY)
    make_actor(Role.SUPERVISOR, "赵敏").require_unless_own("李强", CLOSE_ANY)
