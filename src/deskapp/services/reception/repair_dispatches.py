"""Every dispatch (派单) of a 工程维修单, kept by the steps of repairs.py inside their own
transaction: 派单 opens one (ending an open one as 改派), 到场 and 完工 write on the open one,
a failed check or a 不满意 callback ends the finished one as 返工 with its reason, 取消 ends an
open one. Work sent back goes to the same technician unless 派单 names another: 到场 or 完工
without a new 派单 opens the next dispatch to the order's technician, as sent back."""
from __future__ import annotations

from datetime import datetime

from deskapp.domain.reception import RepairAction, RepairState
from deskapp.domain.reception_dispatch import Dispatch, DispatchEnd, from_order
from deskapp.services.context import Actor, Context
from deskapp.store.models.reception import RepairDispatch, RepairOrder
from deskapp.store.queries import reception as q
from deskapp.store.repositories.reception import ReceptionRepository
from deskapp.store.uow import Session


def kept(session: Session, o: RepairOrder) -> list[RepairDispatch]:
    """The order's dispatches; an order dispatched before they were kept (or written in bulk
    without them) gets its one from its own fields first, before a step changes them."""
    repo = ReceptionRepository(session)
    rows = repo.dispatches(o.id)
    if not rows and o.dispatched_at is not None:
        rows = [_add(repo, o, 1, o.technician, o.dispatched_at, "")]
        rows[0].arrived_at, rows[0].finished_at = o.arrived_at, o.finished_at
    return rows


def _add(repo: ReceptionRepository, o: RepairOrder, seq: int, technician: str, at: datetime,
         by: str) -> RepairDispatch:
    d = RepairDispatch(repair_id=o.id, seq=seq, technician=technician, dispatched_at=at, dispatched_by=by,
                       ended_by="", reason="")
    repo.add(d)
    return d


def follow(session: Session, ctx: Context, actor: Actor, o: RepairOrder, rows: list[RepairDispatch],
           action: RepairAction, reason: str = "") -> list[str]:
    """The dispatches after step `action` took the order to its new state (`rows` as `kept` gave
    them before the step); what changed, for the step's audit row."""
    repo = ReceptionRepository(session)
    now = ctx.clock.now()
    last = rows[-1] if rows else None
    out = last is not None and last.ended is None and last.finished_at is None  # with the technician
    touched: list[RepairDispatch] = []

    def end(d: RepairDispatch, how: DispatchEnd, why: str = "") -> None:
        d.ended, d.ended_at, d.ended_by, d.reason = how, now, actor.display_name, why
        touched.append(d)

    def new(at: datetime, by: str) -> RepairDispatch:
        d = _add(repo, o, (last.seq if last else 0) + 1, o.technician, at, by)
        touched.append(d)
        return d

    if action is RepairAction.DISPATCH:
        if out:
            end(last, DispatchEnd.REASSIGNED)
        new(now, actor.display_name)
    elif action in (RepairAction.ARRIVE, RepairAction.FINISH):
        if out:
            d = last
            touched.append(d)
        elif last is not None and last.ended is DispatchEnd.REWORK:  # back to the same technician
            d = new(last.ended_at or now, last.ended_by)
        else:  # no dispatch on record (the order was never dispatched)
            d = new(now, actor.display_name)
        if action is RepairAction.ARRIVE:
            d.arrived_at = now
        else:
            d.finished_at = o.finished_at or now  # 完工时间 as the form gave it
    elif action in (RepairAction.CHECK, RepairAction.CALLBACK) and o.state is RepairState.DISPATCHED:
        if last is not None:
            end(last, DispatchEnd.REWORK, reason)
    elif action is RepairAction.CANCEL and out:
        end(last, DispatchEnd.CANCELLED, reason)
    return [_said(d) for d in touched]


def _said(d: RepairDispatch) -> str:
    """A dispatch as the audit trail reads it: 第 1 次 王师傅：返工：检查不合格：仍不亮."""
    where = d.ended.value if d.ended else "完工" if d.finished_at else "到场" if d.arrived_at else "派工"
    return f"第 {d.seq} 次 {d.technician}：{where}" + (f"：{d.reason}" if d.reason else "")


def of_order(session: Session, o: RepairOrder) -> list[Dispatch]:
    """An order's dispatches to read (an order without any kept: its own fields)."""
    rows = ReceptionRepository(session).dispatches(o.id)
    return [q.as_dispatch(d) for d in rows] if rows else from_order(o.technician, o.dispatched_at, o.arrived_at, o.finished_at)
