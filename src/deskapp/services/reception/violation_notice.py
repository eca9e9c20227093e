"""整改通知书 for a 业户违章: issued once with a number of its own series (WZ2026-0001) and the
day of issue; printing again shows the same number and day (on a later day, 补打 with the print date)."""
from __future__ import annotations

from deskapp.documents.reception.rectification import RectificationDoc, rectification_pdf
from deskapp.domain.reception import ViolationState
from deskapp.domain.errors import ValidationError
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.services.reception._common import VIOLATION, event, get_or_404, next_number, note_unit
from deskapp.services.changes import Change, changes
from deskapp.store.models.reception import Violation
from deskapp.store.models.reception_notices import ViolationNotice

SERIES = "WZ"


def notice_number(year: int, seq: int) -> str:
    return f"{SERIES}{year}-{seq:04d}"


@changes(Change.RECEPTION, Change.CHRONICLE)
def rectification_notice(ctx: Context, actor: Actor, violation_id: int) -> tuple[str, bytes]:
    """(number, PDF). The first print issues the notice: numbered, dated, audited, in the history."""
    actor.require(VIOLATION)
    with ctx.uow() as uow:
        s = uow.session
        v: Violation = get_or_404(s, Violation, violation_id, "业户违章")
        n = uow.reception.violation_notice_of(v.id)
        if n is None:
            if v.state in (ViolationState.RECTIFIED, ViolationState.CLOSED):
                raise ValidationError("状态", f"该违章已{v.state.value}，无需发整改通知书")
            today = ctx.clock.today()
            n = ViolationNotice(violation_id=v.id, number=notice_number(today.year, next_number(s, SERIES, today.year)),
                                issued_on=today, issued_by=actor.display_name, issued_at=ctx.clock.now())
            uow.reception.add(n)
            uow.reception.flush()
            event(s, ctx, actor, "violation", v.id, "发出整改通知书", v.state.value, v.state.value, n.number)
            audit.record(s, ctx, actor, "reception.violation.notice", "rx_violation", v.id, unit_id=v.unit_id,
                         summary=f"发出整改通知书 {n.number}", after={"number": n.number, "issued_on": today})
            note_unit(s, ctx, actor, v.unit_id, f"发出整改通知书 {n.number}（{v.kind.value}）")
        code = uow.registry.unit(v.unit_id).code
        owners = "、".join(t.person.name for t in uow.registry.current_owners(v.unit_id))
        doc = RectificationDoc(centre=uow.registry.centre().name, number=n.number, unit_code=code, owner=owners,
                               kind=v.kind.value, found_on=v.found_on, found_by=v.found_by,
                               description=v.description, demanded=v.demanded, deadline=v.deadline,
                               issued_on=n.issued_on, issued_by=n.issued_by, printed_on=ctx.clock.today())
        number = n.number
        uow.commit()
    return number, rectification_pdf(doc)
