"""工程维修单's dispatches (派单): one record per time an order was sent to a technician.

An order sent back (返工: a failed check or a 不满意 callback) and dispatched again, perhaps to
another technician, keeps its first dispatch: who worked on it first, when, and how it ended.
Plain values; the services keep them, the register and the paper read them."""
from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


class DispatchEnd(str, enum.Enum):
    """How a dispatch ended other than by its work being accepted (that one keeps no end)."""
    REWORK = "返工"  # finished, then sent back by a failed check or a 不满意 callback
    REASSIGNED = "改派"  # dispatched again, to another or the same technician, before it was finished
    CANCELLED = "取消"  # the order was cancelled while it was out


@dataclass(frozen=True)
class Dispatch:
    seq: int  # 1, 2, … in the order they were made
    technician: str
    dispatched_at: datetime | None
    dispatched_by: str
    arrived_at: datetime | None = None
    finished_at: datetime | None = None
    ended: DispatchEnd | None = None
    ended_at: datetime | None = None
    ended_by: str = ""
    reason: str = ""  # why it was sent back (返工)


def worked_on(d: Dispatch) -> bool:
    """Whether the technician counts as having worked on the order: every dispatch does except
    one 改派 before anyone arrived or finished (a wrong pick put right, or a handover before work)."""
    return not (d.ended is DispatchEnd.REASSIGNED and d.arrived_at is None and d.finished_at is None)


def technicians_worked(dispatches: Iterable[Dispatch]) -> list[str]:
    """The technicians who worked on an order, each once, in the order they were first sent: the
    monthly register gives each a line and counts the order once for each."""
    seen: list[str] = []
    for d in dispatches:
        if d.technician and worked_on(d) and d.technician not in seen:
            seen.append(d.technician)
    return seen


def from_order(technician: str, dispatched_at: datetime | None, arrived_at: datetime | None,
               finished_at: datetime | None) -> list[Dispatch]:
    """An order dispatched before its dispatches were kept (or written in bulk without them): its
    own fields are its one dispatch."""
    if dispatched_at is None:
        return []
    return [Dispatch(1, technician, dispatched_at, "", arrived_at, finished_at)]


def outcome(d: Dispatch, when) -> str:
    """How a dispatch ended, in words: 完工 09:30 / 返工：… / 改派 / 取消 / 未完工. `when` writes a time."""
    if d.ended is DispatchEnd.REWORK:
        done = f"完工 {when(d.finished_at)}，" if d.finished_at else ""
        return f"{done}返工 {when(d.ended_at)}" + (f"：{d.reason}" if d.reason else "")
    if d.ended is not None:
        return f"{d.ended.value} {when(d.ended_at)}"
    if d.finished_at is not None:
        return f"完工 {when(d.finished_at)}"
    return "未完工"


def by_technician(orders: Iterable[list[Dispatch]]) -> list[tuple[str, int, int, list[tuple[datetime, datetime]]]]:
    """(technician, orders they worked on, of them work of theirs sent back, (dispatched, finished) of
    each of their dispatches finished) over the orders' dispatches, the most orders first: an order
    reworked by another counts once for each technician."""
    worked: dict[str, int] = {}
    sent_back: dict[str, int] = {}
    spans: dict[str, list[tuple[datetime, datetime]]] = {}
    for dispatches in orders:
        for t in technicians_worked(dispatches):
            theirs = [d for d in dispatches if d.technician == t]
            worked[t] = worked.get(t, 0) + 1
            sent_back[t] = sent_back.get(t, 0) + any(d.ended is DispatchEnd.REWORK for d in theirs)
            spans.setdefault(t, []).extend((d.dispatched_at, d.finished_at) for d in theirs
                                           if d.dispatched_at is not None and d.finished_at is not None)
    return [(t, n, sent_back[t], spans.get(t, [])) for t, n in sorted(worked.items(), key=lambda x: (-x[1], x[0]))]
