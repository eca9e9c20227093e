"""Accounts figures (issue 3) on the base demo community plus 200,000 audit entries:

* ``login_ms`` — one sign-in (Argon2id at 19 MiB, 2 passes, plus its audit row), median.
* ``audit_check_rows_per_s`` — the hash-chain check of ``deskapp check`` over the trail.
* ``audit_browse_ms`` — the audit browser's first page with its count, filtered by a user,
  by a unit and by a month; the slowest of those medians.
* ``backup_mb_per_s`` — an online backup of the database, with the check of the copy.
* ``restore_inspect_s`` — the checks a restore runs on a backup file (full integrity_check).
"""
from __future__ import annotations

import time
from datetime import timedelta, timezone

from deskapp.bench import BenchContext, Figure, median

ORDER = 20
AUDIT_ROWS = 200_000
RUNS = 7


def _append_audit(ctx, n: int, days: int = 730) -> None:
    """Append n chained audit rows the way services write them, in bulk (hashes included),
    from ``days`` ago on (five minutes apart, or closer when n rows need it to end by now)."""
    from sqlalchemy import insert, select

    from deskapp.services.audit import GENESIS, dump, row_digest
    from deskapp.store.models.accounts import AuditEntry
    from deskapp.store.models.registry import Unit

    with ctx.uow() as uow:
        s = uow.session
        unit_ids = s.execute(select(Unit.id).order_by(Unit.id)).scalars().all() or [None]
        prev = s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar() or GENESIS
        start = ctx.clock.now().astimezone(timezone.utc) - timedelta(days=days)
        every = min(300.0, days * 86400 / max(n, 1))
        names = ["linxy", "zhouting", "chenzg", "huanglei", "wanglh"]
        batch = []
        for i in range(n):
            at = start + timedelta(seconds=i * every)
            name, unit = names[i % 5], unit_ids[i % len(unit_ids)]
            after = dump({"text": f"来电登记 {i}"})
            digest = row_digest(prev, at, name, "前台接待", "registry.chronicle.add", "chronicle", str(i), unit,
                                "添加大事记", None, after)
            batch.append({"at": at, "actor_user_id": None, "actor_name": name, "actor_role": "前台接待",
                          "action": "registry.chronicle.add", "entity": "chronicle", "entity_id": str(i),
                          "unit_id": unit, "summary": "添加大事记", "before": None, "after": after,
                          "prev_hash": prev, "hash": digest})
            prev = digest
            if len(batch) == 5000:
                s.execute(insert(AuditEntry), batch)
                batch = []
        if batch:
            s.execute(insert(AuditEntry), batch)
        uow.commit()


def run(b: BenchContext) -> dict[str, Figure]:
    from sqlalchemy import select

    from deskapp.contracts.accounts import TrailFilter
    from deskapp.domain.permissions import Role
    from deskapp.services.accounts import users, audit_trail, backup, check
    from deskapp.services.context import Actor
    from deskapp.store.models.registry import Unit

    figures: dict[str, Figure] = {}
    ctx = b.fresh()

    # -- login
    with ctx.uow() as uow:
        from deskapp.store.models.accounts import User

        user = uow.session.execute(select(User).where(User.username == "linxy")).scalar_one_or_none()
    if user is None:
        admin = Actor(None, "bench", "基准测试", Role.ADMIN)
        users.create_user(ctx, admin, "linxy", "林晓燕", Role.CLERK, "Demo@2026")
    logins = [b.time_ms(lambda: users.authenticate(ctx, "linxy", "Demo@2026")) for _ in range(RUNS)]
    figures["login_ms"] = Figure(median(logins), "ms", 1000, note="Argon2id 19 MiB ×2")

    # -- audit trail
    b.log(f"appending {AUDIT_ROWS} audit entries …")
    _append_audit(ctx, AUDIT_ROWS)
    started = time.perf_counter()
    result = check.chain_check(ctx)
    seconds = time.perf_counter() - started
    assert not result.problems, result.problems[:3]
    figures["audit_check_rows_per_s"] = Figure(result.checked / seconds, "rows/s", 20_000, higher_is_better=True,
                                               note=f"{result.checked} rows in {seconds:.1f} s")
    sup = Actor(None, "bench", "基准测试", Role.SUPERVISOR)
    with ctx.reader() as uow:
        unit_id = uow.session.execute(select(Unit.id).order_by(Unit.id).limit(1)).scalar()
    today = ctx.clock.today()
    month_start = (today.replace(day=1) - timedelta(days=200)).replace(day=1)
    filters = {
        "user": TrailFilter(actor_name="wanglh"),
        "unit": TrailFilter(unit_id=unit_id),
        "month": TrailFilter(date_from=month_start, date_to=month_start + timedelta(days=30)),
    }
    worst = 0.0
    for f in filters.values():
        times = [b.time_ms(lambda f=f: audit_trail.browse(ctx, sup, f, limit=200)) for _ in range(RUNS)]
        worst = max(worst, median(times))
    figures["audit_browse_ms"] = Figure(worst, "ms", 500, note="first page + count, slowest filter")

    # -- backup and restore checks
    target = b.folder / "bench-backup.sqlite"
    size_mb = ctx.db.path.stat().st_size / 1048576
    started = time.perf_counter()
    backup.backup_to(ctx, sup, target)
    seconds = time.perf_counter() - started
    figures["backup_mb_per_s"] = Figure(size_mb / seconds, "MB/s", 20, higher_is_better=True,
                                        note=f"{size_mb:.0f} MB in {seconds:.1f} s")
    started = time.perf_counter()
    backup.inspect_backup(ctx, target)
    figures["restore_inspect_s"] = Figure(time.perf_counter() - started, "s", 30)
    target.unlink(missing_ok=True)
    target.with_name(target.name + ".json").unlink(missing_ok=True)  # its manifest
    return figures
