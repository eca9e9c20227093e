"""`deskapp bench`: speed and memory figures on a demo community of realistic size.

Contract for the areas (``src/deskapp/bench/<area>.py``)
--------------------------------------------------------
* A module here with ``ORDER: int`` and ``run(b: BenchContext) -> dict[str, Figure]`` is a
  bench step; steps run in ORDER (the core figures of issue 2 are ``core``, ORDER 0) and
  are chosen with ``deskapp bench --only NAME`` (the module name).
* ``b.ctx`` / ``b.actor``: a service context on the base demo database (``b.units`` units,
  every area at its default demo size) and an administrator. Treat it as read-only.
* More data: declare ``NEEDS = {"requests": 200000, "repairs": 100000}`` at module level
  and call ``b.ensure(**NEEDS)``; it returns a context on a demo database with at least
  those sizes (``DemoPlan.extra``). The needs of all chosen steps are merged, so ONE big
  database is built per run and shared; it is built on first use.
* Writing benchmarks (bill runs, imports): ``b.fresh(**sizes)`` gives a private copy.
* Memory of one piece of work: ``b.in_child(fn, *args)`` runs a module-level function in a
  fresh interpreter and returns its value, wall seconds and peak RSS (``ChildRun``).
* ``OPT_IN = True``: the step runs only when named with ``--only`` (the frozen bundle's).
* Qt: ``b.qapp()`` gives the offscreen QApplication with the shipped font and zh_CN; ``b.desk(ctx)``
  a desk session of the bench's actor (the QApplication made first) for a tab or page to be made on.
* Timing helpers: ``b.time_ms(fn)``, ``b.shown_ms(make)`` (a widget made, shown and painted),
  :func:`timed_work` (a use case timed on its own in a child), :func:`median`, :func:`percentile`. Figures carry an
  optional target and whether higher is better; never assert timings in tests.
* Names in the JSON are the figure names; keep them unique across areas (prefix them with
  what they measure: ``requests_open_ms``, ``key_loans_open_ms``...).
"""
from __future__ import annotations

import importlib
import json
import math
import multiprocessing
import os
import pkgutil
import resource
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

DEFAULT_UNITS = 20_000


@dataclass(frozen=True)
class Figure:
    value: float
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    @property
    def ratio(self) -> float | None:
        """Value as a share of the target (≤ 1 is good for lower-is-better figures)."""
        if self.target in (None, 0):
            return None
        return self.value / self.target


def median(values: Iterable[float]) -> float:
    v = sorted(values)
    if not v:
        raise ValueError("no values")
    mid = len(v) // 2
    return v[mid] if len(v) % 2 else (v[mid - 1] + v[mid]) / 2


def slowest(medians: dict[str, float]) -> tuple[str, str]:
    """Which of a figure's medians is the slowest (the figure), and all of them in words for its
    note: "open 120 ms，unit 80 ms"."""
    return max(medians, key=medians.get), "，".join(f"{k} {v:.0f} ms" for k, v in medians.items())


def percentile(values: Iterable[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100): a value that was actually measured."""
    v = sorted(values)
    if not v:
        raise ValueError("no values")
    rank = max(1, math.ceil(p / 100 * len(v)))
    return v[rank - 1]


def timed_work(db: str, work: Callable[[Any, Any], Any],
               setup: Callable[[Any, Any], Any] | None = None) -> tuple[Any, float]:
    """In a child (``b.in_child``): `work(ctx, actor)` on the database at `db` as an administrator,
    after the untimed `setup`; its result and the seconds it alone took."""
    from deskapp.domain.permissions import Role
    from deskapp.services.app import open_context
    from deskapp.services.context import Actor

    actor = Actor(None, "bench", "基准测试", Role.ADMIN)
    ctx = open_context(Path(db))
    try:
        if setup is not None:
            setup(ctx, actor)
        started = time.perf_counter()
        result = work(ctx, actor)
        return result, time.perf_counter() - started
    finally:
        ctx.db.dispose()


def rss_mb(kilobytes: int) -> float:
    # ru_maxrss is kilobytes on Linux, bytes on macOS.
    return kilobytes / (1024 * 1024 if sys.platform == "darwin" else 1024)


def peak_rss_self_mb() -> float:
    """Peak RSS of this process's own memory. On Linux ru_maxrss survives exec, so a spawned
    child would report its parent's peak at fork time; VmHWM belongs to the current image."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return rss_mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


@dataclass(frozen=True)
class ChildRun:
    value: Any
    seconds: float
    rss_mb: float


def _child_call(fn: Callable, args: tuple, kwargs: dict) -> tuple[Any, float, float]:
    started = time.perf_counter()
    value = fn(*args, **kwargs)
    return value, time.perf_counter() - started, peak_rss_self_mb()


@dataclass
class _Built:
    extra: dict[str, int]
    path: Path
    seconds: float
    ctx: Any = None
    step_seconds: dict[str, float] = field(default_factory=dict)
    rss_mb: float = 0.0


def _build_demo(path: str, seed: int, units: int, extra: dict[str, int]) -> tuple[float, int, dict[str, float]]:
    """In a child process: fill the (migrated, empty) database at ``path`` with the demo."""
    from deskapp.domain.permissions import Role
    from deskapp.services import demo
    from deskapp.services.app import open_context
    from deskapp.services.context import Actor

    ctx = open_context(path)
    try:
        result = demo.generate(ctx, Actor(None, "bench", "基准测试", Role.ADMIN),
                               demo.DemoPlan(seed=seed, units=units, extra=extra))
    finally:
        ctx.db.dispose()
    return result.seconds, sum(result.rows.values()), dict(result.step_seconds)


class BenchContext:
    """What a bench step gets: the demo databases of this run and the measuring helpers."""

    def __init__(self, folder: Path, units: int, seed: int = 1, needs: dict[str, int] | None = None,
                 log: Callable[[str], None] | None = None, options: dict[str, Any] | None = None):
        from deskapp.services.context import Actor
        from deskapp.domain.permissions import Role

        self.folder = folder
        self.units = units
        self.seed = seed
        self.needs = dict(needs or {})
        self.options = dict(options or {})  # command-line knobs, e.g. runs (start-up repetitions)
        self.actor = Actor(None, "bench", "基准测试", Role.ADMIN)
        self._log = log or (lambda text: print(text, file=sys.stderr, flush=True))
        self._built: list[_Built] = []
        self._fresh = 0
        self._qapp = None
        self.base = self._build({}, "base")

    # -- databases
    def log(self, text: str) -> None:
        self._log(text)

    def _build(self, extra: dict[str, int], label: str) -> _Built:
        from deskapp.services.app import open_context
        from deskapp.store.db import sqlite_backup

        path = self.folder / f"demo-{label}.sqlite"
        meta = path.with_suffix(".json")
        what = ", ".join(f"{k}={v}" for k, v in sorted(extra.items()))
        wanted = {"units": self.units, "seed": self.seed, "extra": dict(sorted(extra.items()))}
        if path.exists() and meta.exists():
            # `deskapp bench --keep DIR` again: the same demo is not built twice (it takes minutes).
            saved = json.loads(meta.read_text(encoding="utf-8"))
            if saved.get("plan") == wanted:
                self.log(f"reusing {path} ({what or 'base'}, built in {saved['seconds']:.1f} s)")
                built = _Built(dict(extra), path, saved["seconds"], open_context(path), saved["steps"],
                               saved["rss_mb"])
                self._built.append(built)
                return built
            raise ValueError(f"{path} was built for {saved.get('plan')}, not {wanted}: use another folder")
        self.log(f"building demo database: {self.units} units{' + ' + what if what else ''} …")
        # Migrate an empty database once; every demo database of the run starts as its copy.
        empty = self.folder / "empty-schema.sqlite"
        if not empty.exists():
            open_context(empty).db.dispose()
        path.unlink(missing_ok=True)  # a build that was interrupted: start again
        sqlite_backup(empty, path)
        # Built in a child process: the generator's memory is not the program's, and must not
        # count in this process's peak (peak_rss_mb); the child's own peak is reported apart.
        child = self.in_child(_build_demo, str(path), self.seed, self.units, dict(extra))
        seconds, rows, step_seconds = child.value
        built = _Built(dict(extra), path, seconds, open_context(path), step_seconds, child.rss_mb)
        self._built.append(built)
        meta.write_text(json.dumps({"plan": wanted, "seconds": seconds, "steps": step_seconds,
                                    "rss_mb": child.rss_mb}, ensure_ascii=False), encoding="utf-8")
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in step_seconds.items())
        self.log(f"  built in {seconds:.1f} s ({rows} rows; {steps}; peak {child.rss_mb:.0f} MB)")
        return built

    @property
    def ctx(self):
        return self.base.ctx

    @property
    def db_path(self) -> Path:
        return self.base.path

    @property
    def demo_seconds(self) -> float:
        return self.base.seconds

    def _covering(self, extra: dict[str, int]) -> _Built | None:
        for b in self._built:
            if all(b.extra.get(k, -1) >= v for k, v in extra.items()):
                return b
        return None

    def ensure(self, **extra: int):
        """A context on a demo database with at least these ``DemoPlan.extra`` sizes."""
        if not extra:
            return self.ctx
        found = self._covering(extra)
        if found is None:
            merged = dict(self.needs)
            for k, v in extra.items():
                merged[k] = max(v, merged.get(k, 0))
            found = self._build(merged, "big-" + "-".join(f"{k}{v}" for k, v in sorted(merged.items())))
        return found.ctx

    def build_seconds(self, ctx) -> float:
        """How long the demo database behind ``ctx`` (from ``ensure``) took to build."""
        return next(b.seconds for b in self._built if b.ctx is ctx)

    def fresh(self, **extra: int):
        """A private copy (for steps that write) of a database with at least these sizes."""
        from deskapp.services import stored_files
        from deskapp.services.accounts import audit_anchors
        from deskapp.services.app import open_context
        from deskapp.store.db import sqlite_backup

        source = self.ensure(**extra) if extra else self.ctx
        self._fresh += 1
        target = self.folder / f"fresh-{self._fresh}.sqlite"
        sqlite_backup(source.db.path, target)
        copy = open_context(target)
        # a kept folder still holds the check history of the last run's copy of this name: its
        # anchors are another database's, and the daily check walks on from them (issue 21 §4)
        history = audit_anchors.history_file(copy)
        if history is not None:
            history.unlink(missing_ok=True)
        # the kept files (documents, photos) live beside the database under its name: the copy
        # gets its own, or `deskapp check` on it finds them missing
        kept = stored_files.store(source).root
        if kept.is_dir():
            shutil.copytree(kept, stored_files.store(copy).root, dirs_exist_ok=True)
        return copy

    # -- measuring
    def desk(self, ctx=None):
        """A desk session of the bench's actor on `ctx` (the base demo when None), as a tab or page is
        made with; the QApplication is made first."""
        from deskapp.gui.session import ChangeBus, DeskSession

        self.qapp()
        return DeskSession(self.ctx if ctx is None else ctx, self.actor, ChangeBus())

    def qapp(self):
        if self._qapp is None:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from PySide6.QtCore import qInstallMessageHandler

            from deskapp.gui.app import make_app

            def quiet(mode, context, message):  # the offscreen platform's chatter is not a result
                if "does not support" not in message:
                    print(message, file=sys.stderr)

            qInstallMessageHandler(quiet)
            self._qapp = make_app(["deskapp-bench"], lang="zh_CN")
        return self._qapp

    @staticmethod
    def time_ms(fn: Callable[[], Any]) -> float:
        started = time.perf_counter()
        fn()
        return (time.perf_counter() - started) * 1000

    @staticmethod
    def made_ms(make: Callable[[], Any], runs: int) -> list[float]:
        """How long making a widget (a tab: its models, counts and first page) takes, `runs` times,
        each one deleted after; not shown, as `shown_ms` does."""
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            widget = make()
            times.append((time.perf_counter() - started) * 1000)
            widget.deleteLater()
        return times

    def shown_ms(self, make: Callable[[], Any], size: tuple[int, int] = (1280, 800)) -> float:
        """From making a widget (a tab, a page) to it shown and painted at `size`; it is closed and
        deleted after, so the next one starts as the desk would."""
        app = self.qapp()
        started = time.perf_counter()
        widget = make()
        widget.resize(*size)
        widget.show()
        app.processEvents()
        elapsed = (time.perf_counter() - started) * 1000
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return elapsed

    @staticmethod
    def in_child(fn: Callable, *args: Any, **kwargs: Any) -> ChildRun:
        """Run a module-level ``fn`` in a fresh interpreter: its value, seconds, peak RSS."""
        mp = multiprocessing.get_context("spawn")
        with mp.Pool(1) as pool:
            value, seconds, rss = pool.apply(_child_call, (fn, args, kwargs))
        return ChildRun(value, seconds, rss)

    def close(self) -> None:
        for b in self._built:
            if b.ctx is not None:
                b.ctx.db.dispose()


# ------------------------------------------------------------------ running the steps

def steps(only: Iterable[str] = ()) -> list[ModuleType]:
    import deskapp.bench as pkg

    wanted = set(only)
    found = []
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("_") or (wanted and info.name not in wanted):
            continue
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        if getattr(module, "OPT_IN", False) and info.name not in wanted:
            continue  # e.g. frozen: builds a bundle, only when named
        if isinstance(getattr(module, "ORDER", None), int) and callable(getattr(module, "run", None)):
            found.append(module)
    unknown = wanted - {m.__name__.rsplit(".", 1)[-1] for m in found}
    if unknown:
        raise ValueError("unknown bench step(s): " + ", ".join(sorted(unknown)))
    return sorted(found, key=lambda m: (m.ORDER, m.__name__))


@dataclass
class BenchReport:
    figures: dict[str, Figure] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)  # step -> traceback

    def as_json(self) -> dict[str, dict[str, Any]]:
        return {name: {"value": round(f.value, 4), "unit": f.unit} for name, f in self.figures.items()}

    def table(self) -> str:
        lines = [f"{'figure':40} {'value':>12} {'unit':6} {'target':>10} {'ratio':>7}  result"]
        for name, f in self.figures.items():
            target = ""
            if f.target is not None:
                target = ("≥" if f.higher_is_better else "≤") + f"{f.target:g}"
            ratio = f"{f.ratio:.2f}" if f.ratio is not None else ""
            verdict = {None: "", True: "ok", False: "MISSED"}[f.met]
            note = f"  {f.note}" if f.note else ""
            lines.append(f"{name:40} {f.value:12.2f} {f.unit:6} {target:>10} {ratio:>7}  {verdict}{note}")
        for step, tb in self.failures.items():
            lines.append(f"{step}: FAILED — {tb.strip().splitlines()[-1]}")
        return "\n".join(lines)


def run_bench(units: int = DEFAULT_UNITS, only: Iterable[str] = (), seed: int = 1,
              folder: Path | None = None, log: Callable[[str], None] | None = None,
              options: dict[str, Any] | None = None) -> BenchReport:
    chosen = steps(only)
    needs: dict[str, int] = {}
    for m in chosen:
        for k, v in getattr(m, "NEEDS", {}).items():
            needs[k] = max(int(v), needs.get(k, 0))
    own_folder = folder is None
    work = Path(tempfile.mkdtemp(prefix="deskapp-bench-")) if own_folder else folder
    report = BenchReport()
    b = BenchContext(work, units, seed, needs, log, options)
    try:
        for m in chosen:
            name = m.__name__.rsplit(".", 1)[-1]
            b.log(f"running {name} …")
            try:
                figures = m.run(b)
            except Exception:  # one area's failure must not hide the others' figures
                report.failures[name] = traceback.format_exc()
                b.log(report.failures[name])
                continue
            for key, fig in figures.items():
                if key in report.figures:
                    raise ValueError(f"figure {key} reported twice (by {name})")
                report.figures[key] = fig
    finally:
        b.close()
        if own_folder:
            shutil.rmtree(work, ignore_errors=True)
    return report
