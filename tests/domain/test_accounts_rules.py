from datetime import datetime, timedelta, timezone

import pytest

from deskapp.domain import accounts as rules
from deskapp.domain.errors import ValidationError

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=8)))


def test_failures_slow_the_next_try_down_step_by_step_up_to_15_minutes():
    waits = [rules.delay_after(n).total_seconds() for n in range(1, 13)]
    assert waits[:2] == [0, 0]  # two slips cost nothing
    assert waits[2:6] == [5, 10, 20, 40]
    assert waits == sorted(waits) and max(waits) == 15 * 60 and waits[-1] == 15 * 60


def test_seconds_left_rounds_up_and_the_wait_ends():
    until = T0 + timedelta(seconds=40)
    assert rules.seconds_left(until, T0) == 40
    assert rules.seconds_left(until, T0 + timedelta(seconds=39, microseconds=1)) == 1
    assert rules.seconds_left(until, until) == 0
    assert rules.seconds_left(None, T0) == 0
    assert [rules.wait_text(s) for s in (5, 60, 90, 900)] == ["5 秒", "1 分钟", "1 分 30 秒", "15 分钟"]


@pytest.mark.parametrize("password,message", [
    ("short", "至少 8 个字符"), (" padded pw ", "空格"), ("wangli01", "不能用用户名做密码"),
    ("2026WangLi01", "不能用用户名做密码"), ("aaaaaaaa", "过于简单"),
    ("翠湖花园8888", "不能用小区或服务中心的名称做密码"),
    ("88888888", "过于简单|常见密码"), ("11111111", "过于简单|常见密码"),
    *[(common, "常见密码") for common in ("12345678", "password", "qwerty123",
                                          "a123456789", "woaini1314", "Password1", "iloveyou")],
])
def test_weak_passwords_are_refused_naming_the_field(password, message):
    with pytest.raises(ValidationError, match=message) as err:
        rules.check_password(password, "wangli01", names=("翠湖花园", "翠湖花园物业服务中心"))
    assert err.value.field == "密码"


def test_good_passwords_pass_and_the_list_is_shipped():
    assert len(rules.common_passwords()) > 5000
    for good in ("Cuihu#2026", "Demo@2026", "lan-shan-7-qiao"):
        assert rules.check_password(good, "wangli01", names=("翠湖花园",)) == good


def test_usernames():
    assert rules.check_username(" wangli ") == "wangli"
    for bad in ("", "1abc", "os:root", "王丽", "a"):
        with pytest.raises(ValidationError) as err:
            rules.check_username(bad)
        assert err.value.field == "用户名"


def test_idle_expiry():
    assert not rules.idle_expired(T0, T0 + timedelta(minutes=9, seconds=59), 10)
    assert rules.idle_expired(T0, T0 + timedelta(minutes=10), 10)
    assert not rules.idle_expired(T0, T0 + timedelta(days=1), 0)  # 0 turns the idle lock off
