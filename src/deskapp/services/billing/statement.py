"""《业户费用对账单》: what a unit was billed, paid and granted over a period, and what it owes at
its end — asked for at the counter by an owner (for a tenant, a sale, a dispute) and printed.
Whoever may see the counter may print it (`billing.view`); it writes nothing: printing or saving
it from the preview is audited as every printed document is (打印《业户费用对账单 …》)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from deskapp.documents.billing import statement as statement_doc
from deskapp.domain import billing_statement as rules
from deskapp.domain.errors import ValidationError, found
from deskapp.domain.local_time import local_text
from deskapp.services.billing.common import VIEW
from deskapp.services.context import Actor, Context
from deskapp.store.queries import billing as billing_queries
from deskapp.store.queries import billing_statement as q


@dataclass(frozen=True)
class Statement:
    unit_id: int
    unit_code: str
    owners: str
    area: Decimal | None
    start: date
    end: date
    account: rules.Account


def default_period(ctx: Context) -> tuple[date, date]:
    """This calendar year up to today (in January, from last year's first day: rules.default_start)."""
    today = ctx.clock.today()
    return rules.default_start(today), today


def statement(ctx: Context, actor: Actor, unit_id: int, start: date | None, end: date | None) -> Statement:
    """The unit's account from `start` to `end` (days, both included): refused naming 起始日期 or
    截止日期 when one is missing, the start after the end, or either after today."""
    actor.require(VIEW)
    if start is None:
        raise ValidationError("起始日期", "请填写起始日期")
    if end is None:
        raise ValidationError("截止日期", "请填写截止日期")
    rules.check_period(start, end, ctx.clock.today())
    tz = ctx.clock.now().tzinfo
    t0, t1 = rules.bounds(start, end, tz)
    with ctx.reader() as uow:
        s = uow.session
        unit = found(uow.billing.unit(unit_id), f"房屋（编号 {unit_id}）不存在")
        account = rules.account(t0, t1, tz, q.charges(s, unit_id, t1), q.payments(s, unit_id, t1),
                                q.waivers(s, unit_id, t1), q.prepayment_moves(s, unit_id, t1),
                                q.deposits(s, unit_id, t1))
        return Statement(unit_id=unit.id, unit_code=unit.code,
                         owners=billing_queries.owners_by_unit(s, [unit_id]).get(unit_id, ""),
                         area=unit.building_area, start=start, end=end, account=account)


def statement_pdf(ctx: Context, actor: Actor, unit_id: int, start: date | None, end: date | None) -> bytes:
    """The statement on A4, dated and signed by this print (a reprint is a new statement)."""
    st = statement(ctx, actor, unit_id, start, end)
    with ctx.reader() as uow:
        centre = uow.registry.centre()
    return statement_doc.statement_pdf(statement_doc.StatementDoc(
        centre=centre.name, phone=centre.phone, unit_code=st.unit_code, owners=st.owners, area=st.area,
        start=f"{st.start:%Y-%m-%d}", end=f"{st.end:%Y-%m-%d}", printed_at=local_text(ctx.clock.now()),
        printed_by=actor.display_name, account=st.account))


def file_name(unit_code: str, start: date, end: date) -> str:
    return f"业户费用对账单-{unit_code}-{start:%Y%m%d}-{end:%Y%m%d}.pdf"
