"""Lending, returns, overdue, handover blockers, key history, 交房 handover."""
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import BorrowerKind, HoldReason, KeyKind, KeyState, Purpose
from deskapp.domain.people import Authority, Relation
from deskapp.services import hooks
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.keys import custody as keys
from deskapp.services.keys.custody import Approval, Borrower
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.keys import KeyEvent, KeyLoan

CST = timezone(timedelta(hours=8))
OWNER_ID = "11010519491231002X"
AUTH_ID = "110105198001010019"
TENANT_ID = "110105199002020011"


def _fix_id(body17):
    from deskapp.domain.idcard import check_digit
    return body17 + check_digit(body17)


@pytest.fixture
def unit(community, admin):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "空置"})
    ids = {}
    ids["owner"] = registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000",
                                                                          id_number=OWNER_ID), Relation.OWNER)
    ids["auth"] = registry_people.add_person(community, admin, uid, PersonInput("李四", "13900139000",
                                                                         id_number=_fix_id(AUTH_ID[:17])),
                                      Relation.AUTHORISED, authorities=(Authority.KEYS,))
    ids["tenant"] = registry_people.add_person(community, admin, uid, PersonInput("王五", "13700137000",
                                                                           id_number=_fix_id(TENANT_ID[:17])),
                                        Relation.TENANT)
    ids["noid"] = registry_people.add_person(community, admin, uid, PersonInput("赵六", "13600136000"),
                                      Relation.AUTHORISED, authorities=(Authority.KEYS,))
    return uid


def person_id(ctx, admin, uid, name):
    page = registry_units.unit_page(ctx, admin, uid)
    return next(p.person_id for p in page.people if p.name == name)


def id_of(ctx, admin, uid, name):
    with ctx.reader() as uow:
        from deskapp.store.models.registry import Person
        return uow.session.get(Person, person_id(ctx, admin, uid, name)).id_number


@pytest.fixture
def key(community, clerk, unit):
    return keys.register_key(community, clerk, unit, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT,
                             "业主张三书面委托")


def count(ctx, model):
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def test_tag_does_not_reveal_the_unit(key):
    assert key.tag.startswith("K") and len(key.tag) == 5 and "1502" not in key.tag


@pytest.mark.parametrize("name, kind", [("张三", BorrowerKind.OWNER), ("李四", BorrowerKind.AUTHORISED)])
def test_owner_and_authorised_person_with_matching_id_borrow_without_approval(community, admin, clerk, unit, key,
                                                                              name, kind):
    pid = person_id(community, admin, unit, name)
    res = keys.lend_key(community, clerk, key.id, Borrower(pid, name, IdType.RESIDENT, id_of(community, admin, unit, name)),
                        Purpose.REPAIR)
    assert res.verified and res.borrower_kind is kind
    assert res.due_at == datetime(2026, 11, 27, 18, 0, tzinfo=res.due_at.tzinfo)


@pytest.mark.parametrize("name, presented, problem", [
    ("王五", TENANT_ID, "未获业主授权"),  # tenant without key authority
    ("张三", "110105199912120015", "不符"),  # owner's name, someone else's document
    ("赵六", "110105198512120011", "没有"),  # authorised, but no ID on file to check against
])
def test_borrowers_who_are_not_verified_need_a_supervisors_approval(community, admin, clerk, supervisor, unit, key,
                                                                    name, presented, problem):
    pid = person_id(community, admin, unit, name)
    b = Borrower(pid, name, IdType.RESIDENT, presented if name != "王五" else id_of(community, admin, unit, name))
    before = (count(community, KeyLoan), count(community, AuditEntry))
    with pytest.raises(ValidationError, match=problem) as err:
        keys.lend_key(community, clerk, key.id, b, Purpose.VIEWING)
    assert err.value.field == "借用人"
    assert (count(community, KeyLoan), count(community, AuditEntry)) == before
    # a clerk cannot approve; a supervisor must, with a reason
    with pytest.raises(PermissionDenied):
        keys.lend_key(community, clerk, key.id, b, Purpose.VIEWING, approval=Approval(clerk, "业主电话同意借用"))
    with pytest.raises(ValidationError, match="理由"):
        keys.lend_key(community, clerk, key.id, b, Purpose.VIEWING, approval=Approval(supervisor, "好"))
    res = keys.lend_key(community, clerk, key.id, b, Purpose.VIEWING,
                        approval=Approval(supervisor, "业主电话确认同意借用"))
    assert not res.verified
    row = keys.open_loans_of_unit(community, clerk, unit)[0]
    # the tenant's document matched the file (issue 12 §3): 已核验, and still approved
    seen = "已核验" if name == "王五" else "未核验"
    assert f"{seen}，supervisor 批准" in row.id_check and "*" in row.id_check


def test_stranger_needs_approval_and_it_is_recorded(community, clerk, supervisor, unit, key):
    b = Borrower(None, "装修工人陈七", IdType.RESIDENT, "110105199001010012")
    with pytest.raises(ValidationError, match="不是本户登记"):
        keys.lend_key(community, clerk, key.id, b, Purpose.DECORATION)
    res = keys.lend_key(community, clerk, key.id, b, Purpose.DECORATION,
                        approval=Approval(supervisor, "业主书面委托装修公司取钥匙"))
    assert res.borrower_kind is BorrowerKind.OTHER
    with community.reader() as uow:
        loan = uow.session.get(KeyLoan, res.loan_id)
        assert loan.approved_by == "supervisor" and "书面委托" in loan.approval_reason
        assert uow.session.execute(select(AuditEntry).where(AuditEntry.action == "keys.lend")).scalar().after.count(
            "supervisor") == 1


def test_ended_authorisation_is_not_valid_today(community, admin, clerk, unit, key, clock):
    page = registry_units.unit_page(community, admin, unit)
    tie = next(p.tie_id for p in page.people if p.name == "李四")
    registry_people.end_tie(community, admin, tie, on=date(2026, 11, 27))
    clock.advance(days=1)
    pid = next(p.person_id for p in registry_units.unit_page(community, admin, unit).history if p.name == "李四")
    b = Borrower(pid, "李四", IdType.RESIDENT, _fix_id(AUTH_ID[:17]))
    with pytest.raises(ValidationError, match="有效期"):
        keys.lend_key(community, clerk, key.id, b, Purpose.REPAIR)


def test_front_desk_instructions_must_be_seen_before_lending(community, admin, clerk, unit, key):
    registry_instructions.add_instruction(community, admin, unit, "业主出国，钥匙只借给李四", date(2026, 11, 1))
    brief = keys.lending_brief(community, clerk, unit)
    assert brief.instructions == ["业主出国，钥匙只借给李四"]
    assert [c.name for c in brief.candidates if c.may_borrow][:2] == ["张三", "李四"] or \
        {c.name for c in brief.candidates if c.may_borrow} >= {"张三", "李四"}
    assert all("*" in c.id_number for c in brief.candidates if c.id_number)
    pid = person_id(community, admin, unit, "张三")
    b = Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID)
    with pytest.raises(ValidationError, match="前台须知"):
        keys.lend_key(community, clerk, key.id, b, Purpose.REPAIR)
    keys.lend_key(community, clerk, key.id, b, Purpose.REPAIR, instructions_seen=True)


def test_a_key_already_lent_cannot_be_lent_again(community, admin, clerk, unit, key):
    pid = person_id(community, admin, unit, "张三")
    b = Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID)
    keys.lend_key(community, clerk, key.id, b, Purpose.REPAIR)
    with pytest.raises(Conflict, match="尚未归还"):
        keys.lend_key(community, clerk, key.id, b, Purpose.REPAIR)
    assert count(community, KeyLoan) == 1


def test_return_before_the_loan_is_refused(community, admin, clerk, unit, key, clock):
    pid = person_id(community, admin, unit, "张三")
    res = keys.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.REPAIR)
    with pytest.raises(ValidationError, match="不能早于借出时间") as err:
        keys.return_key(community, clerk, res.loan_id, "张三", returned_at=clock.now() - timedelta(hours=1))
    assert err.value.field == "归还时间"
    clock.advance(hours=2)
    keys.return_key(community, clerk, res.loan_id, "张三")
    with pytest.raises(Conflict):
        keys.return_key(community, clerk, res.loan_id, "张三")
    assert keys.open_loans_of_unit(community, clerk, unit) == []


def test_overdue_across_midnight_blocks_handover_until_noted(community, admin, clerk, unit, key, clock):
    clock.set(datetime(2026, 11, 27, 21, 0, tzinfo=CST))
    pid = person_id(community, admin, unit, "李四")
    res = keys.lend_key(community, clerk, key.id,
                        Borrower(pid, "李四", IdType.RESIDENT, _fix_id(AUTH_ID[:17])), Purpose.REPAIR)
    # lent after closing time: due by the end of today
    assert res.due_at.astimezone(CST) == datetime(2026, 11, 27, 23, 59, tzinfo=CST)
    clock.set(datetime(2026, 11, 27, 23, 30, tzinfo=CST))
    assert keys.count_overdue(community, clerk) == 0
    clock.set(datetime(2026, 11, 28, 0, 30, tzinfo=CST))
    assert keys.count_overdue(community, clerk) == 1
    with community.reader() as uow:
        blockers = hooks.collect("handover_blockers", uow.session, community, clerk, date(2026, 11, 28))
        items = [i for i in hooks.collect("start_of_day", uow.session, community, clerk, date(2026, 11, 28))
                 if i.area == "keys"]
    assert any(key.tag in b for b in blockers)
    assert items[0].overdue and items[0].kind == "钥匙逾期未还" and items[0].unit_code == "3-2-1502"
    with pytest.raises(ValidationError):
        keys.add_overdue_note(community, clerk, res.loan_id, "  ")
    keys.add_overdue_note(community, clerk, res.loan_id, "已电话联系，明早 9 点归还")
    with community.reader() as uow:
        blockers = hooks.collect("handover_blockers", uow.session, community, clerk, date(2026, 11, 28))
    assert not any(key.tag in b for b in blockers)
    assert keys.overdue_loans(community, clerk)[0].overdue_note.startswith("已电话联系")


def test_key_out_since_yesterday_is_an_open_item_even_if_not_yet_due(community, admin, clerk, unit, key, clock):
    pid = person_id(community, admin, unit, "张三")
    keys.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.DECORATION,
                  due_at=datetime(2026, 11, 29, 12, 0, tzinfo=CST))
    clock.set(datetime(2026, 11, 28, 8, 0, tzinfo=CST))
    with community.reader() as uow:
        items = [i for i in hooks.collect("start_of_day", uow.session, community, clerk, date(2026, 11, 28))
                 if i.area == "keys"]
    assert len(items) == 1 and not items[0].overdue and items[0].kind == "钥匙借出未还"


def test_key_history_is_kept_and_a_moved_key_cannot_be_deleted(community, admin, clerk, supervisor, unit, key,
                                                               clock):
    pid = person_id(community, admin, unit, "张三")
    res = keys.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.METER)
    clock.advance(hours=1)
    keys.return_key(community, clerk, res.loan_id, "张三")
    keys.update_key(community, clerk, key.id, location="B柜-03")
    with pytest.raises(Conflict, match="只能注销"):
        keys.delete_key(community, clerk, key.id)
    with pytest.raises(PermissionDenied):
        keys.retire_key(community, clerk, key.id, "换锁")
    keys.retire_key(community, supervisor, key.id, "业主换锁，旧钥匙作废")
    history = keys.key_history(community, clerk, key.id)
    assert [e.kind.value for e in history] == ["登记托管", "借出", "归还", "移位", "注销"]
    after = keys.key_by_tag(community, clerk, key.tag)
    assert after.tag == key.tag and after.state is KeyState.RETIRED
    # the next key gets a new number; the retired tag is never reused
    k2 = keys.register_key(community, clerk, unit, KeyKind.MAILBOX, 1, "A柜-13", HoldReason.VACANT, "业主委托")
    assert k2.tag != key.tag
    with pytest.raises(Conflict):
        keys.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.METER)


def test_a_key_registered_by_mistake_may_be_deleted(community, clerk, unit):
    k = keys.register_key(community, clerk, unit, KeyKind.OTHER, 1, "C柜-1", HoldReason.SHOP, "误登记")
    keys.delete_key(community, clerk, k.id)
    assert keys.keys_of_unit(community, clerk, unit) == []
    assert count(community, KeyEvent) == 0


def test_hand_over_unit_keys_at_move_in(community, admin, clerk, unit, key):
    with community.uow() as uow:
        keys.hand_over_unit_keys(uow.session, community, clerk, unit, 3, date(2026, 11, 27), "三把入户门钥匙")
        uow.commit()
    assert keys.keys_of_unit(community, clerk, unit) == []
    ended = keys.keys_of_unit(community, clerk, unit, include_ended=True)
    assert ended[0].state is KeyState.HANDED_OVER
    assert keys.key_history(community, clerk, key.id)[-1].kind.value == "交还业主"
    page = registry_units.unit_page(community, admin, unit)
    assert any("交房交付钥匙 3 把" in c.text for c in page.chronicle)
    with community.uow() as uow, pytest.raises(ValidationError, match="钥匙数量"):
        keys.hand_over_unit_keys(uow.session, community, clerk, unit, -1, date(2026, 11, 27))


def test_hand_over_refuses_while_a_custody_key_is_lent(community, admin, clerk, unit, key):
    pid = person_id(community, admin, unit, "张三")
    keys.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID), Purpose.REPAIR)
    with community.uow() as uow, pytest.raises(Conflict, match="尚未归还"):
        keys.hand_over_unit_keys(uow.session, community, clerk, unit, 2, date(2026, 11, 27))


def test_register_filters_by_unit_and_month(community, admin, clerk, unit, key, clock):
    pid = person_id(community, admin, unit, "张三")
    b = Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID)
    for day in (27, 28):
        clock.set(datetime(2026, 11, day, 10, 0, tzinfo=CST))
        res = keys.lend_key(community, clerk, key.id, b, Purpose.REPAIR)
        clock.advance(hours=1)
        keys.return_key(community, clerk, res.loan_id, "张三")
    clock.set(datetime(2026, 12, 2, 9, 0, tzinfo=CST))
    keys.lend_key(community, clerk, key.id, b, Purpose.REPAIR)
    nov = keys.loan_register(community, clerk, keys.month_filter("2026-11", unit, CST))
    dec = keys.loan_register(community, clerk, keys.month_filter("2026-12", None, CST))
    assert nov.total == 2 and dec.total == 1
    assert [r.lent_at.astimezone(CST).day for r in nov.rows] == [28, 27]
    assert keys.loan_register(community, clerk, keys.month_filter("2026-11", unit + 1, CST)).total == 0


def test_a_key_deposit_goes_through_the_clerks_drawer(community, admin, clerk, unit, key):
    """Taken in cash at lending, given back by WeChat at return: both on the clerk's 费用移交表."""
    from decimal import Decimal

    from deskapp.domain.billing import PayMethod
    from deskapp.domain.billing_deposits import DepositMoney
    from deskapp.services.billing import handover

    pid = person_id(community, admin, unit, "张三")
    res = keys.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, id_of(community, admin, unit, "张三")),
                        Purpose.REPAIR, deposit="200")
    assert [(d.taken, d.method, d.amount) for d in handover.draft(community, clerk).deposits] == [
        (True, "现金", Decimal("200.00"))]
    keys.return_key(community, clerk, res.loan_id, "张三", deposit_money=DepositMoney(PayMethod.WECHAT, "4200000888"))
    d = handover.draft(community, clerk)
    assert [(x.taken, x.method, x.pay_ref) for x in d.deposits] == [(True, "现金", ""), (False, "微信", "4200000888")]
    assert d.cash_expected == Decimal("200.00")  # the cash stayed: the borrower got it back by WeChat
