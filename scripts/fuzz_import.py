"""The larger import fuzz run (issue 14 §1; the bounded one is tests/documents/importers/test_import_fuzz.py).

    PYTHONPATH=src python scripts/fuzz_import.py [--files 2000] [--batch 100] [--memory-mb 3072]
                                                 [--timeout 180] [--seed 0]

Each variant (tests/documents/importers/workbook_mutations.py: the real templates and two
CSVs damaged at byte, zip and XML level) goes through what the wizard's dry run does: read,
then the roster and the readings preview, against a fresh database. Batches run in child
processes with an address-space limit (RLIMIT_AS) and a time limit, so a file that aborts the
process (a Rust panic that aborts, SIGKILL, SIGSEGV) or hangs it is counted, not lost: the
child says which file it starts before it starts it. Prints files tried, read and judged,
refused with a message, unhandled exceptions, aborts, the largest memory and the longest file;
exit status 1 when any file gave an unhandled exception or an abort."""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTATIONS = ROOT / "tests" / "documents" / "importers"


def worker(first: int, count: int, base_seed: int, memory_mb: int) -> None:
    """Runs files first..first+count-1, one JSON line before and after each."""
    limit = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    sys.path[:0] = [str(ROOT / "src"), str(MUTATIONS)]
    from workbook_mutations import SEEDS, mutate

    from deskapp.domain.errors import DeskappError
    from deskapp.domain.permissions import Role
    from deskapp.services.importing.readings import preview_readings
    from deskapp.services.importing.roster import preview_units
    from deskapp.services.registry import community as registry_community
    from deskapp.services.app import open_context
    from deskapp.services.context import Actor

    def say(**fields) -> None:
        print(json.dumps(fields, ensure_ascii=False), flush=True)

    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(Path(tmp) / "fuzz.sqlite")
        admin = Actor(None, "fuzz", "fuzz", Role.ADMIN)
        registry_community.setup_community(ctx, admin, "翠湖花园", "翠湖花园物业服务中心", "滨江路 88 号", "0571-88886666")
        registry_community.add_building(ctx, admin, "3")
        for i in range(first, first + count):
            name = SEEDS[i % len(SEEDS)]
            seed = base_seed * 1_000_003 + i
            say(start=i, name=name, seed=seed)
            path = Path(tmp) / f"file{Path(name).suffix}"
            path.write_bytes(mutate(name, seed))
            started = time.perf_counter()
            outcome, detail = "refused", ""  # "read" when either preview judged the rows
            for preview in (preview_units, preview_readings):
                try:
                    preview(ctx, admin, path)
                    outcome = "read"
                except DeskappError as exc:
                    detail = str(exc)[:200]
                except Exception as exc:  # noqa: BLE001 — counting these is the point of the run
                    outcome, detail = "unhandled", f"{type(exc).__name__}: {str(exc)[:200]}"
                    break
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            say(done=i, outcome=outcome, detail=detail, seconds=round(time.perf_counter() - started, 3),
                rss_mb=round(rss, 1))
        ctx.db.dispose()


def run(files: int, batch: int, memory_mb: int, timeout: float, base_seed: int) -> int:
    tally = {"read": 0, "refused": 0, "unhandled": 0, "aborted": 0}
    problems: list[str] = []
    max_rss, max_seconds, slowest = 0.0, 0.0, ""
    wall = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    i = 0
    while i < files:
        count = min(batch, files - i)
        cmd = [sys.executable, __file__, "--worker", str(i), str(count), "--seed", str(base_seed),
               "--memory-mb", str(memory_mb)]
        try:
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, env=env)
            out, err, status = proc.stdout, proc.stderr, proc.returncode
        except subprocess.TimeoutExpired as exc:
            out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
            err, status = "", "timeout"
        current, finished = None, i
        for line in out.splitlines():
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if "start" in event:
                current = event
            elif "done" in event:
                tally[event["outcome"]] += 1
                finished = event["done"] + 1
                max_rss = max(max_rss, event["rss_mb"])
                if event["seconds"] > max_seconds:
                    max_seconds, slowest = event["seconds"], f"{current['name']} seed {current['seed']}"
                if event["outcome"] == "unhandled":
                    problems.append(f"unhandled  {current['name']} seed {current['seed']}: {event['detail']}")
                current = None
        if current is not None:  # the child died or hung on this file
            tally["aborted"] += 1
            problems.append(f"aborted ({status})  {current['name']} seed {current['seed']}")
            finished = current["start"] + 1
        elif finished == i:  # it died before its first file: not a file's fault, but nothing ran
            raise SystemExit(f"worker failed to start (status {status}): {err[-2000:]}")
        i = finished
        print(f"  {i}/{files} files, {time.perf_counter() - wall:.0f} s", file=sys.stderr, flush=True)
    print(f"files tried:            {files}")
    print(f"read and judged:        {tally['read']}")
    print(f"refused with a message: {tally['refused']}")
    print(f"unhandled exceptions:   {tally['unhandled']}")
    print(f"aborts (crash/timeout): {tally['aborted']}")
    print(f"largest memory (RSS):   {max_rss:.0f} MB (a child process, interpreter and libraries included)")
    print(f"longest file:           {max_seconds:.2f} s ({slowest})")
    print(f"wall time:              {time.perf_counter() - wall:.0f} s")
    for p in problems:
        print(p)
    return 1 if tally["unhandled"] or tally["aborted"] else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=2000)
    ap.add_argument("--batch", type=int, default=100)
    ap.add_argument("--memory-mb", type=int, default=3072, help="address-space limit of each child")
    ap.add_argument("--timeout", type=float, default=180, help="seconds for one batch")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--worker", nargs=2, type=int, metavar=("FIRST", "COUNT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args.worker[0], args.worker[1], args.seed, args.memory_mb)
        return 0
    return run(args.files, args.batch, args.memory_mb, args.timeout, args.seed)


if __name__ == "__main__":
    raise SystemExit(main())
