"""What the 押金台账's state cell says of a deposit: the first waiting state, and every one waiting."""
from __future__ import annotations

from decimal import Decimal

from deskapp.domain.billing_deposits import DepositState, deposit_state

S = DepositState


def test_every_waiting_state_is_named_money_leaving_first_with_its_count():
    state, waits = deposit_state(Decimal("500"), {S.REFUND_PENDING: (Decimal("300"), 2),
                                                  S.FORFEIT_PENDING: (Decimal("50"), 1),
                                                  S.REFUND_APPROVED: (Decimal("100"), 1)})
    assert state is S.REFUND_APPROVED
    assert [w.text for w in waits] == ["退款待付 100.00", "退款待批 300.00（2 笔）", "没收待批 50.00"]


def test_none_waiting_is_held_and_nothing_held_is_closed():
    assert deposit_state(Decimal("20"), {S.REFUND_PENDING: (Decimal("0"), 0)}) == (S.HELD, ())
    assert deposit_state(Decimal("0"), {S.REFUND_PENDING: (Decimal("20"), 1)}) == (S.CLOSED, ())
