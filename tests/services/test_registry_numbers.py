"""services.registry.numbers: a paper's number (or its start) typed into the search box finds the
papers of every area by number, on both backends — the prefix, '-' and all, matched on the number."""
from __future__ import annotations

import pytest

from support import make_actor

from deskapp.domain.permissions import Role
from deskapp.services.demo import DemoPlan, generate
from deskapp.services.hooks import Place
from deskapp.services.registry import numbers


@pytest.fixture
def centre(ctx):
    generate(ctx, make_actor(Role.ADMIN), DemoPlan(seed=3, units=30))
    return ctx


def test_each_kind_of_paper_is_found_by_the_start_of_its_number(centre):
    clerk = make_actor(Role.CLERK)
    kinds = {"WX2": ("工程维修单", Place.REPAIRS), "SJ2": ("收据", Place.RECEIPTS), "FX2": ("物品放行条", Place.RELEASE_SLIPS),
             "ZX2": ("装修申请", Place.DECORATIONS), "K0": ("钥匙", Place.KEYS)}
    for prefix, (kind, place) in kinds.items():
        found = numbers.find_numbers(centre, clerk, prefix.lower())
        assert found, prefix
        assert all(n.number.startswith(prefix) and n.kind == kind and n.place is place for n in found), prefix
        assert [n.number for n in found] == sorted(n.number for n in found)
        assert len(found) <= 10


def test_a_whole_number_finds_that_paper_and_a_longer_start_narrows(centre):
    clerk = make_actor(Role.CLERK)
    first = numbers.find_numbers(centre, clerk, "SJ2")[0]
    assert [n.number for n in numbers.find_numbers(centre, clerk, first.number)] == [first.number]
    # up to the hyphen and past it: the start is compared as written, '-' included
    year = first.number.split("-")[0] + "-"
    assert all(n.number.startswith(year) for n in numbers.find_numbers(centre, clerk, year))
    assert numbers.find_numbers(centre, clerk, year)
    assert numbers.find_numbers(centre, clerk, first.number + "9") == []


def test_a_request_is_found_by_its_number_and_by_the_id_older_sheets_gave_it(centre):
    clerk = make_actor(Role.CLERK)
    from deskapp.contracts.reception import RequestFilter
    from deskapp.services.reception import requests

    row = requests.request_register(centre, clerk, RequestFilter(), limit=1).rows[0]
    wanted = [(row.number, row.kind.value, Place.REQUESTS, row.id)]
    for typed in (f" {row.number.lower()} ", f" #{row.id} "):
        found = numbers.find_numbers(centre, clerk, typed)
        assert [(n.number, n.kind, n.place, n.record) for n in found] == wanted, typed
    assert numbers.find_numbers(centre, clerk, "#999999") == []


def test_unit_codes_names_and_initials_ask_no_area(centre):
    clerk = make_actor(Role.CLERK)
    for text in ("3-2-15", "1502", "zs", "张", "S-103", "#", "#1a", ""):
        assert numbers.find_numbers(centre, clerk, text) == [], text
