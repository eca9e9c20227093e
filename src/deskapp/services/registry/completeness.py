"""档案完整性检查 (quarterly): every unit and every person tied to it, checked against the
rules in domain/completeness.py, read from SQL in batches so 20,000 units stay quick and
small in memory. The check changes no file; a run to its end is recorded (when, by whom, what it
found, with an audit entry), which is what marks the quarter's check done on the duty calendar."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from deskapp.documents import xlsx
from deskapp.documents.registry import xlsx as registry_xlsx
from deskapp.domain.completeness import ITEMS, Finding, check_unit, duplicate_id_findings, sort_findings
from deskapp.domain.permissions import DESK, define
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.registry.prints import letterhead
from deskapp.store.models.registry import CompletenessRun
from deskapp.store.queries import registry as q
from deskapp.store.repositories.registry import RegistryRepository
from deskapp.store.uow import Session

CHECK = define("registry.completeness", "档案完整性检查", DESK)
BATCH = 2000


@dataclass(frozen=True)
class CompletenessReport:
    checked_on: date
    units_checked: int
    findings: list[Finding]

    @property
    def units_with_findings(self) -> int:
        return len({f.unit_id for f in self.findings})

    def by_item(self) -> list[tuple[str, int]]:
        counts = Counter(f.item for f in self.findings)
        known = [(item, counts[item]) for item in ITEMS if counts[item]]
        return known + sorted((i, n) for i, n in counts.items() if i not in ITEMS)


def run_check(ctx: Context, actor: Actor, *, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] = lambda: False, batch: int = BATCH) -> CompletenessReport | None:
    """All findings, sorted unit by unit; None when `cancelled()` turned true on the way."""
    actor.require(CHECK)
    with ctx.reader() as uow:
        report = check_files(uow.session, ctx.clock.today(), progress=progress, cancelled=cancelled, batch=batch)
    if report is not None:
        record_run(ctx, actor, report)
    return report


def check_files(session: Session, today: date, *, progress: Callable[[int, int], None] | None = None,
                cancelled: Callable[[], bool] = lambda: False, batch: int = BATCH) -> CompletenessReport | None:
    """The check itself, read in the caller's session (the desk's reader, or the demo's one
    transaction); None when cancelled."""
    findings: list[Finding] = []
    total = q.all_units_count(session)
    done, last = 0, 0
    if progress:
        progress(0, total)
    while True:
        if cancelled():
            return None
        ids = q.unit_ids_after(session, last, batch)
        if not ids:
            break
        for facts in q.unit_facts(session, ids):
            findings.extend(check_unit(facts, today))
        done += len(ids)
        last = ids[-1]
        if progress:
            progress(done, total)
    findings.extend(duplicate_id_findings(q.shared_id_holders(session)))
    return CompletenessReport(today, done, sort_findings(findings))


@changes(Change.COMPLETENESS)
def record_run(ctx: Context, actor: Actor, report: CompletenessReport) -> None:
    """The run's own record: a cancelled run is no check, so only a finished one is recorded."""
    actor.require(CHECK)
    with ctx.uow() as uow:
        write_run(uow.session, ctx, actor, report)
        uow.commit()


def write_run(session: Session, ctx: Context, actor: Actor, report: CompletenessReport) -> None:
    """A finished run recorded and audited inside the caller's transaction, at `ctx.clock`'s time
    (the demo records its past quarters' runs with a clock set in each quarter)."""
    actor.require(CHECK)
    repo = RegistryRepository(session)
    run = repo.add(CompletenessRun(
        checked_on=report.checked_on, units_checked=report.units_checked, findings=len(report.findings),
        units_with_findings=report.units_with_findings, created_at=ctx.clock.now(), created_by=actor.display_name))
    repo.flush()
    audit.record(session, ctx, actor, "registry.completeness.run", "completeness_run", run.id,
                 summary=f"档案完整性检查：检查房屋 {report.units_checked} 户，问题 {len(report.findings)} 项",
                 after={"units_checked": report.units_checked, "findings": len(report.findings)})


def finding_row(f: Finding) -> tuple[str, str, str, str]:
    return (f.unit_code, f.subject, f.item, f.problem)


def scope_lines(report: CompletenessReport, chosen: list[Finding], narrowed: str = "") -> list[str]:
    """What the check found, on its own date — and, when the screen's filter narrowed the list, that
    the paper lists only part of it: a print of the 证件号码 problems said “发现问题 3 项” of a check
    that found 12."""
    units = len({f.unit_id for f in report.findings})
    lines = [f"检查日期 {report.checked_on:%Y-%m-%d}：检查房屋 {report.units_checked} 户，"
             f"发现问题 {len(report.findings)} 项，涉及 {units} 户。"]
    if len(chosen) != len(report.findings) or narrowed:
        lines.append(f"本表只列筛选出的 {len(chosen)} 项" + (f"（{narrowed}）" if narrowed else "") + "。")
    return lines


def report_pdf(ctx: Context, actor: Actor, report: CompletenessReport,
               findings: list[Finding] | None = None, narrowed: str = "") -> bytes:
    """The printed 《业户档案完整性检查表》; `findings` narrows it to what the screen filter shows,
    `narrowed` says how (项目：证件号码)."""
    # reportlab only when printing (the menu imports us at start)
    from deskapp.documents.registry import pdf as registry_pdf

    actor.require(CHECK)
    chosen = report.findings if findings is None else findings
    doc = registry_pdf.CompletenessDoc(
        units_checked=report.units_checked, rows=[finding_row(f) for f in chosen],
        by_item=CompletenessReport(report.checked_on, report.units_checked, chosen).by_item(),
        summary=scope_lines(report, chosen, narrowed))
    return registry_pdf.completeness_pdf(letterhead(ctx, actor), doc)


def write_xlsx(ctx: Context, actor: Actor, report: CompletenessReport, path: Path,
               findings: list[Finding] | None = None, narrowed: str = "") -> int:
    actor.require(CHECK)
    chosen = report.findings if findings is None else findings
    head = letterhead(ctx, actor)
    part = len(chosen) != len(report.findings) or narrowed
    heading = xlsx.heading(head.community, "业户档案完整性检查表", f"检查日期 {report.checked_on:%Y-%m-%d}",
                           head.printed_on, head.printed_by,
                           f"检查房屋 {report.units_checked} 户，问题 {len(report.findings)} 项"
                           + (f"，本表只列筛选出的 {len(chosen)} 项" + (f"（{narrowed}）" if narrowed else "")
                              if part else ""))
    rows = ((n, *finding_row(f)) for n, f in enumerate(chosen, start=1))
    return registry_xlsx.write_register(path, registry_xlsx.COMPLETENESS_SHEET, heading,
                                        registry_xlsx.FINDING_COLUMNS, rows)
