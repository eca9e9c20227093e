"""Cards in use at go-live: each row judged against the file and the cards and units on file
(preview_cards), then recorded by the keys area's card service, all or nothing (import_cards)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from deskapp.documents.importers import Workbook
from deskapp.domain.importing import Finding, Severity, Target, Verdict
from deskapp.domain.importing_cards import CardRow, check_card_row
from deskapp.domain.importing_place import unit_on_file
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.importing import kinds, steps
from deskapp.services.importing.common import ImportOptions, ImportResult, Preview, Progress
from deskapp.services.importing.files import chosen_sheet, row_passes, _tick
from deskapp.store.queries import importing as q
from deskapp.store.uow import Session

IMPORT_CARDS = define("import.cards", "导入卡证清单", SUPERVISORS)


@dataclass
class _Plan:
    row: int
    data: CardRow
    unit_id: int


def _analyse(session: Session, wb: Workbook, options: ImportOptions, today, progress: Progress | None = None,
             cancelled: Callable[[], bool] | None = None) -> Preview:
    from deskapp.services.keys import cards

    sheet = chosen_sheet(wb, Target.CARDS, options)
    units = {p.code: p.id for p in q.unit_places(session)}
    rows = [(row_no, cells, check_card_row(cells, today, datemode=datemode))
            for row_no, cells, datemode in sheet.data_rows()]
    on_file = cards.active_card_numbers(session, [r.number for _n, _c, r in rows if r.number])
    first: dict[str, int] = {}
    reports, plans = [], []
    for n, (row_no, cells, r) in enumerate(rows, start=1):
        findings = list(r.findings)

        def err(key: str, message: str) -> None:
            findings.append(cells.finding(key, message))

        if r.number in on_file:
            err("number", f"卡号 {r.number} 已在档案中（有效卡，持卡人 {on_file[r.number]}）")
        elif r.number in first and r.active:
            err("number", f"卡号 {r.number} 在第 {first[r.number]} 行已有")
        if r.number and r.active:
            first.setdefault(r.number, row_no)
        unit_id = unit_on_file(r.unit, units, cells, findings)
        if row_passes(reports, row_no, Verdict.CREATE, r.number, f"{r.kind.value} {r.unit} {r.holder}".strip(),
                      findings, cells, sheet.order) and r.active:
            plans.append(_Plan(row_no, r, unit_id))
        _tick(progress, cancelled, n, len(rows))
    preview = sheet.preview(reports)
    preview.units = len({p.unit_id for p in plans})
    preview.notes = _notes(plans)
    preview._plans = plans
    return preview


def _notes(plans: list[_Plan]) -> list[str]:
    by_kind: dict[str, list[Decimal]] = defaultdict(list)
    for p in plans:
        by_kind[p.data.kind.value].append(p.data.deposit)
    lines = [f"{kind} {len(d)} 张，押金合计 {sum(d, Decimal('0.00')):.2f} 元" for kind, d in sorted(by_kind.items())]
    total = sum((p.data.deposit for p in plans), Decimal("0.00"))
    return lines + [f"合计 {len(plans)} 张，押金 {total:.2f} 元"]


def preview_cards(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                  *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> Preview:
    return steps.judged(ctx, actor, IMPORT_CARDS, source, options, steps.as_of_today(ctx, _analyse), progress, cancelled)


@changes(Change.KEYS, Change.CHRONICLE)
def import_cards(ctx: Context, actor: Actor, source: str | Path | Workbook, options: ImportOptions | None = None,
                 *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """The cards are recorded by the card service (keys area), inside this transaction."""
    from deskapp.services.keys import cards

    with steps.all_or_nothing(ctx, actor, IMPORT_CARDS, source, options, steps.as_of_today(ctx, _analyse), progress,
                              cancelled) as (uow, preview):
        s = uow.session
        name = Path(preview.file).name
        for p in preview._plans:
            d = p.data
            cards.add_imported_card(s, ctx, actor, p.unit_id, d.kind, d.number, d.holder, d.issued_on, d.deposit,
                                    f"{name} 工作表 {preview.sheet} 第 {p.row} 行")
        lines = tuple(preview.notes)
        audit.record(s, ctx, actor, "import.cards", "import", name,
                     summary=f"导入卡证 {name}（工作表 {preview.sheet}）：" + "；".join(lines),
                     after={"file": name, "sheet": preview.sheet, "cards": len(preview._plans)})
        return ImportResult(created=len(preview._plans), lines=lines)


kinds.register(kinds.ImportKind(Target.CARDS, "卡证清单", IMPORT_CARDS, preview_cards, import_cards, order=70))
