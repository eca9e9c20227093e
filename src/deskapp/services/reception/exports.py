"""The reception registers as Excel for a month: `deskapp export requests|repairs|defects|handovers|mail|violations`."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from deskapp.documents import xlsx
from deskapp.services import exports
from deskapp.services.accounts import privacy
from deskapp.services.context import Actor, Context
from deskapp.services.exports import (
    ExportOptions, ExportSpec, Month, month_bounds, monthly_register, register_heading, wall_clock, write_register,
)
from deskapp.domain.reception import RepairAction
from deskapp.domain.reception_dispatch import Dispatch, technicians_worked
from deskapp.services.reception._common import EXPORT
from deskapp.store.queries import reception as q
from deskapp.store.uow import Session


def _heading(ctx: Context, actor: Actor, title: str, label: str, notice: str = "") -> str:
    return register_heading(ctx, actor, title, label, notice, of_centre=True)


def _masked_register(ctx: Context, actor: Actor, path: Path, options: ExportOptions, privacy_sheet: str, *,
                     sheet: str, title: str, cols: list[xlsx.Col],
                     rows: Callable[[Session, datetime, datetime, privacy.Masker], list],
                     key: tuple[int, ...], rest: tuple[int, ...]) -> int:
    """A register that carries phone numbers: the month's rows, `rows(session, t0, t1, masker)`, with
    the phones shown as `privacy.masker` decides for `privacy_sheet` and its notice in the title row."""
    actor.require(EXPORT)
    _, _, t0, t1, label = month_bounds(ctx, options)
    masker, notice = privacy.masker(ctx, actor, privacy_sheet, path, options.unmasked)
    with ctx.reader() as uow:
        data = rows(uow.session, t0, t1, masker)
    return write_register(path, sheet, _heading(ctx, actor, title, label, notice), cols, data, options, len(data),
                          key=key, rest=rest)


def _oldest_first(ctx: Context, actor: Actor, options: ExportOptions, listed: Callable, *, instants: bool = False):
    """The month's rows of a desk list (newest first on screen) in the register's order, oldest first;
    `instants` for a list filtered by time rather than by day."""
    actor.require(EXPORT)
    start, end, t0, t1, label = month_bounds(ctx, options)
    with ctx.reader() as uow:
        rows = list(reversed(listed(uow.session, start=t0, end=t1) if instants else listed(uow.session, start=start, end=end)))
    return rows, label


def _yes(flag: bool) -> str:
    return "是" if flag else ""


REQUEST_COLS = [
    xlsx.Col("序号", 6), xlsx.Col("编号", 15), xlsx.Col("登记时间", 16), xlsx.Col("房号", 10), xlsx.Col("地点", 16),
    xlsx.Col("来电/来访人", 12), xlsx.Col("联系电话", 12), xlsx.Col("渠道", 8), xlsx.Col("类别", 10),
    xlsx.Col("内容", 40), xlsx.Col("紧急程度", 6), xlsx.Col("重大事件", 6), xlsx.Col("处理部门", 10),
    xlsx.Col("处理人", 8), xlsx.Col("完成时限", 16), xlsx.Col("状态", 8), xlsx.Col("完成时间", 16),
    xlsx.Col("回访结果", 10), xlsx.Col("回访时间", 16), xlsx.Col("回访人", 8), xlsx.Col("重开次数", 6),
    xlsx.Col("维修单号", 15), xlsx.Col("备注", 30),
]
# 序号, 编号, 登记时间, 房号 and 地点 again on the second sheet (a public place's row is known by its
# place), with who called back, when, and the rest
REQUEST_KEY, REQUEST_REST = (0, 1, 2, 3, 4), (11, 14, 18, 19, 20, 21, 22)


def export_requests(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    def rows(session: Session, t0: datetime, t1: datetime, masker: privacy.Masker) -> list[list]:
        more = q.request_month_extras(session, t0, t1)
        return [[n, r.number, wall_clock(ctx, r.registered_at), r.unit_code, r.location, r.caller,
                 masker.phone(more[r.id].caller_phone), r.channel.value,
                 r.kind.value + (f"/{r.category}" if r.category else ""), r.text, r.urgency.value, _yes(r.major),
                 r.department.value if r.department else "", more[r.id].handler, wall_clock(ctx, r.due_at),
                 r.state.value, wall_clock(ctx, r.completed_at), r.callback_result.value if r.callback_result else "",
                 wall_clock(ctx, more[r.id].callback_at), more[r.id].callback_by, r.reopen_count, r.repair_number or "",
                 _note(more[r.id].result, more[r.id].callback_note)]
                for n, r in enumerate(q.request_month(session, t0, t1), start=1)]

    return _masked_register(ctx, actor, path, options, "requests", sheet="需求投诉登记", title="业户服务需求/投诉登记表",
                            cols=REQUEST_COLS, rows=rows, key=REQUEST_KEY, rest=REQUEST_REST)


def _note(result: str, callback_note: str) -> str:
    return "；".join(x for x in (f"处理结果：{result}" if result else "",
                                 f"回访意见：{callback_note}" if callback_note else "") if x)


# an order sent back and dispatched to another technician has a line for each who worked on it (the
# earlier ones saying how their work ended), so filtering the column counts it once for each
TECHNICIAN_TITLE = "维修人（返工换人的，每人一行）"
REPAIR_COLS = [
    xlsx.Col("单号", 15), xlsx.Col("报修时间", 16), xlsx.Col("类别", 9), xlsx.Col("房号/地点", 18),
    xlsx.Col("故障描述", 36), xlsx.Col("报修人", 12), xlsx.Col("联系电话", 12), xlsx.Col("紧急程度", 6),
    xlsx.Col("有偿/免费", 6), xlsx.Col(TECHNICIAN_TITLE, 10), xlsx.Col("派工时间", 16), xlsx.Col("到场时间", 16),
    xlsx.Col("完工时间", 16), xlsx.Col("维修情况", 30), xlsx.Col("使用材料", 20), xlsx.Col("收费金额", 10, "0.00"),
    xlsx.Col("检查结果", 10), xlsx.Col("检查时间", 16), xlsx.Col("检查人", 8), xlsx.Col("回访结果", 10),
    xlsx.Col("回访时间", 16), xlsx.Col("回访人", 8), xlsx.Col("回访意见", 24), xlsx.Col("状态", 8),
]
# 单号, 报修时间 and 房号/地点 again on the second sheet, with the materials, check (a public repair's
# 验收: its result, when and who) and callback (an in-unit one's)
REPAIR_KEY, REPAIR_REST = (0, 1, 3), (14, 15, 16, 17, 18, 19, 20, 21, 22)


def export_repairs(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    def rows(session: Session, t0: datetime, t1: datetime, masker: privacy.Masker) -> list[list]:
        orders = q.repair_month(session, t0, t1)
        more = q.repair_month_extras(session, t0, t1)
        ids = [r.id for r in orders]
        checked = q.repair_steps(session, ids, RepairAction.CHECK)
        called = q.repair_steps(session, ids, RepairAction.CALLBACK)
        dispatched = q.month_dispatches(session, t0, t1)
        out = []
        for r in orders:
            head = [r.number, wall_clock(ctx, r.reported_at), r.scope.value,
                    " ".join(x for x in (r.unit_code, r.location) if x), r.fault, r.reported_by,
                    masker.phone(more[r.id].reporter_phone), r.urgency.value, "有偿" if r.paid else "免费"]
            whole = [*head, r.technician, wall_clock(ctx, r.dispatched_at), wall_clock(ctx, r.arrived_at),
                     wall_clock(ctx, r.finished_at), more[r.id].work_done, r.materials, r.charge,
                     "" if r.check_ok is None else ("合格" if r.check_ok else "不合格"),
                     *_when_who(ctx, checked.get(r.id)), r.callback_result.value if r.callback_result else "",
                     *_when_who(ctx, called.get(r.id)), more[r.id].callback_note, r.state.value]
            out.extend(_lines_by_technician(ctx, head, whole, r.technician, dispatched.get(r.id, [])))
        return out

    return _masked_register(ctx, actor, path, options, "repairs", sheet="工程维修单", title="工程维修单登记表",
                            cols=REPAIR_COLS, rows=rows, key=REPAIR_KEY, rest=REPAIR_REST)


def _lines_by_technician(ctx: Context, head: list, whole: list, technician: str, dispatches: list[Dispatch]) -> list[list]:
    """An order's lines: the whole order on its (last) technician's line; each other technician who
    worked on it first gets a line of their own, in the order they were sent, with their dispatch,
    arrival and finish and how their work ended (返工, 改派, 取消) as its 状态."""
    lines, placed = [], False
    for t in technicians_worked(dispatches):
        if t == technician:
            lines.append(whole)
            placed = True
            continue
        theirs = [d for d in dispatches if d.technician == t]
        arrived = next((d.arrived_at for d in theirs if d.arrived_at), None)
        finished = next((d.finished_at for d in reversed(theirs) if d.finished_at), None)
        ended = theirs[-1].ended
        lines.append([*head, t, wall_clock(ctx, theirs[0].dispatched_at), wall_clock(ctx, arrived),
                      wall_clock(ctx, finished), theirs[-1].reason, "", None, "", None, "", "", None, "", "",
                      ended.value if ended else ""])
    return lines if placed else [*lines, whole]


def _when_who(ctx: Context, step: tuple[datetime, str] | None) -> tuple:
    """A step's time (the centre's wall clock) and who took it; blank when it was not taken."""
    return (wall_clock(ctx, step[0]), step[1]) if step else (None, "")


DEFECT_COLS = [
    xlsx.Col("序号", 6), xlsx.Col("反映日期", 12), xlsx.Col("楼栋", 10), xlsx.Col("房号/地点", 16),
    xlsx.Col("问题类别", 10), xlsx.Col("问题描述", 40), xlsx.Col("反映人", 10), xlsx.Col("责任单位", 16),
    xlsx.Col("状态", 8), xlsx.Col("最近跟进", 30), xlsx.Col("解决日期", 12),
]


def export_defects(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    rows, label = _oldest_first(ctx, actor, options, q.defects)
    data = ([n, r.reported_on, r.building, r.unit_code or r.location, r.kind.value, r.description, r.reported_by,
             r.responsible, r.state.value, r.last_followup, r.fixed_on] for n, r in enumerate(rows, start=1))
    return write_register(path, "工程遗留问题", _heading(ctx, actor, "工程遗留问题登记表", label), DEFECT_COLS, data, options, len(rows))


HANDOVER_COLS = [
    xlsx.Col("交班日期", 12), xlsx.Col("交班人", 10), xlsx.Col("交班时间", 16), xlsx.Col("接班人", 10),
    xlsx.Col("接班时间", 16), xlsx.Col("类别", 12), xlsx.Col("编号", 15), xlsx.Col("房号/地点", 14),
    xlsx.Col("未完成事项", 40), xlsx.Col("重点", 6), xlsx.Col("交接说明", 24), xlsx.Col("交班说明", 24),
]


def export_handovers(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    def rows(session: Session, month: Month) -> list[list]:
        return [[h.shift_date, h.drafted_by, wall_clock(ctx, h.handed_at), h.received_by, wall_clock(ctx, h.received_at),
                 i.kind if i else "", i.ref if i else "", i.unit_code if i else "",
                 i.text if i else "（无未完成事项）", "★" if i and i.priority else "", i.note if i else "", h.notes]
                for h, i in q.handovers_with_items(session, month.start, month.end)]

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="工作交接表", title="客服部工作交接表",
                            cols=HANDOVER_COLS, rows=rows, of_centre=True)


MAIL_COLS = [
    xlsx.Col("序号", 6), xlsx.Col("收到时间", 16), xlsx.Col("房号", 12), xlsx.Col("类别", 8),
    xlsx.Col("寄件人", 18), xlsx.Col("单号", 18), xlsx.Col("通知方式", 8), xlsx.Col("通知时间", 16),
    xlsx.Col("去向", 10), xlsx.Col("领取人", 12), xlsx.Col("领取时间", 16), xlsx.Col("登记人", 10),
]


def export_mail(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    rows, label = _oldest_first(ctx, actor, options, q.mail, instants=True)
    data = ([n, wall_clock(ctx, r.received_at), r.unit_code, r.kind.value, r.sender, r.tracking, r.notified.value,
             wall_clock(ctx, r.notified_at), r.place.value, r.collected_by, wall_clock(ctx, r.collected_at), r.registered_by]
            for n, r in enumerate(rows, start=1))
    return write_register(path, "信件登记", _heading(ctx, actor, "信件登记表", label), MAIL_COLS, data, options, len(rows))


VIOLATION_COLS = [
    xlsx.Col("序号", 6), xlsx.Col("发现日期", 12), xlsx.Col("房号", 12), xlsx.Col("违章类别", 12),
    xlsx.Col("违章情况", 36), xlsx.Col("发现人", 10), xlsx.Col("整改要求", 24), xlsx.Col("整改期限", 12),
    xlsx.Col("状态", 8), xlsx.Col("处理结果", 24), xlsx.Col("上报时间", 16),
]


def export_violations(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    rows, label = _oldest_first(ctx, actor, options, q.violations)
    data = ([n, r.found_on, r.unit_code, r.kind.value, r.description, r.found_by, r.demanded, r.deadline,
             r.state.value, r.outcome, wall_clock(ctx, r.escalated_at)] for n, r in enumerate(rows, start=1))
    return write_register(path, "业户违章", _heading(ctx, actor, "业户违章登记表", label), VIOLATION_COLS, data, options, len(rows))


_SPECS: list[tuple[str, str, Callable]] = [
    ("requests", "《业户服务需求/投诉登记表》", export_requests),
    ("repairs", "《工程维修单》登记表", export_repairs),
    ("defects", "《工程遗留问题登记表》", export_defects),
    ("handovers", "《客服部工作交接表》", export_handovers),
    ("mail", "《信件登记表》", export_mail),
    ("violations", "《业户违章登记表》", export_violations),
]
for _name, _title, _run in _SPECS:
    exports.register(ExportSpec(_name, _title, "month", _run))
