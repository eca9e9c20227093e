from deskapp.domain.unit_order import compare_codes, unit_sort_key


def test_codes_sort_by_their_numbers():
    codes = ["10-1-101", "2-1-201", "2-1-1001", "2-1-201A", "S-105", "S-12", "2-2-101", None]
    assert sorted(codes, key=unit_sort_key) == [
        None, "2-1-201", "2-1-201A", "2-1-1001", "2-2-101", "10-1-101", "S-12", "S-105"]


def test_room_numbers_compare_as_numbers():
    assert sorted(["1001", "201", "99"], key=unit_sort_key) == ["99", "201", "1001"]


def test_compare_is_total_and_matches_the_key():
    assert compare_codes("2-1-201", "10-1-101") == -1
    assert compare_codes("10-1-101", "2-1-201") == 1
    assert compare_codes("3-1-502", "3-1-502") == 0
    assert compare_codes("3-1-02", "3-1-2") != 0
