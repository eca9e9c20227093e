"""历史缴费: the old system's payments kept as history (never receipts of our series, never
against a bill or the arrears): stored from an import (`deskapp import payments`), shown on the
unit page (原系统缴费记录), exported (`deskapp export payments-history`), and held to their
import records by `deskapp check`."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from deskapp.contracts.billing import HistoryPaymentRow
from deskapp.documents import xlsx
from deskapp.domain.errors import Conflict
from deskapp.domain.local_time import local_text
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit, exports, hooks
from deskapp.services.billing.common import VIEW
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec
from deskapp.store.models.billing_history import PaymentHistoryBatch
from deskapp.store.queries import billing_history as q
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session

IMPORT_PAYMENTS = define("import.payments", "导入历史缴费", SUPERVISORS)

# The columns of a stored line, in the order an import hands its rows over
COLUMNS = ("batch_id", "row_no", "unit_id", "receipt_no", "paid_on", "item", "period", "months", "starts_on",
           "ends_on", "billed", "paid", "method", "cashier", "notes")


@dataclass(frozen=True)
class HistoryBatch:
    """What one import brings: its file (name and SHA-256), sheet, and totals as the preview counted them."""

    file: str
    sha256: str
    sheet: str
    rows: int
    billed: Decimal
    paid: Decimal
    lines: tuple[str, ...]  # the reconciliation, count and total per item


def refuse_known_file(session: Session, sha256: str, file: str) -> None:
    """The same file twice would double the history: refused, naming the earlier import."""
    earlier = BillingRepository(session).history_batch_of_file(sha256)
    if earlier is not None:
        raise Conflict(f"文件 {file} 已于 {local_text(earlier.created_at)} 由 {earlier.created_by} 导入"
                       f"（{earlier.rows} 笔，同一文件 SHA-256 {sha256[:12]}…），不能重复导入")


def save_imported_payments(session: Session, ctx: Context, actor: Actor, batch: HistoryBatch,
                           rows: Iterable[Sequence], *, between: Callable[[], None] | None = None) -> int:
    """Store one import's lines (tuples of COLUMNS without batch_id) inside the caller's
    transaction, with its batch record and one audit row carrying the reconciliation."""
    actor.require(IMPORT_PAYMENTS)
    refuse_known_file(session, batch.sha256, batch.file)
    repo = BillingRepository(session)
    record = repo.add(PaymentHistoryBatch(file=batch.file[:255], sha256=batch.sha256, sheet=batch.sheet[:100],
                                          rows=batch.rows, billed=batch.billed, paid=batch.paid,
                                          created_at=ctx.clock.now(), created_by=actor.display_name))
    repo.flush()
    n = repo.insert_history(COLUMNS, ((record.id, *r) for r in rows), between=between)
    if n != batch.rows:
        raise Conflict(f"导入 {n} 笔，与预览的 {batch.rows} 笔不符，未导入")
    audit.record(session, ctx, actor, "billing.history.import", "payment_history_batch", record.id,
                 summary=f"导入历史缴费 {batch.file}（工作表 {batch.sheet}）：{batch.lines[-1]}",
                 after={"file": batch.file, "sheet": batch.sheet, "sha256": batch.sha256, "rows": batch.rows,
                        "billed": str(batch.billed), "paid": str(batch.paid), "items": list(batch.lines)})
    return n


def unit_history(ctx: Context, actor: Actor, unit_id: int) -> list[HistoryPaymentRow]:
    """A unit's payments in the old system (原系统缴费记录), newest first."""
    return ctx.read(actor, VIEW, q.unit_history, unit_id)


COLS = [xlsx.Col("缴费日期", 11, "yyyy-mm-dd"), xlsx.Col("房号", 10), xlsx.Col("原收据号", 14),
        xlsx.Col("收费项目", 12), xlsx.Col("所属期间", 22), xlsx.Col("应缴金额", 11, "#,##0.00"),
        xlsx.Col("实缴金额", 11, "#,##0.00"), xlsx.Col("付款方式", 8), xlsx.Col("收银员", 8), xlsx.Col("备注", 24)]


def export_history(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """《历史缴费记录》: every line, or those paid in --month."""
    actor.require(VIEW)
    start = end = None
    label = "全部"
    if options.month:
        start, end, _, _, label = exports.month_bounds(ctx, options)
    heading = exports.register_heading(ctx, actor, "历史缴费记录（原系统）", label, of_centre=True)
    with ctx.reader() as uow:
        total = q.history_count(uow.session, start, end)
        rows = ([r.paid_on, r.unit_code, r.receipt_no, r.item, r.period, r.billed, r.paid, r.method, r.cashier,
                 r.notes] for r in q.history_register(uow.session, start, end))
        return exports.write_register(path, "历史缴费记录", heading, COLS, rows, options, total)


@hooks.register(hooks.Hook.CHECKS)
def history_matches_imports(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    """Each import's recorded count and totals equal its lines (nothing added or lost since)."""
    problems = []
    sums = q.batch_sums(session)
    for b in sums:
        if (b.lines, b.lines_billed, b.lines_paid) != (b.rows, b.billed, b.paid):
            problems.append(f"历史缴费 {b.file}（工作表 {b.sheet}）：导入记录 {b.rows} 笔、应缴 {b.billed}、实缴 {b.paid}，"
                            f"现有 {b.lines} 笔、应缴 {b.lines_billed}、实缴 {b.lines_paid}")
    return [hooks.CheckResult("历史缴费 = 导入记录", len(sums), problems)]


exports.register(ExportSpec("payments-history", "《历史缴费记录》", None, export_history))
