"""Excel registers for the supervisor. Each area registers its exports here; the command
line (`deskapp export NAME`) and the GUI's export menu list them from this registry."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from deskapp.domain.billing import add_months, parse_month
from deskapp.domain.errors import ValidationError
from deskapp.output_file import check_target
from deskapp.services.context import Actor, Context


@dataclass
class ExportOptions:
    month: str | None = None  # "2026-11"
    quarter: str | None = None  # "2026Q3"
    as_of: date | None = None
    unmasked: bool = False
    progress: Callable[[int, int], None] | None = None  # (done, total)
    cancelled: Callable[[], bool] = field(default=lambda: False)


@dataclass(frozen=True)
class ExportSpec:
    name: str  # command-line name: "units", "requests", "key-loans"...
    title: str  # the paper form's Chinese name, e.g. 《业户服务需求/投诉登记表》
    period: str | None  # None, "month", "quarter" or "as_of": which option the export needs
    run: Callable[[Context, Actor, Path, ExportOptions], int]  # writes the file, returns data rows


_EXPORTS: dict[str, ExportSpec] = {}


def register(spec: ExportSpec) -> ExportSpec:
    _EXPORTS[spec.name] = spec
    return spec


def all_exports() -> dict[str, ExportSpec]:
    from deskapp.services.hooks import load_all_services

    load_all_services()
    return dict(sorted(_EXPORTS.items()))


def month_range(month: str | None) -> tuple[date, date]:
    """'2026-11' -> (2026-11-01, 2026-12-01): a half-open range for SQL."""
    if not month:
        raise ValidationError("月份", "请用 --month YYYY-MM 指定月份")
    start = parse_month(month)
    return start, add_months(start, 1)


def run_export(ctx: Context, actor: Actor, name: str, out: Path, options: ExportOptions) -> int:
    specs = all_exports()
    if name not in specs:
        raise ValidationError("导出内容", f"没有“{name}”，可选：{', '.join(specs)}")
    spec = specs[name]
    out = check_target(out)  # before any work: a folder or a missing folder is said at once
    if spec.period == "month":
        month_range(options.month)
    elif spec.period == "quarter" and not options.quarter:
        raise ValidationError("季度", "请用 --quarter 指定季度，例如 2026Q3")
    from deskapp.services.accounts import privacy
    from deskapp.services.accounts.audit_trail import record_export  # every export is audited (accounts area)

    with privacy.watching_export() as wrote_full:
        rows = spec.run(ctx, actor, Path(out), options)
        unmasked = wrote_full()
    record_export(ctx, actor, name, out, rows, unmasked=unmasked, title=spec.title, period=period_text(options))
    return rows


def period_text(options: ExportOptions) -> str:
    """The period an export covered, in words, for its audit entry."""
    if options.month:
        return f"{options.month} 月"
    if options.quarter:
        return options.quarter.replace("Q", " 年第 ") + " 季度"
    if options.as_of:
        return f"截至 {options.as_of:%Y-%m-%d}"
    return "全部"
