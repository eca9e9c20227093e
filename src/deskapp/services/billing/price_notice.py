"""收费标准公示 (明码标价): the notice of the fee standards in force on a day, A4 or A3.

Read-only; the print itself is audited by the print preview, as every printed document is."""
from __future__ import annotations

from datetime import date

from deskapp.documents.billing.price_notice import PriceNoticeDoc, price_notice_pdf
from deskapp.domain.billing_price_notice import PAPERS, price_lines
from deskapp.domain.errors import ValidationError
from deskapp.services import hooks
from deskapp.services.billing import standards
from deskapp.services.billing.common import VIEW
from deskapp.services.context import Actor, Context


def price_notice(ctx: Context, actor: Actor, on: date, paper: str = "A4") -> bytes:
    actor.require(VIEW)
    if paper not in PAPERS:
        raise ValidationError("纸张", f"应为 {' 或 '.join(PAPERS)}")
    with ctx.reader() as uow:
        centre = uow.registry.centre()
        parking = hooks.collect(hooks.Hook.PARKING_PRICES, uow.session, ctx, on)
        lines = price_lines(standards.load(uow.session), on, parking)
    return price_notice_pdf(PriceNoticeDoc(
        centre=centre.name, community=centre.community, address=centre.address, phone=centre.phone,
        on=f"{on:%Y年%m月%d日}", made=f"{ctx.clock.today():%Y年%m月%d日}", lines=tuple(lines)), paper)


__all__ = ["price_notice"]
