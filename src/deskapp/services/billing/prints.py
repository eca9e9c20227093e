"""What billing prints: 收费通知单 (batched), 收据, 费用入账和费用移交表, 催缴通知单, 复抄清单.
The services gather plain data here; the documents modules draw it."""
from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from deskapp.documents import billing_forms, billing_notice
from deskapp.domain.billing import Quarter, parse_quarter
from deskapp.domain.clock import CENTRE_TZ
from deskapp.domain.errors import ValidationError
from deskapp import output_file
from deskapp.services import audit, meters, settings
from deskapp.services.billing import handover as handover_svc
from deskapp.services.billing import payments, standards
from deskapp.services.billing.arrears import DunningLetter
from deskapp.services.billing.common import (
    NOTICE_SIZE, PAY_HOW, RECEIPT_TWO_PART, VIEW, Cancelled, centre, owners_by_unit,
)
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing import Bill, BillLine
from deskapp.store.models.registry import Building, Unit
from deskapp.store.repositories.billing import BillingRepository

ZERO = Decimal("0.00")
BATCH = 1000
PARALLEL_FROM = 3000  # below this, starting worker processes costs more than it saves
CHUNK = 500
MAX_WORKERS = 2


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _notice_unit_ids(session: Session, q: Quarter, building: str | None) -> list[int]:
    qy = (select(Bill.unit_id).join(Unit, Unit.id == Bill.unit_id).where(Bill.quarter == q.code)
          .group_by(Bill.unit_id, Unit.code).order_by(Unit.code))
    if building:
        qy = qy.join(Building, Building.id == Unit.building_id).where(Building.code == building)
    return list(session.execute(qy).scalars())


def iter_notices(session: Session, ctx: Context, q: Quarter, unit_ids: list[int]) -> Iterator[billing_notice.Notice]:
    """Notices for the units (in the order given), read in batches."""
    name, _address, phone = centre(session)
    pay_how = settings.get(ctx, PAY_HOW)
    described = {s.id: s.describe() for s in standards.load(session)}
    issued = f"{ctx.clock.today():%Y年%m月%d日}"
    period = f"{q.label}（{q.start:%Y.%m.%d}–{q.end:%Y.%m.%d}）"
    repo = BillingRepository(session)
    for start in range(0, len(unit_ids), BATCH):
        ids = unit_ids[start:start + BATCH]
        units = {u.id: u for u in session.execute(select(Unit.id, Unit.code, Unit.building_area)
                                                  .where(Unit.id.in_(ids)))}
        owners = owners_by_unit(session, ids)
        bills: dict[int, list] = defaultdict(list)
        for b in session.execute(select(Bill.unit_id, Bill.number, Bill.due_on)
                                 .where(Bill.unit_id.in_(ids), Bill.quarter == q.code).order_by(Bill.id)):
            bills[b.unit_id].append(b)
        lines: dict[int, list] = defaultdict(list)
        older: dict[int, list] = defaultdict(list)
        for ln in session.execute(
                select(BillLine.id, BillLine.unit_id, BillLine.quarter, BillLine.item, BillLine.basis,
                       BillLine.quantity, BillLine.unit_price, BillLine.amount, BillLine.period_start,
                       BillLine.period_end, BillLine.standard_id)
                .where(BillLine.unit_id.in_(ids), BillLine.quarter <= q.code).order_by(BillLine.quarter, BillLine.id)):
            (lines if ln.quarter == q.code else older)[ln.unit_id].append(ln)
        paid = repo.paid_for_units(ids) if older else {}
        waived = repo.waived_by_line() if older else {}
        for uid in ids:
            u = units[uid]
            bs = bills.get(uid)
            if not bs:
                continue
            arrears: dict[tuple[str, str], Decimal] = defaultdict(lambda: ZERO)
            for ln in older.get(uid, []):
                owed = ln.amount - paid.get(ln.id, ZERO) - waived.get(ln.id, ZERO)
                if owed:
                    arrears[(ln.quarter, ln.item.value)] += owed
            yield billing_notice.Notice(
                number=bs[0].number, centre=name, unit_code=u.code, owner=owners.get(uid, ""),
                area=u.building_area, period=period,
                lines=tuple(billing_notice.NoticeLine(
                    ln.item.value, described.get(ln.standard_id, "") if ln.standard_id else "", ln.basis,
                    ln.quantity, ln.unit_price, f"{ln.period_start:%m.%d}–{ln.period_end:%m.%d}", ln.amount)
                    for ln in lines.get(uid, [])),
                arrears=tuple((k[0], k[1], v) for k, v in sorted(arrears.items()) if v),
                due_on=f"{max(b.due_on for b in bs):%Y年%m月%d日}", pay_how=pay_how, contact=phone,
                issued_on=issued)


def notices(ctx: Context, actor: Actor, quarter: str, *, building: str | None = None,
            unit_ids: list[int] | None = None, size: str | None = None, parallel: int | None = None,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> tuple[bytes, int]:
    """收费通知单 for a building, some units or the whole community, one page each: (pdf, pages)."""
    actor.require(VIEW)
    q = parse_quarter(quarter)
    size = size or settings.get(ctx, NOTICE_SIZE)
    with ctx.reader() as uow:
        s = uow.session
        ids = unit_ids if unit_ids is not None else _notice_unit_ids(s, q, building)
        if not ids:
            raise _why_no_notices(s, q, building)
        total = len(ids)
        done = [0]

        def tick(n: int) -> None:
            done[0] = n
            if progress:
                progress(n, total)

        title = f"收费通知单 {q.code}"
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if parallel is None else parallel
        try:
            if workers > 1 and total >= PARALLEL_FROM:
                pdf = billing_notice.notices_pdf_parallel(_chunks(iter_notices(s, ctx, q, ids), CHUNK),
                                                          workers=workers, size=size, title=title,
                                                          progress=tick, cancelled=cancelled)
            else:
                pdf = billing_notice.notices_pdf(iter_notices(s, ctx, q, ids), size=size, title=title,
                                                 progress=tick, cancelled=cancelled)
        except InterruptedError:
            raise Cancelled() from None
    return pdf, total


def _why_no_notices(s: Session, q: Quarter, building: str | None) -> ValidationError:
    """No page to print: say whether the building or the quarter is the reason."""
    if building and s.scalar(select(Building.id).where(Building.code == building.strip())) is None:
        return ValidationError("楼栋", f"没有楼栋“{building}”")
    where = f"{building} 栋" if building else ""
    return ValidationError("季度", f"{where}{q.code} 还没有出账，没有可打印的收费通知单")


def write_notices(ctx: Context, actor: Actor, quarter: str, out: Path, **kwargs) -> int:
    output_file.check_target(out)  # before the work: a folder or a missing folder is said at once
    pdf, pages = notices(ctx, actor, quarter, **kwargs)
    output_file.write_bytes(out, pdf)
    return pages


def receipt_doc(ctx: Context, r: payments.ReceiptView) -> billing_forms.ReceiptDoc:
    with ctx.reader() as uow:
        name = centre(uow.session)[0]
    voided = ""
    if r.voided_at is not None:
        voided = f"作废：{r.void_reason}（{r.voided_by} {r.voided_at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}）"
    return billing_forms.ReceiptDoc(
        centre=name, number=r.number, issued=f"{r.issued_at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}", payer=r.payer,
        unit_code=r.unit_code, lines=tuple((x.item, x.period, x.amount) for x in r.lines), total=r.total,
        method=r.method.value, prepaid_used=r.prepaid_used, tendered=r.tendered, change=r.change,
        cashier=r.cashier_name, voided=voided)


def receipt_pdf(ctx: Context, actor: Actor, receipt_id: int, *, two_part: bool | None = None) -> bytes:
    r = payments.receipt(ctx, actor, receipt_id)
    if two_part is None:
        two_part = bool(settings.get(ctx, RECEIPT_TWO_PART))
    return billing_forms.receipt_pdf([receipt_doc(ctx, r)], two_part=two_part)


def handover_pdf(ctx: Context, actor: Actor, d: handover_svc.HandoverDraft) -> bytes:
    actor.require(VIEW)
    with ctx.reader() as uow:
        name = centre(uow.session)[0]
    return billing_forms.handover_pdf(billing_forms.HandoverDoc(
        centre=name, cashier=d.cashier_name, day=f"{d.day:%Y-%m-%d}", first_no=d.first_no, last_no=d.last_no,
        count=d.count, by_method=tuple(d.by_method.items()), total=d.total,
        receipts=tuple((r.number, r.unit_code, r.method, r.amount if not r.late_void else -r.amount,
                        "作废（冲减）" if r.late_void else ("作废" if r.voided else "正常")) for r in d.receipts),
        voided=tuple((r.number, r.amount, r.void_reason) for r in d.voided),
        cash_expected=d.cash_expected, cash_counted=d.cash_counted, explanation=d.explanation,
        receiver=d.receiver, handed_at=f"{d.handed_at.astimezone(CENTRE_TZ):%Y-%m-%d %H:%M}" if d.handed_at else "（草稿，未移交）"))


def dunning_pdf(ctx: Context, actor: Actor, letters: list[DunningLetter]) -> bytes:
    actor.require(VIEW)
    with ctx.reader() as uow:
        name, _, phone = centre(uow.session)
    return billing_forms.dunning_pdf([billing_forms.DunningDoc(
        centre=name, number=x.number, unit_code=x.unit_code, owner=x.owners,
        moved_in=f"{x.delivered_on:%Y-%m-%d}" if x.delivered_on else "",
        lines=tuple(x.arrears.lines), total=x.arrears.total, deadline=f"{x.deadline:%Y年%m月%d日}", contact=phone,
        issued_on=f"{x.issued_on:%Y年%m月%d日}") for x in letters])


def recheck_pdf(ctx: Context, actor: Actor, month: date) -> bytes:
    rows = meters.recheck_list(ctx, actor, month)
    with ctx.reader() as uow:
        name = centre(uow.session)[0]
    return billing_forms.recheck_pdf(name, f"{month:%Y年%m月}", [
        (r.label, r.meter_number, r.kind.value, r.previous, r.value, r.usage, r.flags.replace(",", "、"))
        for r in rows])


def record_print(ctx: Context, actor: Actor, what: str, count: int) -> None:
    """Batch prints of money documents are audited (who printed which notices when)."""
    with ctx.uow() as uow:
        audit.record(uow.session, ctx, actor, "billing.print", "print", None, summary=f"打印{what} {count} 页")
        uow.commit()


__all__ = ["notices", "write_notices", "receipt_pdf", "handover_pdf", "dunning_pdf", "recheck_pdf", "iter_notices"]
