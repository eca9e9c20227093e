from deskapp.domain.privacy import mask_id_number, mask_phone


def test_id_number_keeps_first_three_and_last_four():
    assert mask_id_number("11010519491231002X") == "110***********002X"


def test_phone_masks():
    assert mask_phone("13812341234") == "138****1234"
    assert mask_phone("0571-88886666") == "0571-****6666"
    assert mask_phone(None) == ""
