from datetime import date, datetime, time, timedelta, timezone

import pytest

from deskapp.domain.errors import ValidationError
from deskapp.domain.keys import (
    BorrowerKind, CountItem, Difference, Expected, LeasePeriod, PersonOnFile, SpaceState, add_months, check_borrower,
    check_count_notes, check_due, check_lease, check_plate, check_return, compare_count, count_due_alert,
    default_due, describe_late, expiry_status, is_overdue, months_between, out_since_yesterday, overdue_for,
    overlaps, renewal_period, tag_code, typed_count, typed_counts,
)

CST = timezone(timedelta(hours=8))
TODAY = date(2026, 11, 27)
OWNER = PersonOnFile(1, "张三", True, False, date(2020, 1, 1), None, "11010519491231002X")
AUTHORISED = PersonOnFile(2, "李四", False, True, date(2026, 1, 1), date(2026, 12, 31), "110105198001010019")
FAMILY = PersonOnFile(3, "张小三", False, False, date(2020, 1, 1), None, "110105201001010014")


def test_tags_are_running_numbers():
    assert tag_code(173) == "K0173" and tag_code(12345) == "K12345"
    with pytest.raises(ValueError):
        tag_code(0)


@pytest.mark.parametrize("person, presented, kind, verified", [
    (OWNER, "11010519491231002x", BorrowerKind.OWNER, True),  # case and spaces do not matter
    (OWNER, "110105194912310000", BorrowerKind.OWNER, False),  # document does not match the file
    (AUTHORISED, "110105198001010019", BorrowerKind.AUTHORISED, True),
    (FAMILY, "110105201001010014", BorrowerKind.OTHER, False),  # family without the key authority
    (None, "110105199001010012", BorrowerKind.OTHER, False),  # a stranger
    (PersonOnFile(4, "王五", False, True, None, None, None), "X1234567", BorrowerKind.AUTHORISED, False),  # no ID
])
def test_who_may_borrow(person, presented, kind, verified):
    check = check_borrower(person, presented, TODAY)
    assert check.kind is kind and check.verified is verified and check.needs_approval is (not verified)
    assert bool(check.problem) is (not verified)


def test_authorisation_outside_its_period_is_not_valid():
    assert not check_borrower(AUTHORISED, "110105198001010019", date(2027, 1, 1)).verified
    assert not check_borrower(AUTHORISED, "110105198001010019", date(2025, 12, 31)).verified


def test_an_owner_before_the_purchase_is_not_yet_the_owner():
    """A buyer on file whose ownership starts later (交房/过户 still to come) proves nothing by the
    document alone: lending needs the supervisor's approval until the purchase date."""
    buyer = PersonOnFile(6, "赵六", True, False, TODAY + timedelta(days=10), None, "11010519491231002X")
    check = check_borrower(buyer, "11010519491231002X", TODAY)
    assert check.kind is BorrowerKind.OTHER and not check.verified and check.needs_approval
    assert "不在有效期内" in check.problem
    assert check_borrower(buyer, "11010519491231002X", TODAY + timedelta(days=10)).verified


def test_a_verified_borrower_must_show_a_document():
    with pytest.raises(ValidationError, match="证件"):
        check_borrower(OWNER, " ", TODAY)


def test_default_due_is_closing_time_or_end_of_day_after_closing():
    closing = time(18, 0)
    assert default_due(datetime(2026, 11, 27, 9, 0, tzinfo=CST), closing) == datetime(2026, 11, 27, 18, 0, tzinfo=CST)
    assert default_due(datetime(2026, 11, 27, 19, 0, tzinfo=CST), closing) == datetime(2026, 11, 27, 23, 59,
                                                                                       tzinfo=CST)


def test_overdue_across_midnight():
    lent = datetime(2026, 11, 27, 22, 0, tzinfo=CST)
    due = datetime(2026, 11, 27, 23, 30, tzinfo=CST)
    assert not is_overdue(due, None, datetime(2026, 11, 27, 23, 29, tzinfo=CST))
    after_midnight = datetime(2026, 11, 28, 0, 15, tzinfo=CST)
    assert is_overdue(due, None, after_midnight)
    assert overdue_for(due, None, after_midnight) == timedelta(minutes=45)
    assert describe_late(overdue_for(due, None, after_midnight)) == "45 分钟"
    assert out_since_yesterday(lent, None, after_midnight)
    assert not out_since_yesterday(lent, None, datetime(2026, 11, 27, 23, 59, tzinfo=CST))
    # the same instant written in UTC is the same instant
    assert is_overdue(due.astimezone(timezone.utc), None, after_midnight)
    returned = datetime(2026, 11, 28, 1, 30, tzinfo=CST)
    assert not is_overdue(due, returned, datetime(2026, 11, 29, tzinfo=CST))
    assert describe_late(overdue_for(due, returned, datetime(2026, 11, 29, tzinfo=CST))) == "2 小时 0 分"


def test_due_and_return_times_are_checked():
    lent = datetime(2026, 11, 27, 10, 0, tzinfo=CST)
    with pytest.raises(ValidationError, match="晚于借出"):
        check_due(lent, lent - timedelta(minutes=1))
    with pytest.raises(ValidationError, match="31"):
        check_due(lent, lent + timedelta(days=40))
    with pytest.raises(ValidationError, match="不能早于借出时间"):
        check_return(lent, lent - timedelta(seconds=1), lent + timedelta(hours=1))


def test_lease_overlap_rules():
    assert overlaps(date(2026, 1, 1), date(2026, 6, 30), date(2026, 6, 30), date(2026, 12, 31))  # shared last day
    assert not overlaps(date(2026, 1, 1), date(2026, 6, 30), date(2026, 7, 1), date(2026, 12, 31))
    assert overlaps(date(2026, 1, 1), None, date(2030, 1, 1), date(2030, 2, 1))
    others = [LeasePeriod("ZL2026-0001", date(2026, 1, 1), date(2026, 6, 30))]
    check_lease(SpaceState.FREE, date(2026, 7, 1), date(2026, 12, 31), others)
    with pytest.raises(ValidationError, match="ZL2026-0001"):
        check_lease(SpaceState.FREE, date(2026, 3, 1), date(2026, 8, 31), others)
    with pytest.raises(ValidationError, match="已售"):
        check_lease(SpaceState.SOLD, date(2026, 7, 1), date(2026, 12, 31), [])
    with pytest.raises(ValidationError, match="公共"):
        check_lease(SpaceState.PUBLIC, date(2026, 7, 1), date(2026, 12, 31), [])
    with pytest.raises(ValidationError, match="租期结束"):
        check_lease(SpaceState.FREE, date(2026, 7, 1), date(2026, 6, 30), [])


def test_months_and_renewals():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months_between(date(2026, 1, 1), date(2026, 12, 31)) == 12
    assert months_between(date(2026, 1, 15), date(2026, 2, 14)) == 1
    assert months_between(date(2026, 1, 15), date(2026, 2, 20)) == 2
    assert renewal_period(date(2026, 11, 30), TODAY, 3) == (date(2026, 12, 1), date(2027, 2, 28))
    assert renewal_period(date(2026, 1, 31), TODAY, 1) == (TODAY, date(2026, 12, 26))  # lapsed
    assert expiry_status(date(2026, 12, 27), TODAY) == "即将到期"
    assert expiry_status(date(2026, 12, 28), TODAY) == "有效"
    assert expiry_status(date(2026, 11, 26), TODAY) == "已过期"


def test_plates():
    assert check_plate("浙a·12345") == "浙A12345"
    assert check_plate("粤B D12345") == "粤BD12345"  # new energy: 8 characters
    for bad in ("A12345", "浙112345", "浙A1234"):
        with pytest.raises(ValidationError, match="车牌号"):
            check_plate(bad)


def test_inventory_differences():
    key = Expected(CountItem.KEY, "K0001", "K0001 A-1 入户门钥匙", on_record=3, lent=1)
    assert key.in_place == 2
    assert compare_count(key, 2).difference is Difference.LENT
    missing = compare_count(key, 1)
    assert (missing.difference, missing.amount) == (Difference.MISSING, 1)
    extra = compare_count(Expected(CountItem.INTERCOM, "INTERCOM", "对讲机", 4), 6)
    assert (extra.difference, extra.amount) == (Difference.EXTRA, 2)
    same = compare_count(Expected(CountItem.BLANK_ACCESS, "BLANK_ACCESS", "门禁卡", 4), 4)
    assert same.difference is Difference.NONE and not same.needs_note
    with pytest.raises(ValidationError, match="负数"):
        compare_count(key, -1)
    with pytest.raises(ValidationError, match="说明"):
        check_count_notes([missing, same], {})
    check_count_notes([missing, same], {"K0001": "业主取走"})


def test_count_due_after_the_25th():
    assert count_due_alert(None, date(2026, 11, 26))
    assert not count_due_alert(None, date(2026, 11, 25))
    assert not count_due_alert(date(2026, 11, 3), date(2026, 11, 28))
    assert count_due_alert(date(2026, 10, 28), date(2026, 11, 28))


def test_a_tenant_is_named_a_tenant_and_a_matching_document_is_kept():
    """Issue 12 §3: a tenant whose document matched was registered as 其他人员 … 未核验."""
    from deskapp.domain.people import Relation

    tenant = PersonOnFile(5, "王五", False, False, None, None, "110105199001010010", relation=Relation.TENANT)
    check = check_borrower(tenant, "110105199001010010", TODAY)
    assert check.kind is BorrowerKind.TENANT and check.id_matched and check.needs_approval
    assert not check_borrower(tenant, "110105199001010029", TODAY).id_matched


def test_a_typed_count_is_a_whole_number_or_blank():
    assert typed_count("A柜-1", " 12 ") == 12
    assert typed_count("A柜-1", "") is None
    for wrong in ("1.5", "1,000", "1。5"):
        with pytest.raises(ValidationError) as e:
            typed_count("A柜-1", wrong)
        assert e.value.field == "A柜-1 实点数" and wrong in e.value.message
    with pytest.raises(ValidationError) as e:
        typed_counts([("K1", "A柜-1", "1.5"), ("K2", "A柜-2", "3"), ("K3", "A柜-3", "2,5")])
    assert "A柜-1 实点数" in str(e.value) and "A柜-3 实点数" in str(e.value)
    assert typed_counts([("K1", "A柜-1", "1"), ("K2", "A柜-2", "")]) == {"K1": 1}
