"""收费日报 / 月报 / 季报 (issue 17 §1): the figures (domain/billing_finance.py says what each means)
as a PDF with charts and as a workbook. `deskapp report finance --day|--month|--quarter`, the
财务报表… button on the arrears tab, and `deskapp export finance` for the workbook alone."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from deskapp.documents.billing import finance_report as paper
from deskapp.domain.billing_finance import FinanceReport, ReportPeriod, default_period, finance_report, report_period
from deskapp.domain.billing import quarter_of
from deskapp.domain.errors import Cancelled
from deskapp.domain.local_time import local_text
from deskapp.output_file import replacing
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import exports
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.store.queries import billing_finance as queries

REPORT = define("billing.finance_report", "收费财务报表", SUPERVISORS)


def report(ctx: Context, actor: Actor, period: ReportPeriod) -> FinanceReport:
    actor.require(REPORT)
    tz = ctx.clock.now().tzinfo
    with ctx.reader() as uow:
        s = uow.session
        return finance_report(period, *queries.line_sums(s, period, tz), queries.prepayments(s, period, tz),
                              queries.waivers(s, period, tz), queries.never_billed(s, period, tz))


def default(ctx: Context, kind: str) -> ReportPeriod:
    """The period offered for a report of `kind` on the clock's day (domain `default_period`: a
    季报 is of the last quarter ended)."""
    return default_period(kind, ctx.clock.today())


def _centre(ctx: Context) -> str:
    with ctx.reader() as uow:
        return uow.registry.centre().name


def pdf(ctx: Context, actor: Actor, r: FinanceReport) -> bytes:
    actor.require(REPORT)
    return paper.finance_pdf(_centre(ctx), r, local_text(ctx.clock.now()))


def write(ctx: Context, actor: Actor, period: ReportPeriod, pdf_path: Path, xlsx_path: Path, *,
          progress: Callable[[int, int], None] = lambda done, total: None,
          cancelled: Callable[[], bool] = lambda: False) -> FinanceReport:
    """Both files of one report; the workbook through the export registry (audited as every export).
    A cancel is heard until the workbook is saved: the PDF is built before it, so after that
    only its ready bytes are written and no report is ever left with one file of the two."""
    def step(done: int) -> None:
        if cancelled():
            raise Cancelled(exports.CANCELLED)
        progress(done, 3)

    step(0)
    r = report(ctx, actor, period)
    step(1)
    paper_bytes = pdf(ctx, actor, r)
    step(2)
    options = _options(period)
    options.cancelled = cancelled
    exports.run_export(ctx, actor, "finance", xlsx_path, options)
    with replacing(pdf_path) as tmp:
        tmp.write_bytes(paper_bytes)
    progress(3, 3)
    return r


def _options(period: ReportPeriod) -> ExportOptions:
    if period.kind == "day":
        return ExportOptions(day=period.start)
    if period.kind == "month":
        return ExportOptions(month=f"{period.start:%Y-%m}")
    return ExportOptions(quarter=quarter_of(period.start).code)


def _period_of(options: ExportOptions) -> ReportPeriod:
    """A day, else a month, else a quarter: the first the options give."""
    if options.day:
        return report_period(day=options.day)
    if options.month:
        return report_period(month=options.month)
    return report_period(quarter=options.quarter)


def export_finance(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    r = report(ctx, actor, _period_of(options))
    if options.cancelled():
        raise Cancelled(exports.CANCELLED)
    heading = (f"{_centre(ctx)} {r.period.title}　{r.period.label}　导出日期 {ctx.clock.today():%Y-%m-%d}　"
               f"导出人 {actor.display_name}")
    return paper.write_finance_xlsx(path, heading, r)


exports.register(ExportSpec("finance", "收费日报 / 月报 / 季报", None, export_finance))
