"""Printing the owner and unit files: the letterhead every registry print carries and the
《业户档案》 of one unit (people masked as on screen)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from deskapp.domain.local_time import local_text
from deskapp.domain.people import Relation, with_tie_note
from deskapp.domain.transfer import grantor_worth_naming
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.context import Actor, Context

if TYPE_CHECKING:
    from deskapp.documents.registry import pdf as registry_pdf


def letterhead(ctx: Context, actor: Actor) -> registry_pdf.Letterhead:
    from deskapp.documents.registry import pdf as registry_pdf  # reportlab only when printing (start-up time)

    with ctx.reader() as uow:
        c = uow.registry.centre()
    return registry_pdf.Letterhead(centre_name=c.name, community=c.community, printed_on=ctx.clock.today(),
                                   printed_by=actor.display_name)


def _d(value) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def _lease_or_authority(p: registry_people.PersonView, owners: list[str]) -> str:
    """The lease or the authorities, then the tie's note (a tenant's 经营：便利店, why an authority was
    given), as the unit page shows them."""
    return with_tie_note(_terms(p, owners), p.note)


def _terms(p: registry_people.PersonView, owners: list[str]) -> str:
    if p.relation is Relation.TENANT:
        return f"{_d(p.lease_start)} 至 {_d(p.lease_end) or '未定'}"
    if p.authorities:
        until = f"（至 {_d(p.authority_until)}）" if p.authority_until else ""
        given = f"（{p.granted_by} 授权）" if grantor_worth_naming(p.granted_by, owners) else ""
        return "、".join(a.value for a in p.authorities) + given + until
    return ""


def unit_file_doc(page: registry_units.UnitPage) -> registry_pdf.UnitFileDoc:
    from deskapp.documents.registry import pdf as registry_pdf

    owners = [p.name for p in page.people if p.relation is Relation.OWNER]
    facts = [
        ("楼栋", page.building), ("单元", page.stairwell), ("房号", page.room), ("楼层", str(page.floor or "")),
        ("类型", page.kind.value), ("状态", page.state.value),
        ("建筑面积", f"{page.building_area} ㎡" if page.building_area is not None else "（缺）"),
        ("套内面积", f"{page.inner_area} ㎡" if page.inner_area is not None else ""),
        ("交房日期", _d(page.delivered_on)), ("业主", page.owners), ("备注", page.notes),
    ]
    return registry_pdf.UnitFileDoc(
        code=page.code, facts=facts,
        people=[[p.relation.value, p.name, p.phones, f"{p.id_type} {p.id_number}".strip(), _d(p.since),
                 _lease_or_authority(p, owners)] for p in page.people],
        history=[[p.relation.value, p.name, _d(p.since), _d(p.until)] for p in page.history],
        instructions=[[i.text, _d(i.starts_on), _d(i.ends_on) or "长期"] for i in page.instructions],
        transfers=[[_d(t.transferred_on), t.previous_owners, t.new_owners, t.reference, t.note, "；".join(t.settled)]
                   for t in page.transfers],
        chronicle=[[local_text(c.at), c.kind.value, c.text, c.author]
                   for c in page.chronicle],
    )


def unit_file_pdf(ctx: Context, actor: Actor, unit_id: int) -> bytes:
    """《业户档案》 of one unit, as its page shows it (the service checks the role)."""
    from deskapp.documents.registry import pdf as registry_pdf

    page = registry_units.unit_page(ctx, actor, unit_id)
    return registry_pdf.unit_file_pdf(letterhead(ctx, actor), unit_file_doc(page))
