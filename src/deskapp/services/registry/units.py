"""The units: registered, changed and given a state; the unit register, the search box and a
unit's page (its people, history, 前台须知, 大事记 and transfers)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from deskapp.contracts.paging import Page
from deskapp.contracts.registry import Hit, UnitFields, UnitFilter, UnitRow
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitInput, UnitState, unit_code, validate_unit_input
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.registry.chronicle import ChronicleView, chronicle
from deskapp.services.registry.common import EDIT_PEOPLE, EDIT_UNIT, VIEW, unit_or_404
from deskapp.services.registry.instructions import InstructionView
from deskapp.services.registry.people import PersonView, person_view
from deskapp.services.changes import Change, changes
from deskapp.store.models.registry import Building, Stairwell, Unit
from deskapp.store.queries import registry as q
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class TransferView:
    transferred_on: date
    previous_owners: str
    new_owners: str
    reference: str
    note: str
    settled: tuple[str, ...] = ()  # each of the seller's arrangements and what became of it (结束 / 保留)


@dataclass(frozen=True)
class UnitPage(UnitFields):
    delivered_on: date | None
    notes: str
    people: list[PersonView]
    history: list[PersonView]
    instructions: list[InstructionView]
    chronicle: list[ChronicleView]
    transfers: list[TransferView] = field(default_factory=list)
    building_code: str = ""
    version: int = 0  # what an edit form sends back: a save over another desk's is refused

    @property
    def owners(self) -> str:
        return "、".join(p.name for p in self.people if p.relation is Relation.OWNER)


def unit_snapshot(u: Unit) -> dict:
    return {"code": u.code, "kind": u.kind, "state": u.state, "building_area": u.building_area,
            "inner_area": u.inner_area, "floor": u.floor, "delivered_on": u.delivered_on, "notes": u.notes}


def _place_unit(repo: RegistryRepository, data: UnitInput) -> tuple[Building, Stairwell | None, str]:
    building = repo.building_by_code(data.building)
    if building is None:
        raise ValidationError("楼栋", f"楼栋 {data.building} 不存在，请先在 业户档案 ▸ 新建楼栋… 中建立")
    stairwell = None
    if data.stairwell:
        stairwell = repo.stairwell(building.id, data.stairwell)
        if stairwell is None:
            stairwell = Stairwell(building_id=building.id, code=data.stairwell)
            repo.add(stairwell)
            repo.flush()
    return building, stairwell, unit_code(data.building, data.stairwell, data.room)


@changes(Change.UNITS, Change.CHRONICLE)
def create_unit(ctx: Context, actor: Actor, raw: dict, *, delivered_on: date | None = None) -> int:
    """Register a unit from form values (strings are fine); the first wrong field is named."""
    actor.require(EDIT_UNIT)
    data = validate_unit_input(raw)
    with ctx.uow() as uow:
        unit_id = insert_unit(uow.session, ctx, actor, data, delivered_on=delivered_on)
        uow.commit()
        return unit_id


def insert_unit(session: Session, ctx: Context, actor: Actor, data: UnitInput, *,
                delivered_on: date | None = None) -> int:
    """Within the caller's transaction (used by the importer and the demo too)."""
    repo = RegistryRepository(session)
    if data.inner_area is not None and data.building_area is not None and data.inner_area > data.building_area:
        raise ValidationError("套内面积", f"套内面积 {data.inner_area} ㎡ 大于建筑面积 {data.building_area} ㎡")
    building, stairwell, code = _place_unit(repo, data)
    if repo.unit_by_code(code) is not None:
        raise Conflict(f"房号 {code} 已存在")
    now = ctx.clock.now()
    u = Unit(code=code, building_id=building.id, stairwell_id=stairwell.id if stairwell else None, room=data.room,
             floor=data.floor, kind=data.kind, state=data.state, building_area=data.building_area,
             inner_area=data.inner_area, delivered_on=delivered_on, notes=data.notes, created_at=now, updated_at=now)
    repo.add(u)
    repo.flush()
    audit.record(session, ctx, actor, "registry.unit.create", "unit", u.id, unit_id=u.id,
                 summary=f"新建房屋 {code}", after=unit_snapshot(u))
    chronicle(session, ctx, actor, u.id, ChronicleKind.CREATED,
              f"建档：{data.kind.value}，建筑面积 {data.building_area} ㎡，状态 {data.state.value}")
    return u.id


@changes(Change.UNITS, Change.CHRONICLE)
def update_unit(ctx: Context, actor: Actor, unit_id: int, changes: dict, *, version: int | None = None) -> None:
    """Change area, floor, kind, notes or delivery date (not the code: that is a new unit).
    `version` is the one the edit form loaded: another desk's save since then refuses this one."""
    actor.require(EDIT_UNIT)
    with ctx.uow() as uow:
        repo = uow.registry
        u = repo.editing(unit_or_404(repo, unit_id), version)
        before = unit_snapshot(u)
        merged = {"building": u.building.code, "stairwell": u.stairwell.code if u.stairwell else None,
                  "room": u.room, "kind": u.kind.value, "state": u.state.value,
                  "building_area": u.building_area, "inner_area": u.inner_area, "floor": u.floor, "notes": u.notes}
        merged.update(changes)
        data = validate_unit_input(merged)
        if data.inner_area is not None and data.building_area is not None and data.inner_area > data.building_area:
            raise ValidationError("套内面积", f"套内面积 {data.inner_area} ㎡ 大于建筑面积 {data.building_area} ㎡")
        u.kind, u.building_area, u.inner_area, u.floor, u.notes = (
            data.kind, data.building_area, data.inner_area, data.floor, data.notes)
        if "delivered_on" in changes:
            u.delivered_on = changes["delivered_on"]
        if data.state is not u.state:
            _set_state(uow.session, ctx, actor, u, data.state)
        after = unit_snapshot(u)
        if after == before:
            return
        repo.sign(u, actor.display_name, ctx.clock.now())
        audit.record(uow.session, ctx, actor, "registry.unit.update", "unit", u.id, unit_id=u.id,
                     summary=f"修改房屋 {u.code}", before=before, after=after)
        uow.commit()


def _set_state(session: Session, ctx: Context, actor: Actor, u: Unit, state: UnitState, reason: str = "") -> None:
    old = u.state
    u.state = state
    chronicle(session, ctx, actor, u.id, ChronicleKind.STATE,
              f"状态由 {old.value} 改为 {state.value}" + (f"（{reason}）" if reason else ""))


def change_state(session: Session, ctx: Context, actor: Actor, unit_id: int, state: UnitState,
                 reason: str = "") -> None:
    """For other areas (交房, 装修, 出租): change a unit's state inside their transaction,
    with chronicle and audit."""
    u = unit_or_404(RegistryRepository(session), unit_id)
    if u.state is state:
        return
    before = {"state": u.state}
    _set_state(session, ctx, actor, u, state, reason)
    u.updated_at = ctx.clock.now()
    audit.record(session, ctx, actor, "registry.unit.state", "unit", u.id, unit_id=u.id,
                 summary=f"{u.code} 状态改为 {state.value}", before=before, after={"state": state})


@changes(Change.UNITS, Change.CHRONICLE)
def set_unit_state(ctx: Context, actor: Actor, unit_id: int, state: UnitState, reason: str = "") -> None:
    actor.require(EDIT_PEOPLE)
    with ctx.uow() as uow:
        change_state(uow.session, ctx, actor, unit_id, state, reason)
        uow.commit()


def unit_register(ctx: Context, actor: Actor, f: UnitFilter, *, sort: str = "code", descending: bool = False,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[UnitRow]:
    return ctx.read(actor, VIEW, q.unit_register, f, sort=sort, descending=descending, offset=offset,
                    limit=limit, total=total)


def unit_register_ids(ctx: Context, actor: Actor, f: UnitFilter, *, sort: str = "code",
                      descending: bool = False) -> list[int]:
    """The ids of the units the register shows, in its order (rows are loaded as they are shown)."""
    return ctx.read(actor, VIEW, q.unit_register_ids, f, sort=sort, descending=descending)


def unit_register_rows(ctx: Context, actor: Actor, unit_ids: list[int]) -> list[UnitRow]:
    """The register rows of these units, in the order given."""
    return ctx.read(actor, VIEW, q.unit_register_rows, list(unit_ids))


def count_units(ctx: Context, actor: Actor, f: UnitFilter) -> int:
    return ctx.read(actor, VIEW, q.count_units, f)


def search(ctx: Context, actor: Actor, text: str, limit: int = 20) -> list[Hit]:
    return ctx.read(actor, VIEW, q.search, text, limit)


def find_unit_id(ctx: Context, actor: Actor, code: str) -> int | None:
    actor.require(VIEW)
    with ctx.reader() as uow:
        u = uow.registry.unit_by_code(code.strip())
        return u.id if u else None


def unit_state(ctx: Context, actor: Actor, unit_id: int) -> UnitState:
    """The unit's state alone: the other areas' sections on the unit page ask only this, and
    reading the whole page again for it cost as much as their own rows."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return unit_or_404(uow.registry, unit_id).state


def unit_people(ctx: Context, actor: Actor, unit_id: int) -> list[PersonView]:
    """The unit's people now (as on its page), without the rest of the page."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [person_view(t) for t in uow.registry.ties(unit_or_404(uow.registry, unit_id).id)]


def unit_page(ctx: Context, actor: Actor, unit_id: int) -> UnitPage:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = uow.registry
        u = unit_or_404(repo, unit_id)
        today = ctx.clock.today()
        return UnitPage(
            id=u.id, code=u.code, building=u.building.name, stairwell=u.stairwell.code if u.stairwell else "",
            room=u.room, floor=u.floor, kind=u.kind, state=u.state, building_area=u.building_area,
            inner_area=u.inner_area, delivered_on=u.delivered_on, notes=u.notes,
            people=[person_view(t) for t in repo.ties(u.id)],
            history=[person_view(t) for t in repo.ties(u.id, current=False)],
            instructions=[InstructionView(i.id, i.text, i.starts_on, i.ends_on, i.created_by)
                          for i in repo.instructions(u.id, on=today)],
            chronicle=[ChronicleView(c.at, c.kind, c.text, c.author, c.automatic) for c in repo.chronicle(u.id)],
            transfers=[TransferView(t.transferred_on, t.previous_owners, t.new_owners, t.reference, t.note,
                                    tuple(line for line in (t.arrangements or "").splitlines() if line))
                       for t in repo.transfers(u.id)],
            building_code=u.building.code, version=u.version,
        )
