from deskapp.domain.audit_words import change_lines, object_text

LABELS = {"state": "状态", "amount": "金额", "voided": "已作废"}


def test_object_named_by_its_number_else_its_id():
    assert object_text("收据", "SJ2026-000123", "1803") == "收据 SJ2026-000123"
    assert object_text("需求/投诉", None, "17") == "需求/投诉 17"


def test_changed_fields_read_as_old_arrow_new():
    lines = change_lines('{"amount": "12.00", "state": "待处理"}', '{"amount": "12.00", "state": "已完成"}', LABELS)
    assert lines == ["状态：待处理 → 已完成"]


def test_only_after_lists_every_field_in_words():
    assert change_lines(None, '{"voided": true, "note": null, "tags": ["a", "b"]}', LABELS) == [
        "已作废：是", "note：（空）", "tags：a、b"]


def test_a_field_gone_after_and_text_that_is_not_json():
    assert change_lines('{"state": "空置"}', '{"amount": "1"}', LABELS) == ["状态：空置 → （空）", "金额：1"]
    assert change_lines(None, "plain words", LABELS) == ["plain words"]
