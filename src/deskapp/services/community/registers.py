"""The registers as Excel: 宣传板报登记表 for a month or a quarter (`deskapp export community-boards
--month YYYY-MM`, `community-boards-quarter --quarter 2026Q4`), 社区活动登记表 for a month (`deskapp export
community-activities --month YYYY-MM`), a line per activity with its sign-ups, attendance and spending
(an activity called off stays on it, 备注 saying when, by whom and why)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from deskapp.documents import xlsx
from deskapp.domain.billing import parse_quarter
from deskapp.domain.permissions import DESK, define
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, month_bounds, wall_clock, write_register
from deskapp.store.queries import community as q

EXPORT = define("community.export", "导出宣传板报、社区活动登记表", DESK)

BOARD_COLS = [xlsx.Col("序号", 6), xlsx.Col("主题", 30), xlsx.Col("张贴位置", 18), xlsx.Col("张贴日期", 11),
              xlsx.Col("撤下日期", 11), xlsx.Col("负责人", 10), xlsx.Col("登记人", 10)]
MONEY = "#,##0.00"  # printed 200.00, not 200: the register is read against the receipts
ACTIVITY_COLS = [xlsx.Col("序号", 6), xlsx.Col("活动名称", 24), xlsx.Col("活动时间", 16), xlsx.Col("地点", 16),
                 xlsx.Col("组织人", 10), xlsx.Col("人数上限", 9), xlsx.Col("报名户数", 9), xlsx.Col("报名人数", 9),
                 xlsx.Col("候补户数", 9), xlsx.Col("到场户数", 9), xlsx.Col("到场人数", 9),
                 xlsx.Col("预算（元）", 12, MONEY), xlsx.Col("支出（元）", 12, MONEY), xlsx.Col("结余（元）", 12, MONEY),
                 xlsx.Col("备注", 24)]


def _boards(ctx: Context, actor: Actor, path: Path, options: ExportOptions, start: date, end: date,
            label: str) -> int:
    actor.require(EXPORT)
    with ctx.reader() as uow:
        data = [[n, b.theme, b.location, b.put_up_on, b.taken_down_on, b.person, b.created_by]
                for n, b in enumerate(q.boards(uow.session, start=start, end=end), 1)]
    heading = exports.register_heading(ctx, actor, "宣传板报登记表", label)
    return write_register(path, "宣传板报", heading, BOARD_COLS, data, options, len(data))


def export_boards(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    start, end, _, _, label = month_bounds(ctx, options)
    return _boards(ctx, actor, path, options, start, end, label)


def export_boards_quarter(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    quarter = parse_quarter(options.quarter or "")
    return _boards(ctx, actor, path, options, quarter.start, quarter.next().start, quarter.label)


def _note(a) -> str:
    """备注: why an activity was called off, or by how much it went over its budget (the sheet showed a
    bare −20 under 结余, which the reader had to notice)."""
    if a.cancelled:
        return f"已取消：{a.cancel_reason}（{a.cancelled}）"
    return f"超预算 {-a.summary.left:,.2f} 元" if a.summary.over_budget else ""


def export_activities(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(EXPORT)
    _, _, start, end, label = month_bounds(ctx, options)
    with ctx.reader() as uow:
        data = [[n, a.title, wall_clock(ctx, a.starts_at), a.place, a.organiser, a.limit or "不限",
                 a.summary.signups, a.summary.people, a.summary.waiting, a.summary.attended,
                 a.summary.attended_people, a.budget, a.summary.spent, a.summary.left,
                 _note(a)]
                for n, a in enumerate(q.activities(uow.session, start=start, end=end), 1)]
    heading = exports.register_heading(ctx, actor, "社区活动登记表", label)
    return write_register(path, "社区活动", heading, ACTIVITY_COLS, data, options, len(data))


exports.register(ExportSpec("community-boards", "《宣传板报登记表》", "month", export_boards))
exports.register(ExportSpec("community-boards-quarter", "《宣传板报登记表》（季度）", "quarter", export_boards_quarter))
exports.register(ExportSpec("community-activities", "《社区活动登记表》", "month", export_activities))
