"""A decoration's deposit is given back, less its deductions, by 退押金 once 复验 has passed — not
from the 押金台账, which refuses it while the decoration is not closed and says where it is
settled. A deposit the ledger gave back before it refused (old data) makes 退押金 say so, and
write nothing."""
from __future__ import annotations

from decimal import Decimal

import pytest
from support import given_back_from_the_ledger_before

from deskapp.contracts.billing import DepositFilter
from deskapp.domain.billing_deposits import RefundSource
from deskapp.domain.decoration import CheckInput, CheckOutcome, DecorationState, ItemResult
from deskapp.domain.errors import Conflict
from deskapp.services.billing import deposits, refunds
from deskapp.services.rounds import decoration


def _deposit(ctx, actor) -> int:
    (row,) = deposits.deposit_page(ctx, actor, DepositFilter(state=None)).rows
    return row.id


def _accepted(ctx, steward, units, site, clock) -> None:
    """Checked once, 初验 passed, 复验 passed 30 days later: 已验收, waiting for 退押金."""
    ok = CheckInput(CheckOutcome.CHECKED, {i: ItemResult.OK for i in decoration.check_items(ctx)})
    decoration.record_check(ctx, steward, units.vacant, ok)
    decoration.first_inspection(ctx, steward, site, passed=True)
    clock.advance(days=30)
    decoration.second_inspection(ctx, steward, site, passed=True)


def _refused(ctx, clerk, supervisor, deposit_id: int, state: str) -> None:
    for attempt in (lambda: deposits.check_settle_here(ctx, clerk, deposit_id),
                    lambda: refunds.apply(ctx, clerk, RefundSource.DEPOSIT, "3000", "完工", "王芳",
                                          deposit_id=deposit_id),
                    lambda: deposits.apply_forfeit(ctx, supervisor, deposit_id, "100", "违规")):
        with pytest.raises(Conflict) as e:
            attempt()
        assert f"为“{state}”，尚未退押金" in str(e.value) and "楼宇管家 ▸ 装修申请 ▸ 退押金…" in str(e.value)


def test_the_ledger_leaves_a_decoration_deposit_to_its_refund(community, units, site, steward, supervisor, clerk,
                                                              clock):
    ctx = community
    dep = _deposit(ctx, clerk)
    number = decoration.detail(ctx, clerk, site).number
    _refused(ctx, clerk, supervisor, dep, "装修中")
    decoration.stop(ctx, steward, site, "违规拆改")
    _refused(ctx, clerk, supervisor, dep, "停工")
    decoration.resume(ctx, steward, site, "已整改")
    _accepted(ctx, steward, units, site, clock)
    _refused(ctx, clerk, supervisor, dep, "已验收")
    assert number in str(pytest.raises(Conflict, deposits.check_settle_here, ctx, clerk, dep).value)
    assert decoration.refund_deposit(ctx, supervisor, site, []) == Decimal("3000.00")
    assert deposits.held_on(ctx, clerk, dep) == 0


def test_a_refund_after_the_ledger_gave_the_deposit_back_says_so(community, units, site, steward, supervisor, clerk,
                                                                 clock):
    ctx = community
    _accepted(ctx, steward, units, site, clock)
    given_back_from_the_ledger_before(ctx, clerk, f"decoration:{site}", "3000")
    with pytest.raises(Conflict) as e:
        decoration.refund_deposit(ctx, supervisor, site, [])
    number = decoration.detail(ctx, clerk, site).number
    assert str(e.value) == (f"装修押金 {number} 已在押金台账退还 3,000.00 元（退款单 TF2026-00001），不能再退还 3,000.00 元："
                            "请主管在 收费 ▸ 押金台账 核对")
    d = decoration.detail(ctx, clerk, site)
    assert (d.state, d.refund_amount) == (DecorationState.ACCEPTED, None)  # nothing written
