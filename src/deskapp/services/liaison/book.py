"""对外联络通讯录: the bodies the centre deals with (居委会, 街道, 派出所, 城管, 环保 …) and their people."""
from __future__ import annotations

from deskapp.contracts.liaison import BodyRow, ContactRow
from deskapp.domain import liaison as rules
from deskapp.domain.errors import Conflict, found
from deskapp.domain.liaison import BodyKind, ContactInput
from deskapp.domain.permissions import DESK, allowed, define
from deskapp.domain.privacy import mask_phone
from deskapp.services import audit
from deskapp.services.accounts.privacy import REVEAL
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.store.models.liaison import LiaisonBody, LiaisonContact
from deskapp.store.queries import liaison as q

VIEW = define("liaison.view", "查看对外联络", DESK)
BOOK = define("liaison.book", "维护对外联络通讯录", DESK)


@changes(Change.LIAISON)
def add_body(ctx: Context, actor: Actor, name: str, kind: BodyKind, phone: str = "", address: str = "") -> int:
    actor.require(BOOK)
    name = rules.check_body_name(name)
    phone = rules.check_phone(phone)
    with ctx.uow() as uow:
        if uow.liaison.body_named(name) is not None:
            raise Conflict(f"通讯录里已有 {name}")
        b = audit.added(uow.liaison, ctx, actor, LiaisonBody(name=name, kind=kind, phone=phone,
                                                             address=address.strip()[:120]),
                        "liaison.body", "liaison_body", summary=f"通讯录新增单位：{name}",
                        after={"name": name, "kind": kind, "phone": phone})
        uow.commit()
        return b.id


@changes(Change.LIAISON)
def add_contact(ctx: Context, actor: Actor, body_id: int, contact: ContactInput) -> int:
    actor.require(BOOK)
    c = rules.check_contact(contact)
    with ctx.uow() as uow:
        b = found(uow.liaison.body(body_id), "通讯录里没有这个单位")
        row = audit.added(uow.liaison, ctx, actor, LiaisonContact(body_id=b.id, name=c.name, role=c.role, phone=c.phone),
                          "liaison.contact", "liaison_contact", summary=f"{b.name} 新增联系人：{c.name} {c.role}",
                          after={"name": c.name, "role": c.role, "phone": c.phone})
        uow.commit()
        return row.id


@changes(Change.LIAISON)
def remove_contact(ctx: Context, actor: Actor, contact_id: int) -> None:
    """A person who is no longer the body's (the 主任 changed, the 民警 moved on) taken out of the book, so
    the desk does not ring them; what they were is kept in the audit trail. A new number is a removal
    and an addition."""
    actor.require(BOOK)
    with ctx.uow() as uow:
        c = found(uow.liaison.contact(contact_id), "通讯录里没有这个联系人")
        b = found(uow.liaison.body(c.body_id), "通讯录里没有这个单位")
        audit.record(uow.session, ctx, actor, "liaison.contact_remove", "liaison_contact", c.id,
                     summary=f"{b.name} 删除联系人：{c.name} {c.role}".rstrip(),
                     before={"name": c.name, "role": c.role, "phone": c.phone})
        uow.liaison.delete(c)
        uow.commit()


def contact_phone(ctx: Context, actor: Actor, contact_id: int) -> str:
    """One contact's full phone, for the desk to ring them: the book shows it masked, and a clerk or
    steward could not otherwise reach the 居委会 主任 or the 社区民警 it lists. Audited each time."""
    actor.require(VIEW)
    with ctx.uow() as uow:
        c = found(uow.liaison.contact(contact_id), "通讯录里没有这个联系人")
        b = found(uow.liaison.body(c.body_id), "通讯录里没有这个单位")
        audit.record(uow.session, ctx, actor, "liaison.contact_phone", "liaison_contact", c.id,
                     summary=f"查看通讯录联系人的完整电话：{b.name} {c.name}")
        uow.commit()
        return c.phone


def bodies(ctx: Context, actor: Actor) -> list[BodyRow]:
    """The book; a contact's phone is a person's, masked unless the actor may see full numbers (a body's
    switchboard is public, as the centre's own)."""
    actor.require(VIEW)
    shown = (lambda p: p) if allowed(actor.role, REVEAL) else mask_phone
    with ctx.reader() as uow:
        return [BodyRow(b.id, b.name, b.kind, b.phone, b.address,
                        tuple(ContactRow(c.id, c.name, c.role, shown(c.phone)) for c in b.contacts))
                for b in q.bodies(uow.session)]
