"""The demo community (`deskapp demo`): a realistic, deterministic centre for trying the
program, for the tests and for the benchmark (`deskapp bench` builds 20,000 units with it).

Contract for the areas (read this before writing `services/demo/<area>.py`)
---------------------------------------------------------------------------
* A module in this package that defines ``ORDER: int`` and
  ``populate(session, ctx, plan, rng) -> None`` is a demo step; the steps run in ORDER
  (registry 10, accounts 20, reception 30, keys 40, billing 50, rounds 60). Modules without
  ORDER (``names``, ``_…``) are helpers.
* All steps run in ONE transaction (``session``): never commit, never open another unit of
  work, never call a service that does (call the ``insert_…(session, …)`` style helpers or,
  much faster, insert rows yourself). Everything is rolled back if any step fails or the
  user cancels, so the database file is left as it was.
* Speed: insert with :func:`bulk` (one Core executemany per batch, in the store's
  ``DemoRepository.insert_many``, which also reports progress and honours cancel). Give
  primary keys yourself when later rows need them (the database is empty, ids start at 1) or
  read them back through ``store/queries/demo.py`` (a step writes no SQL): everything an
  earlier step inserted is visible in ``session``. Do not create ORM objects
  one by one for thousands of rows. No per-row audit rows: the run writes one audit row
  ``demo.generate``; write chronicle rows (``ChronicleEntry``) yourself in bulk.
* Determinism: draw every random choice from ``rng`` (a ``random.Random`` seeded from the
  plan's seed and the module's name, so one area's changes do not reshuffle another's),
  never from ``random`` or the wall clock. Dates come from ``plan.today``; times from
  :func:`at` (China Standard Time, aware). Iterate over ordered query results
  (``order_by``), never over sets.
* The desk's clock: what a person does at the desk happens in office hours (:data:`OPENS`–
  :data:`CLOSES`, the hours the demo centre sets) and by ``plan.now``, the desk's last open moment
  by the clock (:func:`desk_now`: built at 00:30 or 07:00, yesterday's closing, and ``plan.today`` is
  that day; at 23:30 today's closing). A step's ``ctx`` runs on that moment's clock, and
  :func:`office_time` keeps a moment of the desk's day by it. A time written with :func:`at` at a
  fixed hour keeps within the hours itself; :func:`by_now` clamps one that may come after now.
* Sizes: ``plan.units`` is exact. Everything else scales with it by default and can be set
  with ``plan.size("requests", default)``: ``deskapp bench`` passes large sizes there
  (``requests=200000``, ``key_loans=500000``...). Document your keys in your module.
* Helpers here and in :mod:`deskapp.services.demo.names`: :func:`units` (the generated units
  with their current owners), :func:`staff` (names of the desk staff to use as authors),
  ``names.NameMaker`` (Chinese names, phones, ID numbers).
"""
from __future__ import annotations

import hashlib
import importlib
import pkgutil
import random
import time
from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from types import ModuleType
from typing import Any

from deskapp.contracts.demo import DemoUnit
from deskapp.domain.clock import CENTRE_TZ, FixedClock
from deskapp.domain.errors import Cancelled, Conflict, ValidationError
from deskapp.domain.permissions import SUPERVISORS, define
from deskapp.services import audit
from deskapp.services.context import Actor, Context
from deskapp.store.queries import demo as demo_queries
from deskapp.store.repositories.demo import DemoRepository
from deskapp.store.uow import Session

GENERATE = define("demo.generate", "生成演示小区数据", SUPERVISORS)

CST = CENTRE_TZ  # the demo centre keeps the same China time as every centre
DEFAULT_UNITS = 1200
MAX_UNITS = 200_000
BATCH = 5000

# Rows here do not make a database "in use": the first start may already have created the
# administrator account (and audited it) and stored settings before anyone asks for a demo.
NOT_CONTENT = frozenset({"alembic_version", "settings", "users", "audit_log"})


CANCELLED = "已取消生成演示数据，数据库未改变"


@dataclass(frozen=True)
class DemoPlan:
    seed: int = 1
    units: int = DEFAULT_UNITS
    today: date | None = None  # None: the day of the desk's last open moment by the clock (desk_now)
    # the desk's last open moment (set by generate, from the clock: desk_now); nothing a person does
    # at the desk in the demo comes after it
    now: datetime | None = None
    extra: Mapping[str, int] = field(default_factory=dict)
    # where the supervisor's past months are filed (每月汇总归档) once the demo is committed;
    # None: none filed (services/demo/month_packs.py)
    packs_folder: Path | None = None

    def size(self, name: str, default: int) -> int:
        """A size option other areas read (e.g. ``plan.size("key_loans", 3000)``)."""
        value = self.extra.get(name, default)
        return max(0, int(value))

    def scaled(self, name: str, per_thousand_units: float, minimum: int = 0) -> int:
        """``plan.size`` whose default grows with the number of units."""
        return self.size(name, max(minimum, round(self.units * per_thousand_units / 1000)))


@dataclass(frozen=True)
class DemoResult:
    seconds: float
    rows: dict[str, int]  # table -> rows
    steps: list[str]
    step_seconds: dict[str, float] = field(default_factory=dict)
    packs: int = 0  # past months filed (每月汇总归档) into the plan's packs_folder


# ------------------------------------------------------------------ helpers for the steps

@dataclass
class _Run:
    progress: Callable[[int, int], None] | None
    cancelled: Callable[[], bool] | None
    on_rows: Callable[[int], None] | None = None
    rows: int = 0
    now: datetime | None = None  # the plan's: the desk's last open moment

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled(CANCELLED)

    def count(self, rows: int) -> None:
        self.rows += rows
        if self.on_rows is not None:
            self.on_rows(self.rows)


_RUN: ContextVar[_Run | None] = ContextVar("demo_run", default=None)


def check_cancel() -> None:
    """Steps with long pure-Python loops call this now and then."""
    run = _RUN.get()
    if run is not None:
        run.check()


def bulk(session: Session, model: Any, rows: Iterable[dict], *, batch: int = BATCH) -> int:
    """Insert many rows (dicts keyed by column name) in batches; returns how many.

    ``model`` is a mapped class or a Table. ``rows`` may be a generator, so millions of rows
    never sit in memory at once. Column types still apply (Decimal areas become fen, enums
    their names, aware datetimes UTC). Every row needs the same keys; give defaults yourself
    (Python-side column defaults are not applied to missing keys the ORM way). Each batch
    honours cancel and counts towards the progress shown."""
    run = _RUN.get()
    return DemoRepository(session).insert_many(model, rows, batch=batch,
                                               before_batch=run.check if run is not None else None,
                                               after_batch=run.count if run is not None else None)


def supervisor_set(session: Session, key: str, value: Any, made: datetime) -> None:
    """A setting the demo's supervisor set on `made` (as 系统设置 stores it: JSON, version 1)."""
    import json

    from deskapp.store.models.settings import Setting

    bulk(session, Setting, [dict(key=key, value=json.dumps(value, ensure_ascii=False), updated_at=made,
                                 updated_by=staff()["supervisor"], version=1)])


def at(day: date, hour: int = 9, minute: int = 0, second: int = 0) -> datetime:
    """A moment of a demo day at the centre (China Standard Time)."""
    return datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=CST)


# The demo centre's office hours (服务中心 上班时间, the setting its supervisor made: reception's step):
# every step a person takes at the desk falls in them.
OPENS, CLOSES = dtime(8, 30), dtime(18, 0)


def in_hours(moment: datetime) -> bool:
    """Whether `moment` falls in the demo centre's office hours (from opening, before closing)."""
    return OPENS <= moment.astimezone(CST).time() < CLOSES


def desk_now(moment: datetime) -> datetime:
    """The desk's last open moment by `moment`: itself in office hours, else the last closing before
    it (a minute before: 17:59) — a demo built at 00:30 or 07:00 ends at yesterday's closing."""
    local = moment.astimezone(CST)
    if in_hours(local):
        return local
    closing = at(local.date(), CLOSES.hour, CLOSES.minute) - timedelta(minutes=1)
    return closing if local.time() >= CLOSES else closing - timedelta(days=1)


def office_time(rng: random.Random, day: date, *, by_desk_now: bool = True) -> datetime:
    """A random moment in office hours (08:30–18:00) of ``day``; on the desk's day (``plan.now``'s)
    one within the hours gone by (:func:`so_far`), so nothing of today comes after now."""
    minutes = rng.randrange(8 * 60 + 30, 18 * 60)
    moment = at(day, minutes // 60, minutes % 60, rng.randrange(60))
    run = _RUN.get()
    return so_far(moment, run.now) if by_desk_now and run is not None and run.now is not None else moment


def so_far(moment: datetime, now: datetime) -> datetime:
    """A moment of office hours on `now`'s day, put within the hours gone by when it comes after
    `now` (the day's hours shrunk to opening–now, so the day's moments keep their order)."""
    if moment <= now or moment.date() != now.date():
        return moment
    opening = at(now.date(), OPENS.hour, OPENS.minute)
    moment = opening + (moment - opening) * ((now - opening) / (at(now.date(), CLOSES.hour) - opening))
    return moment.replace(microsecond=0)


def by_now(moment: datetime, now: datetime) -> datetime:
    """`moment`, or `now` (the desk's, in office hours) when it would come after it."""
    return min(moment, now)


def desk_time(moment: datetime) -> datetime:
    """`moment`, or — when the desk is closed (before 08:30, from 18:00) — the next opening plus a
    few minutes: the demo's follow-up steps (done, called back, closed) happen in office hours,
    never at 02:35."""
    local = moment.astimezone(CST)
    opening = local.replace(hour=8, minute=30, microsecond=0) + timedelta(minutes=local.minute % 30)
    if (local.hour, local.minute) < (8, 30):
        return opening
    if local.hour >= 18:
        return opening + timedelta(days=1)
    return moment


def worked_since(plan: DemoPlan) -> date:
    """The first day of the span in which the demo centre did the duties of its calendar (工作日历)
    as a working centre does: the first of the month ``plan.size("duty_months", 6)`` months before
    today's. Before it, the calendar may show what the demo never made."""
    months = plan.size("duty_months", 6)
    year, month = divmod(plan.today.year * 12 + plan.today.month - 1 - months, 12)
    return date(year, month + 1, 1)


def staff() -> dict[str, str]:
    """The demo centre's staff, by role (names used as authors; the accounts step creates
    the matching accounts)."""
    return {"clerk": "林晓燕", "clerk2": "周婷", "steward": "陈志刚", "steward2": "黄磊",
            "supervisor": "王丽华", "admin": "系统管理员"}


def units(session: Session) -> list[DemoUnit]:
    """The units generated so far (ordered by id), with current owners and tenants."""
    return demo_queries.demo_units(session)


def next_id(session: Session, model: Any) -> int:
    """The next free primary key of ``model`` (for steps that give ids themselves)."""
    return demo_queries.next_id(session, model)


# ------------------------------------------------------------------ the run

def steps() -> list[ModuleType]:
    """The demo steps of every area, in ORDER."""
    import deskapp.services.demo as pkg

    found = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        if isinstance(getattr(module, "ORDER", None), int) and callable(getattr(module, "populate", None)):
            found.append(module)
    return sorted(found, key=lambda m: (m.ORDER, m.__name__))


def step_rng(seed: int, module_name: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}:{module_name}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def validate_plan(plan: DemoPlan) -> None:
    if not 1 <= plan.units <= MAX_UNITS:
        raise ValidationError("房屋数量", f"应为 1 到 {MAX_UNITS} 之间的整数，现为 {plan.units}")
    for key, value in plan.extra.items():
        if int(value) < 0:
            raise ValidationError(key, f"数量不能为负数（{value}）")


def _on_desk_clock(plan: DemoPlan, clock_now: datetime) -> DemoPlan:
    """`plan` with its day and the desk's moment: by the clock, its last open moment (desk_now) and
    that moment's day; a day asked for other than that one ends at 17:00 of it."""
    now = desk_now(clock_now)
    today = plan.today or now.date()
    return replace(plan, today=today, now=now if today == now.date() else at(today, 17, 0))


def generate(ctx: Context, actor: Actor, plan: DemoPlan,
             progress: Callable[[int, int], None] | None = None,
             cancelled: Callable[[], bool] | None = None,
             *, on_step: Callable[[str], None] | None = None,
             on_rows: Callable[[int], None] | None = None) -> DemoResult:
    """Fill an EMPTY database with the demo community, all-or-nothing.

    ``progress(done, total)`` counts finished steps; ``cancelled()`` is polled between
    batches (then :class:`Cancelled` is raised and nothing is written); ``on_step(name)``
    is told which area's step starts; ``on_rows(n)`` how many rows are written so far."""
    actor.require(GENERATE)
    validate_plan(plan)
    plan = _on_desk_clock(plan, ctx.clock.now())
    desk = replace(ctx, clock=FixedClock(plan.now))  # what the steps' services stamp: the desk's moment
    modules = steps()
    run = _Run(progress, cancelled, on_rows, now=plan.now)
    token = _RUN.set(run)
    started = time.perf_counter()
    try:
        with ctx.uow() as uow:
            session = uow.session
            used = demo_queries.content_tables(session, NOT_CONTENT)
            if used:
                raise Conflict("数据库中已有数据（" + "、".join(used[:5]) + ("…" if len(used) > 5 else "")
                               + "），演示数据只能生成到空数据库中，请换一个新的数据库文件。")
            # an entry of its own first: its moment starts the trail, so two demo centres of one seed
            # are two trails (their steps' entries are dated alike), and a backup of one in a shared
            # folder is not taken for the other's rewritten history
            audit.record(session, ctx, actor, "demo.begin", "demo", plan.seed,
                         summary=f"开始生成演示小区：{plan.units} 套房屋（种子 {plan.seed}）")
            names = []
            timings: dict[str, float] = {}
            for i, module in enumerate(modules):
                run.check()
                name = module.__name__.rsplit(".", 1)[-1]
                names.append(name)
                if on_step is not None:
                    on_step(name)
                step_started = time.perf_counter()
                module.populate(session, desk, plan, step_rng(plan.seed, name))
                session.flush()
                timings[name] = time.perf_counter() - step_started
                if progress is not None:
                    progress(i + 1, len(modules))
            run.check()
            rows = {t: n for t, n in demo_queries.row_counts(session, NOT_CONTENT) if n}
            audit.record(session, ctx, actor, "demo.generate", "demo", plan.seed,
                         summary=f"生成演示小区：{rows.get('units', 0)} 套房屋，{rows.get('people', 0)} 人",
                         after={"seed": plan.seed, "units": plan.units, "today": plan.today,
                                "extra": dict(plan.extra), "rows": rows})
            run.check()
            uow.commit()
    finally:
        _RUN.reset(token)
    packs = 0
    if plan.packs_folder is not None:  # a filing is its written files: after the data is committed
        from deskapp.services.demo import month_packs

        packs = month_packs.file_past_months(ctx, plan, plan.packs_folder, step_rng(plan.seed, "month_packs"))
    return DemoResult(time.perf_counter() - started, rows, names, timings, packs)

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: only `deskapp demo` and the benchmark call it.
OPEN_TO_OTHER_AREAS = ()
