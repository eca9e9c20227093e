"""期初预存与押金: the prepayments and deposits held at go-live, each row judged against the file and
the units on file (preview_deposits), then posted by the billing area — prepayments onto the 预存款
ledger as 期初预存, deposits into the 押金台账 — with the import's record, all or nothing
(import_deposits)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.importing import Target, Verdict
from deskapp.domain.importing_deposits import check_deposit_row
from deskapp.domain.importing_place import unit_on_file
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services.billing import opening_deposits as held
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.importing import kinds, steps
from deskapp.services.importing.common import ImportOptions, ImportResult, Preview, Progress
from deskapp.services.importing.files import chosen_sheet, row_passes, _tick
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session

IMPORT_DEPOSITS = define("import.deposits", "导入期初预存与押金", SUPERVISORS)


def _analyse(session: Session, wb: Workbook, options: ImportOptions, today, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> Preview:
    sheet = chosen_sheet(wb, Target.DEPOSITS, options)
    units = {p.code: p.id for p in q.unit_places(session)}
    rows = list(sheet.data_rows())
    reports, plans = [], []
    for n, (row_no, cells, datemode) in enumerate(rows, start=1):
        r = check_deposit_row(cells, today, datemode=datemode)
        findings = list(r.findings)
        unit_id = unit_on_file(r.unit, units, cells, findings)
        if row_passes(reports, row_no, Verdict.CREATE, r.unit, f"{r.label} {r.amount:,.2f} 元", findings, cells,
                      sheet.order):
            plans.append(held.HeldLine(row_no, r.kind, unit_id, r.payer, r.amount, r.taken_on, r.secures))
        _tick(progress, cancelled, n, len(rows))
    preview = sheet.preview(reports)
    preview.units = len({p.unit_id for p in plans})
    preview.notes = list(held.reconciliation(held.by_kind(plans)))
    preview._plans = plans
    return preview


def preview_deposits(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                     *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Preview:
    return steps.judged(ctx, actor, IMPORT_DEPOSITS, source, options, steps.as_of_today(ctx, _analyse), progress,
                        cancelled)


@changes(Change.PAYMENTS, Change.CHRONICLE)
def import_deposits(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                    *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Posted by the billing area's opening_deposits service, inside this transaction."""
    with steps.all_or_nothing(ctx, actor, IMPORT_DEPOSITS, source, options, steps.as_of_today(ctx, _analyse),
                              progress, cancelled) as (uow, preview):
        path = Path(preview.file)
        lines = held.post_opening_deposits(uow.session, ctx, actor, preview._plans,
                                           held.HeldSource(path.name, steps.file_sha256(path), preview.sheet, len(preview.rows)))
        return ImportResult(created=len(preview._plans), lines=lines)


kinds.register(kinds.ImportKind(Target.DEPOSITS, "期初预存与押金", IMPORT_DEPOSITS, preview_deposits, import_deposits,
                                order=45))
