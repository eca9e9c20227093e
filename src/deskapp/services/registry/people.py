"""The people of a unit: owners, family, tenants and authorised persons, their ties to the unit
(kept as history when they end) and their contact and ID details."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, NotFound, ValidationError
from deskapp.domain.idcard import IdType, normalise_id_number
from deskapp.domain.people import Authority, Relation, check_authority_until, check_name, normalise_phone
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.services import audit
from deskapp.services.registry import pinyin
from deskapp.services.context import Actor, Context
from deskapp.services.registry.chronicle import chronicle
from deskapp.services.registry.common import EDIT_PEOPLE, unit_or_404
from deskapp.services.changes import Change, changes
from deskapp.store.models.registry import Person, UnitPerson
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session


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
    version: int = 0  # the person's, sent back by 编辑人员: a save over another desk's is refused
    granted_by: str = ""  # an authorisation: the owner who gave it (co-owners: the one the clerk chose)
    phone2: str = ""  # 备用电话, masked

    @property
    def phones(self) -> str:
        """The phone column of the page and the paper: the mobile, then 备用电话 when there is one."""
        return " / ".join(x for x in (self.phone, self.phone2) if x)


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
    version: int | None = None  # PersonView.version as the form loaded it; None: whatever it is now
    note: str | None = None  # the tie's 备注 (子女, 经营：便利店, why the authority was given); None: kept
    name: str | None = None  # a name mistyped at registration, corrected (its pinyin keys with it); None: kept
    phone2: str = ""  # 备用电话; blank keeps the one on file, as the mobile


NOTE_MAX = 200


def person_view(t: UnitPerson) -> PersonView:
    p = t.person
    return PersonView(
        tie_id=t.id, person_id=p.id, name=p.name, relation=t.relation, phone=mask_phone(p.phone),
        id_type=p.id_type or "", id_number=mask_id_number(p.id_number), since=t.since, until=t.until,
        lease_start=t.lease_start, lease_end=t.lease_end,
        authorities=tuple(Authority[a] for a in t.authorities.split(",") if a), note=t.note,
        authority_until=t.authority_until, version=p.version,
        granted_by=t.grantor.name if t.relation is Relation.AUTHORISED and t.grantor is not None else "",
        phone2=mask_phone(p.phone2),
    )


def validated_person(data: PersonInput) -> dict:
    name = check_name(data.name)
    phone = normalise_phone(data.phone, "手机号") if data.phone.strip() else None
    phone2 = normalise_phone(data.phone2, "备用电话") if data.phone2.strip() else None
    id_number = normalise_id_number(data.id_type, data.id_number) if data.id_number.strip() else None
    return {
        "name": name, "initials": pinyin.initials(name), "pinyin": pinyin.full(name),
        "id_type": data.id_type.value if id_number else None, "id_number": id_number,
        "phone": phone, "phone2": phone2, "phone_last4": phone[-4:] if phone else None, "notes": data.notes,
    }


@changes(Change.PEOPLE, Change.UNITS, Change.CHRONICLE)
def add_person(ctx: Context, actor: Actor, unit_id: int, data: PersonInput, relation: Relation, *,
               since: date | None = None, lease_start: date | None = None, lease_end: date | None = None,
               authorities: tuple[Authority, ...] = (), note: str = "", authority_until: date | None = None,
               granted_by: int | None = None) -> int:
    """Attach a new person to a unit; returns the tie's id. An authorisation may have a last day, and
    names the owner who gives it (`granted_by`, a person id; None: the unit's first owner)."""
    actor.require(EDIT_PEOPLE)
    if relation is Relation.AUTHORISED and not authorities:
        raise ValidationError("授权事项", f"请至少选择一项：{'/'.join(a.value for a in Authority)}")
    with ctx.uow() as uow:
        tie_id = insert_person(uow.session, ctx, actor, unit_id, data, relation, since=since,
                               lease_start=lease_start, lease_end=lease_end, authorities=authorities, note=note,
                               authority_until=authority_until, granted_by=granted_by)
        uow.commit()
        return tie_id


def insert_person(session: Session, ctx: Context, actor: Actor, unit_id: int, data: PersonInput, relation: Relation,
                  *, since: date | None = None, lease_start: date | None = None, lease_end: date | None = None,
                  authorities: tuple[Authority, ...] = (), note: str = "",
                  authority_until: date | None = None, granted_by: int | None = None) -> int:
    repo = RegistryRepository(session)
    u = unit_or_404(repo, unit_id)
    values = validated_person(data)
    if relation is Relation.TENANT and lease_start and lease_end and lease_end < lease_start:
        raise ValidationError("租期结束", "不能早于租期开始")
    if relation is Relation.AUTHORISED:
        check_authority_until(authority_until, since or ctx.clock.today())
    person = Person(**values, created_at=ctx.clock.now())
    repo.add(person)
    repo.flush()
    # An authorisation is given by one of the unit's owners (the first unless the clerk named
    # another co-owner); it stops counting once that person is no longer an owner (产权变更).
    owners = repo.current_owners(u.id) if relation is Relation.AUTHORISED else []
    grantor = owners[0].person_id if owners else None
    if granted_by is not None and relation is Relation.AUTHORISED:
        if granted_by not in {t.person_id for t in owners}:
            raise ValidationError("授权业主", f"只能由 {u.code} 的现业主授权")
        grantor = granted_by
    tie = UnitPerson(unit_id=u.id, person_id=person.id, relation=relation, since=since or ctx.clock.today(),
                     lease_start=lease_start, lease_end=lease_end,
                     authorities=",".join(a.name for a in authorities), note=note,
                     authority_until=authority_until if relation is Relation.AUTHORISED else None,
                     granted_by=grantor)
    repo.add(tie)
    repo.flush()
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
        tie = uow.registry.get(UnitPerson, tie_id)
        if tie is None or tie.until is not None:
            raise NotFound("该人员关系不存在或已结束")
        if tie.relation is Relation.OWNER:
            raise Conflict("业主不能直接移除，请办理产权变更")
        end = on or ctx.clock.today()
        if tie.since is not None and end < tie.since:
            raise ValidationError("结束日期", f"不能早于登记日期 {tie.since:%Y-%m-%d}")
        tie.until = end
        u = uow.registry.unit(tie.unit_id)
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
    phone2 = normalise_phone(edit.phone2, "备用电话") if edit.phone2.strip() else None
    id_number = normalise_id_number(edit.id_type, edit.id_number) if edit.id_number.strip() else None
    name = None if edit.name is None else check_name(edit.name)
    note = None if edit.note is None else edit.note.strip()
    if note is not None and len(note) > NOTE_MAX:
        raise ValidationError("备注", f"不能超过 {NOTE_MAX} 字（现 {len(note)} 字）")
    with ctx.uow() as uow:
        tie = uow.registry.get(UnitPerson, tie_id)
        if tie is None or tie.until is not None:
            raise NotFound("该人员关系不存在或已结束")
        person = uow.registry.editing(tie.person, edit.version)
        was = person.name  # the chronicle and the audit name the person as the desk knew them
        before, after, changed = {}, {}, []

        def change(key: str, label: str, old, new, shown=lambda v: v) -> bool:
            if old == new:
                return False
            before[key], after[key] = shown(old), shown(new)
            changed.append(label)
            return True

        if name is not None and change("name", "姓名", person.name, name):
            person.name, person.initials, person.pinyin = name, pinyin.initials(name), pinyin.full(name)
        if phone is not None and change("phone", "手机号", person.phone, phone, mask_phone):
            person.phone, person.phone_last4 = phone, phone[-4:]
        if phone2 is not None and change("phone2", "备用电话", person.phone2, phone2, mask_phone):
            person.phone2 = phone2
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
        if note is not None and change("note", "备注", tie.note or "", note):
            tie.note = note
        if changed:
            # saved through the person's row even when only the tie changed, so its version is checked
            uow.registry.sign(person, actor.display_name, ctx.clock.now())
            u = uow.registry.unit(tie.unit_id)
            what = "、".join(changed) + (f"（{was} → {name}）" if "name" in after else "")
            audit.record(uow.session, ctx, actor, "registry.person.edit", "unit_person", tie.id, unit_id=u.id,
                         summary=f"{u.code} 修改{tie.relation.value} {was}的{what}",
                         before=before, after=after)
            chronicle(uow.session, ctx, actor, u.id, ChronicleKind.PEOPLE,
                      f"修改{tie.relation.value} {was}的{what}")
            uow.commit()
        return person_view(tie)
