"""Every kind of import refuses a role without its action before it reads anything: the imports
check the role through importing.steps, so the scan of tests/services/accounts/test_accounts_roles.py
(functions that start with actor.require) does not see them."""
from __future__ import annotations

import pytest

from deskapp.domain.errors import PermissionDenied
from deskapp.domain.permissions import Role, allowed
from deskapp.services.importing.kinds import all_kinds
from support import make_actor

KINDS = all_kinds()


def test_every_target_with_fields_has_its_kind():
    assert {k.target.value for k in KINDS} == {"units", "readings", "opening", "payments", "deposits", "parking",
                                              "cards", "keys"}


REFUSED = [(kind, role) for kind in KINDS for role in Role if not allowed(role, kind.permission)]


def test_the_go_live_imports_are_the_supervisors():
    go_live = [k for k in KINDS if k.target.value not in ("units", "readings")]
    assert go_live and all(not allowed(Role.CLERK, k.permission) and allowed(Role.SUPERVISOR, k.permission)
                           for k in go_live)


@pytest.mark.parametrize("kind, role", REFUSED, ids=[f"{k.target.value}-{r.value}" for k, r in REFUSED])
def test_a_role_without_the_import_is_refused_before_anything_else(kind, role):
    actor = make_actor(role)
    for step in (kind.preview, kind.run):
        with pytest.raises(PermissionDenied):
            step(None, actor, None, None)  # no context, no file: refused before either is touched
