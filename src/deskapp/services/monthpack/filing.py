"""Filing the month (每月汇总归档): the pack written, then its files and their SHA-256 recorded
with who and when, in one transaction with its audit entry. A cancel before that records
nothing and leaves no file (the workbook appears only when complete)."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from deskapp.documents.monthpack.summary import summary_pdf
from deskapp.domain.billing_finance import report_period
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.local_time import local_text
from deskapp.output_file import write_bytes
from deskapp.services import audit, exports
from deskapp.services.billing import finance_report
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.monthpack import later_changes, workbook
from deskapp.services.monthpack.sections import month_sections
from deskapp.services.monthpack.workbook import PackSheet
from deskapp.store.models.monthpack import MonthPack, MonthPackFile
from deskapp.store.queries import monthpack as q


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def summary_name(month: str, filing: int = 1) -> str:
    return f"每月汇总-{month}{workbook.filed_again(filing)}.pdf"


def summary_paper(ctx: Context, actor: Actor, month: str, sheets: list[PackSheet], later: list[list[str]],
                  filing: int = 1) -> bytes:
    """The summary PDF's bytes (also what the bench times: month_summary_s): made when and by whom,
    and after the month's first filing which filing it is (第2次归档)."""
    counts = workbook.records(sheets)
    r = finance_report.report(ctx, actor, report_period(month=month))  # the finance report's own figures
    with ctx.reader() as uow:
        centre = uow.registry.centre().name
    made = f"{local_text(ctx.clock.now())}　制表人 {actor.display_name}"
    if filing > 1:
        made += f"　{workbook.filed_again(filing).strip('（）')}"
    return summary_pdf(centre, r.period.label, list(counts.items()), r, later, made, month_sections(ctx, month))


def checked_month(ctx: Context, month: str) -> tuple[date, date]:
    """`month`'s (first day, next month's first day), or ValidationError naming 月份: a bad month,
    and a month that has not begun — its pack would be empty registers filed as the month's."""
    start, end = exports.month_range(month)
    if start > ctx.clock.today():
        raise ValidationError("月份", f"{month} 还没有到，不能归档；每月汇总在月底之后归档这个月的登记表")
    return start, end


def month_last_day(ctx: Context, month: str) -> date | None:
    """The last day of `month` while it is still running (today is in it), else None: filed now,
    its pack holds the records up to today only, and the month is to be filed again after it ends."""
    start, end = checked_month(ctx, month)
    return end - timedelta(days=1) if start <= ctx.clock.today() < end else None


@dataclass(frozen=True)
class Filed:
    """A month's latest filing: which month, when (the centre's wall clock), by whom, into which folder."""
    month: str
    at: str
    by: str
    folder: Path
    count: int = 1  # how many times the month was filed so far


def latest_filing(ctx: Context, actor: Actor, month: str | None = None) -> Filed | None:
    """The latest filing of `month` (checked: a bad month is refused naming 月份), or of any month
    when None: what the supervisor is told before filing a month again, and where he filed last."""
    actor.require(workbook.MAKE)
    if month is not None:
        checked_month(ctx, month)
    row = ctx.read(actor, workbook.MAKE, q.latest_filing, month)
    if row is None:
        return None
    filed_month, at, by, folder = row
    return Filed(filed_month, local_text(at, tz=ctx.clock.now().tzinfo), by, Path(folder),
                 ctx.read(actor, workbook.MAKE, q.filings_of, filed_month))


@changes(Change.CALENDAR)  # the duty calendar's 上月登记表汇总归档 and the morning list read the filings
def file_month(ctx: Context, actor: Actor, month: str, folder: Path, *,
               progress: Callable[[int, int], None] = lambda done, total: None,
               cancelled: Callable[[], bool] = lambda: False) -> tuple[Path, list[PackSheet], str]:
    """The month's pack (workbook and summary PDF) written into `folder` and filed; returns the
    workbook, its sheets and its SHA-256. A cancel or failure leaves neither file. Filed again, the
    files are named （第2次归档）…, so the files filed before (their SHA-256 on record) stay as filed."""
    actor.require(workbook.MAKE)
    checked_month(ctx, month)  # a month to come is refused before any file is written
    later = later_changes.since_last_filing(ctx, month)
    filing = ctx.read(actor, workbook.MAKE, q.filings_of, month) + 1  # filed again: new files beside the first
    path, sheets = workbook.write_workbook(ctx, actor, month, folder, later=later, progress=progress,
                                           cancelled=cancelled, filing=filing)
    pdf = path.with_name(summary_name(month, filing))
    try:
        paper = summary_paper(ctx, actor, month, sheets, later, filing)
        if cancelled():
            raise Cancelled(workbook.CANCELLED)
        write_bytes(pdf, paper)
        files = [MonthPackFile(name=f.name, sha256=sha256_of(f), size=f.stat().st_size) for f in (path, pdf)]
        with ctx.uow() as uow:
            pack = uow.monthpack.file(
                MonthPack(month=month, folder=str(path.parent), created_at=ctx.clock.now(), created_by=actor.display_name),
                files)
            audit.record(uow.session, ctx, actor, "monthpack.file", "month_pack", pack.id,
                         summary=f"每月汇总归档 {month}：{path.name}、{pdf.name}",
                         after={"month": month, "files": {f.name: f.sha256 for f in files}})
            uow.commit()
    except BaseException:
        path.unlink(missing_ok=True)  # not filed: no file left claiming to be the filed pack
        pdf.unlink(missing_ok=True)
        raise
    return path, sheets, files[0].sha256
