"""The audit trail: one row per write, chained by hash so that tampering shows."""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from deskapp.services.context import Actor, Context
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.repositories.audit import AuditRepository
from deskapp.store.repositories.base import Repository
from deskapp.store.uow import Session

T = TypeVar("T")
GENESIS = "0" * 64
# One encoder for every digest: json.dumps would build a new one per call, and `deskapp check`
# recomputes millions of digests. Same output as json.dumps(..., ensure_ascii=False).
_DIGEST_JSON = json.JSONEncoder(ensure_ascii=False)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    return value


def dump(values: dict | None) -> str | None:
    if values is None:
        return None
    return json.dumps(_jsonable(values), ensure_ascii=False, sort_keys=True)


def row_digest(prev_hash: str, at: datetime, actor_name: str, actor_role: str, action: str,
               entity: str, entity_id: str | None, unit_id: int | None, summary: str,
               before: str | None, after: str | None) -> str:
    return text_digest(_DIGEST_JSON.encode(
        [prev_hash, at.isoformat(timespec="microseconds"), actor_name, actor_role, action, entity,
         entity_id, unit_id, summary, before, after]
    ))


def text_digest(payload: str) -> str:
    """The digest of a row's JSON text (`row_digest` builds the text; SQLite can too, see check)."""
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def record(session: Session, ctx: Context, actor: Actor, action: str, entity: str,
           entity_id: object = None, *, summary: str = "", before: dict | None = None,
           after: dict | None = None, unit_id: int | None = None, role_label: str | None = None) -> AuditEntry:
    """Append one audit row inside the caller's transaction (so it commits with the write).

    `role_label` replaces the actor's role in the row, e.g. "" for a failed login under a
    name that belongs to no account."""
    trail = AuditRepository(session)  # the caller's session: the row commits with its write
    prev = trail.last_hash_locked() or GENESIS
    at = ctx.clock.now()
    # Stored as UTC with microseconds; hash the stored form so `check` can recompute it.
    at = at.astimezone(timezone.utc)
    b, a = dump(before), dump(after)
    eid = None if entity_id is None else str(entity_id)
    role = (actor.task or actor.role.value) if role_label is None else role_label
    entry = AuditEntry(
        at=at, actor_user_id=actor.user_id, actor_name=actor.username, actor_role=role,
        action=action, entity=entity, entity_id=eid, unit_id=unit_id, summary=summary,
        before=b, after=a, prev_hash=prev,
        hash=row_digest(prev, at, actor.username, role, action, entity, eid, unit_id, summary, b, a),
    )
    trail.add(entry)
    trail.flush()
    return entry


def added(repo: Repository, ctx: Context, actor: Actor, row: T, action: str, entity: str, *, summary: str,
          after: dict, unit_id: int | None = None) -> T:
    """A new record of a `Created` table (store.models.columns) signed by the actor now, added through
    its area's repository, flushed for its id, and its creation audited under that id."""
    row.created_at, row.created_by = ctx.clock.now(), actor.display_name
    repo.add(row)
    repo.flush()
    record(repo.s, ctx, actor, action, entity, row.id, summary=summary, after=after, unit_id=unit_id)
    return row


def record_event(ctx: Context, actor: Actor, action: str, entity: str, entity_id: object = None, *,
                 summary: str = "", after: dict | None = None, unit_id: int | None = None) -> None:
    """An event that is not itself a write (a print, an export, a backup): its own transaction."""
    with ctx.uow() as uow:
        record(uow.session, ctx, actor, action, entity, entity_id, summary=summary, after=after, unit_id=unit_id)
        uow.commit()



def last_id(session: Session) -> int:
    """The newest row's id (0 on an empty trail): what came after it is written since."""
    head = AuditRepository(session).head()
    return head[0] if head else 0


def written_since(session: Session, after_id: int, *, except_prefix: str = "") -> bool:
    """Whether any row came after `after_id` (every write writes one in its own transaction),
    not counting actions that start with `except_prefix`."""
    return AuditRepository(session).rows_after(after_id, except_prefix=except_prefix) > 0
