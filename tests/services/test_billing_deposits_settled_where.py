"""Every deposit is settled in its own place. A card still out (有效 or 已挂失) gives its deposit
back at 注销 then the ledger, or at 补办; a lent key at 归还; a decoration at 退押金
(tests/services/rounds/test_rounds_decoration_deposit.py): the 押金台账 refuses to refund or forfeit
them, naming the card, its state and the menu to use. A parking lease, a card handed back (注销)
and a deposit brought in at go-live have no step of their own that gives the money back: the
ledger is their place — a lease's only once it has ended (its last day, or 退租), renewals included. Old data (refunded from the ledger before it refused) makes the area's
own step say what the ledger did, and write nothing."""
from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal as D

import pytest
from sqlalchemy import func, select
from support import given_back_from_the_ledger_before, unit_with_card_and_lease

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_deposits import ApplicationState, DepositState, RefundSource
from deskapp.domain.errors import Conflict
from deskapp.domain.idcard import IdType
from deskapp.domain.keys import CardState, DepositOutcome, HoldReason, KeyKind, Purpose
from deskapp.domain.people import Relation
from deskapp.services.billing import deposits, refunds
from deskapp.services.keys import cards as keys_cards, custody, parking as keys_parking
from deskapp.services.keys.custody import Borrower
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput
from deskapp.store.models.billing_deposits import DepositEntry, Refund

OWNER_ID = "11010519491231002X"


@pytest.fixture
def world(community, admin, clerk):
    """3-1-801 with an access card MJ0001 (deposit 20) and a parking lease (deposit 500)."""
    unit, card = unit_with_card_and_lease(community, admin, clerk)
    return community, unit, card


def _row(ctx, actor, kind: str, **kw):
    return next(r for r in deposits.deposit_page(ctx, actor, DepositFilter(state=None, **kw)).rows if r.kind == kind)


def _count(ctx, model) -> int:
    with ctx.reader() as uow:
        return uow.session.execute(select(func.count()).select_from(model)).scalar_one()


def _refused_from_the_ledger(ctx, clerk, supervisor, deposit_id: int, *said: str) -> None:
    """申请退款… and 没收… (their check before the form, and the services themselves) refuse it."""
    written = _count(ctx, Refund), _count(ctx, DepositEntry)
    for attempt in (lambda: deposits.check_settle_here(ctx, clerk, deposit_id),
                    lambda: refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "1", "要求退押金", "张三",
                                          deposit_id=deposit_id),
                    lambda: deposits.apply_forfeit(ctx, supervisor, deposit_id, "1", "卡损坏")):
        with pytest.raises(Conflict) as e:
            attempt()
        assert all(s in str(e.value) for s in said), str(e.value)
    assert (_count(ctx, Refund), _count(ctx, DepositEntry)) == written


def test_a_card_still_out_gives_its_deposit_back_at_cancel_or_replace(world, clerk, supervisor):
    ctx, unit, card = world
    row = _row(ctx, clerk, "门禁卡")
    _refused_from_the_ledger(ctx, clerk, supervisor, row.id, "门禁卡 MJ0001", "有效", "尚未退卡",
                             "钥匙与卡 ▸ 卡证 ▸ 注销…", "补办…")
    keys_cards.report_lost(ctx, clerk, card.id, "丢失")
    _refused_from_the_ledger(ctx, clerk, supervisor, row.id, "门禁卡 MJ0001", "已挂失", "钥匙与卡 ▸ 卡证 ▸ 补办…")
    keys_cards.cancel_card(ctx, clerk, card.id, "不再补办")  # handed back or given up: the ledger's now
    deposits.check_settle_here(ctx, clerk, row.id)
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "20", "退卡", "张三", deposit_id=row.id)
    refunds.approve(ctx, supervisor, r.id)
    refunds.pay(ctx, clerk, r.id, PayMethod.CASH)
    assert _row(ctx, clerk, "门禁卡").state == DepositState.CLOSED.value


def test_a_replaced_cards_deposit_is_the_new_cards(world, clerk, supervisor):
    ctx, unit, card = world
    keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.MOVE, fee="0")
    old = _row(ctx, clerk, "门禁卡", text="MJ0001")
    deposits.check_settle_here(ctx, clerk, old.id)  # nothing held there: the ledger says 已结清 itself
    new = _row(ctx, clerk, "门禁卡", text="MJ0002")
    _refused_from_the_ledger(ctx, clerk, supervisor, new.id, "门禁卡 MJ0002", "有效")


def test_a_running_leases_deposit_is_settled_in_the_ledger(world, clerk, supervisor):
    ctx, unit, _ = world
    lease = _row(ctx, clerk, "车位")  # the lease runs to 2027-10-31; ending it gives nothing back
    deposits.check_settle_here(ctx, clerk, lease.id)
    assert deposits.apply_forfeit(ctx, supervisor, lease.id, "50", "损坏道闸").state is ApplicationState.APPROVED


RUNNING = "车位 B-001 租约 ZL2026-0001 租期至 2027-10-31，尚未结束：车位押金在租约结束、车位交回后退还"


def _refund_refused(ctx, clerk, deposit_id: int, *said: str) -> None:
    """申请退款… (its check before the form, and the service) refuses it, naming the lease; nothing written."""
    written = _count(ctx, Refund), _count(ctx, DepositEntry)
    for attempt in (lambda: deposits.check_settle_here(ctx, clerk, deposit_id, refund=True),
                    lambda: refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "要求退押金", "张三",
                                          deposit_id=deposit_id)):
        with pytest.raises(Conflict) as e:
            attempt()
        assert all(s in str(e.value) for s in said), str(e.value)
    assert (_count(ctx, Refund), _count(ctx, DepositEntry)) == written


def test_a_parking_deposit_is_not_refunded_while_its_lease_runs(world, clerk, supervisor):
    ctx, unit, _ = world
    lease = _row(ctx, clerk, "车位")
    _refund_refused(ctx, clerk, lease.id, RUNNING, "钥匙与卡 ▸ 车位 ▸ 提前退租…")
    (ls,) = keys_parking.leases(ctx, clerk)
    keys_parking.end_lease(ctx, clerk, ls.id, date(2026, 12, 15), "下月搬走")  # 退租 dated ahead: not yet
    _refund_refused(ctx, clerk, lease.id, "车位 B-001 租约 ZL2026-0001 已办理提前退租，租期至 2026-12-15 才结束",
                    "2026-12-15 起可申请退款")
    ctx.clock.set(datetime(2026, 12, 15, 10, 0))  # its last day: the space is handed back, the deposit comes back
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "租约结束，车位已交回", "张三", deposit_id=lease.id)
    refunds.approve(ctx, supervisor, r.id)
    refunds.pay(ctx, clerk, r.id, PayMethod.CASH)
    assert _row(ctx, clerk, "车位").state == DepositState.CLOSED.value


def test_a_renewed_lease_keeps_its_deposit_until_the_renewal_ends(world, clerk, supervisor):
    """A renewal takes no deposit: the first lease's deposit secures it. An application made on the
    old lease's last day is neither approved nor paid once the lease was renewed."""
    ctx, unit, _ = world
    lease = _row(ctx, clerk, "车位")
    (ls,) = keys_parking.leases(ctx, clerk)
    ctx.clock.set(datetime(2027, 10, 31, 9, 0))  # the last day of ZL2026-0001
    r = refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "500", "租约到期", "张三", deposit_id=lease.id)
    renewal = keys_parking.renew_lease(ctx, clerk, ls.id, date(2028, 10, 31))
    said = f"车位 B-001 租约 ZL2026-0001（续租至 {renewal.number}）租期至 2028-10-31，尚未结束"
    with pytest.raises(Conflict, match=re.escape(said)):
        refunds.approve(ctx, supervisor, r.id)
    ctx.clock.set(datetime(2027, 11, 2, 9, 0))  # the first lease is over, its renewal runs
    _refund_refused(ctx, clerk, lease.id, said)
    assert refunds.refund(ctx, clerk, r.id).state is ApplicationState.PENDING


def test_an_old_application_on_a_card_still_out_is_neither_approved_nor_paid(world, clerk, supervisor):
    ctx, unit, _ = world
    row = _row(ctx, clerk, "门禁卡")
    with ctx.uow() as uow:  # applied before the ledger refused a card still out
        uow.billing.add(Refund(number="TF2026-00009", source=RefundSource.DEPOSIT, unit_id=unit, deposit_id=row.id,
                               amount=D("20.00"), reason="退卡", payee="张三", state=ApplicationState.PENDING,
                               applied_at=ctx.clock.now(), applied_by="林小雨"))
        uow.commit()
    assert _row(ctx, clerk, "门禁卡").state == DepositState.REFUND_PENDING.value
    refund_id = refunds.refunds_page(ctx, clerk).rows[0].id
    with pytest.raises(Conflict, match="尚未退卡"):
        refunds.approve(ctx, supervisor, refund_id)
    refunds.refuse(ctx, supervisor, refund_id, "卡未交回，注销后再申请")  # what the supervisor does instead
    assert _row(ctx, clerk, "门禁卡").state == DepositState.HELD.value


def test_replacing_a_card_whose_deposit_the_ledger_gave_back_says_so(world, clerk):
    ctx, unit, card = world
    given_back_from_the_ledger_before(ctx, clerk, f"card:{card.id}", "20")
    with pytest.raises(Conflict) as e:
        keys_cards.replace_card(ctx, clerk, card.id, "MJ0002", deposit=DepositOutcome.REFUND, fee="0")
    assert str(e.value) == ("门禁卡押金 卡 MJ0001 已在押金台账退还 20.00 元（退款单 TF2026-00001），不能再退还 20.00 元："
                            "请主管在 收费 ▸ 押金台账 核对")
    (view,) = [c for c in keys_cards.cards(ctx, clerk, unit_id=unit) if c.number.startswith("MJ")]
    assert (view.number, view.state) == ("MJ0001", CardState.ACTIVE)  # nothing written


def test_returning_a_key_whose_deposit_the_ledger_gave_back_says_so(community, admin, clerk):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                        "building_area": "98.50", "state": "空置"})
    pid = registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number=OWNER_ID),
                                     Relation.OWNER)
    key = custody.register_key(community, admin, uid, KeyKind.ENTRANCE, 2, "A柜-12", HoldReason.VACANT, "业主书面委托")
    loan = custody.lend_key(community, clerk, key.id, Borrower(pid, "张三", IdType.RESIDENT, OWNER_ID),
                            Purpose.REPAIR, deposit="100")
    given_back_from_the_ledger_before(community, clerk, f"key_loan:{loan.loan_id}", "100")
    with pytest.raises(Conflict, match=r"已在押金台账退还 100\.00 元（退款单 TF2026-00001），不能再退还 100\.00 元"):
        custody.return_key(community, clerk, loan.loan_id, "张三")
    assert [r.tag for r in custody.open_loans_of_unit(community, clerk, uid)] == [key.tag]  # still lent
