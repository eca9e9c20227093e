"""Excel registers for the supervisor. Each area registers its exports here; the command
line (`deskapp export NAME`) and the GUI's export menu list them from this registry."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from deskapp.documents import xlsx
from deskapp.domain.billing import add_months, parse_month
from deskapp.domain.errors import Cancelled, ValidationError
from deskapp.domain.local_time import day_start, naive_local
from deskapp.output_file import check_target
from deskapp.services.context import Actor, Context
from deskapp.store.uow import Session


@dataclass
class ExportOptions:
    month: str | None = None  # "2026-11"
    quarter: str | None = None  # "2026Q3"
    as_of: date | None = None
    day: date | None = None  # one day (the accounting vouchers)
    format: str = ""  # a file format where an export has several (vouchers: kingdee or u8)
    min_age: str | None = None  # 《欠费账龄表》 kept to units owing this long or longer (the 欠费 tab's filter)
    day_from: date | None = None  # a register kept to the days from–to, both included (收据登记表)
    day_to: date | None = None
    search: str = ""  # … and to what its search box found
    unmasked: bool = False
    progress: Callable[[int, int], None] | None = None  # (done, total)
    cancelled: Callable[[], bool] = field(default=lambda: False)


@dataclass(frozen=True)
class ExportSpec:
    name: str  # command-line name: "units", "requests", "key-loans"...
    title: str  # the paper form's Chinese name, e.g. 《业户服务需求/投诉登记表》
    period: str | None  # None, "month", "quarter" or "as_of": which option the export needs
    run: Callable[[Context, Actor, Path, ExportOptions], int]  # writes the file, returns data rows
    # A machine-import file for finance software (金蝶 K/3 凭证引入 workbook, 用友 U8 text), whose
    # layout the importing program fixes (K/3: sheet Page1, its header in row 1, 37 columns): it
    # gets no title row, page setup or print scaling, and the printed-page checks leave it out —
    # nobody prints it; the supervisor prints the registers.
    machine_file: bool = False


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


class Month(NamedTuple):
    """The month asked for: its first day, the next month's, both as the centre's midnights (`t0`,
    `t1`), and the label the register's title row shows (2026年11月)."""
    start: date
    end: date
    t0: datetime
    t1: datetime
    label: str


def month_bounds(ctx: Context, options: ExportOptions) -> Month:
    start, end = month_range(options.month)
    tz = ctx.clock.now().tzinfo
    return Month(start, end, day_start(start, tz), day_start(end, tz), f"{start.year}年{start.month}月")


def wall_clock(ctx: Context, dt: datetime | None) -> datetime | None:
    """Excel has no time zones: a register shows the desk's wall-clock time."""
    return naive_local(dt, ctx.clock.now().tzinfo)


def register_heading(ctx: Context, actor: Actor, title: str, period: str, notice: str = "", *,
                     of_centre: bool = False) -> str:
    """A register's title row: whose — the community (小区名称), or with `of_centre` the service
    centre (服务中心名称, as the money and reception registers are headed) — what, which period,
    exported today by `actor`, and the privacy notice where one is due."""
    with ctx.reader() as uow:
        centre = uow.registry.centre()
    return xlsx.heading(centre.name if of_centre else centre.community, title, period, ctx.clock.today(),
                        actor.display_name, notice)


CANCELLED = "已取消导出，没有写出文件"


def write_register(path: Path, sheet: str, heading: str, cols: Sequence[xlsx.Col], rows: Iterable[Sequence],
                   options: ExportOptions, total: int, *, key: Sequence[int] = (), rest: Sequence[int] = ()) -> int:
    """One register sheet written to `path`, reporting progress and stopping (no file) when the
    user cancels. `rest`: the columns that go to a second sheet (xlsx.write_split)."""
    def progress(n: int) -> None:
        if options.cancelled():
            raise Cancelled(CANCELLED)
        if options.progress:
            options.progress(n, total)

    if options.cancelled():
        raise Cancelled(CANCELLED)
    wb = xlsx.new_workbook()
    if rest:
        n = xlsx.write_split(wb, sheet, heading, cols, rows, key, rest, progress=progress)
    else:
        n = xlsx.write_sheet(wb, sheet, heading, cols, rows, progress=progress)
    if options.cancelled():
        raise Cancelled(CANCELLED)
    xlsx.save(wb, path)
    if options.progress:
        options.progress(n, total)
    return n


def monthly_register(ctx: Context, actor: Actor, path: Path, options: ExportOptions, permission: str, *,
                     sheet: str, title: str, cols: Sequence[xlsx.Col],
                     rows: Callable[[Session, Month], list[Sequence]],
                     key: Sequence[int] = (), rest: Sequence[int] = (), of_centre: bool = False) -> int:
    """A month's register the way most areas export theirs: refused without `permission`, its rows
    built by `rows(session, month)` in one read, written by `write_register` (`key`/`rest` as there)
    under `register_heading` (`of_centre` as there)."""
    actor.require(permission)
    month = month_bounds(ctx, options)
    with ctx.reader() as uow:
        data = rows(uow.session, month)
    heading = register_heading(ctx, actor, title, month.label, of_centre=of_centre)
    return write_register(path, sheet, heading, cols, data, options, len(data), key=key, rest=rest)


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
        return xlsx.as_of(options.as_of) + (f"，欠费{options.min_age}及更久" if options.min_age else "")
    if options.day_from or options.day_to:
        return days_text(options.day_from, options.day_to)
    return "全部"


def days_text(day_from: date | None, day_to: date | None) -> str:
    """A register's days in its title row: 2026-11-01 至 2026-11-30, 2026-11-01 起, 至 2026-11-30, 全部日期."""
    if day_from and day_to:
        return f"{day_from:%Y-%m-%d} 至 {day_to:%Y-%m-%d}"
    if day_from:
        return f"{day_from:%Y-%m-%d} 起"
    return f"至 {day_to:%Y-%m-%d}" if day_to else "全部日期"
