from decimal import Decimal

import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.units import UnitKind, floor_from_room, parse_area, unit_code, validate_unit_input


def test_unit_codes_read_at_the_counter():
    assert unit_code("3", "2", "1502") == "3-2-1502"
    assert unit_code("S", None, "105") == "S-105"


@pytest.mark.parametrize("value", ["0", "-5", "abc", "", None])
def test_area_must_be_positive_number(value):
    with pytest.raises(ValidationError) as err:
        parse_area(value, "建筑面积")
    assert err.value.field == "建筑面积"


def test_area_keeps_two_decimals_exactly():
    assert parse_area("98.5", "建筑面积") == Decimal("98.50")


def test_floor_from_room():
    assert floor_from_room("1502") == 15
    assert floor_from_room("302") == 3
    assert floor_from_room("A") is None


def test_validate_unit_input_names_first_wrong_field():
    with pytest.raises(ValidationError) as err:
        validate_unit_input({"building": "3", "room": "1502", "kind": "别墅", "building_area": "90"})
    assert err.value.field == "类型"
    ok = validate_unit_input({"building": "S", "room": "105", "kind": "商铺", "building_area": "45.2"})
    assert ok.kind is UnitKind.SHOP and ok.stairwell is None
