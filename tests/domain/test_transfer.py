"""domain/transfer.py's plain rules: whose word an authorisation stands on."""
from __future__ import annotations

from deskapp.domain.transfer import grantor_still_owner, grantor_worth_naming


def test_an_authorisation_counts_while_its_giver_owns():
    assert grantor_still_owner(7, {7, 8}) and not grantor_still_owner(9, {7, 8})
    assert grantor_still_owner(None, {7})  # given before anyone was on file: its dates decide


def test_the_giver_is_named_where_it_tells_the_desk_something():
    assert not grantor_worth_naming("张三", ["张三"])  # a sole owner's goes without saying
    assert grantor_worth_naming("李梅", ["张三", "李梅"])  # which of the co-owners
    assert grantor_worth_naming("张三", ["赵六"])  # given by a former owner: it no longer counts
    assert not grantor_worth_naming("", ["张三", "李梅"])
