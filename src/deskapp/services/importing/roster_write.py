"""Writing a judged roster: new units, people and ties as multi-row INSERTs with their audit
rows and chronicle entries; changed units one by one."""
from __future__ import annotations

from collections.abc import Callable
from datetime import timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.idcard import IdType
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.services import audit
from deskapp.services.registry import pinyin
from deskapp.services.context import Actor, Context
from deskapp.services.importing.common import ImportResult, Preview, Progress
from deskapp.services.importing.files import _tick
from deskapp.services.registry.chronicle import chronicle
from deskapp.store.models.registry import Building, Stairwell, UnitPerson
from deskapp.store.repositories.audit import AuditRepository
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import UnitOfWork

if TYPE_CHECKING:  # the plans come from roster, which imports this module
    from deskapp.services.importing.roster import _UnitPlan

def _write_units(uow: UnitOfWork, ctx: Context, actor: Actor, preview: Preview, community_id: int,
                 progress: Progress | None, cancelled: Callable[[], bool] | None) -> ImportResult:
    """New units, their people and ties go in as multi-row INSERTs (a 20,000-unit roster in
    seconds, not minutes); units that change are updated one by one. Every unit still gets
    its own audit row and chronicle entry."""
    now, today = ctx.clock.now(), ctx.clock.today()
    file_name = Path(preview.file).name
    registry = uow.registry
    buildings = {b.code: b for b in registry.buildings()}
    stairwells = {(w.building_id, w.code): w for w in registry.stairwells()}
    built = 0
    for plan in preview._plans:
        u = plan.data
        if u.building not in buildings:
            b = Building(community_id=community_id, code=u.building, name=u.building_name or f"{u.building}号楼",
                         floors=u.floors_total)
            registry.add(b)
            registry.flush()
            buildings[u.building] = b
            built += 1
            audit.record(uow.session, ctx, actor, "registry.building.add", "building", b.id, summary=f"导入时新建楼栋 {b.name}",
                         after={"code": b.code, "name": b.name, "floors": b.floors, "file": file_name})
        if u.stairwell and (buildings[u.building].id, u.stairwell) not in stairwells:
            w = Stairwell(building_id=buildings[u.building].id, code=u.stairwell)
            registry.add(w)
            stairwells[(w.building_id, w.code)] = w
    registry.flush()

    creating = [p for p in preview._plans if p.existing_id is None]
    changing = [p for p in preview._plans if p.existing_id is not None and
                (p.changes or p.new_people or p.people_updates)]
    unchanged = len(preview._plans) - len(creating) - len(changing)
    total = len(creating) + len(changing)
    people = _People(registry, now, preview._known_people)

    # new units in chunks of multi-row INSERTs (ids come back in order): memory stays bounded
    trail = _AuditBatch(uow.audit, ctx, actor)
    done = 0
    for first in range(0, len(creating), CHUNK):
        chunk = creating[first:first + CHUNK]
        unit_rows = []
        for plan in chunk:
            u = plan.data
            b = buildings[u.building]
            w = stairwells.get((b.id, u.stairwell)) if u.stairwell else None
            unit_rows.append(dict(code=plan.code, building_id=b.id, stairwell_id=w.id if w else None, room=u.room,
                                  floor=u.floor, kind=u.kind, state=u.state, building_area=u.building_area,
                                  inner_area=u.inner_area, delivered_on=u.delivered_on, notes=u.notes,
                                  created_at=now, updated_at=now))
        by_code = registry.insert_units(unit_rows)
        unit_ids = [by_code[r["code"]] for r in unit_rows]
        ties = [(unit_id, people.key(name, phone, phone2, idn), relation)
                for plan, unit_id in zip(chunk, unit_ids)
                for name, relation, phone, phone2, idn in plan.new_people]
        people.insert()
        if ties:
            registry.insert_ties([dict(unit_id=u, person_id=people.id_of(k), relation=r, since=today,
                                       authorities="", note="") for u, k, r in ties])
        entries = []
        for plan, unit_id, row in zip(chunk, unit_ids, unit_rows):
            u = plan.data
            after = {k: row[k] for k in ("code", "kind", "state", "building_area", "inner_area", "floor",
                                         "delivered_on", "notes")}
            after["people"] = [_masked(x) for x in plan.new_people]
            trail.add("registry.unit.import", "unit", unit_id, unit_id=unit_id,
                      summary=f"导入新建房屋 {plan.code}", after=after)
            names = "、".join(f"{x[1].value} {x[0]}" for x in plan.new_people)
            # the row registry_chronicle.chronicle would add, inserted with the others in one statement
            entries.append(dict(unit_id=unit_id, at=now, kind=ChronicleKind.IMPORT, automatic=True,
                                author=actor.display_name,
                                text=f"导入建档（{_where(file_name, plan)}）：{u.kind.value}，"
                                     f"建筑面积 {_area(u.building_area)}，状态 {u.state.value}"
                                     + (f"；登记{names}" if names else "")))
            done += 1
            _tick(progress, cancelled, done, total)
        registry.insert_chronicle(entries)
        trail.write()

    for n, plan in enumerate(changing, start=len(creating) + 1):
        _update_unit(uow, ctx, actor, plan, people, today, now, file_name)
        _tick(progress, cancelled, n, total)
    registry.flush()
    return ImportResult(len(creating), len(changing), unchanged, people.created, built)


def _where(file_name: str, plan: _UnitPlan) -> str:
    return f"{file_name} 第 {'、'.join(str(r) for r in plan.rows[:5])} 行"


CHUNK = 2000


class _AuditBatch:
    """The audit rows of many new units at once. Each row is the one audit.record would write
    (same columns, same hash chain through audit.row_digest); they are inserted together
    because one flush and one look-up per unit made a 20,000-unit import take minutes."""

    def __init__(self, trail: AuditRepository, ctx: Context, actor: Actor):
        self.trail, self.ctx, self.actor = trail, ctx, actor
        self.rows: list[dict] = []

    def add(self, action: str, entity: str, entity_id: object, *, summary: str, after: dict,
            unit_id: int | None) -> None:
        self.rows.append(dict(at=self.ctx.clock.now().astimezone(timezone.utc), actor_user_id=self.actor.user_id,
                              actor_name=self.actor.username, actor_role=self.actor.role.value, action=action,
                              entity=entity, entity_id=None if entity_id is None else str(entity_id),
                              unit_id=unit_id, summary=summary, before=None, after=audit.dump(after)))

    def write(self) -> None:
        if not self.rows:
            return
        self.trail.flush()
        prev = self.trail.last_hash_locked() or audit.GENESIS
        for r in self.rows:
            r["prev_hash"] = prev
            r["hash"] = prev = audit.row_digest(prev, r["at"], r["actor_name"], r["actor_role"], r["action"],
                                                r["entity"], r["entity_id"], r["unit_id"], r["summary"],
                                                r["before"], r["after"])
        self.trail.insert_rows(self.rows)
        self.rows = []


class _People:
    """The people an import registers: one row per person (same name and ID number, or same
    name and phone, is one person, also across units and against people already on file)."""

    def __init__(self, registry: RegistryRepository, now, known: dict[tuple[str, str], int]):
        self.registry = registry
        self.now = now
        self.known = known
        self.rows: dict[tuple, dict] = {}
        self.ids: dict[tuple, int] = {}
        self.created = 0

    def key(self, name: str, phone: str, phone2: str, idn: str) -> tuple:
        key = (name, "id", idn) if idn else ((name, "tel", phone) if phone else (name, "row", self.created + len(self.rows)))
        if key in self.rows or key in self.ids:
            return key
        if idn and (idn, name) in self.known:
            self.ids[key] = self.known[(idn, name)]
            return key
        self.rows[key] = dict(name=name, initials=pinyin.initials(name), pinyin=pinyin.full(name),
                              id_type=IdType.RESIDENT.value if idn else None, id_number=idn or None,
                              phone=phone or None, phone2=phone2 or None, phone_last4=phone[-4:] if phone else None,
                              notes="", created_at=self.now)
        return key

    def insert(self) -> None:
        pending = list(self.rows)
        for key, pid in zip(pending, self.registry.insert_people([self.rows[k] for k in pending])):
            self.ids[key] = pid
        self.created += len(pending)
        self.rows = {}

    def id_of(self, key: tuple) -> int:
        return self.ids[key]


def _update_unit(uow: UnitOfWork, ctx: Context, actor: Actor, plan: _UnitPlan, people: _People, today, now,
                 file_name: str) -> None:
    unit = uow.registry.unit(plan.existing_id)
    before = {k: b for k, (b, _) in plan.changes.items()}
    after = {k: a for k, (_, a) in plan.changes.items()}
    for key, (_, value) in plan.changes.items():
        setattr(unit, key, value)
    unit.updated_at = now
    bits = [f"{_LABELS[k]} {_show(b)}→{_show(a)}" for k, (b, a) in plan.changes.items()]
    keys = [(people.key(n, p, p2, i), r, n) for n, r, p, p2, i in plan.new_people]
    people.insert()
    for key, relation, name in keys:
        uow.registry.add(UnitPerson(unit_id=unit.id, person_id=people.id_of(key), relation=relation, since=today))
        bits.append(f"登记{relation.value} {name}")
    for pid, name, diff in plan.people_updates:
        person = uow.registry.person(pid)
        for attr, (_, value) in diff.items():
            setattr(person, attr, value)
            if attr == "phone":
                person.phone_last4 = value[-4:]
            if attr == "id_number":
                person.id_type = IdType.RESIDENT.value
        bits.append(f"{name} 的{'、'.join(_LABELS[a] for a in diff)}已更新")
        before[name] = {a: _mask_value(a, b) for a, (b, _) in diff.items()}
        after[name] = {a: _mask_value(a, v) for a, (_, v) in diff.items()}
    if plan.new_people:
        after["people_added"] = [_masked(x) for x in plan.new_people]
    uow.registry.flush()
    audit.record(uow.session, ctx, actor, "registry.unit.import", "unit", unit.id, unit_id=unit.id,
                 summary=f"导入更新房屋 {plan.code}", before=before, after=after)
    chronicle(uow.session, ctx, actor, unit.id, ChronicleKind.IMPORT, f"导入更新（{_where(file_name, plan)}）：{'；'.join(bits)}")


_LABELS = {"floor": "楼层", "kind": "类型", "state": "状态", "building_area": "建筑面积", "inner_area": "套内面积",
           "delivered_on": "交房日期", "notes": "备注", "phone": "电话", "phone2": "备用电话", "id_number": "身份证号"}


def _show(value) -> str:
    if value is None or value == "":
        return "（空）"
    return getattr(value, "value", None) or str(value)


def _mask_value(attr: str, value) -> str:
    return mask_id_number(value) if attr == "id_number" else mask_phone(value)


def _masked(p: tuple) -> dict:
    name, relation, phone, phone2, idn = p
    return {"name": name, "relation": relation.value, "phone": mask_phone(phone), "id_number": mask_id_number(idn)}


def _area(value: Decimal | None) -> str:
    return "（未填）" if value is None else f"{value} ㎡"
