"""gui/service_text.said: how a service's Chinese text becomes English (issue 12 §3)."""
from __future__ import annotations

import pytest

from deskapp.domain.errors import PermissionDenied, ValidationError, ValidationErrors
from deskapp.gui import i18n
from deskapp.gui.service_text import error_message, said


@pytest.fixture
def english(desk_app):
    i18n.install(desk_app, "en")
    yield
    i18n.install(desk_app, "zh_CN")


def test_words_patterns_and_their_parts(english):
    assert said("待处理") == "Pending"
    assert said("房屋（编号 7）不存在") == "Unit (no. 7) does not exist"          # an f-string's pattern
    assert said("交接表已已交班，不能再修改") == "The handover sheet is already handed over; it cannot be changed"
    assert said("抄表·新建") == "Meter reading · Create"                           # joined words
    assert said("收据 SJ2026-000001") == "Receipt SJ2026-000001"                    # a word and its number
    assert said("楼上漏水（待处理）") == "楼上漏水 (Pending)"                         # data keeps its words


def test_data_is_left_as_it_is(english):
    for data in ("张伟", "3 号楼 1 单元", "楼上漏水", "", "3-1-101"):
        assert said(data) == data


def test_error_messages_name_the_field_in_english(english):
    assert error_message(ValidationError("手机号", "不能为空")) == "Mobile number: cannot be empty"
    both = ValidationErrors([ValidationError("姓名", "不能为空"), ValidationError("反映日期", "不能晚于今天")])
    assert error_message(both) == "Name: cannot be empty\nReported on: cannot be after today"
    assert error_message(PermissionDenied("前台接待", "导出审计日志")) == "Front desk may not do this: Export the audit log"


def test_chinese_mode_shows_the_services_text_unchanged(desk_app):
    i18n.install(desk_app, "zh_CN")
    assert said("待处理") == "待处理"
    assert error_message(ValidationError("手机号", "不能为空")) == "手机号：不能为空"
    assert error_message(PermissionDenied("前台接待", "导出审计日志")) == "前台接待无权执行此操作：导出审计日志"
