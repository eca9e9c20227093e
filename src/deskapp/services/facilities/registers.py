"""The month's 公共设施预约登记表 as Excel: `deskapp export facility-bookings --month YYYY-MM -o
FILE.xlsx`, one line per booking starting in the month, whatever became of it, with what was
collected for it (the fee's receipt, or 未收 for an approved booking not yet paid)."""
from __future__ import annotations

from pathlib import Path

from deskapp.contracts.facilities import BookingFilter, BookingRow
from deskapp.documents import xlsx
from deskapp.domain.facilities import BookingState
from deskapp.domain.local_time import local
from deskapp.domain.permissions import DESK, define
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, month_bounds, wall_clock, write_register
from deskapp.store.queries import facilities as q

EXPORT = define("facilities.export", "导出公共设施预约登记表", DESK)

COLS = [xlsx.Col("序号", 6), xlsx.Col("预约号", 14), xlsx.Col("设施", 12), xlsx.Col("日期", 11),
        xlsx.Col("时间", 12), xlsx.Col("房号", 12), xlsx.Col("预约人", 10), xlsx.Col("人数", 6),
        xlsx.Col("用途", 16), xlsx.Col("使用费", 10, "0.00"), xlsx.Col("押金", 10, "0.00"),
        xlsx.Col("状态", 10), xlsx.Col("收费", 15), xlsx.Col("登记人", 10), xlsx.Col("登记时间", 16)]


def paid_text(b: BookingRow) -> str:
    """收费 as the register says it: the receipt (已收押金 with no fee), 未收, or nothing to collect."""
    if b.paid_at is not None:
        return b.receipt_number or "已收押金"
    return "未收" if (b.fee or b.deposit) and b.state is BookingState.APPROVED else ""


def export_bookings(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(EXPORT)
    _, _, start, end, label = month_bounds(ctx, options)
    with ctx.reader() as uow:
        rows = q.bookings(uow.session, BookingFilter(start=start, end=end))
    data = [[n, b.number, b.facility, local(b.starts_at).date(), f"{local(b.starts_at):%H:%M}–{local(b.ends_at):%H:%M}",
             b.unit_code, b.person, b.heads, b.purpose, b.fee, b.deposit, b.state.value, paid_text(b), b.created_by,
             wall_clock(ctx, b.created_at)] for n, b in enumerate(rows, 1)]
    heading = exports.register_heading(ctx, actor, "公共设施预约登记表", label)
    return write_register(path, "设施预约", heading, COLS, data, options, len(data))


exports.register(ExportSpec("facility-bookings", "《公共设施预约登记表》", "month", export_bookings))
