"""有偿维修 paid at the counter: billing's 临时收费 chooses among a unit's paid repair orders here
and pays one; the order then shows the receipt (RepairRow.fee_receipt, read from the charge)."""
from __future__ import annotations

from deskapp.contracts.reception import RepairRow
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.store.queries import reception as q
from deskapp.store.uow import Session


def payable_repairs(session: Session, unit_id: int) -> list[RepairRow]:
    """The unit's 有偿 orders not cancelled and not yet paid, oldest first."""
    return [r for r in q.paid_repairs_of(session, unit_id) if not r.fee_receipt]


def repair_to_pay(session: Session, number: str, unit_id: int) -> RepairRow:
    """The order a 有偿维修 charge pays: the unit's own, 有偿, not cancelled, not paid already."""
    row = q.repair_by_number(session, number.strip().upper())
    if row is None:
        raise ValidationError("维修单", f"维修单 {number} 不存在")
    if row.unit_id != unit_id:
        raise ValidationError("维修单", f"维修单 {row.number} 不是本房屋的维修单")
    if not row.paid:
        raise ValidationError("维修单", f"维修单 {row.number} 是免费维修，不收费")
    if row.fee_receipt:
        raise Conflict(f"维修单 {row.number} 已收费，收据 {row.fee_receipt}")
    if row not in q.paid_repairs_of(session, unit_id):
        raise ValidationError("维修单", f"维修单 {row.number} 已取消")
    return row
