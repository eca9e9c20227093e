"""历史缴费: the old system's payment history (our template or HC小区's 房屋缴费历史 sheet),
judged against the units on file (preview_payments) and kept as history by the billing area
all or nothing (import_payments): never receipts of our series, never against the arrears."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from deskapp.documents.importers import Workbook
from deskapp.domain.errors import Cancelled
from deskapp.domain.importing import Finding, Severity, Target, Verdict
from deskapp.domain.importing_payments import PaymentRow, check_payment_row, reconciliation_lines, totals_by_item
from deskapp.domain.money import ZERO
from deskapp.services.billing import history
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.importing import kinds, steps
from deskapp.services.importing.common import CANCELLED, ImportOptions, ImportRefused, ImportResult, Preview, Progress
from deskapp.services.importing.files import chosen_sheet, open_file, row_passes, _tick
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session


class _Line(NamedTuple):
    """A row to store, in the order of billing.history.COLUMNS after batch_id (a tuple: 100,000 of them)."""

    row_no: int
    unit_id: int
    receipt_no: str
    paid_on: date
    item: str
    period: str
    months: int | None
    starts_on: date | None
    ends_on: date | None
    billed: Decimal
    paid: Decimal
    method: str
    cashier: str
    notes: str


class _Units:
    """The units on file as a payment row names them: 楼栋-单元-房号, or 楼栋 and 房号 alone when
    the building has one such room."""

    def __init__(self, session: Session):
        self.by_code: dict[str, int] = {}
        self.by_room: dict[tuple[str, str], list[int]] = defaultdict(list)
        for place in q.unit_places(session):
            self.by_code[place.code] = place.id
            self.by_room[(place.building, place.room)].append(place.id)

    def find(self, r: PaymentRow) -> tuple[int | None, str]:
        """The unit's id, or None and why."""
        if r.stairwell:
            uid = self.by_code.get(r.code)
        else:
            candidates = self.by_room.get((r.building, r.room), [])
            if len(candidates) > 1:
                return None, f"楼栋 {r.building} 有多个房号 {r.room}，请写明单元（楼栋-单元-房号）"
            uid = candidates[0] if candidates else self.by_code.get(r.code)
        return uid, "" if uid is not None else f"档案中没有房屋 {r.code}（请先导入房屋名册）"


def _analyse(session: Session, wb: Workbook, options: ImportOptions, today, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> Preview:
    sheet = chosen_sheet(wb, Target.PAYMENTS, options)
    units = _Units(session)
    seen: dict[tuple, int] = {}
    reports, plans = [], []
    total = sheet.total
    for n, (row_no, cells, datemode) in enumerate(sheet.data_rows(), start=1):
        r = check_payment_row(cells, today, datemode=datemode)
        findings = r.findings
        unit_id = None
        if r.room and r.building:
            unit_id, why = units.find(r)
            if unit_id is None:
                findings.append(Finding(Severity.ERROR, "房号", why, cells.columns.get("room")))
        if not findings:
            key = r.key()
            if key in seen:
                at = "receipt_no" if r.receipt_no else "room"  # HC's sheet has no receipt numbers
                findings.append(cells.finding(at, "同一笔缴费（收据号、房屋、项目、期间、日期、"
                                              f"金额都相同）在第 {seen[key]} 行已有"))
            else:
                seen[key] = row_no
        summary = f"{r.paid_on or ''} {r.item} {r.paid}".strip()
        if row_passes(reports, row_no, Verdict.ACCEPT, r.code, summary, findings, cells, sheet.order):
            plans.append(_Line(row_no, unit_id, r.receipt_no, r.paid_on, r.item, r.period, r.months, r.starts_on,
                          r.ends_on, r.billed, r.paid, r.method, r.cashier, r.notes))
        _tick(progress, cancelled, n, total)
    preview = sheet.preview(reports)
    preview.units = len({p.unit_id for p in plans})
    preview.notes = reconciliation_lines(totals_by_item((p.item, p.billed, p.paid) for p in plans))
    preview._plans = plans
    return preview


def preview_payments(ctx: Context, actor: Actor, source: str | Path | Workbook,
                     options: ImportOptions | None = None, *, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None) -> Preview:
    actor.require(history.IMPORT_PAYMENTS)
    wb = source if isinstance(source, Workbook) else open_file(source)
    with ctx.reader() as uow:
        history.refuse_known_file(uow.session, steps.file_sha256(Path(wb.path)), Path(wb.path).name)
        return _analyse(uow.session, wb, options or ImportOptions(), ctx.clock.today(), progress, cancelled)


@changes(Change.PAYMENTS)
def import_payments(ctx: Context, actor: Actor, source: str | Path | Workbook,
                    options: ImportOptions | None = None, *, progress: Progress | None = None,
                    cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """The lines are stored by the billing area's history service, inside this transaction."""
    actor.require(history.IMPORT_PAYMENTS)
    options = options or ImportOptions()
    wb = source if isinstance(source, Workbook) else open_file(source)
    sha256 = steps.file_sha256(Path(wb.path))
    with ctx.uow() as uow:
        preview = _analyse(uow.session, wb, options, ctx.clock.today(), progress, cancelled)
        reason = preview.refusal()
        if reason:
            raise ImportRefused(reason, preview)
        plans = preview._plans
        batch = history.HistoryBatch(Path(preview.file).name, sha256, preview.sheet, len(plans),
                                     sum((p.billed for p in plans), ZERO), sum((p.paid for p in plans), ZERO),
                                     tuple(preview.notes))

        def between() -> None:
            if cancelled is not None and cancelled():
                raise Cancelled(CANCELLED)

        history.save_imported_payments(uow.session, ctx, actor, batch, plans, between=between)
        between()
        uow.commit()
        return ImportResult(lines=batch.lines)


kinds.register(kinds.ImportKind(Target.PAYMENTS, "历史缴费", history.IMPORT_PAYMENTS, preview_payments,
                                import_payments, order=40))
