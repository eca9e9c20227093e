"""`natural(Unit.code)` orders unit codes as the counter reads them, on both backends: SQLite's
registered collation and PostgreSQL's ICU one (migration 1700_server_unit_order)."""
from functools import cmp_to_key

from sqlalchemy import select

from deskapp.domain.unit_order import compare_codes
from deskapp.services.registry import community as registry_community
from deskapp.services.registry import units as registry_units
from deskapp.store.models.registry import Unit
from deskapp.store.natural import natural


def test_registers_order_unit_codes_naturally(community, admin):
    registry_community.add_building(community, admin, "10")
    registry_community.add_building(community, admin, "2")
    for building, room in (("10", "101"), ("2", "1001"), ("2", "201"), ("3", "1502"), ("S", "12"), ("S", "9"),
                           ("3", "201")):
        registry_units.create_unit(community, admin, {"building": building, "stairwell": "1", "room": room,
                                                      "building_area": "50", "state": "自住"})
    with community.reader() as uow:
        codes = uow.session.execute(select(Unit.code).order_by(natural(Unit.code))).scalars().all()
        backwards = uow.session.execute(select(Unit.code).order_by(natural(Unit.code).desc())).scalars().all()
    assert codes == sorted(codes, key=cmp_to_key(compare_codes))
    assert codes[:3] == ["2-1-201", "2-1-1001", "3-1-201"] and codes[-1].startswith("S")
    assert backwards == codes[::-1]


def test_the_registers_ids_sorted_in_python_follow_the_sql_order(community, admin):
    """store.queries.registry sorts the register's ids by the domain's key (issue 21 §2) rather
    than SQL's natural order: both orders, and a filtered one, must be the same as SQL's."""
    from deskapp.contracts.registry import UnitFilter
    from deskapp.store.queries import registry as queries

    registry_community.add_building(community, admin, "10")
    registry_community.add_building(community, admin, "2")
    for building, room in (("10", "101"), ("2", "1001"), ("2", "201"), ("3", "1502"), ("S", "12"), ("S", "9"),
                           ("3", "201"), ("3", "2010")):
        registry_units.create_unit(community, admin, {"building": building, "stairwell": "1", "room": room,
                                                      "building_area": "50", "state": "自住"})
    with community.reader() as uow:
        s = uow.session
        for f, desc in ((UnitFilter(), False), (UnitFilter(), True), (UnitFilter(text="201"), False)):
            col = natural(Unit.code).desc() if desc else natural(Unit.code)
            in_sql = s.execute(queries._where(select(Unit.id).order_by(col, Unit.id), f)).scalars().all()
            assert queries.unit_register_ids(s, f, descending=desc) == in_sql


def test_the_search_box_ignores_letter_case_and_each_text_gets_its_own_rows(community, admin):
    """store.queries.filters.like: SQLite's LIKE is case-blind for ASCII, PostgreSQL's needs ILIKE;
    and the statement cache must not hand one search's text to the next."""
    from deskapp.contracts.registry import UnitFilter
    from deskapp.store.queries.registry import count_units

    for room in ("9", "12"):
        registry_units.create_unit(community, admin, {"building": "S", "stairwell": "1", "room": room,
                                                      "building_area": "50", "state": "自住"})
    registry_units.create_unit(community, admin, {"building": "3", "stairwell": "1", "room": "201",
                                                  "building_area": "50", "state": "自住"})
    with community.reader() as uow:
        found = {text: count_units(uow.session, UnitFilter(text=text)) for text in ("s-1", "S-1", "3-1", "s-1-12", "x")}
    assert found == {"s-1": 2, "S-1": 2, "3-1": 1, "s-1-12": 1, "x": 0}
