"""业户档案: community, buildings, units, people, ownership transfer, chronicle, 前台须知."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, NotFound, ValidationError
from deskapp.domain.idcard import IdType, normalise_id_number
from deskapp.domain.people import Authority, Relation, check_authority_until, check_name, normalise_phone
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.domain.units import UnitInput, UnitKind, UnitState, unit_code, validate_unit_input
from deskapp.services import audit, pinyin
from deskapp.services.context import Actor, Context
from deskapp.store.models.registry import (
    Building, ChronicleEntry, Community, DeskInstruction, Person, Stairwell, Unit, UnitPerson,
)
from deskapp.store.queries import registry as q
from deskapp.contracts.paging import Page
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.services.changes import Change, changes

VIEW = define("registry.view", "查看业户档案", DESK)
EDIT_UNIT = define("registry.unit.edit", "登记或修改房屋", SUPERVISORS)
EDIT_PEOPLE = define("registry.people.edit", "登记或修改业户、住户", DESK)
TRANSFER = define("registry.transfer", "办理产权变更", SUPERVISORS)
CHRONICLE = define("registry.chronicle.add", "添加单元大事记", DESK)
INSTRUCT = define("registry.instruction.edit", "登记前台须知", DESK)
SETUP = define("registry.setup", "设置小区与楼栋", SUPERVISORS)


# ----------------------------------------------------------------- views (returned data)

@dataclass(frozen=True)
class PersonInput:
    name: str
    phone: str = ""
    phone2: str = ""
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonView:
    tie_id: int
    person_id: int
    name: str
    relation: Relation
    phone: str  # masked
    id_type: str
    id_number: str  # masked
    since: date | None
    until: date | None
    lease_start: date | None
    lease_end: date | None
    authorities: tuple[Authority, ...]
    note: str
    authority_until: date | None = None  # an authorisation's last day (授权截止)


@dataclass(frozen=True)
class PersonEdit:
    """What 编辑人员 changes. A blank phone or ID number keeps the one on file (the form shows it
    masked, so it is never typed back from the screen); the lease end of a tenant and the last
    day of an authorisation are given as they should be, None meaning 未定 / 长期."""
    phone: str = ""
    id_type: IdType = IdType.RESIDENT
    id_number: str = ""
    lease_end: date | None = None
    authority_until: date | None = None


@dataclass(frozen=True)
class ChronicleView:
    at: datetime
    kind: ChronicleKind
    text: str
    author: str
    automatic: bool


@dataclass(frozen=True)
class InstructionView:
    id: int
    text: str
    starts_on: date
    ends_on: date | None
    created_by: str


@dataclass(frozen=True)
class TransferView:
    transferred_on: date
    previous_owners: str
    new_owners: str
    reference: str
    note: str


@dataclass(frozen=True)
class UnitPage:
    id: int
    code: str
    building: str
    stairwell: str
    room: str
    floor: int | None
    kind: UnitKind
    state: UnitState
    building_area: Decimal | None
    inner_area: Decimal | None
    delivered_on: date | None
    notes: str
    people: list[PersonView]
    history: list[PersonView]
    instructions: list[InstructionView]
    chronicle: list[ChronicleView]
    transfers: list[TransferView] = field(default_factory=list)
    building_code: str = ""

    @property
    def owners(self) -> str:
        return "、".join(p.name for p in self.people if p.relation is Relation.OWNER)


# ----------------------------------------------------------------- helpers

def _unit_or_404(repo: RegistryRepository, unit_id: int) -> Unit:
    unit = repo.unit(unit_id)
    if unit is None:
        raise NotFound(f"房屋（编号 {unit_id}）不存在")
    return unit


def chronicle(session: Session, ctx: Context, actor: Actor, unit_id: int, kind: ChronicleKind, text: str,
              *, automatic: bool = True) -> None:
    """Add a 单元大事记 entry inside the caller's transaction. Other areas call this for their
    significant events (交房, 装修, cards, keys...)."""
    session.add(ChronicleEntry(unit_id=unit_id, at=ctx.clock.now(), kind=kind, text=text,
                               automatic=automatic, author=actor.display_name))


def unit_snapshot(u: Unit) -> dict:
    return {"code": u.code, "kind": u.kind, "state": u.state, "building_area": u.building_area,
            "inner_area": u.inner_area, "floor": u.floor, "delivered_on": u.delivered_on, "notes": u.notes}


def _person_view(t: UnitPerson) -> PersonView:
    p = t.person
    return PersonView(
        tie_id=t.id, person_id=p.id, name=p.name, relation=t.relation, phone=mask_phone(p.phone),
        id_type=p.id_type or "", id_number=mask_id_number(p.id_number), since=t.since, until=t.until,
        lease_start=t.lease_start, lease_end=t.lease_end,
        authorities=tuple(Authority[a] for a in t.authorities.split(",") if a), note=t.note,
        authority_until=t.authority_until,
    )


def _validated_person(data: PersonInput) -> dict:
    name = check_name(data.name)
    phone = normalise_phone(data.phone, "手机号") if data.phone.strip() else None
    phone2 = normalise_phone(data.phone2, "备用电话") if data.phone2.strip() else None
    id_number = normalise_id_number(data.id_type, data.id_number) if data.id_number.strip() else None
    return {
        "name": name, "initials": pinyin.initials(name), "pinyin": pinyin.full(name),
        "id_type": data.id_type.value if id_number else None, "id_number": id_number,
        "phone": phone, "phone2": phone2, "phone_last4": phone[-4:] if phone else None, "notes": data.notes,
    }


# ----------------------------------------------------------------- community set-up

def setup_community(ctx: Context, actor: Actor, name: str, centre_name: str, address: str = "",
                    phone: str = "") -> int:
    actor.require(SETUP)
    if not name.strip():
        raise ValidationError("小区名称", "不能为空")
    with ctx.uow() as uow:
        repo = RegistryRepository(uow.session)
        c = repo.community()
        before = None
        if c is None:
            c = Community(name=name.strip(), centre_name=centre_name.strip() or f"{name.strip()}物业服务中心",
                          address=address, phone=phone)
            uow.session.add(c)
        else:
            before = {"name": c.name, "centre_name": c.centre_name, "address": c.address, "phone": c.phone}
            c.name, c.centre_name, c.address, c.phone = name.strip(), centre_name.strip(), address, phone
        uow.flush()
        audit.record(uow.session, ctx, actor, "registry.community", "community", c.id, summary=f"小区 {c.name}",
                     before=before, after={"name": c.name, "centre_name": c.centre_name})
        uow.commit()
        return c.id


@dataclass(frozen=True)
class CommunityView:
    id: int
    name: str
    centre_name: str  # 物业服务中心 as printed on forms
    address: str
    phone: str


def community(ctx: Context) -> CommunityView | None:
    """The community and its service centre (for letterheads); None before set-up."""
    with ctx.reader() as uow:
        c = RegistryRepository(uow.session).community()
        return CommunityView(c.id, c.name, c.centre_name, c.address, c.phone) if c else None


def add_building(ctx: Context, actor: Actor, code: str, name: str = "", floors: int | None = None) -> int:
    actor.require(SETUP)
    with ctx.uow() as uow:
        repo = RegistryRepository(uow.session)
        c = repo.community()
        if c is None:
            raise ValidationError("小区", "请先设置小区信息")
        code = code.strip()
        if not code:
            raise ValidationError("楼栋编号", "不能为空")
        if repo.building_by_code(code) is not None:
            raise Conflict(f"楼栋 {code} 已存在")
        b = Building(community_id=c.id, code=code, name=name.strip() or f"{code}号楼", floors=floors)
        uow.session.add(b)
        uow.flush()
        audit.record(uow.session, ctx, actor, "registry.building.add", "building", b.id, summary=f"新建楼栋 {b.name}",
                     after={"code": b.code, "name": b.name, "floors": floors})
        uow.commit()
        return b.id


@dataclass(frozen=True)
class BuildingView:
    id: int
    code: str
    name: str
    floors: int | None


def buildings(ctx: Context, actor: Actor) -> list[BuildingView]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [BuildingView(b.id, b.code, b.name, b.floors) for b in RegistryRepository(uow.session).buildings()]


# ----------------------------------------------------------------- units

def _place_unit(session: Session, repo: RegistryRepository, data: UnitInput) -> tuple[Building, Stairwell | None, str]:
    building = repo.building_by_code(data.building)
    if building is None:
        raise ValidationError("楼栋", f"楼栋 {data.building} 不存在，请先在小区设置中新建")
    stairwell = None
    if data.stairwell:
        stairwell = repo.stairwell(building.id, data.stairwell)
        if stairwell is None:
            stairwell = Stairwell(building_id=building.id, code=data.stairwell)
            session.add(stairwell)
            session.flush()
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
    building, stairwell, code = _place_unit(session, repo, data)
    if repo.unit_by_code(code) is not None:
        raise Conflict(f"房号 {code} 已存在")
    now = ctx.clock.now()
    u = Unit(code=code, building_id=building.id, stairwell_id=stairwell.id if stairwell else None, room=data.room,
             floor=data.floor, kind=data.kind, state=data.state, building_area=data.building_area,
             inner_area=data.inner_area, delivered_on=delivered_on, notes=data.notes, created_at=now, updated_at=now)
    session.add(u)
    session.flush()
    audit.record(session, ctx, actor, "registry.unit.create", "unit", u.id, unit_id=u.id,
                 summary=f"新建房屋 {code}", after=unit_snapshot(u))
    chronicle(session, ctx, actor, u.id, ChronicleKind.CREATED,
              f"建档：{data.kind.value}，建筑面积 {data.building_area} ㎡，状态 {data.state.value}")
    return u.id


@changes(Change.UNITS, Change.CHRONICLE)
def update_unit(ctx: Context, actor: Actor, unit_id: int, changes: dict) -> None:
    """Change area, floor, kind, notes or delivery date (not the code: that is a new unit)."""
    actor.require(EDIT_UNIT)
    with ctx.uow() as uow:
        repo = RegistryRepository(uow.session)
        u = _unit_or_404(repo, unit_id)
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
        u.updated_at = ctx.clock.now()
        after = unit_snapshot(u)
        if after == before:
            return
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
    u = _unit_or_404(RegistryRepository(session), unit_id)
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


def unit_register(ctx: Context, actor: Actor, f: q.UnitFilter, *, sort: str = "code", descending: bool = False,
                  offset: int = 0, limit: int = 200, total: int | None = None) -> Page[q.UnitRow]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return q.unit_register(uow.session, f, sort=sort, descending=descending, offset=offset, limit=limit,
                               total=total)


def unit_register_ids(ctx: Context, actor: Actor, f: q.UnitFilter, *, sort: str = "code",
                      descending: bool = False) -> list[int]:
    """The ids of the units the register shows, in its order (rows are loaded as they are shown)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return q.unit_register_ids(uow.session, f, sort=sort, descending=descending)


def unit_register_rows(ctx: Context, actor: Actor, unit_ids: list[int]) -> list[q.UnitRow]:
    """The register rows of these units, in the order given."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        return q.unit_register_rows(uow.session, list(unit_ids))


def count_units(ctx: Context, actor: Actor, f: q.UnitFilter) -> int:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return q.count_units(uow.session, f)


def search(ctx: Context, actor: Actor, text: str, limit: int = 20) -> list[q.Hit]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return q.search(uow.session, text, limit)


def find_unit_id(ctx: Context, actor: Actor, code: str) -> int | None:
    actor.require(VIEW)
    with ctx.reader() as uow:
        u = RegistryRepository(uow.session).unit_by_code(code.strip())
        return u.id if u else None


def unit_page(ctx: Context, actor: Actor, unit_id: int) -> UnitPage:
    actor.require(VIEW)
    with ctx.reader() as uow:
        repo = RegistryRepository(uow.session)
        u = _unit_or_404(repo, unit_id)
        today = ctx.clock.today()
        return UnitPage(
            id=u.id, code=u.code, building=u.building.name, stairwell=u.stairwell.code if u.stairwell else "",
            room=u.room, floor=u.floor, kind=u.kind, state=u.state, building_area=u.building_area,
            inner_area=u.inner_area, delivered_on=u.delivered_on, notes=u.notes,
            people=[_person_view(t) for t in repo.ties(u.id)],
            history=[_person_view(t) for t in repo.ties(u.id, current=False)],
            instructions=[InstructionView(i.id, i.text, i.starts_on, i.ends_on, i.created_by)
                          for i in repo.instructions(u.id, on=today)],
            chronicle=[ChronicleView(c.at, c.kind, c.text, c.author, c.automatic) for c in repo.chronicle(u.id)],
            transfers=[TransferView(t.transferred_on, t.previous_owners, t.new_owners, t.reference, t.note)
                       for t in repo.transfers(u.id)],
            building_code=u.building.code,
        )


# ----------------------------------------------------------------- people

@changes(Change.PEOPLE, Change.UNITS, Change.CHRONICLE)
def add_person(ctx: Context, actor: Actor, unit_id: int, data: PersonInput, relation: Relation, *,
               since: date | None = None, lease_start: date | None = None, lease_end: date | None = None,
               authorities: tuple[Authority, ...] = (), note: str = "", authority_until: date | None = None) -> int:
    """Attach a new person to a unit; returns the tie's id. An authorisation may have a last day."""
    actor.require(EDIT_PEOPLE)
    if relation is Relation.AUTHORISED and not authorities:
        raise ValidationError("授权事项", f"请至少选择一项：{'/'.join(a.value for a in Authority)}")
    with ctx.uow() as uow:
        tie_id = insert_person(uow.session, ctx, actor, unit_id, data, relation, since=since,
                               lease_start=lease_start, lease_end=lease_end, authorities=authorities, note=note,
                               authority_until=authority_until)
        uow.commit()
        return tie_id


def insert_person(session: Session, ctx: Context, actor: Actor, unit_id: int, data: PersonInput, relation: Relation,
                  *, since: date | None = None, lease_start: date | None = None, lease_end: date | None = None,
                  authorities: tuple[Authority, ...] = (), note: str = "",
                  authority_until: date | None = None) -> int:
    repo = RegistryRepository(session)
    u = _unit_or_404(repo, unit_id)
    values = _validated_person(data)
    if relation is Relation.TENANT and lease_start and lease_end and lease_end < lease_start:
        raise ValidationError("租期结束", "不能早于租期开始")
    if relation is Relation.AUTHORISED:
        check_authority_until(authority_until, since or ctx.clock.today())
    person = Person(**values, created_at=ctx.clock.now())
    session.add(person)
    session.flush()
    # An authorisation is given by the unit's (first) owner; it stops counting once that person
    # is no longer an owner (产权变更).
    owners = repo.current_owners(u.id) if relation is Relation.AUTHORISED else []
    tie = UnitPerson(unit_id=u.id, person_id=person.id, relation=relation, since=since or ctx.clock.today(),
                     lease_start=lease_start, lease_end=lease_end,
                     authorities=",".join(a.name for a in authorities), note=note,
                     authority_until=authority_until if relation is Relation.AUTHORISED else None,
                     granted_by=owners[0].person_id if owners else None)
    session.add(tie)
    session.flush()
    audit.record(session, ctx, actor, "registry.person.add", "person", person.id, unit_id=u.id,
                 summary=f"{u.code} 登记{relation.value} {person.name}",
                 after={"name": person.name, "relation": relation, "phone": mask_phone(person.phone),
                        "id_number": mask_id_number(person.id_number), "authority_until": tie.authority_until})
    chronicle(session, ctx, actor, u.id, ChronicleKind.PEOPLE, f"登记{relation.value}：{person.name}")
    return tie.id


@changes(Change.PEOPLE, Change.UNITS, Change.CHRONICLE)
def end_tie(ctx: Context, actor: Actor, tie_id: int, on: date | None = None, reason: str = "") -> None:
    """A tenant moves out, an authorisation ends: the tie is kept as history."""
    actor.require(EDIT_PEOPLE)
    with ctx.uow() as uow:
        tie = uow.session.get(UnitPerson, tie_id)
        if tie is None or tie.until is not None:
            raise NotFound("该人员关系不存在或已结束")
        if tie.relation is Relation.OWNER:
            raise Conflict("业主不能直接移除，请办理产权变更")
        end = on or ctx.clock.today()
        if tie.since is not None and end < tie.since:
            raise ValidationError("结束日期", f"不能早于登记日期 {tie.since:%Y-%m-%d}")
        tie.until = end
        u = uow.session.get(Unit, tie.unit_id)
        audit.record(uow.session, ctx, actor, "registry.person.end", "unit_person", tie.id, unit_id=tie.unit_id,
                     summary=f"{u.code} {tie.relation.value} {tie.person.name} 于 {end} 结束",
                     before={"until": None}, after={"until": end, "reason": reason})
        chronicle(uow.session, ctx, actor, tie.unit_id, ChronicleKind.PEOPLE,
                  f"{tie.relation.value} {tie.person.name} 迁出/结束" + (f"：{reason}" if reason else ""))
        uow.commit()


@changes(Change.PEOPLE, Change.UNITS, Change.CHRONICLE)
def edit_person(ctx: Context, actor: Actor, tie_id: int, edit: PersonEdit) -> PersonView:
    """编辑人员: a changed phone, a corrected ID number, a tenant's later lease end, an
    authorisation's last day. Audited with the values before and after, masked as elsewhere."""
    actor.require(EDIT_PEOPLE)
    phone = normalise_phone(edit.phone, "手机号") if edit.phone.strip() else None
    id_number = normalise_id_number(edit.id_type, edit.id_number) if edit.id_number.strip() else None
    with ctx.uow() as uow:
        tie = uow.session.get(UnitPerson, tie_id)
        if tie is None or tie.until is not None:
            raise NotFound("该人员关系不存在或已结束")
        person = tie.person
        before, after, changed = {}, {}, []

        def change(key: str, label: str, old, new, shown=lambda v: v) -> bool:
            if old == new:
                return False
            before[key], after[key] = shown(old), shown(new)
            changed.append(label)
            return True

        if phone is not None and change("phone", "手机号", person.phone, phone, mask_phone):
            person.phone, person.phone_last4 = phone, phone[-4:]
        if id_number is not None and change("id_number", "证件号码", (person.id_type, person.id_number),
                                            (edit.id_type.value, id_number),
                                            lambda v: f"{v[0] or ''} {mask_id_number(v[1])}".strip()):
            person.id_type, person.id_number = edit.id_type.value, id_number
        if tie.relation is Relation.TENANT:
            if tie.lease_start and edit.lease_end and edit.lease_end < tie.lease_start:
                raise ValidationError("租期结束", f"不能早于租期开始 {tie.lease_start:%Y-%m-%d}")
            if change("lease_end", "租期结束", tie.lease_end, edit.lease_end):
                tie.lease_end = edit.lease_end
        if tie.relation is Relation.AUTHORISED:
            check_authority_until(edit.authority_until, tie.since)
            if change("authority_until", "授权截止", tie.authority_until, edit.authority_until):
                tie.authority_until = edit.authority_until
        if changed:
            u = uow.session.get(Unit, tie.unit_id)
            what = "、".join(changed)
            audit.record(uow.session, ctx, actor, "registry.person.edit", "unit_person", tie.id, unit_id=u.id,
                         summary=f"{u.code} 修改{tie.relation.value} {person.name}的{what}",
                         before=before, after=after)
            chronicle(uow.session, ctx, actor, u.id, ChronicleKind.PEOPLE,
                      f"修改{tie.relation.value} {person.name}的{what}")
            uow.commit()
        return _person_view(tie)


# ----------------------------------------------------------------- chronicle and instructions

@changes(Change.CHRONICLE)
def add_chronicle_entry(ctx: Context, actor: Actor, unit_id: int, text: str) -> None:
    actor.require(CHRONICLE)
    if not text.strip():
        raise ValidationError("内容", "不能为空")
    with ctx.uow() as uow:
        u = _unit_or_404(RegistryRepository(uow.session), unit_id)
        chronicle(uow.session, ctx, actor, u.id, ChronicleKind.MANUAL, text.strip(), automatic=False)
        audit.record(uow.session, ctx, actor, "registry.chronicle.add", "unit", u.id, unit_id=u.id,
                     summary=f"{u.code} 大事记：{text.strip()[:40]}", after={"text": text.strip()})
        uow.commit()


@changes(Change.CHRONICLE, Change.INSTRUCTIONS)
def add_instruction(ctx: Context, actor: Actor, unit_id: int, text: str, starts_on: date,
                    ends_on: date | None = None) -> int:
    actor.require(INSTRUCT)
    if not text.strip():
        raise ValidationError("须知内容", "不能为空")
    if ends_on is not None and ends_on < starts_on:
        raise ValidationError("结束日期", "不能早于开始日期")
    with ctx.uow() as uow:
        u = _unit_or_404(RegistryRepository(uow.session), unit_id)
        ins = DeskInstruction(unit_id=u.id, text=text.strip(), starts_on=starts_on, ends_on=ends_on,
                              created_at=ctx.clock.now(), created_by=actor.display_name)
        uow.session.add(ins)
        uow.flush()
        audit.record(uow.session, ctx, actor, "registry.instruction.add", "desk_instruction", ins.id, unit_id=u.id,
                     summary=f"{u.code} 前台须知：{ins.text[:40]}",
                     after={"text": ins.text, "starts_on": starts_on, "ends_on": ends_on})
        period = f"{starts_on:%Y-%m-%d} 起" + (f"至 {ends_on:%Y-%m-%d}" if ends_on else "")
        chronicle(uow.session, ctx, actor, u.id, ChronicleKind.INSTRUCTION, f"前台须知（{period}）：{ins.text}")
        uow.commit()
        return ins.id


def current_and_coming_instructions(ctx: Context, actor: Actor, unit_id: int) -> list[InstructionView]:
    """Instructions not withdrawn and not yet over: what the desk may still withdraw."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        today = ctx.clock.today()
        return [InstructionView(i.id, i.text, i.starts_on, i.ends_on, i.created_by)
                for i in RegistryRepository(uow.session).instructions(unit_id)
                if i.ends_on is None or i.ends_on >= today]


@changes(Change.CHRONICLE, Change.INSTRUCTIONS)
def withdraw_instruction(ctx: Context, actor: Actor, instruction_id: int) -> None:
    actor.require(INSTRUCT)
    with ctx.uow() as uow:
        ins = uow.session.get(DeskInstruction, instruction_id)
        if ins is None or ins.withdrawn_at is not None:
            raise NotFound("该前台须知不存在或已撤销")
        ins.withdrawn_at = ctx.clock.now()
        audit.record(uow.session, ctx, actor, "registry.instruction.withdraw", "desk_instruction", ins.id,
                     unit_id=ins.unit_id, summary=f"撤销前台须知：{ins.text[:40]}",
                     before={"withdrawn": False}, after={"withdrawn": True})
        chronicle(uow.session, ctx, actor, ins.unit_id, ChronicleKind.INSTRUCTION, f"撤销前台须知：{ins.text}")
        uow.commit()
