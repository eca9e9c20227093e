"""`deskapp check`: is the database sound? SQLite's own check, the audit trail's hash chain,
the append-only triggers, and every invariant the areas register under the "checks" hook (money totals, ...).

The chain is compared with every anchor of its head kept outside the database
(services/audit_anchors.py): a clean check appends the head to the supervisor's check history,
so that removing the newest audit rows, which leaves a valid chain, is noticed the next time."""
from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from deskapp import output_file
from deskapp.domain import audit_chain
from deskapp.domain.audit_anchors import Anchor
from deskapp.domain.errors import ValidationError
from deskapp.domain.permissions import DESK, define
from deskapp.services import audit, hooks
from deskapp.services.accounts import audit_anchors
from deskapp.services.context import Actor, Context
from deskapp.services.hooks import CheckResult
from deskapp.store import triggers
from deskapp.store.queries import accounts as q
from deskapp.store.queries import accounts_files as files
from deskapp.store.uow import Session

RUN = define("check.run", "检查数据库", DESK)


@dataclass
class CheckReport:
    results: list[CheckResult] = field(default_factory=list)
    checked_at: datetime | None = None  # when the check ran (the printed report's date)
    checked_by: str = ""
    full: bool = False

    @property
    def ok(self) -> bool:
        return not any(r.problems for r in self.results)

    @property
    def problems(self) -> list[str]:
        return [f"{r.name}：{p}" for r in self.results for p in r.problems]

    @property
    def verdict(self) -> str:
        return "结论：全部正常" if self.ok else f"结论：共发现 {len(self.problems)} 处问题"  # each whole, for English

    def lines(self) -> list[str]:
        out = []
        for r in self.results:
            state = "正常" if not r.problems else f"发现 {len(r.problems)} 处问题"
            out.append(f"{r.name}：检查 {r.checked} 项（{r.note}），{state}" if r.note else f"{r.name}：检查 {r.checked} 项，{state}")
            out += [f"    - {p}" for p in r.problems]
        out.append(self.verdict)
        return out


def sqlite_check(ctx: Context, *, full: bool = False) -> CheckResult:
    name = "SQLite 完整性检查" if full else "SQLite 快速检查"
    if not ctx.db.is_sqlite:
        return CheckResult(f"{name}（服务器数据库，不适用）", 0)
    con = files.connect_read_only(ctx.db.path)
    try:
        health = files.file_health(con, full=full)
    except sqlite3.DatabaseError as exc:
        return CheckResult(name, 0, [f"数据库文件读不出来：{exc}"])
    finally:
        con.close()
    problems = [] if health.problems == ["ok"] else health.problems
    problems += [f"表 {t} 第 {rowid} 行引用的 {parent} 不存在" for t, rowid, parent, _ in health.orphans]
    return CheckResult(name, health.pages, problems)


def known_anchors(ctx: Context) -> list[Anchor]:
    """Every anchor kept outside the database: the check history and the backups' manifests."""
    from deskapp.services.accounts import backup  # backup uses check's parts; imported when needed

    found = audit_anchors.history(ctx)
    if ctx.db.is_sqlite:
        with ctx.reader() as uow:
            trail = audit_anchors.first(uow.session)
        found += audit_anchors.manifests(backup.folder(ctx), ctx.db.path.stem, trail)
    return found


def chain_problems(session: Session, on_row: Callable[[int], None] | None = None,
                   since: Anchor | None = None) -> tuple[int, list[str]]:
    """(rows walked, problems) of the hash chain in `session`'s database: all of it, or the rows
    after `since`, an anchor a clean check verified."""
    after = since.id if since else 0
    texts = q.chain_digest_texts(session, after_id=after)
    rows = _digested(session, texts) if texts is not None else (
        audit_chain.ChainRow(r[0], r[1], r[2], audit.row_digest(r[1], *r[3:]))
        for r in q.chain_rows(session, after_id=after))
    start = (since.hash, since.id) if since else (audit_chain.GENESIS, 0)
    report = audit_chain.verify(rows, on_row, start=start)
    return report.checked, report.problems()


def _digested(session: Session, texts: Iterator[tuple]) -> Iterator[audit_chain.ChainRow]:
    """Chain rows from the digest texts SQLite built (issue 21 §4: half the CPU per row). A text
    whose digest is not the stored hash is not trusted to be the program's form of the row (an
    `at` typed in another format): the row is digested again as `record` did before it is
    called changed."""
    digest_of = audit.text_digest
    for row_id, prev_hash, stored, text in texts:
        digest = digest_of(text)
        if digest != stored:
            row = next(q.chain_rows(session, after_id=row_id - 1, batch=1))
            digest = audit.row_digest(row[1], *row[3:])
        yield audit_chain.ChainRow(row_id, prev_hash, stored, digest)


def chain_check(ctx: Context, on_row: Callable[[int], None] | None = None, since: Anchor | None = None) -> CheckResult:
    """The hash chain, all of it or on from `since` (see `run_check`)."""
    with ctx.reader() as uow:
        checked, problems = chain_problems(uow.session, on_row, since)
    note = f"自第 {since.id} 条起；之前的已由{since.source}核对，完整检查（--full）从头核对" if since else ""
    return CheckResult("审计日志哈希链", checked, problems, note=note)


def anchor_check(ctx: Context, paper: Sequence[Anchor] = ()) -> CheckResult:
    """The chain against every anchor kept outside the database, and `paper` ones typed back
    from a handover sheet: which one disagrees, and what that means."""
    with ctx.reader() as uow:
        compared, problems = audit_anchors.compare(uow.session, [*known_anchors(ctx), *paper])
    return CheckResult("审计链锚点（检查记录、备份清单、纸面）", compared, problems)


TRIGGERS = "防篡改触发器"


def trigger_problems(session: Session) -> tuple[int, list[str]]:
    """Every append-only trigger is there with the body its migration gave it: a file editor who
    drops one to rewrite history, or puts back a weaker one, is noticed."""
    wanted = triggers.expected_for(session)  # on PostgreSQL: each trigger enabled, each function's body
    found = triggers.present(session)
    problems = []
    for trigger, sql in wanted.items():
        if trigger not in found:
            problems.append(f"触发器 {trigger} 不存在：有人删除了它，相应的表可以被改写")
        elif found[trigger] == "disabled":
            problems.append(f"触发器 {trigger} 已被停用：相应的表可以被改写")
        elif found[trigger] != sql:
            problems.append(f"触发器 {trigger} 的定义被改动过，与建库时不同")
    return len(wanted), problems


def trigger_check(ctx: Context) -> CheckResult:
    with ctx.reader() as uow:
        return CheckResult(TRIGGERS, *trigger_problems(uow.session))


def _timed(step: Callable[[], CheckResult]) -> CheckResult:
    started = time.perf_counter()
    result = step()
    return replace(result, seconds=time.perf_counter() - started)


def area_checks(session: Session, ctx: Context) -> list[CheckResult]:
    """Every area's invariants, each with the time it took (issue 21 §4: which ones grow with the
    years). A hook returning several results it did not time (`hooks.timed`) shares its time evenly."""
    out: list[CheckResult] = []
    for fn in hooks.registered(hooks.Hook.CHECKS):
        started = time.perf_counter()
        result = fn(session, ctx)
        spent = time.perf_counter() - started
        results = result if isinstance(result, list) else [result]
        untimed = [r for r in results if not r.seconds]
        share = max(spent - sum(r.seconds for r in results), 0.0) / max(len(untimed), 1)
        out += [r if r.seconds else replace(r, seconds=share) for r in results]
    return out


def run_check(ctx: Context, actor: Actor, *, full: bool = False,
              progress: Callable[[int, int], None] | None = None, paper: Sequence[Anchor] = ()) -> CheckReport:
    """Everything `deskapp check` looks at; records that it ran (with what it found). A clean
    check appends the chain's head to the check history.

    The daily check (not `full`) walks the hash chain on from the newest anchor of the check
    history that still matches: the clean check that wrote it walked everything before it
    (issue 21 §4: ten years are 250,000 rows). `full` walks the whole chain again, so a row
    edited before that anchor is still found, and runs SQLite's integrity_check.

    SQLite's own check runs in a thread on its own read-only connection beside the rest: it
    reads every page of the file holding no GIL (4.5 s of CPU at ten years), while the chain walk
    and the invariants run on the other core, so the check takes about the longer of the
    two rather than their sum. Its result stays first in the report."""
    actor.require(RUN)
    started = ctx.clock.now()
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sqlite-check") as beside:
        file_check = beside.submit(_timed, lambda: sqlite_check(ctx, full=full))
        rest = python_checks(ctx, full=full, progress=progress, paper=paper)  # waits for the thread if it raises
        report = CheckReport([file_check.result(), *rest], checked_at=started, checked_by=actor.display_name,
                             full=full)
    try:
        audit.record_event(ctx, actor, "check.run", "database", None,
                           summary="检查数据库：" + ("全部正常" if report.ok else f"发现 {len(report.problems)} 处问题"),
                           after={"full": full, "problems": report.problems[:50]})
    except Exception as exc:  # a damaged database may refuse the write; say so in the report
        report.results.append(CheckResult("记录本次检查", 1, [f"无法写入审计日志：{exc}"]))
    else:
        if report.ok:
            with ctx.reader() as uow:
                audit_anchors.remember(ctx, uow.session)
    return report


def report_pdf(ctx: Context, actor: Actor, report: CheckReport) -> bytes:
    """《数据库检查报告》 of a check that ran: the verdict first, dated the time of the check."""
    from deskapp.documents.accounts.check_report import CheckLine, CheckReportDoc, check_report_pdf

    actor.require(RUN)
    if report.checked_at is None:
        raise ValidationError("检查时间", "这份检查结果没有记下检查时间，请重新检查后再打印")
    with ctx.reader() as uow:
        centre = uow.registry.centre()
    now = ctx.clock.now()
    return check_report_pdf(CheckReportDoc(
        centre.name, report.checked_at.astimezone(now.tzinfo), report.checked_by, report.full, report.verdict,
        report.ok, [CheckLine(r.name, r.checked, r.note, tuple(r.problems)) for r in report.results],
        printed_on=now.date()))


def write_report_pdf(ctx: Context, actor: Actor, report: CheckReport, path: Path | str) -> Path:
    """The report saved as a PDF file where chosen (导出PDF…); a target that cannot be written is
    refused naming the file, and nothing half-written is left."""
    return output_file.write_bytes(path, report_pdf(ctx, actor, report))


def python_checks(ctx: Context, *, full: bool, progress: Callable[[int, int], None] | None,
                  paper: Sequence[Anchor]) -> list[CheckResult]:
    """The chain, its anchors, the triggers and every area's invariants, one after the other."""
    with ctx.reader() as uow:
        since = None if full else audit_anchors.last_verified(ctx, uow.session)
        total = uow.audit.count() - (since.id if since else 0)
    step = max(total // 100, 1)

    def on_row(n: int) -> None:
        if progress and n % step == 0:
            progress(n, total)

    results = [_timed(lambda: chain_check(ctx, on_row, since)),
               _timed(lambda: anchor_check(ctx, paper)),
               _timed(lambda: trigger_check(ctx))]
    with ctx.reader() as uow:
        results.extend(area_checks(uow.session, ctx))
    return results
