"""收费通知单: what each unit owes now for a quarter, dated by the day the quarter's notices were
issued.

The first print of a quarter's notices records that day (开具日期); 缴费期限 is a setting's
number of days after it. A print on a later day is a 补打 that shows its own date, and says
已逾期 (with the late-fee rule) once the deadline has passed. A batch leaves out units that owe
nothing; a unit asked for by name still gets its notice, marked 已缴清."""
from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from deskapp import output_file
from deskapp.documents.billing import notice as doc
from deskapp.documents.billing.draw import num
from deskapp.domain.billing_opening import is_opening, marked
from deskapp.domain.billing import FeeItem, Quarter, add_months, fraction_text, months_between, parse_quarter
from deskapp.domain.billing_notice import late_fee_rule, notice_deadline, water_parts
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.local_time import local
from deskapp.domain.money import ZERO, round_fen
from deskapp.domain.permissions import DESK, define
from deskapp.services import audit, settings
from deskapp.services.billing import standards
from deskapp.services.billing.common import (
    LATE_FEE, LATE_GRACE, LATE_RATE, NOTICE_SIZE, PAY_HOW, VIEW, holidays_between,
)
from deskapp.services.billing.notice_settings import BANK, DUE_DAYS, PAY_QR
from deskapp.services.context import Actor, Context
from deskapp.store.models.billing_notices import NoticeIssue
from deskapp.store.queries import billing_run as queries
from deskapp.store.queries.billing import owners_by_unit
from deskapp.store.db import Database
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

ISSUE = define("billing.notices.issue", "开具收费通知单", DESK)


BATCH = 1000
PARALLEL_FROM = 3000  # below this, starting worker processes costs more than it saves
CHUNK = 500
MAX_WORKERS = 2

_VACANT = re.compile(r"空置 (\d+)%")


@dataclass(frozen=True)
class IssueView:
    quarter: str
    issued_on: date
    issued_by: str


def _chunks(items: Iterator, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def issue_of(ctx: Context, actor: Actor, quarter: str) -> IssueView | None:
    """When the quarter's notices were issued, or None before their first print."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        row = uow.billing.get(NoticeIssue, parse_quarter(quarter).code)
        return IssueView(row.quarter, row.issued_on, row.issued_by) if row else None


def _issue_day(ctx: Context, actor: Actor, q: Quarter) -> date:
    """The day the quarter's notices carry: the day they were first issued, or today for a first
    print (which the actor must be allowed to issue). Nothing is written."""
    with ctx.reader() as uow:
        row = uow.billing.get(NoticeIssue, q.code)
        if row is not None:
            return row.issued_on
    actor.require(ISSUE)
    return local(ctx.clock.now()).date()


def _issue(ctx: Context, actor: Actor, q: Quarter, day: date) -> date:
    """The quarter's issue day, recorded (and audited) once its first print has been drawn
    whole (a print cancelled half way issues nothing); another desk's earlier record wins."""
    with ctx.reader() as uow:
        row = uow.billing.get(NoticeIssue, q.code)
        if row is not None:
            return row.issued_on
    actor.require(ISSUE)
    with ctx.uow() as uow:
        row = uow.billing.get(NoticeIssue, q.code)  # another desk may have issued them meanwhile
        if row is not None:
            return row.issued_on
        uow.billing.add(NoticeIssue(quarter=q.code, issued_on=day, issued_at=ctx.clock.now(),
                                    issued_by=actor.display_name))
        audit.record(uow.session, ctx, actor, "billing.notices.issue", "bill", q.code,
                     summary=f"开具{q.label}收费通知单（开具日期 {day:%Y-%m-%d}）",
                     after={"quarter": q.code, "issued_on": f"{day:%Y-%m-%d}"})
        uow.commit()
        return day


def _quarters_text(quarters: list[str]) -> str:
    return quarters[0] if len(quarters) == 1 else f"{quarters[0]}–{quarters[-1]}（{len(quarters)} 个季度）"


def _amount_text(v: Decimal) -> str:
    """A part's exact amount: to the fen when it is whole fen, else every decimal it has."""
    return f"{v:,.2f}" if v == round_fen(v) else f"{v.normalize():,f}"


class _Lines:
    """Turns bill lines into printed notice lines (formula, tier parts)."""

    def __init__(self, session: Session, q: Quarter):
        self.standards = {s.id: s for s in standards.load(session)}
        self.q = q

    def water_usage(self, session: Session, meter_ids: set[int]) -> dict[int, dict[date, Decimal]]:
        if not meter_ids:
            return {}
        return queries.usage_by_month(session, meter_ids, date(self.q.year, 1, 1), self.q.end)

    def line(self, ln, paid: Decimal, waived: Decimal, usage: dict[int, dict[date, Decimal]]) -> doc.NoticeLine:
        if is_opening(ln.key):  # 期初欠费 of this quarter: its period, no formula
            return doc.NoticeLine(marked(ln.item.value, ln.key), ln.basis, "", ln.amount, paid, waived, "")
        calc, basis, parts = "", ln.basis, ()
        st = self.standards.get(ln.standard_id) if ln.standard_id else None
        adjusting = ln.basis.startswith("调整")
        if ln.item is FeeItem.PROPERTY and st and not adjusting:
            months = fraction_text(months_between(ln.period_start, ln.period_end))
            calc = f"{num(ln.quantity)}㎡ × {num(ln.unit_price)} 元/㎡·月 × {months} 个月"
            vacant = _VACANT.search(ln.basis)
            if vacant:
                calc += f" × {vacant.group(1)}%（空置）"
            basis = f"建筑面积 {ln.period_start:%m.%d}–{ln.period_end:%m.%d}"
        elif ln.item is FeeItem.WATER and st and not adjusting:
            if st.tiers:
                parts = self.tier_parts(ln, st, usage.get(ln.meter_id, {}))
                calc = "分月分阶如下" if parts else ("0 m³" if ln.quantity == 0 else "")
            else:
                calc = f"{num(ln.quantity)} m³ × {num(ln.unit_price)} 元/m³"
        elif ln.item is FeeItem.VEHICLE and not adjusting:
            basis = ln.basis.rsplit(" × ", 1)[0]
            calc = f"{num(ln.unit_price)} 元/月 × {num(ln.quantity)} 个月"
        return doc.NoticeLine(ln.item.value, basis, calc, ln.amount, paid, waived, ln.note, parts)

    def tier_parts(self, ln, st, used: dict[date, Decimal]) -> tuple[doc.NoticePart, ...]:
        months = []
        mo = ln.period_start.replace(day=1)
        while mo <= ln.period_end:
            if mo not in used:
                return ()
            months.append((mo, used[mo]))
            mo = add_months(mo, 1)
        per_year = st.tier_period == "year"
        before = sum((u for m, u in used.items() if m < ln.period_start), Decimal(0)) if per_year else Decimal(0)
        parts = water_parts(months, st.tiers, per_year=per_year, used_before=before)
        # The line was rounded once over its parts; if these do not give it back (an adjusted
        # reading, a changed standard), the line prints without a breakdown rather than a wrong one.
        if round_fen(sum((p.amount for p in parts), Decimal(0))) != ln.amount:
            return ()
        out = []
        for p in parts:
            low = st.tiers[p.tier - 2].upto if p.tier > 1 else None
            span = (f"≤{num(p.upto)}" if low is None else f"{num(low)}–{num(p.upto)}") if p.upto is not None \
                else f">{num(low)}"
            scope = "全年累计" if per_year else ""
            out.append(doc.NoticePart(f"{p.month.month}月 第{p.tier}阶 {scope}{span} m³",
                                      f"{num(p.quantity)} m³ × {num(p.price)} 元/m³ = {_amount_text(p.amount)}"))
        return tuple(out)


@dataclass(frozen=True)
class _Terms:
    """What every notice of a batch shares: read once, handed to the worker processes."""

    centre: str
    phone: str
    pay_how: str
    bank: str
    pay_qr: str
    days: int
    rule: object  # domain.billing_notice.late_fee_rule's answer
    today: date
    period: str
    holidays: frozenset[date]  # the duty calendar's: a 缴费期限 falling on one moves past it


def _terms(session: Session, ctx: Context, q: Quarter) -> _Terms:
    centre = RegistryRepository(session).centre()
    rule = late_fee_rule(bool(settings.get(ctx, LATE_FEE)), Decimal(str(settings.get(ctx, LATE_RATE))),
                         int(settings.get(ctx, LATE_GRACE)))
    days, today = int(settings.get(ctx, DUE_DAYS)), local(ctx.clock.now()).date()
    return _Terms(centre.name, centre.phone, settings.get(ctx, PAY_HOW), settings.get(ctx, BANK),
                  settings.get(ctx, PAY_QR), days, rule, today, f"{q.label}（{q.start:%Y.%m.%d}–{q.end:%Y.%m.%d}）",
                  holidays_between(session, q.start, today + timedelta(days=days)))


def iter_notices(session: Session, ctx: Context, q: Quarter, unit_ids: list[int],
                 issued_on: date) -> Iterator[doc.Notice]:
    """Notices for the units (in the order given), read in batches."""
    return _notices(session, _terms(session, ctx, q), q, unit_ids, issued_on)


def _notices(session: Session, terms: _Terms, q: Quarter, unit_ids: list[int],
             issued_on: date) -> Iterator[doc.Notice]:
    today, period, rule, days = terms.today, terms.period, terms.rule, terms.days
    printer = _Lines(session, q)
    for start in range(0, len(unit_ids), BATCH):
        ids = unit_ids[start:start + BATCH]
        batch = queries.notice_batch(session, ids, q.code)
        units, paid, waived, prepaid = batch.units, batch.paid, batch.waived, batch.prepaid
        owners = owners_by_unit(session, ids)
        bills: dict[int, list] = defaultdict(list)
        for b in batch.bills:
            bills[b.unit_id].append(b)
        lines: dict[int, list] = defaultdict(list)
        older: dict[int, list] = defaultdict(list)
        for ln in batch.lines:
            (lines if ln.quarter == q.code else older)[ln.unit_id].append(ln)
        usage = printer.water_usage(session, {ln.meter_id for ls in lines.values() for ln in ls
                                              if ln.item is FeeItem.WATER and ln.meter_id})
        for uid in ids:
            bs = bills.get(uid)
            if not bs:
                continue
            u = units[uid]
            arrears: dict[str, list] = defaultdict(lambda: [ZERO, []])
            for ln in older.get(uid, []):
                owed = ln.amount - paid.get(ln.id, ZERO) - waived.get(ln.id, ZERO)
                if owed:
                    entry = arrears[marked(ln.item.value, ln.key)]
                    entry[0] += owed
                    if ln.quarter not in entry[1]:
                        entry[1].append(ln.quarter)
            # A unit billed after the quarter's notices went out was issued its notice with its bill.
            first_billed = local(bs[0].created_at).date()
            unit_issued = max(issued_on, min(first_billed, today))
            yield doc.Notice(
                number=bs[0].number, centre=terms.centre, unit_code=u.code, owner=owners.get(uid, ""),
                area=u.building_area, period=period,
                lines=tuple(printer.line(ln, paid.get(ln.id, ZERO), waived.get(ln.id, ZERO), usage)
                            for ln in lines.get(uid, [])),
                arrears=tuple((item, _quarters_text(qs), v) for item, (v, qs) in arrears.items() if v),
                issued_on=unit_issued, due_on=notice_deadline(unit_issued, days, terms.holidays), printed_on=today,
                pay_how=terms.pay_how, contact=terms.phone, late_rule=rule,
                prepaid=max(prepaid.get(uid) or ZERO, ZERO), bank=terms.bank, pay_qr=terms.pay_qr)


def notices(ctx: Context, actor: Actor, quarter: str, *, building: str | None = None,
            unit_ids: list[int] | None = None, include_paid: bool = False, size: str | None = None,
            parallel: int | None = None, progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None,
            timings: list[doc.PartTiming] | None = None) -> tuple[bytes, int]:
    """收费通知单 for a building, some units or the whole community: (pdf, notices).

    A batch (a building or all) leaves out units that owe nothing unless `include_paid`; units
    named in `unit_ids` always get theirs. The first print issues the quarter's notices.
    `timings` gets each part's worker, times and CPU when the batch is drawn in parts (the bench)."""
    actor.require(VIEW)
    q = parse_quarter(quarter)
    size = size or settings.get(ctx, NOTICE_SIZE)
    with ctx.reader() as uow:
        s = uow.session
        if unit_ids is not None:
            billed = set(queries.billed_unit_ids(s, q.code))
            ids = [u for u in unit_ids if u in billed]
        else:
            if building and uow.registry.building_by_code(building.strip()) is None:
                raise ValidationError("楼栋", f"没有楼栋“{building}”")
            ids = queries.billed_unit_ids(s, q.code, building)
            if ids and not include_paid:
                owing = queries.units_owing(s, q.code)
                ids = [u for u in ids if u in owing]
                if not ids:
                    raise ValidationError("季度", f"{q.code} 的房屋都已缴清，没有需要打印的收费通知单"
                                                  "（如需给已缴清的房屋打印，请勾选“含已缴清”）")
        if not ids:
            raise ValidationError("季度", f"{q.code} 还没有出账，没有可打印的收费通知单")
    issued_on = _issue_day(ctx, actor, q)
    pdf = _drawn(ctx, q, ids, issued_on, size=size, parallel=parallel, progress=progress,
                 cancelled=cancelled, timings=timings)
    if cancelled is not None and cancelled():
        raise Cancelled()
    recorded = _issue(ctx, actor, q, issued_on)
    if recorded != issued_on:  # another desk issued them first, on another day: theirs is the date
        pdf = _drawn(ctx, q, ids, recorded, size=size, parallel=parallel,
                     progress=progress, cancelled=cancelled, timings=timings)
    return pdf, len(ids)


def _drawn(ctx: Context, q: Quarter, ids: list[int], issued_on: date, *, size: str, parallel: int | None,
           progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool] | None,
           timings: list[doc.PartTiming] | None) -> bytes:
    """The notices of `ids` drawn, dated `issued_on` (on two processes for a large batch)."""
    with ctx.reader() as uow:
        s = uow.session
        total = len(ids)

        def tick(n: int) -> None:
            if progress:
                progress(n, total)

        title = f"收费通知单 {q.code}"
        workers = min(os.cpu_count() or 1, MAX_WORKERS) if parallel is None else parallel
        terms = _terms(s, ctx, q)
        try:
            if workers > 1 and total >= PARALLEL_FROM:
                # Each worker reads its own part's rows (issue 21 §3): the parent reading and
                # pickling every notice was a third process's work on two cores.
                parts = ((terms, q, part, issued_on, size, title) for part in _chunks(iter(ids), CHUNK))
                return doc.notices_pdf_parallel(parts, _read_and_draw, workers=workers, initializer=_open_reader,
                                                initargs=(ctx.db.url,), progress=tick, cancelled=cancelled,
                                                timings=timings)
            return doc.notices_pdf(_notices(s, terms, q, ids, issued_on), size=size, title=title,
                                   progress=tick, cancelled=cancelled)
        except InterruptedError:
            raise Cancelled() from None


_READER: list[Context] = []  # a worker process's own connection to the database


def _open_reader(url: str) -> None:
    """A notice worker's start: its own read-only way into the database."""
    _READER.append(Context(db=Database.open(url)))


def _read_and_draw(part: tuple[_Terms, Quarter, list[int], date, str, str]) -> tuple[bytes, int]:
    """In a worker process: one part's notices read and drawn (the units billed in the quarter)."""
    terms, q, ids, issued_on, size, title = part
    with _READER[0].reader() as uow:
        items = list(_notices(uow.session, terms, q, ids, issued_on))
    return doc.notices_pdf(items, size=size, title=title), len(ids)


def unit_notice(ctx: Context, actor: Actor, unit_id: int) -> tuple[bytes, str]:
    """The notice one unit asks for at the counter, for the latest quarter it was billed in
    (marked 已缴清 when it owes nothing): (pdf, quarter)."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        quarter = queries.latest_billed_quarter(uow.session, unit_id)
    if quarter is None:
        raise ValidationError("房屋", "本户还没有出过账单，没有收费通知单")
    return notices(ctx, actor, quarter, unit_ids=[unit_id])[0], quarter


def write_notices(ctx: Context, actor: Actor, quarter: str, out: Path, **kwargs) -> int:
    output_file.check_target(out)  # before the work: a folder or a missing folder is said at once
    pdf, count = notices(ctx, actor, quarter, **kwargs)
    output_file.write_bytes(out, pdf)
    return count


__all__ = ["ISSUE", "DUE_DAYS", "BANK", "PAY_QR", "IssueView", "issue_of", "iter_notices", "notices", "unit_notice",
           "write_notices"]
