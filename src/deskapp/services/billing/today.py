"""What billing puts on the morning list: for whoever decides them (the supervisor), the
applications waiting for a decision — refunds (审批退款), fee reductions (审批减免) and deposit
forfeits (审批没收押金), oldest first. They are the decider's, read afresh each morning, and stay
off the clerks' shift handover sheet. A refund or reduction the decider applied for himself is not
his to approve (four eyes): it is on the other supervisors' and the 管理员's lists, not his."""
from __future__ import annotations

from datetime import date

from deskapp.domain.billing_deposits import ApplicationState
from deskapp.domain.local_time import local_text
from deskapp.domain.permissions import allowed
from deskapp.services import hooks
from deskapp.services.billing import deposits, discounts, refunds
from deskapp.services.context import Actor, Context
from deskapp.services.billing.common import VIEW
from deskapp.store.queries import billing as receipt_queries
from deskapp.store.queries import billing_deposits as deposit_queries
from deskapp.store.queries import billing_discounts as discount_queries
from deskapp.store.uow import Session

SHOWN = 200  # a list this long is a backlog to open in its own tab, not to read in the morning


@hooks.register(hooks.Hook.START_OF_DAY)
def open_items(session: Session, ctx: Context, actor: Actor, day: date) -> list[hooks.OpenItem]:
    tz = ctx.clock.now().tzinfo
    out: list[hooks.OpenItem] = []
    if allowed(actor.role, refunds.DECIDE):
        page = deposit_queries.refund_page(session, state=ApplicationState.PENDING, text="", offset=0, limit=SHOWN,
                                           total=None)
        out += [hooks.OpenItem("billing", "退款待审批", r.unit_code,
                               f"{r.source} {r.amount:,.2f} 元，退给 {r.payee}：{r.reason}"
                               f"（{r.applied_by} {local_text(r.applied_at, tz=tz)} 申请）",
                               ref=r.number, handed_over=False, place=hooks.Place.REFUNDS, record=r.number)
                for r in reversed(page.rows) if r.applied_by != actor.display_name]
    if allowed(actor.role, discounts.DECIDE):
        pending = discount_queries.discount_rows(session, ApplicationState.PENDING, limit=SHOWN)
        out += [hooks.OpenItem("billing", "减免待审批", d.unit_code,
                               f"{d.quarter} {d.item} 减免 {d.amount:,.2f} 元（应收 {d.line_amount:,.2f}）：{d.reason}"
                               f"（{d.applied_by} {local_text(d.applied_at, tz=tz)} 申请）",
                               handed_over=False, place=hooks.Place.DISCOUNTS, record=d.id)
                for d in reversed(pending) if d.applied_by != actor.display_name]
    if allowed(actor.role, deposits.FORFEIT_DECIDE):
        out += [hooks.OpenItem("billing", "没收押金待审批", code,
                               f"{d.kind.value}押金 {d.source_ref} 没收 {f.amount:,.2f} 元：{f.reason}（{f.applied_by} 申请）",
                               handed_over=False, place=hooks.Place.DEPOSITS, record=f.id)
                for f, d, code in deposit_queries.pending_forfeits(session)[:SHOWN]]
    return out


@hooks.register(hooks.Hook.FIND_NUMBER)
def _money_papers_numbered(session: Session, ctx: Context, actor: Actor, prefix: str,
                           limit: int) -> list[hooks.Numbered]:
    """收据 (SJ…) and 退款单 (TF…) by number."""
    if not allowed(actor.role, VIEW):
        return []
    receipts = [hooks.Numbered(n, "收据", code, f"{payer} {amount:,.2f} 元" + ("（已作废）" if voided else ""),
                               hooks.Place.RECEIPTS, n)
                for _, n, code, payer, amount, voided in receipt_queries.receipts_numbered(session, prefix, limit)]
    return receipts + [hooks.Numbered(n, "退款单", code, f"{payee} {amount:,.2f} 元", hooks.Place.REFUNDS, n)
                       for _, n, code, payee, amount in deposit_queries.refunds_numbered(session, prefix, limit)]
