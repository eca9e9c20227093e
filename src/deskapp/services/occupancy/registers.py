"""The month's registers as Excel: 《空置房巡查记录表》 (`deskapp export vacant-checks --month YYYY-MM`), a
line per check with each item's result, and 《出租房屋登记表》 (`deskapp export rentals --month YYYY-MM`), a
line per tenant on file during the month with the lease and whether the owner was told of its end."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from deskapp.documents import xlsx
from deskapp.domain.occupancy import CheckItem
from deskapp.domain.privacy import mask_phone
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, month_bounds, write_register
from deskapp.services.occupancy._common import EXPORT
from deskapp.services.occupancy.vacant import findings_text
from deskapp.store.queries import occupancy as q

CHECK_COLS = ([xlsx.Col("序号", 6), xlsx.Col("巡查日期", 11), xlsx.Col("房号", 12)]
              + [xlsx.Col(i.value, 13) for i in CheckItem]
              + [xlsx.Col("托管钥匙", 16), xlsx.Col("待取信件", 9), xlsx.Col("发现问题及处理", 48), xlsx.Col("巡查人", 10)])
RENTAL_COLS = [xlsx.Col("序号", 6), xlsx.Col("房号", 12), xlsx.Col("租户", 12), xlsx.Col("联系电话", 14),
               xlsx.Col("租期开始", 11), xlsx.Col("租期结束", 11), xlsx.Col("退租日期", 11), xlsx.Col("状态", 10),
               xlsx.Col("通知业主", 11), xlsx.Col("备注", 24)]


def export_vacant_checks(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(EXPORT)
    start, end, _, _, label = month_bounds(ctx, options)
    with ctx.reader() as uow:
        data = []
        for c, code in q.checks_between(uow.session, start, end):
            by_item = {x.item: x for x in c.items}
            results = ["正常" if by_item[i].ok else f"问题：{by_item[i].note}" for i in CheckItem]
            data.append([len(data) + 1, c.checked_on, code, *results, c.keys_held or "无", c.mail_waiting,
                         findings_text(c.items), c.created_by])
    heading = exports.register_heading(ctx, actor, "空置房巡查记录表", label)
    return write_register(path, "空置房巡查", heading, CHECK_COLS, data, options, len(data))


def _state(lease_end: date | None, until: date | None, start: date, end: date) -> str:
    if until is not None and until < end:
        return "已退租"
    if lease_end is not None and lease_end < end:
        return "已到期" if lease_end < start else "本月到期"
    return "在租"


def export_rentals(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    actor.require(EXPORT)
    start, end, _, _, label = month_bounds(ctx, options)
    with ctx.reader() as uow:
        data = []
        for t in q.tenants(uow.session, start=start, end=end):
            data.append([len(data) + 1, t.unit_code, t.name, mask_phone(t.phone), t.lease_start, t.lease_end,
                         t.until, _state(t.lease_end, t.until, start, end), t.told_on, t.note])
    heading = exports.register_heading(ctx, actor, "出租房屋登记表", label)
    return write_register(path, "出租房屋", heading, RENTAL_COLS, data, options, len(data))


exports.register(ExportSpec("vacant-checks", "《空置房巡查记录表》", "month", export_vacant_checks))
exports.register(ExportSpec("rentals", "《出租房屋登记表》", "month", export_rentals))
