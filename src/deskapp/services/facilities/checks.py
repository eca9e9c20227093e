"""开馆/闭馆检查: each facility looked over when it opens and closes, item by item; a finding is
written down and becomes a repair order at once (reception's repairs, in the same transaction)."""
from __future__ import annotations

from deskapp.contracts.facilities import CheckRow
from deskapp.domain import facilities as rules
from deskapp.domain.facilities import CheckKind, CheckLine
from deskapp.domain.local_time import local
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.facilities._common import CHECK, VIEW, facility_of
from deskapp.services.reception import create_repair_order_in
from deskapp.store.models.facilities import FacilityCheck, FacilityCheckLine
from deskapp.store.queries import facilities as q


def check_items() -> tuple[str, ...]:
    return rules.CHECK_ITEMS


@changes(Change.FACILITIES, Change.RECEPTION)
def record_check(ctx: Context, actor: Actor, facility_id: int, kind: CheckKind, lines: list[CheckLine]) -> list[str]:
    """The check and the numbers of the repair orders its findings became."""
    actor.require(CHECK)
    lines = rules.check_lines(lines)
    now = ctx.clock.now()
    with ctx.uow() as uow:
        s = uow.session
        f = facility_of(uow, facility_id)
        c = uow.facilities.add(FacilityCheck(facility_id=f.id, day=local(now).date(), kind=kind, created_at=now,
                                             created_by=actor.display_name))
        uow.facilities.flush()
        repairs = []
        for line in lines:
            number = ""
            if not line.ok:
                number = create_repair_order_in(s, ctx, actor, unit_id=None, location=f.name,
                                                fault=f"{kind.value}发现：{line.item}，{line.note}",
                                                reported_by=actor.display_name, source=f"{f.name}{kind.value}")
                repairs.append(number)
            uow.facilities.add(FacilityCheckLine(check_id=c.id, item=line.item, ok=line.ok, note=line.note,
                                                 repair_number=number))
        uow.facilities.flush()
        audit.record(s, ctx, actor, "facilities.check", "facility_check", c.id,
                     summary=f"{f.name}{kind.value}：{len(lines) - len(repairs)} 项正常，{len(repairs)} 项问题",
                     after={"facility": f.name, "kind": kind.value,
                            "findings": [[x.item, x.note] for x in lines if not x.ok], "repairs": repairs})
        uow.commit()
        return repairs


def checks_today(ctx: Context, actor: Actor) -> list[CheckRow]:
    actor.require(VIEW)
    with ctx.reader() as uow:
        return [CheckRow(c.id, name, c.kind, c.created_at, c.created_by,
                         [f"{x.item}：{x.note}（{x.repair_number}）" for x in c.lines if not x.ok])
                for c, name in q.checks_on(uow.session, ctx.clock.today())]
