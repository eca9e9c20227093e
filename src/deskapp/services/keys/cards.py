"""住户卡 / 门禁卡 / 车卡: issue, report lost, replace, cancel; vehicle cards' paid-up period."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain import keys as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, NotFound, ValidationError, found
from deskapp.domain.billing import PayMethod
from deskapp.domain.local_time import local
from deskapp.domain.keys import BLANK_FOR_CARD, CardEventKind, CardKind, CardState, DepositOutcome
from deskapp.domain.money import parse_amount
from deskapp.domain.people import Relation, check_name
from deskapp.domain.permissions import DESK, define
from deskapp.domain.text import require_text
from deskapp.domain.billing_deposits import CASH, DepositKind, DepositMoney, EntryKind
from deskapp.services import audit, hooks, settings
from deskapp.services.billing import deposits as billing_deposits
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.billing import payments
from deskapp.services.context import Actor, Context
from deskapp.services.keys.custody import VIEW
from deskapp.services.changes import Change, changes
from deskapp.store.models.keys import Card, CardEvent, CardRenewal
from deskapp.store.models.registry import Unit
from deskapp.store.queries import keys as q
from deskapp.store.repositories.keys import KeysRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

ISSUE = define("cards.issue", "发放、挂失、补办、注销卡证", DESK)
RENEW = define("cards.renew", "车卡续期", DESK)

CARD_LIMIT = settings.declare("cards.limit_per_unit", 6, "每户有效住户卡/门禁卡上限", minimum=1)
REPLACEMENT_FEE = settings.declare("cards.replacement_fee", "0", "补办卡证工本费（元，0 为不收）", kind="decimal")


@dataclass(frozen=True)
class CardView:
    id: int
    number: str
    kind: CardKind
    unit_id: int
    unit_code: str
    holder_name: str
    issued_on: date
    fee: Decimal
    deposit: Decimal
    state: CardState
    ended_on: date | None
    plate: str
    space: str
    monthly_fee: Decimal | None
    paid_until: date | None
    status: str  # 有效 / 即将到期 / 已过期 / 已挂失...
    deposit_held: Decimal = Decimal("0.00")  # 0 once the deposit was moved to a replacement or refunded
    version: int = 0  # what 续期 sends back: a renewal over another desk's is refused


@dataclass(frozen=True)
class CardEventView:
    at: date
    kind: CardEventKind
    text: str
    amount: Decimal | None
    by: str


@dataclass(frozen=True)
class Holder:
    """One of the unit's current people, offered as a card's holder."""

    person_id: int
    name: str
    relation: Relation


@dataclass(frozen=True)
class Replacement:
    card: CardView
    receipt_number: str  # "" when no fee was charged


@dataclass(frozen=True)
class PlateSlip:
    """车位牌: what is posted at the space on first issue."""

    plate: str
    space: str
    unit_code: str
    card_number: str
    paid_until: date | None
    community: str


def _view(c: Card, code: str, space: str, today: date, held: dict[str, Decimal] | None = None) -> CardView:
    """`held`: what the deposits ledger holds by source; a card's deposit refunded or forfeited there
    after 注销 is no longer held, whatever the card's record says."""
    status = c.state.value
    if c.state is CardState.ACTIVE and c.kind is CardKind.VEHICLE:
        status = rules.expiry_status(c.paid_until, today)
    deposit_held = c.deposit if c.deposit_outcome is None else Decimal("0.00")
    if held is not None and c.deposit:
        deposit_held = held.get(f"card:{c.id}", deposit_held)
    return CardView(c.id, c.number, c.kind, c.unit_id, code, c.holder_name, c.issued_on, c.fee, c.deposit, c.state,
                    c.ended_on, c.plate or "", space, c.monthly_fee, c.paid_until, status, deposit_held, c.version)


def _snapshot(c: Card) -> dict:
    return {"number": c.number, "kind": c.kind, "holder": c.holder_name, "state": c.state, "plate": c.plate,
            "paid_until": c.paid_until, "space_id": c.space_id}


def _event(session: Session, ctx: Context, actor: Actor, c: Card, kind: CardEventKind, text: str,
           amount: Decimal | None = None) -> None:
    KeysRepository(session).add(CardEvent(card_id=c.id, at=ctx.clock.now(), kind=kind, text=text, amount=amount,
                          by=actor.display_name))


def _unit(session: Session, unit_id: int) -> Unit:
    return found(RegistryRepository(session).unit(unit_id), f"房屋（编号 {unit_id}）不存在")


def _take_blank(session: Session, kind: CardKind) -> None:
    stock = KeysRepository(session).stock(BLANK_FOR_CARD[kind])
    if stock.quantity <= 0:
        raise Conflict(f"{BLANK_FOR_CARD[kind].value}库存为 0，请先登记入库")
    stock.quantity -= 1


def _insert_card(session: Session, ctx: Context, actor: Actor, u: Unit, kind: CardKind, number: str, holder: str,
                 fee: Decimal, deposit: Decimal, *, person_id: int | None = None, plate: str | None = None,
                 space_id: int | None = None, monthly_fee: Decimal | None = None, paid_until: date | None = None,
                 replaces_id: int | None = None, issued_on: date | None = None, from_stock: bool = True,
                 money: DepositMoney | None = CASH) -> Card:
    repo = KeysRepository(session)
    clash = repo.active_card_by_number(number)
    if clash is not None:
        raise Conflict(f"卡号 {number} 已是有效卡（{clash.kind.value}，持卡人 {clash.holder_name}）")
    if from_stock:
        _take_blank(session, kind)
    c = Card(number=number, kind=kind, unit_id=u.id, holder_name=holder, person_id=person_id,
             issued_on=issued_on or ctx.clock.today(), fee=fee, deposit=deposit, state=CardState.ACTIVE, plate=plate,
             space_id=space_id, monthly_fee=monthly_fee, paid_until=paid_until, replaces_id=replaces_id,
             created_at=ctx.clock.now(), created_by=actor.display_name)
    repo.add(c)
    repo.flush()
    billing_deposits.take(session, ctx, actor, DepositKind.CARD, f"card:{c.id}", unit_id=u.id, payer=holder,
                          amount=deposit, source_ref=f"卡 {number}", money=None if replaces_id else money,
                          note=f"由原卡 {repo.card(replaces_id).number} 转入" if replaces_id else "")
    _event(session, ctx, actor, c, CardEventKind.ISSUED,
           f"发放给 {holder}" + (f"，押金 {deposit:.2f} 元" if deposit else "")
           + (f"（补办原卡 {repo.card(replaces_id).number}）" if replaces_id else ""), deposit or None)
    return c


def add_imported_card(session: Session, ctx: Context, actor: Actor, unit_id: int, kind: CardKind, number: str,
                      holder: str, issued_on: date | None, deposit: Decimal, source: str) -> int:
    """A card in use when the centre switched to deskapp, inside the go-live import's transaction:
    the card row and its deposit written as 发卡 writes them (so whatever reads the deposits held
    sees it), issued on its own date, and no blank card taken from stock (it left long ago)."""
    u = _unit(session, unit_id)
    c = _insert_card(session, ctx, actor, u, kind, number, holder, Decimal("0"), deposit, issued_on=issued_on,
                     from_stock=False, money=None)
    audit.record(session, ctx, actor, "cards.import", "card", c.id, unit_id=u.id,
                 summary=f"{u.code} 导入{kind.value} {number}（{holder}）", after=_snapshot(c) | {
                     "deposit": deposit, "issued_on": c.issued_on, "source": source})
    registry_chronicle.chronicle(session, ctx, actor, u.id, ChronicleKind.CARD,
                                 f"{kind.value} {number}（持卡人 {holder}，{c.issued_on:%Y-%m-%d} 发放）上线时导入")
    return c.id


def active_card_numbers(session: Session, numbers: list[str]) -> dict[str, str]:
    """Of these card numbers, those an active card on file carries, with its holder."""
    repo = KeysRepository(session)
    return {n: c.holder_name for n in numbers if (c := repo.active_card_by_number(n)) is not None}


@changes(Change.KEYS, Change.CHRONICLE)
def issue_card(ctx: Context, actor: Actor, unit_id: int, kind: CardKind, number: str, holder: str, *,
               fee: str | Decimal = "0", deposit: str | Decimal = "0", person_id: int | None = None,
               deposit_money: DepositMoney = CASH) -> CardView:
    """A resident or access card for one of the unit's people; the unit's active cards are limited.
    The deposit is paid into the clerk's drawer by `deposit_money` (cash unless said)."""
    actor.require(ISSUE)
    if kind is CardKind.VEHICLE:
        raise ValidationError("卡类", "车卡请用“发放车卡”办理")
    number = rules.check_card_number(number)
    holder = check_name(holder, "持卡人")
    fee_d, dep_d = parse_amount(fee, "工本费"), parse_amount(deposit, "押金")
    limit = int(settings.get(ctx, CARD_LIMIT))
    with ctx.uow() as uow:
        s = uow.session
        u = _unit(s, unit_id)
        active = KeysRepository(s).count_active_cards(u.id, (CardKind.RESIDENT, CardKind.ACCESS))
        if active >= limit:
            raise Conflict(f"{u.code} 已有 {active} 张有效住户卡/门禁卡，达到每户上限 {limit} 张")
        c = _insert_card(s, ctx, actor, u, kind, number, holder, fee_d, dep_d, person_id=person_id,
                         money=deposit_money)
        audit.record(s, ctx, actor, "cards.issue", "card", c.id, unit_id=u.id,
                     summary=f"{u.code} 发放{kind.value} {number}（{holder}）",
                     after=_snapshot(c) | {"fee": fee_d, "deposit": dep_d})
        registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.CARD, f"发放{kind.value} {number}，持卡人 {holder}")
        uow.commit()
        return _view(c, u.code, "", ctx.clock.today())


@changes(Change.KEYS, Change.CHRONICLE)
def issue_vehicle_card(ctx: Context, actor: Actor, unit_id: int, number: str, holder: str, plate: str, *,
                       months: int, monthly_fee: str | Decimal, space_id: int | None = None,
                       deposit: str | Decimal = "0", deposit_money: DepositMoney = CASH
                       ) -> tuple[CardView, PlateSlip]:
    """A vehicle card paid for `months` from today; returns the 车位牌 to print."""
    actor.require(ISSUE)
    number = rules.check_card_number(number)
    holder = check_name(holder, "持卡人")
    plate = rules.check_plate(plate)
    fee = parse_amount(monthly_fee, "月管理费")
    dep = parse_amount(deposit, "押金")
    today = ctx.clock.today()
    start, end = rules.renewal_period(None, today, months)
    with ctx.uow() as uow:
        s = uow.session
        u = _unit(s, unit_id)
        dup = uow.keys.active_card_by_plate(plate)
        if dup is not None:
            raise Conflict(f"车牌 {plate} 已有有效车卡 {dup.number}")
        space = ""
        if space_id is not None:
            sp = uow.keys.space(space_id)
            if sp is None:
                raise ValidationError("车位", "所选车位不存在")
            space = sp.number
        c = _insert_card(s, ctx, actor, u, CardKind.VEHICLE, number, holder, Decimal("0"), dep, plate=plate,
                         space_id=space_id, monthly_fee=fee, paid_until=end, money=deposit_money)
        _renewal(s, ctx, actor, c, start, end, months, fee)
        audit.record(s, ctx, actor, "cards.issue_vehicle", "card", c.id, unit_id=u.id,
                     summary=f"{u.code} 发放车卡 {number}（{plate}）", after=_snapshot(c) | {"months": months})
        registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.CARD,
                           f"发放车卡 {number}，车牌 {plate}" + (f"，车位 {space}" if space else "")
                           + f"，缴费至 {end:%Y-%m-%d}")
        result = (_view(c, u.code, space, today),
                  PlateSlip(plate, space, u.code, number, end, uow.registry.centre().community))
        uow.commit()
        return result


def _renewal(session: Session, ctx: Context, actor: Actor, c: Card, start: date, end: date, months: int,
             fee: Decimal) -> CardRenewal:
    r = CardRenewal(card_id=c.id, period_start=start, period_end=end, months=months, monthly_fee=fee,
                    amount=fee * months, created_at=ctx.clock.now(), created_by=actor.display_name)
    repo = KeysRepository(session)
    repo.add(r)
    repo.flush()
    return r


@changes(Change.KEYS, Change.CHRONICLE)
def renew_vehicle_card(ctx: Context, actor: Actor, card_id: int, months: int,
                       monthly_fee: str | Decimal | None = None, *, version: int | None = None) -> CardView:
    """Extends paid-up-until by `months` (from the day after it, or from today if it has lapsed).
    `version` is the card's as the form loaded it: two desks renewing at once would otherwise
    both extend it (and charge twice); the later is refused naming the earlier."""
    actor.require(RENEW)
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        c = repo.card(card_id)
        if c is None or c.kind is not CardKind.VEHICLE:
            raise NotFound("车卡不存在")
        repo.claim(c, version, actor.display_name, ctx.clock.now())
        if c.state is not CardState.ACTIVE:
            raise Conflict(f"车卡 {c.number} {c.state.value}，不能续期")
        fee = parse_amount(monthly_fee, "月管理费") if monthly_fee not in (None, "") else c.monthly_fee
        if fee is None:
            raise ValidationError("月管理费", "请填写")
        start, end = rules.renewal_period(c.paid_until, ctx.clock.today(), months)
        before = _snapshot(c)
        c.paid_until, c.monthly_fee = end, fee
        r = _renewal(s, ctx, actor, c, start, end, months, fee)
        u = _unit(s, c.unit_id)
        audit.record(s, ctx, actor, "cards.renew", "card", c.id, unit_id=u.id,
                     summary=f"车卡 {c.number} 续期至 {end:%Y-%m-%d}", before=before,
                     after=_snapshot(c) | {"period": f"{start}~{end}", "amount": r.amount})
        registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.CARD,
                           f"车卡 {c.number}（{c.plate}）续期 {months} 个月：{start:%Y-%m-%d} 至 {end:%Y-%m-%d}")
        uow.commit()
        return _view(c, u.code, "", ctx.clock.today())


def _end_card(s: Session, ctx: Context, actor: Actor, card_id: int, state: CardState, reason: str) -> Card:
    c = found(KeysRepository(s).card(card_id), "卡不存在")
    allowed_from = {CardState.LOST: {CardState.ACTIVE}, CardState.CANCELLED: {CardState.ACTIVE, CardState.LOST},
                    CardState.REPLACED: {CardState.ACTIVE, CardState.LOST}}[state]
    if c.state not in allowed_from:
        raise Conflict(f"卡 {c.number} {c.state.value}，不能{'挂失' if state is CardState.LOST else '办理'}")
    before = _snapshot(c)
    # A 补办 after a 挂失 keeps the loss reason: both stay in the reason and in the card's history.
    c.state, c.ended_on = state, ctx.clock.today()
    c.end_reason = "；".join(r for r in (c.end_reason, reason) if r)
    _event(s, ctx, actor, c, {CardState.LOST: CardEventKind.LOST, CardState.CANCELLED: CardEventKind.CANCELLED,
                              CardState.REPLACED: CardEventKind.REPLACED}[state], reason)
    u = _unit(s, c.unit_id)
    audit.record(s, ctx, actor, f"cards.{state.name.lower()}", "card", c.id, unit_id=u.id,
                 summary=f"{c.kind.value} {c.number} {state.value}" + (f"：{reason}" if reason else ""),
                 before=before, after=_snapshot(c))
    registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.CARD,
                       f"{c.kind.value} {c.number} {state.value}" + (f"：{reason}" if reason else ""))
    return c


@changes(Change.KEYS, Change.CHRONICLE)
def report_lost(ctx: Context, actor: Actor, card_id: int, note: str = "") -> None:
    actor.require(ISSUE)
    with ctx.uow() as uow:
        _end_card(uow.session, ctx, actor, card_id, CardState.LOST, note.strip())
        uow.commit()


@changes(Change.KEYS, Change.CHRONICLE)
def cancel_card(ctx: Context, actor: Actor, card_id: int, reason: str) -> None:
    actor.require(ISSUE)
    reason = require_text(reason, "注销原因")
    with ctx.uow() as uow:
        _end_card(uow.session, ctx, actor, card_id, CardState.CANCELLED, reason)
        uow.commit()


def replacement_fee(ctx: Context) -> Decimal:
    """The fee the settings set for a replacement card (0: none)."""
    return parse_amount(str(settings.get(ctx, REPLACEMENT_FEE)), "补办工本费")


@changes(Change.KEYS, Change.CHRONICLE)
def replace_card(ctx: Context, actor: Actor, card_id: int, new_number: str, *,
                 deposit: DepositOutcome | None = None, fee: str | Decimal | None = None,
                 method: PayMethod | None = None, refund_money: DepositMoney = CASH) -> Replacement:
    """补办: the old card ends as replaced (a 挂失 reason before it is kept); the new one keeps
    holder, plate, space and paid-up date. The old card's deposit is moved to the new card or
    refunded, as the clerk chooses: it is held by one card only. A fee (the settings' by
    default) is taken with a receipt. A deposit refunded is paid out of the clerk's drawer by
    `refund_money`."""
    actor.require(ISSUE)
    number = rules.check_card_number(new_number)
    fee_d = replacement_fee(ctx) if fee in (None, "") else parse_amount(fee, "工本费")
    if fee_d and method is None:
        raise ValidationError("支付方式", f"收取工本费 {fee_d:.2f} 元，请选择支付方式")
    with ctx.uow() as uow:
        s = uow.session
        found = KeysRepository(s).card(card_id)
        if found is not None and found.deposit and deposit is None:
            raise ValidationError("押金", f"原卡押金 {found.deposit:.2f} 元：请选择转入新卡或退还持卡人")
        old = _end_card(s, ctx, actor, card_id, CardState.REPLACED, f"补办新卡 {number}")
        u = _unit(s, old.unit_id)
        moved = old.deposit if old.deposit and deposit is DepositOutcome.MOVE else Decimal("0")
        c = _insert_card(s, ctx, actor, u, old.kind, number, old.holder_name, fee_d, moved,
                         person_id=old.person_id, plate=old.plate, space_id=old.space_id,
                         monthly_fee=old.monthly_fee, paid_until=old.paid_until, replaces_id=old.id)
        if old.deposit:
            old.deposit_outcome = deposit
            moved_out = EntryKind.MOVED if deposit is DepositOutcome.MOVE else EntryKind.REFUNDED
            billing_deposits.settle(s, ctx, actor, f"card:{old.id}", moved_out, old.deposit,
                                    f"补办{'转入新卡' if moved_out is EntryKind.MOVED else '退还持卡人'} {number}",
                                    refund_money)
            if deposit is DepositOutcome.MOVE:
                _event(s, ctx, actor, old, CardEventKind.DEPOSIT_MOVED, f"押金转入新卡 {number}", old.deposit)
            else:
                _event(s, ctx, actor, old, CardEventKind.DEPOSIT_REFUNDED, f"押金退还 {old.holder_name}", old.deposit)
        receipt = ""
        if fee_d:
            r = payments.sundry_receipt(s, ctx, actor, u.id, f"补办{c.kind.value}工本费", fee_d, method,
                                        payer=old.holder_name)
            receipt = r.number
            _event(s, ctx, actor, c, CardEventKind.FEE, f"收据 {receipt}（{method.value}）", fee_d)
        audit.record(s, ctx, actor, "cards.replace", "card", c.id, unit_id=u.id,
                     summary=f"{u.code} 补办{c.kind.value} {number}（原卡 {old.number}）",
                     after=_snapshot(c) | {"deposit": moved, "old_deposit": old.deposit,
                                           "deposit_outcome": deposit if old.deposit else None,
                                           "fee": fee_d, "receipt": receipt})
        registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.CARD,
                           f"补办{c.kind.value} {number}（原卡 {old.number}）"
                           + (f"，押金 {old.deposit:.2f} 元{deposit.value}" if old.deposit else "")
                           + (f"，工本费 {fee_d:.2f} 元 收据 {receipt}" if fee_d else ""))
        uow.commit()
        return Replacement(_view(c, u.code, "", ctx.clock.today()), receipt)


def card_history(ctx: Context, actor: Actor, card_id: int) -> list[CardEventView]:
    """The card's steps together with those of the cards it replaced, oldest first (so the old
    card's 挂失 and 补办 read before the new card's issue)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        ids = []
        c = found(uow.keys.card(card_id), "卡不存在")
        while c is not None:
            ids.append(c.id)
            c = uow.keys.card(c.replaces_id) if c.replaces_id else None
        rows = q.card_events(uow.session, ids)
        tz = ctx.clock.now().tzinfo
        return [CardEventView(local(e.at, tz).date(), e.kind, f"{number} {e.text}".strip(), e.amount, e.by)
                for e, number in rows]


def deposits_held(ctx: Context, actor: Actor, unit_id: int | None = None) -> Decimal:
    """Card deposits the centre holds: each counted on one card (a moved or refunded one is not)."""
    return ctx.read(actor, VIEW, q.deposits_held, unit_id)


def holders(ctx: Context, actor: Actor, unit_id: int) -> list[Holder]:
    """The unit's current people (owners first) a card may be issued to."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [Holder(t.person_id, t.person.name, t.relation) for t in uow.registry.ties(unit_id)]


def cards(ctx: Context, actor: Actor, *, unit_id: int | None = None, kind: CardKind | None = None,
          active_only: bool = True, expiring: bool = False, expired: bool = False, lost: bool = False,
          text: str = "", limit: int = 2000) -> list[CardView]:
    """Cards, optionally only a unit's, a kind, vehicle cards expiring within 30 days or expired, or
    those reported lost and waiting for their 补办."""
    actor.require(VIEW)
    today = ctx.clock.today()
    with ctx.reader() as uow:
        rows = q.cards_with_units(uow.session, today, unit_id=unit_id, kind=kind, active_only=active_only,
                                  expiring=expiring, expired=expired, lost=lost, text=text, limit=limit)
        spaces = uow.keys.space_numbers({c.space_id for c, _ in rows if c.space_id} if unit_id is not None else None)
        held = billing_deposits.held_for(uow.session, [f"card:{c.id}" for c, _ in rows if c.deposit])
        return [_view(c, code, spaces.get(c.space_id, ""), today, held) for c, code in rows]


def plate_slip(ctx: Context, actor: Actor, card_id: int) -> PlateSlip:
    actor.require(VIEW)
    with ctx.reader() as uow:
        c = uow.keys.card(card_id)
        if c is None or c.kind is not CardKind.VEHICLE:
            raise NotFound("车卡不存在")
        return PlateSlip(c.plate or "", uow.keys.space_numbers().get(c.space_id, ""), _unit(uow.session, c.unit_id).code,
                         c.number, c.paid_until, uow.registry.centre().community)


@hooks.register(hooks.Hook.VEHICLE_CHARGES)
def _vehicle_card_charges(session: Session, ctx: Context, start: date, end: date) -> list[hooks.VehicleCharge]:
    """Each paid period of a vehicle card overlapping [start, end], clipped to it."""
    out = []
    spaces = KeysRepository(session).space_numbers()
    for r, c in q.renewals_overlapping(session, start, end):
        stop = min(r.period_end, end, (c.ended_on - timedelta(days=1)) if c.ended_on else r.period_end)
        first = max(r.period_start, start)
        if stop < first:
            continue
        place = f" 车位 {spaces[c.space_id]}" if c.space_id in spaces else ""
        out.append(hooks.VehicleCharge(unit_id=c.unit_id, description=f"车卡 {c.number} {c.plate}{place}",
                                       monthly_fee=r.monthly_fee, start=first, end=stop, ref=c.number))
    return out


@hooks.register(hooks.Hook.DEPOSIT_GIVEN_BACK_BY)
def _deposit_given_back_by(session: Session, ctx: Context, source: str) -> list[str]:
    """A card not handed back (active) or lost: its deposit goes to the new card or back to the
    holder when it is replaced; a card handed back is cancelled first, and from then on the
    deposits ledger gives it back."""
    card_id = hooks.source_id(source, "card")
    c = KeysRepository(session).card(card_id) if card_id is not None else None
    if c is None or c.state not in (CardState.ACTIVE, CardState.LOST) or c.deposit_outcome is not None:
        return []
    card = f"{c.kind.value} {c.number}（持卡人 {c.holder_name}）"
    if c.state is CardState.LOST:
        return [f"{card}已挂失：押金在补办时转入新卡或退还持卡人（钥匙与卡 ▸ 卡证 ▸ 补办…）；"
                f"不再补办的，先注销（钥匙与卡 ▸ 卡证 ▸ 注销…），再在押金台账退还或没收"]
    return [f"{card}有效，尚未退卡：退卡时先注销（钥匙与卡 ▸ 卡证 ▸ 注销…），再在押金台账退还押金；"
            f"补办时押金转入新卡或退还持卡人（钥匙与卡 ▸ 卡证 ▸ 补办…）"]
