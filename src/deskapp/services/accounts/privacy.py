"""Personal data under PIPL: masked everywhere by default; a supervisor may reveal one
record at a time or export full numbers, and each time it goes into the audit trail.

Other areas' exports call `unmasked_export(...)` when asked for full numbers: it refuses a
role that may not, audits the export and returns the notice for the sheet's first row."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from deskapp.domain.errors import ValidationError, found
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.privacy import mask_id_number, mask_phone
from deskapp.services import audit
from deskapp.services.context import Actor, Context

REVEAL = define("privacy.reveal", "查看完整证件号码或电话", SUPERVISORS)
UNMASKED_EXPORT = define("privacy.export.unmasked", "导出完整证件号码和电话", SUPERVISORS)

FIELDS = {"id_number": "证件号码", "phone": "手机号", "phone2": "备用电话"}


def _keep(value: str | None) -> str:
    return value or ""


@dataclass(frozen=True)
class Masker:
    """How an export or a print shows personal data: masked, or in full after `unmasked_export`."""

    id_number: Callable[[str | None], str]
    phone: Callable[[str | None], str]
    unmasked: bool


MASKED = Masker(mask_id_number, mask_phone, False)
_FULL = Masker(_keep, _keep, True)


# Set when an export actually wrote full numbers: the export's audit entry records what the file
# holds, not what was asked for (a masked export audited as unmasked misleads the supervisor).
_WROTE_FULL: ContextVar[bool] = ContextVar("wrote_full_numbers", default=False)


@contextmanager
def watching_export() -> Iterator[Callable[[], bool]]:
    """Around one export: yields a function saying whether it wrote full numbers."""
    token = _WROTE_FULL.set(False)
    try:
        yield _WROTE_FULL.get
    finally:
        _WROTE_FULL.reset(token)


def unmask_allowed(actor: Actor) -> None:
    """Raises PermissionDenied unless the actor may see full numbers in an export."""
    actor.require(UNMASKED_EXPORT)


def unmasked_notice(ctx: Context, actor: Actor) -> str:
    at = ctx.clock.now().strftime("%Y-%m-%d %H:%M")
    return f"本表含完整证件号码和电话，仅限内部使用，不得外传（{actor.display_name}，{actor.role.value}，{at} 导出）"


def unmasked_export(ctx: Context, actor: Actor, name: str, out: Path | str, *, rows: int | None = None) -> str:
    """Check, audit, and return the first-row notice of an export with full numbers."""
    unmask_allowed(actor)
    _WROTE_FULL.set(True)
    audit.record_event(ctx, actor, "privacy.export.unmasked", "export", name,
                       summary=f"导出含完整证件号码和电话的“{name}”到 {Path(out).name}",
                       after={"file": str(out), **({"rows": rows} if rows is not None else {})})
    return unmasked_notice(ctx, actor)


def masker(ctx: Context, actor: Actor, name: str, out: Path | str, unmasked: bool) -> tuple[Masker, str]:
    """(masker, first-row notice or "") for an export, auditing it when unmasked."""
    if not unmasked:
        return MASKED, ""
    return _FULL, unmasked_export(ctx, actor, name, out)


def reveal(ctx: Context, actor: Actor, person_id: int, field: str = "id_number", *,
           unit_id: int | None = None) -> str:
    """The full value of one field of one person, for a supervisor; audited each time."""
    actor.require(REVEAL)
    if field not in FIELDS:
        raise ValidationError("字段", f"只能查看{'、'.join(FIELDS.values())}")
    with ctx.uow() as uow:
        person = found(uow.registry.person(person_id), f"人员（编号 {person_id}）不存在")
        if unit_id is None:
            unit_id = uow.registry.latest_unit_of(person_id)
        value = getattr(person, field) or ""
        audit.record(uow.session, ctx, actor, "privacy.reveal", "person", person.id, unit_id=unit_id,
                     summary=f"查看 {person.name} 的完整{FIELDS[field]}")
        uow.commit()
        return value


# A desk role may see one phone number in full when the work needs it: calling back a
# repair or calling about arrears. The purpose is chosen from this list and goes into the audit.
REVEAL_FOR_WORK = define("privacy.reveal.work", "为回访、催缴查看完整电话", DESK)
PURPOSES = ("回访", "催缴")


def reveal_phone_for(ctx: Context, actor: Actor, person_id: int, purpose: str, note: str = "", *,
                     unit_id: int | None = None) -> str:
    """One person's full mobile for a stated purpose (回访 or 催缴); audited each time."""
    actor.require(REVEAL_FOR_WORK)
    if purpose not in PURPOSES:
        raise ValidationError("用途", f"请选择用途：{'、'.join(PURPOSES)}")
    note = (note or "").strip()
    if len(note) > 100:
        raise ValidationError("说明", "说明不能超过 100 字")
    with ctx.uow() as uow:
        person = found(uow.registry.person(person_id), f"人员（编号 {person_id}）不存在")
        audit.record(uow.session, ctx, actor, "privacy.reveal.work", "person", person.id, unit_id=unit_id,
                     summary=f"为{purpose}查看 {person.name} 的完整手机号" + (f"（{note}）" if note else ""),
                     after={"purpose": purpose, **({"note": note} if note else {})})
        uow.commit()
        return person.phone or ""
