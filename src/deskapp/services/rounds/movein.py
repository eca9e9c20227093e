"""交房/收楼: the centre's checklist done in one visit. The unit's state, the start readings
(to billing's meters), the keys (to the key records), the defects found at handover (to the
工程遗留问题 register), the move-in fees (to billing's one-off charges, with a receipt) and the
move-in record are written in ONE transaction: when any part is refused, nothing is kept.
Every wrong value of the form is named at once."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from deskapp.documents.rounds import movein as doc
from deskapp.domain import rounds as rules
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.billing import PayMethod
from deskapp.domain.billing_one_off import check_charges
from deskapp.domain.errors import Conflict, Problems, ValidationError, found
from deskapp.domain.local_time import local
from deskapp.domain.permissions import DESK, define
from deskapp.domain.people import check_name
from deskapp.domain.reception import DefectKind, check_text
from deskapp.domain.units import UnitState
from deskapp.services import audit
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.services.registry import units as registry_units
from deskapp.services.billing import meters
from deskapp.services.keys import custody as keys
from deskapp.services.billing import one_off
from deskapp.services.context import Actor, Context
from deskapp.services.reception import registers as reception_registers
from deskapp.services.rounds import _common as c
from deskapp.services.changes import Change, changes
from deskapp.store.models.rounds import MoveIn

MOVE_IN = define("rounds.move_in", "办理交房", DESK)

BILLED_METERS = {"水": "水表", "电": "电表"}  # billing reads these; 燃气 is the gas company's, kept here
AFTER_STATES = (UnitState.OCCUPIED, UnitState.VACANT, UnitState.RENTED)


@dataclass(frozen=True)
class HandoverDefect:
    """A defect the owner and the clerk find at handover; it becomes a 工程遗留问题."""

    kind: DefectKind
    description: str
    location: str = ""  # where in the unit: 主卧, 厨房…


@dataclass(frozen=True)
class MoveInInput:
    unit_id: int
    handed_over_on: date
    owner_name: str
    ticked: tuple[str, ...]
    keys_count: int
    readings: dict[str, str]  # {"水": "12.5", "电": "803", "燃气": "0"}
    cards: str = ""
    state_after: UnitState = UnitState.OCCUPIED
    note: str = ""
    has_gas: bool = True  # no gas supply: no gas reading is asked for
    defects: tuple[HandoverDefect, ...] = ()
    fees: tuple[tuple[str, str], ...] = ()  # (one-off item, amount) charged through billing
    pay_method: PayMethod | None = None


@dataclass(frozen=True)
class MoveInView:
    id: int
    unit_id: int
    unit_code: str
    handed_over_on: date
    owner_name: str
    state_before: UnitState
    state_after: UnitState
    keys_count: int
    cards: str
    checklist: list[str]
    readings: dict[str, str]
    fees_note: str
    note: str
    created_at: datetime
    created_by: str
    items: list[str] = field(default_factory=list)


def checklist(ctx: Context) -> list[str]:
    return list(c.setting(ctx, c.MOVE_IN_ITEMS))


@changes(Change.ROUNDS, Change.UNITS, Change.KEYS, Change.METERS, Change.CHRONICLE, Change.PAYMENTS)
def move_in(ctx: Context, actor: Actor, data: MoveInInput) -> int:
    actor.require(MOVE_IN)
    problems = Problems()
    owner = problems.check(check_name, data.owner_name, "业主")
    if data.handed_over_on > ctx.clock.today():
        problems.add(ValidationError("交房日期", "不能晚于今天"))
    done = problems.check(rules.check_move_in_list, checklist(ctx), data.ticked)
    if data.state_after not in AFTER_STATES:
        problems.add(ValidationError("交房后状态", f"应为 {'/'.join(s.value for s in AFTER_STATES)}"))
    if not isinstance(data.keys_count, int) or data.keys_count < 1:
        problems.add(ValidationError("钥匙数量", "交房至少交付 1 把钥匙"))
    meters_read = ("水", "电", "燃气") if data.has_gas else ("水", "电")
    readings = {m: problems.check(rules.validate_reading, m, data.readings.get(m, "")) for m in meters_read}
    defects = [(d, problems.check(check_text, d.description, f"遗留问题（第 {n} 项）描述", max_len=500))
               for n, d in enumerate(data.defects, start=1)]
    charges = problems.check(check_charges, data.fees) or []
    if charges and data.pay_method is None:
        problems.add(ValidationError("支付方式", "收取交房费用请选择支付方式"))
    if charges:
        actor.require(one_off.ONE_OFF)
    with ctx.uow() as uow:
        unit = c.unit_or_404(uow, data.unit_id)
        if unit.state is not UnitState.UNDELIVERED:
            raise Conflict(f"{unit.code} 状态为“{unit.state.value}”，已交房")
        owners = [t.person.name for t in uow.registry.current_owners(unit.id)]
        if owner and owners and owner not in owners:
            problems.add(ValidationError("业主", f"{owner} 不是 {unit.code} 登记的业主（{'、'.join(owners)}）"))
        problems.raise_any()
        before = unit.state
        month = data.handed_over_on.replace(day=1)
        meters.save_imported_readings(uow.session, ctx, actor, [
            meters.ImportedReading(unit.id, kind, month, Decimal(readings[m]), data.handed_over_on,
                                   f"交房 {unit.code}")
            for m, kind in BILLED_METERS.items()], baseline=True)  # 起始读数: the meter's baseline
        keys.hand_over_unit_keys(uow.session, ctx, actor, unit.id, data.keys_count, data.handed_over_on,
                                 note=f"交房，业主 {owner}")
        registry_units.change_state(uow.session, ctx, actor, unit.id, data.state_after, "交房")
        unit.delivered_on = data.handed_over_on
        for d, description in defects:
            reception_registers.add_defect(uow.session, ctx, actor, unit_id=unit.id, location=d.location.strip()[:120],
                                           kind=d.kind, description=description, reported_by=owner,
                                           responsible="", reported_on=data.handed_over_on)
        charged = one_off.add_charges(uow.session, ctx, actor, unit.id, charges, data.pay_method, occasion="交房",
                                      payer=owner)
        fees_note = "；".join(f"{v.item} {v.amount:,.2f} 元" for v in charged)
        if charged:
            fees_note += f"（收据 {charged[0].receipt_number}）"
        m = MoveIn(unit_id=unit.id, handed_over_on=data.handed_over_on, owner_name=owner, state_before=before,
                   state_after=data.state_after, keys_count=data.keys_count, cards=data.cards.strip(),
                   checklist=json.dumps(done, ensure_ascii=False), readings=json.dumps(readings, ensure_ascii=False),
                   fees_note=fees_note[:200], note=data.note.strip(), created_at=ctx.clock.now(),
                   created_by=actor.display_name)
        uow.rounds.add(m)
        uow.rounds.flush()
        reading_text = "，".join(f"{k} {v}" for k, v in readings.items())
        audit.record(uow.session, ctx, actor, "rounds.move_in", "move_in", m.id, unit_id=unit.id,
                     summary=f"{unit.code} 交房：业主 {owner}，钥匙 {data.keys_count} 把",
                     before={"state": before}, after={"state": data.state_after, "keys": data.keys_count,
                                                      "readings": readings, "cards": m.cards,
                                                      "defects": len(defects), "fees": fees_note})
        registry_chronicle.chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.DELIVERY,
                           f"交房：业主 {owner}，钥匙 {data.keys_count} 把，起始读数 {reading_text}"
                           + ("" if data.has_gas else "，无燃气") + (f"，{m.cards}" if m.cards else "")
                           + (f"，遗留问题 {len(defects)} 项" if defects else ""))
        uow.commit()
        return m.id


def _view(ctx: Context, m: MoveIn, code: str) -> MoveInView:
    return MoveInView(id=m.id, unit_id=m.unit_id, unit_code=code, handed_over_on=m.handed_over_on,
                      owner_name=m.owner_name, state_before=m.state_before, state_after=m.state_after,
                      keys_count=m.keys_count, cards=m.cards, checklist=json.loads(m.checklist),
                      readings=json.loads(m.readings), fees_note=m.fees_note, note=m.note,
                      created_at=local(m.created_at, ctx.clock.now().tzinfo), created_by=m.created_by)


def for_unit(ctx: Context, actor: Actor, unit_id: int) -> MoveInView | None:
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        m = uow.rounds.latest_move_in_of(unit_id)
        return _view(ctx, m, c.unit_or_404(uow, unit_id).code) if m else None


def record_pdf(ctx: Context, actor: Actor, move_in_id: int) -> bytes:
    """交房记录 with the checklist, readings, keys and signature boxes for owner and centre."""
    actor.require(c.VIEW)
    with ctx.reader() as uow:
        m = found(uow.rounds.move_in(move_in_id), f"交房记录（编号 {move_in_id}）不存在")
        unit = c.unit_or_404(uow, m.unit_id)
        v = _view(ctx, m, unit.code)
        centre = uow.registry.centre()
        data = doc.MoveInDoc(
            centre=centre.name, community=centre.community, unit_code=unit.code,
            building_area=str(unit.building_area or ""), owner=v.owner_name, handed_over_on=v.handed_over_on,
            # the checklist as it was ticked at the handover, not as the setting reads today
            state_after=v.state_after.value, items=v.checklist, ticked=v.checklist, readings=v.readings,
            keys_count=v.keys_count, cards=v.cards, fees_note=v.fees_note, note=v.note, clerk=v.created_by,
            number=f"JF{v.handed_over_on.year}-{v.id:05d}", recorded_on=v.created_at.date(),
            printed_on=ctx.clock.today())
    return doc.move_in_pdf(data)
