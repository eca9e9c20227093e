from datetime import datetime, timedelta, timezone

import pytest

from deskapp.domain import accounts as rules
from deskapp.domain.errors import ValidationError

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=timezone(timedelta(hours=8)))


def test_fifth_failure_locks_for_fifteen_minutes():
    failures = 0
    for _ in range(4):
        state = rules.after_failure(failures, T0)
        assert state.locked_until is None
        failures = state.failures
    assert failures == 4
    state = rules.after_failure(failures, T0)
    assert state.locked_until == T0 + timedelta(minutes=15)
    assert state.failures == 0


def test_minutes_left_rounds_up_and_lock_ends():
    until = T0 + timedelta(minutes=15)
    assert rules.minutes_left(until, T0) == 15
    assert rules.minutes_left(until, T0 + timedelta(minutes=14, seconds=1)) == 1
    assert rules.is_locked(until, T0 + timedelta(minutes=14, seconds=59))
    assert not rules.is_locked(until, until)
    assert not rules.is_locked(None, T0)


@pytest.mark.parametrize("password,message", [
    ("short", "至少 8 个字符"), (" padded pw ", "空格"), ("wangli01", "不能与用户名相同"), ("aaaaaaaa", "过于简单"),
])
def test_weak_passwords_are_refused_naming_the_field(password, message):
    with pytest.raises(ValidationError, match=message) as err:
        rules.check_password(password, "wangli01")
    assert err.value.field == "密码"


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
