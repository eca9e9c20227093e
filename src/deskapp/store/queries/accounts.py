"""Read side of the audit trail: filtered, sorted and paged in SQL (it grows without bound)."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from sqlalchemy import Select, String, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session

from deskapp.domain.permissions import Role
from deskapp.store.models.accounts import AuditEntry, User
from deskapp.store.models.billing import Receipt
from deskapp.store.models.keys import KeyLoan
from deskapp.store.models.reception import ServiceRequest
from deskapp.store.models.registry import Unit
from deskapp.store.natural import natural
from deskapp.store.plain_rows import select_rows
from deskapp.store.queries.filters import filtered_by
from deskapp.contracts.accounts import AuditFilter, AuditRow
from deskapp.contracts.paging import Page


SORTS = {
    "at": (AuditEntry.id,),
    "actor": (AuditEntry.actor_name, AuditEntry.id),
    "action": (AuditEntry.action, AuditEntry.id),
    "unit": (natural(Unit.code), AuditEntry.id),
    "entity": (AuditEntry.entity, AuditEntry.entity_id, AuditEntry.id),
}


def _filtered(stmt: Select, f: AuditFilter) -> Select:
    if f.actor_name:
        stmt = stmt.where(AuditEntry.actor_name == f.actor_name)
    stmt = filtered_by(stmt, f, at=AuditEntry.at, unit=AuditEntry.unit_id)
    if f.action:
        if f.action.endswith("."):
            stmt = stmt.where(AuditEntry.action.startswith(f.action, autoescape=True))
        else:
            stmt = stmt.where(AuditEntry.action == f.action)
    if f.text:
        for word in f.text.split():
            stmt = stmt.where(or_(AuditEntry.summary.contains(word, autoescape=True),
                                  AuditEntry.entity_id == word))
    return stmt


def _rows_stmt(f: AuditFilter) -> Select:
    stmt = select(AuditEntry.id, AuditEntry.at, AuditEntry.actor_name, AuditEntry.actor_role, AuditEntry.action,
                  AuditEntry.entity, AuditEntry.entity_id, AuditEntry.unit_id, Unit.code.label("unit_code"), AuditEntry.summary,
                  AuditEntry.before, AuditEntry.after).outerjoin(Unit, Unit.id == AuditEntry.unit_id)
    return _filtered(stmt, f)


def page(session: Session, f: AuditFilter, *, sort: str = "at", descending: bool = True, offset: int = 0,
         limit: int = 200, total: int | None = None) -> Page[AuditRow]:
    keys = SORTS.get(sort, SORTS["at"])
    order = [k.desc() if descending else k.asc() for k in keys]
    if total is None:
        total = count(session, f)
    rows = session.execute(_rows_stmt(f).order_by(*order).offset(offset).limit(limit)).all()
    return Page([AuditRow(**r._mapping) for r in rows], total, offset)


def count(session: Session, f: AuditFilter) -> int:
    return session.execute(_filtered(select(func.count(AuditEntry.id)), f)).scalar_one()


def stream(session: Session, f: AuditFilter, batch: int = 2000) -> Iterator[AuditRow]:
    """Every matching row, oldest first, by keyset pages (memory stays flat)."""
    last = 0
    while True:
        rows = session.execute(_rows_stmt(f).where(AuditEntry.id > last).order_by(AuditEntry.id).limit(batch)).all()
        if not rows:
            return
        for r in rows:
            yield AuditRow(**r._mapping)
        last = rows[-1].id


def actor_names(session: Session) -> list[str]:
    return list(session.execute(select(AuditEntry.actor_name).distinct().order_by(AuditEntry.actor_name)).scalars())


def action_names(session: Session) -> list[str]:
    return list(session.execute(select(AuditEntry.action).distinct().order_by(AuditEntry.action)).scalars())


def chain_rows(session: Session, after_id: int = 0, batch: int = 20000) -> Iterator[tuple]:
    """All rows in id order for the hash-chain check, as plain tuples in keyset batches:
    (id, prev_hash, hash, at, actor_name, actor_role, action, entity, entity_id, unit_id,
    summary, before, after)."""
    cols = (AuditEntry.id, AuditEntry.prev_hash, AuditEntry.hash, AuditEntry.at, AuditEntry.actor_name,
            AuditEntry.actor_role, AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.unit_id,
            AuditEntry.summary, AuditEntry.before, AuditEntry.after)
    last = after_id
    while True:
        # Core rows, not ORM rows: a check walks every entry ever written
        rows = session.connection().execute(
            select(*cols).where(AuditEntry.id > last).order_by(AuditEntry.id).limit(batch)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


# The columns of a row's digest, in its order (services/audit.py row_digest). `at` is kept as
# naive UTC text on SQLite; the digest takes it as aware UTC isoformat with microseconds.
_DIGEST_AT = func.replace(type_coerce(AuditEntry.at, String), " ", "T").concat("+00:00")
_DIGEST_FIELDS = (AuditEntry.prev_hash, _DIGEST_AT, AuditEntry.actor_name, AuditEntry.actor_role, AuditEntry.action,
                  AuditEntry.entity, AuditEntry.entity_id, AuditEntry.unit_id, AuditEntry.summary,
                  AuditEntry.before, AuditEntry.after)


def chain_digest_texts(session: Session, after_id: int = 0, batch: int = 20000) -> Iterator[tuple] | None:
    """On SQLite: (id, prev_hash, hash, text) in id order, where text is the JSON array the row's
    digest is taken over, built by SQLite (json_quote escapes as json.dumps(ensure_ascii=False)
    does); None on a server, where the caller digests `chain_rows`. Ten years are 250,000 audit
    rows: built in C and only hashed in Python they cost less than half the CPU of decoding every
    column and encoding it again (issue 21 §4). A row stored in another form than the program
    writes (a hand-edited `at`) gives another text: the caller recomputes such a row's digest
    from `chain_rows` before calling it changed. Every column goes through json_quote, so no edit
    can move text from one column into the next and keep the text (and its hash) the same."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    return _digest_texts(session, after_id, batch)


def _digest_texts(session: Session, after_id: int, batch: int) -> Iterator[tuple]:
    quoted = [func.json_quote(c) for c in _DIGEST_FIELDS]
    text = literal("[")
    for i, part in enumerate(quoted):
        text = text.concat(part) if i == 0 else text.concat(", ").concat(part)
    text = type_coerce(text.concat("]"), String)
    last = after_id
    while True:
        rows = select_rows(session, select(AuditEntry.id, AuditEntry.prev_hash, AuditEntry.hash, text)
                           .where(AuditEntry.id > last).order_by(AuditEntry.id).limit(batch))
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def work_since(session: Session, at: datetime | None) -> dict[str, int]:
    """What a restore of a backup taken at `at` would lose, counted in the current database:
    receipts issued, requests and complaints registered, keys lent after `at` (all when None)."""
    def count(column) -> int:
        q = select(func.count()).select_from(column.class_)
        return session.execute(q.where(column > at) if at is not None else q).scalar_one()

    return {"receipts": count(Receipt.issued_at), "requests": count(ServiceRequest.registered_at),
            "loans": count(KeyLoan.lent_at)}


# Not work a restore loses: signing in and the backups themselves
NOT_WORK = ("accounts.login", "accounts.login_failed", "backup.create", "backup.before_upgrade")


def actions_since(session: Session, at: datetime | None) -> tuple[int, list[str]]:
    """The audit trail after `at` (all when None), signing in and backups left out: how many actions,
    and the summaries of the account changes among them (oldest first), which a restore undoes."""
    since = select(AuditEntry.action, AuditEntry.summary).where(AuditEntry.action.not_in(NOT_WORK))
    if at is not None:
        since = since.where(AuditEntry.at > at)
    rows = session.execute(since.order_by(AuditEntry.id)).all()
    return len(rows), [summary for action, summary in rows if action.startswith("accounts.")]


def staff_names(session: Session) -> list[str]:
    """The staff who can be chosen, by name: every active account of the service staff (clerk,
    steward, supervisor). The administrator's role is for setting the program up, not a member of
    the staff: an account that is only an administrator takes no shift, attends no meeting and is
    given no work."""
    return list(session.execute(select(User.display_name).where(User.active.is_(True), User.role != Role.ADMIN)
                                .order_by(User.display_name)).scalars())
