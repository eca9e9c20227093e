"""车位: spaces (已售 / 已租 / 空闲 / 公共), leases checked against sale and overlap, ending and renewing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from deskapp.documents.keys.lease import LeaseDoc
from deskapp.domain import keys as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.idcard import IdType, normalise_id_number
from deskapp.domain.keys import LeasePeriod, SpaceArea, SpaceState
from deskapp.domain.local_time import local
from deskapp.domain.money import parse_amount
from deskapp.domain.people import check_name, normalise_phone
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.domain.text import require_text
from deskapp.domain.billing_deposits import CASH, DepositKind, DepositMoney
from deskapp.domain.billing_price_notice import ParkingPrice, parking_place
from deskapp.services import audit, hooks
from deskapp.services.billing import deposits as billing_deposits
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.context import Actor, Context
from deskapp.services.keys.custody import VIEW
from deskapp.services.changes import Change, changes
from deskapp.store.models.keys import ParkingLease, ParkingSpace
from deskapp.store.queries import keys as q, registry as registry_q
from deskapp.store.repositories.keys import KeysRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

SPACES = define("parking.spaces", "登记车位", SUPERVISORS)
LEASE = define("parking.lease", "办理车位租赁", DESK)


@dataclass(frozen=True)
class SpaceView:
    id: int
    number: str
    area: SpaceArea
    state: SpaceState  # LEASED when a lease covers today
    owner_unit: str
    owner_unit_id: int | None
    lessee: str
    lease_end: date | None
    note: str


@dataclass(frozen=True)
class LeaseView:
    id: int
    number: str
    space_id: int
    space: str
    area: SpaceArea
    unit_id: int | None
    unit_code: str
    lessee_name: str
    lessee_phone: str  # masked
    lessee_id_number: str  # masked
    plates: str
    start: date
    end: date
    monthly_rent: Decimal
    deposit: Decimal
    ended_early: bool
    end_reason: str
    renews: str
    current: bool
    version: int = 0  # what 续租 sends back: a renewal over another desk's is refused


@dataclass(frozen=True)
class LeaseInput:
    space_id: int
    lessee_name: str
    plates: str  # one or more, separated by spaces, commas or 、
    start: date
    end: date
    monthly_rent: str | Decimal
    deposit: str | Decimal = "0"
    unit_id: int | None = None
    lessee_phone: str = ""
    lessee_id_number: str = ""
    lessee_id_type: IdType = IdType.RESIDENT


@changes(Change.KEYS, Change.CHRONICLE)
def add_space(ctx: Context, actor: Actor, number: str, area: SpaceArea, state: SpaceState = SpaceState.FREE, *,
              owner_unit_id: int | None = None, note: str = "") -> int:
    actor.require(SPACES)
    number = number.strip().upper()
    if not number:
        raise ValidationError("车位号", "不能为空")
    if state is SpaceState.LEASED:
        raise ValidationError("状态", "“已租”由租约决定，请登记为空闲后办理租赁")
    if state is SpaceState.SOLD and owner_unit_id is None:
        raise ValidationError("产权房号", "已售车位请填写所属房号")
    with ctx.uow() as uow:
        sp = _insert_space(uow.session, ctx, actor, number, area, state, owner_unit_id, note)
        uow.commit()
        return sp.id


def _insert_space(s: Session, ctx: Context, actor: Actor, number: str, area: SpaceArea, state: SpaceState,
                  owner_unit_id: int | None, note: str) -> ParkingSpace:
    repo = KeysRepository(s)
    if repo.space_by_number(number) is not None:
        raise Conflict(f"车位 {number} 已存在")
    sp = ParkingSpace(number=number, area=area, state=state,
                      owner_unit_id=owner_unit_id if state is SpaceState.SOLD else None, note=note.strip())
    repo.add(sp)
    repo.flush()
    audit.record(s, ctx, actor, "parking.space.add", "parking_space", sp.id, unit_id=sp.owner_unit_id,
                 summary=f"登记车位 {number}（{area.value}，{state.value}）",
                 after={"number": number, "area": area, "state": state, "owner_unit_id": sp.owner_unit_id})
    if sp.owner_unit_id:
        registry_chronicle.chronicle(s, ctx, actor, sp.owner_unit_id, ChronicleKind.CARD, f"产权车位 {number}")
    return sp


def add_imported_space(s: Session, ctx: Context, actor: Actor, number: str, area: SpaceArea, state: SpaceState,
                       owner_unit_id: int | None = None, note: str = "") -> int:
    """A space brought in by the go-live import, inside its transaction (the importer checked the
    role and the rows); written, audited and chronicled as 登记车位 writes it."""
    return _insert_space(s, ctx, actor, number, area, state, owner_unit_id, note).id


def add_imported_lease(s: Session, ctx: Context, actor: Actor, data: LeaseInput) -> str:
    """A lease running when the centre switched to deskapp, as 办理车位租赁 records it; the old
    system may have kept no rent (HC小区's 车位信息 has none), so a rent of 0 is taken. Its number."""
    return _insert_lease(s, ctx, actor, data, imported=True).number


def space_numbers(s: Session) -> set[str]:
    """The spaces on file, for the go-live import to refuse a space twice."""
    return set(KeysRepository(s).space_numbers().values())


def leases_from(s: Session, on: date) -> list[tuple[str, str, date, date]]:
    """(number, plates, start, end) of every lease running on or after `on`: the go-live import
    checks a plate against them."""
    return [(ls.number, ls.plates, ls.start, ls.end) for ls in KeysRepository(s).leases_from(on)]


@changes(Change.KEYS, Change.CHRONICLE)
def sell_space(ctx: Context, actor: Actor, space_id: int, unit_id: int) -> None:
    """A space becomes 已售 to a unit; not while a lease runs today or later."""
    actor.require(SPACES)
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        sp = found(repo.space(space_id), "车位不存在")
        today = ctx.clock.today()
        running = [ls for ls in repo.leases_of_space(sp.id) if ls.end >= today]
        if running:
            raise Conflict(f"车位 {sp.number} 有租约 {running[0].number} 至 {running[0].end:%Y-%m-%d}，不能出售")
        u = found(RegistryRepository(s).unit(unit_id), "房屋不存在")
        before = {"state": sp.state, "owner_unit_id": sp.owner_unit_id}
        sp.state, sp.owner_unit_id = SpaceState.SOLD, u.id
        audit.record(s, ctx, actor, "parking.space.sell", "parking_space", sp.id, unit_id=u.id,
                     summary=f"车位 {sp.number} 售予 {u.code}", before=before,
                     after={"state": sp.state, "owner_unit_id": u.id})
        registry_chronicle.chronicle(s, ctx, actor, u.id, ChronicleKind.CARD, f"产权车位 {sp.number}")
        uow.commit()


def _space_view(sp: ParkingSpace, codes: dict[int, str], lease: ParkingLease | None) -> SpaceView:
    state = SpaceState.LEASED if lease is not None and sp.state is SpaceState.FREE else sp.state
    return SpaceView(sp.id, sp.number, sp.area, state, codes.get(sp.owner_unit_id, ""), sp.owner_unit_id,
                     lease.lessee_name if lease else "", lease.end if lease else None, sp.note)


def spaces(ctx: Context, actor: Actor) -> list[SpaceView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.keys
        today = ctx.clock.today()
        current = {ls.space_id: ls for ls in repo.leases_covering(today)}
        codes = q.space_owner_codes(uow.session)
        return [_space_view(sp, codes, current.get(sp.id)) for sp in repo.spaces()]


def spaces_owned_by(ctx: Context, actor: Actor, unit_id: int) -> list[str]:
    """车位号 of the spaces a unit owns, for its page."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return uow.keys.space_numbers_owned_by(unit_id)


def _plates(text: str) -> str:
    parts = [p for p in text.replace(",", " ").replace("，", " ").replace("、", " ").split() if p]
    if not parts:
        raise ValidationError("车牌号", "至少登记一个车牌")
    if len(parts) > 3:
        raise ValidationError("车牌号", "一个车位最多登记 3 个车牌")
    return "、".join(rules.check_plate(p) for p in parts)


def _lease(repo: KeysRepository, lease_id: int) -> ParkingLease:
    return found(repo.lease(lease_id), "租约不存在")


def _lease_view(ls: ParkingLease, sp: ParkingSpace, code: str, renews: str, today: date) -> LeaseView:
    return LeaseView(ls.id, ls.number, sp.id, sp.number, sp.area, ls.unit_id, code, ls.lessee_name,
                     mask_phone(ls.lessee_phone), mask_id_number(ls.lessee_id_number), ls.plates, ls.start, ls.end,
                     ls.monthly_rent, ls.deposit, ls.ended_early, ls.end_reason, renews, ls.start <= today <= ls.end,
                     ls.version)


def _insert_lease(s: Session, ctx: Context, actor: Actor, data: LeaseInput, renews: ParkingLease | None = None,
                  *, imported: bool = False, money: DepositMoney = CASH) -> ParkingLease:
    name = check_name(data.lessee_name, "承租人")
    plates = _plates(data.plates)
    rent = parse_amount(data.monthly_rent, "月租金", allow_zero=imported)
    deposit = parse_amount(data.deposit, "押金")
    phone = normalise_phone(data.lessee_phone, "联系电话") if data.lessee_phone.strip() else ""
    idn = normalise_id_number(data.lessee_id_type, data.lessee_id_number) if data.lessee_id_number.strip() else ""
    repo = KeysRepository(s)
    sp = repo.space(data.space_id)
    if sp is None:
        raise ValidationError("车位", "所选车位不存在")
    others = [LeasePeriod(ls.number, ls.start, ls.end) for ls in repo.leases_of_space(sp.id)]
    rules.check_lease(sp.state, data.start, data.end, others)
    if data.unit_id is not None and RegistryRepository(s).unit(data.unit_id) is None:
        raise ValidationError("房号", "所选房屋不存在")
    # numbered in the year it is signed, as every paper of the desk (a renewal signed on 12-28 for the
    # new year is ZL2026-…); an imported lease's signing day is unknown: its start's year stands for it
    signed_in = data.start.year if imported else ctx.clock.today().year
    ls = ParkingLease(number=repo.next_lease_number(signed_in), space_id=sp.id, unit_id=data.unit_id,
                      lessee_name=name, lessee_phone=phone, lessee_id_number=idn, plates=plates, start=data.start,
                      end=data.end, monthly_rent=rent, deposit=deposit, renews_id=renews.id if renews else None,
                      created_at=ctx.clock.now(), created_by=actor.display_name)
    repo.add(ls)
    repo.flush()
    billing_deposits.take(s, ctx, actor, DepositKind.PARKING, f"parking_lease:{ls.id}", unit_id=data.unit_id,
                          payer=name, amount=deposit, source_ref=ls.number, money=None if imported else money)
    audit.record(s, ctx, actor, "parking.lease", "parking_lease", ls.id, unit_id=data.unit_id,
                 summary=f"车位 {sp.number} 租给 {name}（{data.start:%Y-%m-%d} 至 {data.end:%Y-%m-%d}）"
                 + (f"，续租 {renews.number}" if renews else ""),
                 after={"number": ls.number, "space": sp.number, "lessee": name, "plates": plates,
                        "start": data.start, "end": data.end, "monthly_rent": rent, "deposit": deposit,
                        "id_number": mask_id_number(idn)})
    if data.unit_id is not None:
        registry_chronicle.chronicle(s, ctx, actor, data.unit_id, ChronicleKind.CARD,
                           f"{'续租' if renews else '租用'}车位 {sp.number}（{ls.number}），"
                           f"{data.start:%Y-%m-%d} 至 {data.end:%Y-%m-%d}，车牌 {plates}")
    return ls


@changes(Change.KEYS, Change.CHRONICLE)
def lease_space(ctx: Context, actor: Actor, data: LeaseInput, deposit_money: DepositMoney = CASH) -> LeaseView:
    """A lease; its deposit is paid into the clerk's drawer by `deposit_money`."""
    actor.require(LEASE)
    with ctx.uow() as uow:
        s = uow.session
        ls = _insert_lease(s, ctx, actor, data, money=deposit_money)
        sp = KeysRepository(s).space(ls.space_id)
        code = RegistryRepository(s).unit(ls.unit_id).code if ls.unit_id else ""
        uow.commit()
        return _lease_view(ls, sp, code, "", ctx.clock.today())


@changes(Change.KEYS, Change.CHRONICLE)
def end_lease(ctx: Context, actor: Actor, lease_id: int, on: date, reason: str) -> None:
    """退租: the lease ends on `on` (the last day), which frees the space from the next day."""
    actor.require(LEASE)
    require_text(reason, "退租原因")
    with ctx.uow() as uow:
        s = uow.session
        ls = _lease(KeysRepository(s), lease_id)
        if on < ls.start:
            raise ValidationError("退租日期", f"不能早于租期开始 {ls.start:%Y-%m-%d}")
        if on >= ls.end:
            raise ValidationError("退租日期", f"应早于原定结束日 {ls.end:%Y-%m-%d}；到期自然结束无需办理")
        before = {"end": ls.end}
        ls.end, ls.ended_early, ls.end_reason = on, True, reason.strip()
        audit.record(s, ctx, actor, "parking.lease.end", "parking_lease", ls.id, unit_id=ls.unit_id,
                     summary=f"租约 {ls.number} 提前于 {on:%Y-%m-%d} 结束：{reason.strip()}", before=before,
                     after={"end": on, "reason": reason.strip()})
        if ls.unit_id:
            registry_chronicle.chronicle(s, ctx, actor, ls.unit_id, ChronicleKind.CARD,
                               f"车位租约 {ls.number} 于 {on:%Y-%m-%d} 结束：{reason.strip()}")
        uow.commit()


@changes(Change.KEYS, Change.CHRONICLE)
def renew_lease(ctx: Context, actor: Actor, lease_id: int, new_end: date, monthly_rent: str | Decimal | None = None,
                *, version: int | None = None) -> LeaseView:
    """续租: a new lease from the day after the old one ends, same lessee and plates. `version`
    is the old lease's as the form loaded it: another desk's save since refuses this one."""
    actor.require(LEASE)
    with ctx.uow() as uow:
        s = uow.session
        repo = uow.keys
        old = repo.claim(_lease(repo, lease_id), version, actor.display_name, ctx.clock.now())
        if old.ended_early:
            raise Conflict(f"租约 {old.number} 已提前结束，请重新办理租赁")
        later = [ls for ls in repo.leases_of_space(old.space_id) if ls.renews_id == old.id]
        if later:
            raise Conflict(f"租约 {old.number} 已续租为 {later[0].number}")
        data = LeaseInput(space_id=old.space_id, lessee_name=old.lessee_name, plates=old.plates,
                          start=old.end + timedelta(days=1), end=new_end,
                          monthly_rent=monthly_rent if monthly_rent not in (None, "") else old.monthly_rent,
                          deposit=Decimal("0"), unit_id=old.unit_id, lessee_phone=old.lessee_phone,
                          lessee_id_number=old.lessee_id_number)
        ls = _insert_lease(s, ctx, actor, data, renews=old)
        sp = repo.space(ls.space_id)
        code = RegistryRepository(s).unit(ls.unit_id).code if ls.unit_id else ""
        uow.commit()
        return _lease_view(ls, sp, code, old.number, ctx.clock.today())


def leases(ctx: Context, actor: Actor, *, space_id: int | None = None, unit_id: int | None = None,
           current_only: bool = False) -> list[LeaseView]:
    actor.require(VIEW)
    today = ctx.clock.today()
    with ctx.reader() as uow:
        rows = q.leases_with_spaces(uow.session, today, space_id=space_id, unit_id=unit_id,
                                    current_only=current_only)
        codes = registry_q.unit_codes(uow.session, [ls.unit_id for ls, _ in rows if ls.unit_id])
        numbers = uow.keys.lease_numbers([ls.renews_id for ls, _ in rows if ls.renews_id])
        return [_lease_view(ls, sp, codes.get(ls.unit_id, ""), numbers.get(ls.renews_id, ""), today)
                for ls, sp in rows]


def lessee_contacts(ctx: Context, actor: Actor) -> dict[int, tuple[str, str]]:
    """Full phone and ID number of every lessee, for an unmasked export only (the caller has
    passed privacy.masker, which checks the role and audits)."""
    from deskapp.services.accounts import privacy

    privacy.unmask_allowed(actor)
    with ctx.reader() as uow:
        return q.lessee_contacts(uow.session)


def agreement(ctx: Context, actor: Actor, lease_id: int) -> LeaseDoc:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.keys
        ls = _lease(repo, lease_id)
        sp = repo.space(ls.space_id)
        c = uow.registry.centre()
        code = uow.registry.unit(ls.unit_id).code if ls.unit_id else ""
        renews = repo.lease(ls.renews_id).number if ls.renews_id else ""
        months = rules.months_between(ls.start, ls.end)
        return LeaseDoc(ls.number, c.name, c.address, c.phone,
                        ls.lessee_name, mask_id_number(ls.lessee_id_number), mask_phone(ls.lessee_phone), code,
                        sp.number, sp.area.value, ls.plates, ls.start, ls.end, months, ls.monthly_rent,
                        ls.monthly_rent * months, ls.deposit, renews,
                        signed_on=local(ls.created_at).date(), clerk=ls.created_by,
                        printed_on=ctx.clock.today())


@hooks.register(hooks.Hook.DEPOSIT_REFUND_WAITS_FOR)
def _deposit_refund_waits_for(session: Session, ctx: Context, source: str) -> list[str]:
    """A lease still running (itself or a renewal of it): its deposit is refunded once it has ended."""
    lease_id = hooks.source_id(source, "parking_lease")
    repo = KeysRepository(session)
    ls = repo.lease(lease_id) if lease_id is not None else None
    if ls is None:
        return []
    sp = repo.space(ls.space_id)
    chain = [ls]
    of_space = repo.leases_of_space(ls.space_id)
    while (later := next((x for x in of_space if x.renews_id == chain[-1].id), None)) is not None:
        chain.append(later)
    last = rules.deposit_still_secures([LeasePeriod(x.number, x.start, x.end) for x in chain], ctx.clock.today())
    if last is None:
        return []
    lease = f"车位 {sp.number} 租约 {ls.number}" + (f"（续租至 {last.number}）" if len(chain) > 1 else " ")
    if chain[-1].ended_early:
        return [f"{lease}已办理提前退租，租期至 {last.end:%Y-%m-%d} 才结束：车位押金在租约结束、车位交回后退还，"
                f"{last.end:%Y-%m-%d} 起可申请退款"]
    return [f"{lease}租期至 {last.end:%Y-%m-%d}，尚未结束：车位押金在租约结束、车位交回后退还；"
            f"提前退租的，先办理退租（钥匙与卡 ▸ 车位 ▸ 提前退租…）"]


@hooks.register(hooks.Hook.PARKING_PRICES)
def _parking_prices(session: Session, ctx: Context, on: date) -> list[ParkingPrice]:
    """The vehicle cards' monthly fees and the leases' rents in force on `on`."""
    cards, leases = q.parking_prices(session, on)
    return ([ParkingPrice(False, parking_place(area and area.value, sold), fee) for area, sold, fee in cards]
            + [ParkingPrice(True, parking_place(area.value), rent) for area, rent in leases])


@hooks.register(hooks.Hook.VEHICLE_CHARGES)
def _lease_charges(session: Session, ctx: Context, start: date, end: date) -> list[hooks.VehicleCharge]:
    """Each parking lease of a unit overlapping [start, end], clipped to it."""
    rows = q.unit_leases_overlapping(session, start, end)
    return [hooks.VehicleCharge(unit_id=ls.unit_id, description=f"车位租赁 {ls.number} 车位 {number} {ls.plates}",
                                monthly_fee=ls.monthly_rent, start=max(ls.start, start), end=min(ls.end, end),
                                ref=ls.number)
            for ls, number in rows]
