"""收费标准: dated prices per fee item (and unit kind for 物业费), with optional water tiers. A standard
entered by mistake and not yet used by a bill is withdrawn (撤销) with its reason, never deleted;
every reader (the bill run and its preview, the notices, the 公示, a new standard's date check) reads
only the standards in force (`load`, `BillingRepository.standards()`)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from deskapp.domain.billing import (
    FeeItem, Standard, StandardState, Tier, parse_price, quarter_of, standard_state, validate_tiers,
)
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.local_time import local_text
from deskapp.domain.text import bounded_text
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
    state: StandardState = StandardState.IN_FORCE  # on the centre's today
    withdrawn_at: datetime | None = None
    withdrawn_by: str = ""
    withdraw_reason: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None


def to_domain(row: FeeStandard) -> Standard:
    tiers = tuple(Tier(Decimal(u) if u is not None else None, Decimal(p)) for u, p in json.loads(row.tiers or "[]"))
    return Standard(row.id, row.item, row.price, row.starts_on, row.unit_kind, tiers, row.tier_period)


def load(session: Session) -> list[Standard]:
    return [to_domain(r) for r in BillingRepository(session).standards()]


def _view(row: FeeStandard, in_force: list[Standard], today: date) -> StandardView:
    d = to_domain(row)
    state = StandardState.WITHDRAWN if row.withdrawn_at is not None else standard_state(in_force, d, today)
    return StandardView(row.id, row.item, row.unit_kind, row.price, d.tiers, row.tier_period, row.starts_on,
                        row.note, d.describe(), row.created_by, state, row.withdrawn_at, row.withdrawn_by or "",
                        row.withdraw_reason or "")


def list_standards(ctx: Context, actor: Actor) -> list[StandardView]:
    """Every standard by start date, the withdrawn ones too (marked 已撤销, with who, when and why),
    each with where it stands today."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows = uow.billing.standards(withdrawn=True)
        in_force = [to_domain(r) for r in rows if r.withdrawn_at is None]
        today = ctx.clock.today()
        return [_view(r, in_force, today) for r in rows]


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


def _label(row: FeeStandard) -> str:
    """物业费（住宅）2.5 元/㎡·月 自 2027-01-01 起: the standard as a message names it."""
    kind = f"（{row.unit_kind}）" if row.unit_kind else " "
    return f"{row.item.value}{kind}{to_domain(row).describe()} 自 {row.starts_on:%Y-%m-%d} 起"


def _withdrawable(repo: BillingRepository, standard_id: int) -> FeeStandard:
    """The standard, if it may be withdrawn. Refused once withdrawn, and once *used*: a bill line
    names it. Every line the bill run prices by a standard keeps that standard's id (物业费 and its
    parts split at a price change, 自用水费, 公摊水费/公摊电费, and the adjustment lines of a later run
    of the same quarter), and a line is only ever charged with the standard in force in its own
    quarter, so the bills read are those of the standard's start quarter on. A standard whose start
    falls in a quarter already posted but that no line names (added after that run, not run again)
    is not used: withdrawing it changes no bill, and a later run of that quarter would not use it."""
    row = found(repo.get(FeeStandard, standard_id), "收费标准不存在")
    if row.withdrawn_at is not None:
        raise Conflict(f"{_label(row)} 已于 {local_text(row.withdrawn_at)} 由 {row.withdrawn_by} 撤销")
    used = repo.standard_first_used(row.id, quarter_of(row.starts_on).code)
    if used is not None:
        raise Conflict(f"{_label(row)} 已用于 {used} 的账单，不能撤销；"
                       f"以后的价格请另加一条收费标准（新的启用日期）")
    return row


def check_withdrawable(ctx: Context, actor: Actor, standard_id: int) -> None:
    """撤销标准 refuses before the reason is asked for: a standard withdrawn already, or used by a
    bill (naming the quarter), is said at once."""
    actor.require(STANDARDS)
    with ctx.reader() as uow:
        _withdrawable(uow.billing, standard_id)


@changes(Change.STANDARDS)
def withdraw_standard(ctx: Context, actor: Actor, standard_id: int, reason: str) -> StandardView:
    """Withdraw a standard entered by mistake (a wrong price or start date) that no bill has used
    (`_withdrawable` says the rule): it stays on the list marked 已撤销 with who, when and why, and
    from now on the bill run, its preview, the notices and the 公示 leave it out — the standard
    before it applies again. Bills already made are not touched."""
    actor.require(STANDARDS)
    reason = bounded_text(reason, "撤销原因", required=True, limit=200, blank="请写明撤销原因（如：单价录错）")
    with ctx.uow() as uow:
        row = _withdrawable(uow.billing, standard_id)
        row.withdrawn_at, row.withdrawn_by, row.withdraw_reason = ctx.clock.now(), actor.display_name, reason
        audit.record(uow.session, ctx, actor, "billing.standard.withdraw", "fee_standard", row.id,
                     summary=f"撤销收费标准 {_label(row)}：{reason}",
                     before={"item": row.item, "unit_kind": row.unit_kind, "price": row.price,
                             "starts_on": row.starts_on, "tiers": row.tiers, "withdrawn": False},
                     after={"withdrawn": True, "reason": reason})
        view = _view(row, [], ctx.clock.today())  # withdrawn: its state needs no other standard
        uow.commit()
        return view
