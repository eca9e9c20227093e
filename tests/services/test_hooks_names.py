"""Hook names are members of hooks.Hook (issue 15 §3): a misspelt one fails loudly instead of
collecting a silent []."""
import pytest

from deskapp.services import hooks


def test_collecting_an_unknown_hook_name_raises(community):
    with pytest.raises(ValueError, match="no hook named 'chekcs'"):
        with community.reader() as uow:
            hooks.collect("chekcs", uow.session, community)


def test_registering_under_an_unknown_hook_name_raises():
    with pytest.raises(ValueError, match="start_of_dya"):
        hooks.register("start_of_dya")


def test_a_misspelt_member_is_an_attribute_error():
    with pytest.raises(AttributeError):
        hooks.Hook.START_OF_DYA  # noqa: B018 - the lookup is the test


def test_a_known_hook_still_answers(community):
    with community.reader() as uow:
        results = hooks.collect(hooks.Hook.CHECKS, uow.session, community)
    assert results and all(isinstance(r, hooks.CheckResult) for r in results)
