"""单元大事记: the entries other areas write for their significant events, and the desk's own."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.text import require_text
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.registry.common import CHRONICLE, unit_or_404
from deskapp.services.changes import Change, changes
from deskapp.store.models.registry import ChronicleEntry
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session


@dataclass(frozen=True)
class ChronicleView:
    at: datetime
    kind: ChronicleKind
    text: str
    author: str
    automatic: bool


def chronicle(session: Session, ctx: Context, actor: Actor, unit_id: int, kind: ChronicleKind, text: str,
              *, automatic: bool = True) -> None:
    """Add a 单元大事记 entry inside the caller's transaction. Other areas call this for their
    significant events (交房, 装修, cards, keys...)."""
    RegistryRepository(session).add(ChronicleEntry(unit_id=unit_id, at=ctx.clock.now(), kind=kind, text=text,
                               automatic=automatic, author=actor.display_name))


@changes(Change.CHRONICLE)
def add_chronicle_entry(ctx: Context, actor: Actor, unit_id: int, text: str) -> None:
    actor.require(CHRONICLE)
    require_text(text, "内容")
    with ctx.uow() as uow:
        u = unit_or_404(uow.registry, unit_id)
        chronicle(uow.session, ctx, actor, u.id, ChronicleKind.MANUAL, text.strip(), automatic=False)
        audit.record(uow.session, ctx, actor, "registry.chronicle.add", "unit", u.id, unit_id=u.id,
                     summary=f"{u.code} 大事记：{text.strip()[:40]}", after={"text": text.strip()})
        uow.commit()
