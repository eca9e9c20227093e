"""The month's 早会记录 as Excel: `deskapp export meetings --month YYYY-MM -o FILE.xlsx`, one line per
assignment (a meeting without one still gets its line, so every meeting held is listed)."""
from __future__ import annotations

from pathlib import Path

from deskapp.documents import xlsx
from deskapp.domain.permissions import DESK, define
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, Month, monthly_register, wall_clock
from deskapp.store.queries import meetings as q
from deskapp.store.uow import Session

EXPORT = define("meetings.export", "导出早会记录", DESK)

COLS = [xlsx.Col("序号", 6), xlsx.Col("日期", 11), xlsx.Col("参会人员", 24), xlsx.Col("会议要求", 40),
        xlsx.Col("责任人", 10), xlsx.Col("安排事项", 30), xlsx.Col("完成期限", 11), xlsx.Col("状态", 8),
        xlsx.Col("完成情况", 30), xlsx.Col("关闭人", 10), xlsx.Col("关闭时间", 16), xlsx.Col("记录人", 10)]


def export_meetings(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    def rows(session: Session, month: Month) -> list[list]:
        meetings = q.meetings_between(session, month.start, month.end)
        by_meeting = q.assignments_of(session, [m.id for m in meetings])
        data = []
        for m in meetings:
            people = "、".join(a.name for a in m.attendees)
            reqs = "；".join(f"{r.seq}. {r.text}" for r in m.requirements)
            for a in by_meeting.get(m.id) or [None]:
                data.append([len(data) + 1, m.held_on, people, reqs, a.person if a else "", a.task if a else "",
                             a.due_on if a else None, "" if a is None else "已完成" if a.closed_at else "未完成",
                             (a.close_note or "") if a else "", (a.closed_by or "") if a else "",
                             wall_clock(ctx, a.closed_at) if a else None, m.created_by])
        return data

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="早会记录", title="早会记录表", cols=COLS,
                            rows=rows)


exports.register(ExportSpec("meetings", "《早会记录表》", "month", export_meetings))
