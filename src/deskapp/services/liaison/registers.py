"""The month's 对外联络登记表 as Excel: `deskapp export liaison --month YYYY-MM -o FILE.xlsx`, a line per
visit, call or letter with the follow-up and whether it is done."""
from __future__ import annotations

from pathlib import Path

from deskapp.documents import xlsx
from deskapp.domain.permissions import DESK, define
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, Month, monthly_register, wall_clock
from deskapp.store.queries import liaison as q
from deskapp.store.uow import Session

EXPORT = define("liaison.export", "导出对外联络登记表", DESK)

COLS = [xlsx.Col("序号", 6), xlsx.Col("日期", 11), xlsx.Col("联络单位", 18), xlsx.Col("方式", 8),
        xlsx.Col("联系人", 10), xlsx.Col("事由", 30), xlsx.Col("对方要求", 30), xlsx.Col("跟进事项", 26),
        xlsx.Col("跟进人", 10), xlsx.Col("期限", 11), xlsx.Col("跟进结果", 26), xlsx.Col("完成时间", 16),
        xlsx.Col("登记人", 10)]


def export_liaison(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    def rows(session: Session, month: Month) -> list[list]:
        return [[n, r.happened_on, body, r.way.value, r.contact, r.matter, r.asked, r.follow_up, r.person, r.due_on,
                 r.done_note or ("未完成" if r.follow_up else ""), wall_clock(ctx, r.done_at), r.created_by]
                for n, (r, body) in enumerate(q.records(session, start=month.start, end=month.end), 1)]

    return monthly_register(ctx, actor, path, options, EXPORT, sheet="对外联络", title="对外联络登记表", cols=COLS,
                            rows=rows)


exports.register(ExportSpec("liaison", "《对外联络登记表》", "month", export_liaison))
