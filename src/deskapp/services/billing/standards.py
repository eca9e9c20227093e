"""收费标准: dated prices per fee item (and unit kind for 物业费), with optional water tiers."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from deskapp.domain.billing import FeeItem, Standard, Tier, parse_price, validate_tiers
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.units import UnitKind
from deskapp.services import audit
from deskapp.services.billing.common import STANDARDS, VIEW
from deskapp.services.context import Actor, Context
from deskapp.services.changes import Change, changes
from deskapp.store.models.billing import FeeStandard
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class StandardView:
    id: int
    item: FeeItem
    unit_kind: str
    price: Decimal
    tiers: tuple[Tier, ...]
    tier_period: str
    starts_on: date
    note: str
    description: str
    created_by: str


def to_domain(row: FeeStandard) -> Standard:
    tiers = tuple(Tier(Decimal(u) if u is not None else None, Decimal(p)) for u, p in json.loads(row.tiers or "[]"))
    return Standard(row.id, row.item, row.price, row.starts_on, row.unit_kind, tiers, row.tier_period)


def load(session: Session) -> list[Standard]:
    return [to_domain(r) for r in BillingRepository(session).standards()]


def _view(row: FeeStandard) -> StandardView:
    d = to_domain(row)
    return StandardView(row.id, row.item, row.unit_kind, row.price, d.tiers, row.tier_period, row.starts_on,
                        row.note, d.describe(), row.created_by)


def list_standards(ctx: Context, actor: Actor) -> list[StandardView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [_view(r) for r in uow.billing.standards()]


@changes(Change.STANDARDS)
def add_standard(ctx: Context, actor: Actor, item: FeeItem, price: str | Decimal, starts_on: date, *,
                 unit_kind: str = "", tiers: list[tuple[str | Decimal | None, str | Decimal]] | None = None,
                 tier_period: str = "month", note: str = "") -> int:
    """A new price from `starts_on`; earlier bills keep the standard they used."""
    actor.require(STANDARDS)
    if item not in (FeeItem.PROPERTY, FeeItem.WATER, FeeItem.SHARED_WATER, FeeItem.SHARED_POWER):
        raise ValidationError("收费项目", f"{item.value}不按收费标准计费")
    p = parse_price(price)
    if unit_kind and unit_kind not in {k.value for k in UnitKind}:
        raise ValidationError("房屋类型", f"应为 {'/'.join(k.value for k in UnitKind)} 或留空")
    if item is not FeeItem.PROPERTY and unit_kind:
        raise ValidationError("房屋类型", "只有物业费按房屋类型定价")
    if tier_period not in ("month", "year"):
        raise ValidationError("阶梯周期", "应为按月或按年")
    parsed: tuple[Tier, ...] = ()
    if tiers:
        if item is not FeeItem.WATER:
            raise ValidationError("阶梯", "只有自用水费可设阶梯")
        parsed = validate_tiers([Tier(parse_price(u, f"第 {i} 阶上限") if u not in (None, "") else None,
                                      parse_price(pr, f"第 {i} 阶单价")) for i, (u, pr) in enumerate(tiers, 1)])
        p = parsed[0].price
    with ctx.uow() as uow:
        for other in uow.billing.standards():
            if other.item is item and other.unit_kind == unit_kind and other.starts_on == starts_on:
                raise Conflict(f"{item.value}{('（' + unit_kind + '）') if unit_kind else ''}在 {starts_on} "
                               f"已有收费标准；新价格请用新的启用日期")
        row = FeeStandard(item=item, unit_kind=unit_kind, price=p,
                          tiers=json.dumps([[str(t.upto) if t.upto is not None else None, str(t.price)]
                                            for t in parsed]) if parsed else "",
                          tier_period=tier_period, starts_on=starts_on, note=note.strip(),
                          created_at=ctx.clock.now(), created_by=actor.display_name)
        uow.billing.add(row)
        uow.billing.flush()
        audit.record(uow.session, ctx, actor, "billing.standard.add", "fee_standard", row.id,
                     summary=f"收费标准 {item.value} {to_domain(row).describe()} 自 {starts_on} 起",
                     after={"item": item, "unit_kind": unit_kind, "price": p, "starts_on": starts_on,
                            "tiers": row.tiers, "tier_period": tier_period})
        uow.commit()
        return row.id
