"""产权变更: the new owners take over, and each of the seller's arrangements — authorised people,
family, tenants, 前台须知, keys held in custody — is ended or kept by the clerk's explicit choice,
in the same transaction, audited.

Keys belong to another area: it lists and settles its own arrangements through the hooks
"transfer_arrangements" and "settle_transfer" (see services/hooks.py)."""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import ValidationError
from deskapp.domain.people import Authority, Relation
from deskapp.domain.transfer import Arrangement, ArrangementKind, Choice, describe, resolve_choices
from deskapp.services import audit, hooks
from deskapp.services.context import Actor, Context
from deskapp.services.registry.chronicle import chronicle
from deskapp.services.registry.common import TRANSFER, unit_or_404
from deskapp.services.registry.people import PersonInput, validated_person
from deskapp.services.changes import Change, changes
from deskapp.store.models.registry import DeskInstruction, OwnershipTransfer, Person, UnitPerson
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

_TIE_KINDS = {Relation.AUTHORISED: ArrangementKind.AUTHORISED, Relation.FAMILY: ArrangementKind.FAMILY,
              Relation.TENANT: ArrangementKind.TENANT}


@dataclass(frozen=True)
class TransferResult:
    previous_owners: str
    new_owners: str
    settled: list[str]  # one line per arrangement: what was ended or kept


def _tie_text(t: UnitPerson) -> str:
    if t.relation is Relation.AUTHORISED:
        rights = "、".join(Authority[a].value for a in t.authorities.split(",") if a)
        return f"{t.person.name}（{rights}）" if rights else t.person.name
    if t.relation is Relation.TENANT and t.lease_end:
        return f"{t.person.name}（租期至 {t.lease_end:%Y-%m-%d}）"
    return t.person.name


def _registry_arrangements(session: Session, unit_id: int, today: date) -> list[Arrangement]:
    repo = RegistryRepository(session)
    out = [Arrangement(f"tie:{t.id}", _TIE_KINDS[t.relation], _tie_text(t))
           for t in repo.ties(unit_id) if t.relation in _TIE_KINDS]
    out += [Arrangement(f"instruction:{i.id}", ArrangementKind.INSTRUCTION, i.text)
            for i in repo.instructions(unit_id) if i.ends_on is None or i.ends_on >= today]
    return out


def _all_arrangements(session: Session, ctx: Context, unit_id: int) -> list[Arrangement]:
    return (_registry_arrangements(session, unit_id, ctx.clock.today())
            + hooks.collect(hooks.Hook.TRANSFER_ARRANGEMENTS, session, ctx, unit_id))


def arrangements(ctx: Context, actor: Actor, unit_id: int) -> list[Arrangement]:
    """What the seller set up for the unit, for the transfer dialog to ask about one by one."""
    actor.require(TRANSFER)
    with ctx.reader() as uow:
        unit_or_404(uow.registry, unit_id)
        return _all_arrangements(uow.session, ctx, unit_id)


def _settle_tie(session: Session, ctx: Context, actor: Actor, tie: UnitPerson, choice: Choice, on: date,
                new_owner_id: int, code: str) -> None:
    if choice is Choice.END:
        end = max(on, tie.since) if tie.since else on
        tie.until = end
        audit.record(session, ctx, actor, "registry.person.end", "unit_person", tie.id, unit_id=tie.unit_id,
                     summary=f"{code} {tie.relation.value} {tie.person.name} 于 {end} 结束（产权变更）",
                     before={"until": None}, after={"until": end, "reason": "产权变更"})
    elif tie.relation is Relation.AUTHORISED:
        # Kept: the new owner stands behind the authority from now on (the clerk confirmed it).
        before = {"granted_by": tie.granted_by}
        tie.granted_by = new_owner_id
        audit.record(session, ctx, actor, "registry.person.regrant", "unit_person", tie.id, unit_id=tie.unit_id,
                     summary=f"{code} 授权人 {tie.person.name} 产权变更后由新业主继续授权",
                     before=before, after={"granted_by": new_owner_id})


def _settle_instruction(session: Session, ctx: Context, actor: Actor, ins: DeskInstruction, choice: Choice) -> None:
    if choice is Choice.END:
        ins.withdrawn_at = ctx.clock.now()
        audit.record(session, ctx, actor, "registry.instruction.withdraw", "desk_instruction", ins.id,
                     unit_id=ins.unit_id, summary=f"撤销前台须知（产权变更）：{ins.text[:40]}",
                     before={"withdrawn": False}, after={"withdrawn": True})


@changes(Change.PEOPLE, Change.UNITS, Change.CHRONICLE)
def _checked_owners(new_owners: list[PersonInput]) -> list[dict]:
    """Each new owner's record as the registry keeps it; a refusal names the owner's line."""
    if not new_owners:
        raise ValidationError("新业主", "至少登记一位新业主")
    out = []
    for n, data in enumerate(new_owners, start=1):
        try:
            out.append(validated_person(data))
        except ValidationError as exc:
            raise ValidationError(exc.field, exc.message, location=f"第 {n} 位新业主") from None
    return out


def _check_date(old: list[UnitPerson], on: date) -> None:
    if any(t.since and on < t.since for t in old):
        raise ValidationError("变更日期", "不能早于现业主的登记日期")


def check_transfer(ctx: Context, actor: Actor, unit_id: int, new_owners: list[PersonInput], on: date) -> None:
    """下一步：核对 — the transfer's own checks of the new owners and the date, before its summary
    is shown for confirmation; nothing is written."""
    actor.require(TRANSFER)
    _checked_owners(new_owners)
    with ctx.reader() as uow:
        _check_date(uow.registry.current_owners(unit_or_404(uow.registry, unit_id).id), on)


def transfer_ownership(ctx: Context, actor: Actor, unit_id: int, new_owners: list[PersonInput], on: date,
                       reference: str = "", note: str = "", *,
                       choices: Mapping[str, Choice] | None = None) -> TransferResult:
    """The current owners' ties end on `on` (kept as history), the new owners start, and every
    arrangement of the seller is ended or kept as `choices` says (one choice per arrangement)."""
    actor.require(TRANSFER)
    _checked_owners(new_owners)
    with ctx.uow() as uow:
        s = uow.session
        repo = RegistryRepository(s)
        u = unit_or_404(repo, unit_id)
        listed = _all_arrangements(s, ctx, u.id)
        decided = resolve_choices(listed, choices or {})
        old = repo.current_owners(u.id)
        _check_date(old, on)
        old_names = "、".join(t.person.name for t in old)
        for t in old:
            t.until = on
        new_people: list[Person] = []
        for values in _checked_owners(new_owners):
            person = Person(**values, created_at=ctx.clock.now())
            repo.add(person)
            repo.flush()
            repo.add(UnitPerson(unit_id=u.id, person_id=person.id, relation=Relation.OWNER, since=on))
            new_people.append(person)
        new_names = "、".join(p.name for p in new_people)
        for a in listed:
            kind, _, ident = a.ref.partition(":")
            if kind == "tie":
                _settle_tie(s, ctx, actor, repo.get(UnitPerson, int(ident)), decided[a.ref], on, new_people[0].id, u.code)
            elif kind == "instruction":
                _settle_instruction(s, ctx, actor, repo.get(DeskInstruction, int(ident)), decided[a.ref])
        hooks.collect(hooks.Hook.SETTLE_TRANSFER, s, ctx, actor, u.id, decided, on, new_names)
        settled = [describe(a, decided[a.ref]) for a in listed]
        repo.add(OwnershipTransfer(unit_id=u.id, transferred_on=on, previous_owners=old_names, new_owners=new_names,
                                reference=reference, note=note, arrangements="\n".join(settled),
                                created_at=ctx.clock.now(), created_by=actor.display_name))
        audit.record(s, ctx, actor, "registry.transfer", "unit", u.id, unit_id=u.id,
                     summary=f"{u.code} 产权变更：{old_names or '（无）'} → {new_names}",
                     before={"owners": old_names},
                     after={"owners": new_names, "on": on, "reference": reference, "arrangements": settled})
        chronicle(s, ctx, actor, u.id, ChronicleKind.TRANSFER,
                  f"产权变更（{on:%Y-%m-%d}）：{old_names or '（无）'} → {new_names}"
                  + (f"；原业主的安排：{'；'.join(settled)}" if settled else ""))
        uow.commit()
        return TransferResult(old_names, new_names, settled)
