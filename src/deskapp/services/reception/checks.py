"""Invariants of the desk's registers for `deskapp check`."""
from __future__ import annotations

from deskapp.domain.reception import REQUEST_SERIES
from deskapp.services import hooks
from deskapp.services.context import Context
from deskapp.store.queries import reception as q
from deskapp.store.repositories.numbering import NumberingRepository
from deskapp.store.uow import Session


@hooks.register(hooks.Hook.CHECKS)
def repair_numbers(session: Session, ctx: Context) -> hooks.CheckResult:
    """Per year the repair orders are numbered 1..last without a gap or a duplicate."""
    years = q.repair_years(session)
    problems = []
    for y, gap, counter in _series_faults(session, "WX", years):
        if gap:
            problems.append(f"{y.year} 年维修单号不连续：共 {y.orders} 张，序号 {y.low}–{y.high}，不同序号 {y.distinct} 个")
        if counter != y.high:
            problems.append(f"{y.year} 年维修单计数器为 {counter}，最大序号为 {y.high}")
    return hooks.CheckResult("工程维修单编号连续", sum(y.orders for y in years), problems)


@hooks.register(hooks.Hook.CHECKS)
def request_numbers(session: Session, ctx: Context) -> hooks.CheckResult:
    """Per year the requests are numbered (客诉单号 KS…) 1..last without a gap or a duplicate."""
    years = q.request_years(session)
    problems = []
    for y, gap, counter in _series_faults(session, REQUEST_SERIES, years):
        if gap:
            problems.append(f"{y.year} 年客诉单号不连续：共 {y.orders} 条，序号 {y.low}–{y.high}，不同序号 {y.distinct} 个")
        if counter != y.high:
            problems.append(f"{y.year} 年客诉单号计数器为 {counter}，最大序号为 {y.high}")
    return hooks.CheckResult("需求/投诉编号连续", sum(y.orders for y in years), problems)


def _series_faults(session: Session, series: str, years: list) -> list[tuple]:
    """(year's figures, numbered other than 1..last without a gap or duplicate, the series' counter that
    year) for each year of a yearly series."""
    counted = NumberingRepository(session).last_by_year(series)
    return [(y, not (y.low == 1 and y.high == y.orders == y.distinct), counted.get(y.year)) for y in years]


@hooks.register(hooks.Hook.CHECKS)
def request_states(session: Session, ctx: Context) -> hooks.CheckResult:
    """A settled request has its completion; an open one has none."""
    n, done_without, open_with = q.request_state_figures(session)
    problems = []
    if done_without:
        problems.append(f"{done_without} 条已完成/已回访的需求没有完成时间")
    if open_with:
        problems.append(f"{open_with} 条未完成的需求却有完成时间")
    return hooks.CheckResult("需求/投诉状态与完成时间一致", n, problems)


@hooks.register(hooks.Hook.CHECKS)
def repair_dispatches(session: Session, ctx: Context) -> hooks.CheckResult:
    """An order's last dispatch is to the technician the order names (派单 writes both)."""
    kept, apart = q.dispatch_figures(session)
    problems = [f"{apart} 张维修单的最后一次派工与单上的维修人不同"] if apart else []
    return hooks.CheckResult("维修单派工记录与维修人一致", kept, problems)
