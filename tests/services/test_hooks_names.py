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


def test_a_hooks_functions_come_in_the_order_of_their_code_not_of_their_imports():
    """The check report lists the areas' checks in the order `registered` gives: which module a
    process imported first (a test, a screen opened before) reordered its lines."""
    def earlier(session, ctx):
        return []

    def later(session, ctx):
        return []

    hooks.register(hooks.Hook.CHECKS)(later)  # imported first …
    hooks.register(hooks.Hook.CHECKS)(earlier)
    try:
        got = [f for f in hooks.registered(hooks.Hook.CHECKS) if f in (earlier, later)]
        assert got == [earlier, later]  # … listed where its code stands
        names = [f.__module__ for f in hooks.registered(hooks.Hook.CHECKS)]
        assert names == sorted(names)
    finally:
        hooks._HOOKS[hooks.Hook.CHECKS].remove(later)
        hooks._HOOKS[hooks.Hook.CHECKS].remove(earlier)
