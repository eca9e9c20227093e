"""Invariants of the desk's registers for `deskapp check`."""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from deskapp.domain.reception import OPEN_REQUEST_STATES, RequestState
from deskapp.services import hooks
from deskapp.services.context import Context
from deskapp.store.models.reception import NumberCounter, RepairOrder, ServiceRequest


@hooks.register(hooks.Hook.CHECKS)
def repair_numbers(session: Session, ctx: Context) -> hooks.CheckResult:
    """Per year the repair orders are numbered 1..last without a gap or a duplicate."""
    problems = []
    counted = dict(session.execute(select(NumberCounter.year, NumberCounter.last)
                                   .where(NumberCounter.series == "WX")).all())
    per_year = session.execute(select(RepairOrder.year, func.count(RepairOrder.id), func.min(RepairOrder.seq),
                                      func.max(RepairOrder.seq), func.count(func.distinct(RepairOrder.seq)))
                               .group_by(RepairOrder.year).order_by(RepairOrder.year)).all()
    total = 0
    for year, n, low, high, distinct in per_year:
        total += n
        if not (low == 1 and high == n == distinct):
            problems.append(f"{year} 年维修单号不连续：共 {n} 张，序号 {low}–{high}，不同序号 {distinct} 个")
        if counted.get(year) != high:
            problems.append(f"{year} 年维修单计数器为 {counted.get(year)}，最大序号为 {high}")
    return hooks.CheckResult("工程维修单编号连续", total, problems)


@hooks.register(hooks.Hook.CHECKS)
def request_states(session: Session, ctx: Context) -> hooks.CheckResult:
    """A settled request has its completion; an open one has none."""
    n = session.execute(select(func.count(ServiceRequest.id))).scalar_one()
    done_without = session.execute(select(func.count(ServiceRequest.id)).where(
        ServiceRequest.state.in_([RequestState.DONE, RequestState.CALLED_BACK]),
        ServiceRequest.completed_at.is_(None))).scalar_one()
    open_with = session.execute(select(func.count(ServiceRequest.id)).where(
        ServiceRequest.state.in_(OPEN_REQUEST_STATES), ServiceRequest.completed_at.is_not(None))).scalar_one()
    problems = []
    if done_without:
        problems.append(f"{done_without} 条已完成/已回访的需求没有完成时间")
    if open_with:
        problems.append(f"{open_with} 条未完成的需求却有完成时间")
    return hooks.CheckResult("需求/投诉状态与完成时间一致", n, problems)
