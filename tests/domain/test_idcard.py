from datetime import date

import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.idcard import IdType, check_digit, make_resident_id, normalise_id_number, resident_id_problem


def test_known_valid_number():
    assert resident_id_problem("11010519491231002X") is None
    assert check_digit("11010519491231002") == "X"


@pytest.mark.parametrize("number, problem", [
    ("110105194912310021", "校验位不符"),
    ("11010519491331002X", "出生日期无效"),
    ("1101051949123100", "应为 18 位，现为 16 位"),
    ("110105491231002", "15 位旧身份证号已停用，请登记 18 位号码"),
    ("1101051949123100A2", "前 17 位应为数字，末位为数字或 X"),
])
def test_invalid_numbers_say_why(number, problem):
    assert resident_id_problem(number) == problem


def test_lower_case_x_and_spaces_are_normalised():
    assert normalise_id_number(IdType.RESIDENT, " 110105 19491231002x ") == "11010519491231002X"


def test_invalid_number_names_the_field():
    with pytest.raises(ValidationError) as err:
        normalise_id_number(IdType.RESIDENT, "110105194912310021", field="业主身份证号")
    assert err.value.field == "业主身份证号"
    assert "校验位" in str(err.value)


def test_made_numbers_are_valid():
    for seq in range(50):
        assert resident_id_problem(make_resident_id("330106", date(1980, 5, 17), seq)) is None
