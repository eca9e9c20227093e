"""Where the audit chain's anchors are kept outside the database, and comparing a chain with them.

- The supervisor's check history: `<db>.audit-head` beside the database, one JSON line per
  clean check (appended, never overwritten; a restore keeps it).
- Each backup's manifest: `<backup>.json` beside the backup file (services/backup.py).
- Paper: the daily 费用移交表 and the shift handover sheet print the head in short form;
  `deskapp check --anchor N:HASH` types it back.
The rules for what a disagreeing anchor means are in domain/audit_anchors.py."""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from deskapp import output_file
from deskapp.domain.audit_chain import GENESIS
from deskapp.domain.audit_anchors import Anchor, Restore, Verdict, judge, printed
from deskapp.services.context import Context
from deskapp.store.repositories.audit import AuditRepository
from deskapp.store.uow import Session

RESTORE_ACTION = "backup.restore"


# ----------------------------------------------------------------- the chain's own facts

def head(session: Session) -> tuple[int, str] | None:
    return AuditRepository(session).head()


def first(session: Session) -> str | None:
    """The first row's hash: names the trail (a backup of another database has another)."""
    return AuditRepository(session).first_hash()


def epoch(session: Session) -> tuple[int, str] | None:
    """The newest restore row: anchors taken now belong to the trail as it runs since then."""
    return AuditRepository(session).newest_of(RESTORE_ACTION)


def printed_head(session: Session) -> str:
    """"审计链：第 N 条 · abcd1234" for a printed sheet ("" for an empty trail)."""
    h = head(session)
    return printed(*h) if h else ""


def _restores(session: Session) -> list[Restore]:
    out = []
    for rid, after in AuditRepository(session).afters_by_id(RESTORE_ACTION):
        restored = json.loads(after or "{}").get("restored_head")
        if isinstance(restored, int):  # restores before anchors were kept do not say
            out.append(Restore(rid, restored))
    return out


def compare(session: Session, anchors: Iterable[Anchor], *, other_timelines: bool = True) -> tuple[int, list[str]]:
    """(anchors compared, problems). `other_timelines=False` skips anchors of another timeline
    instead of reporting them (a backup checked before a restore may predate a restore)."""
    anchors = list(anchors)
    if not anchors:
        return 0, []
    ids = sorted({a.id for a in anchors} | {a.epoch[0] for a in anchors if a.epoch is not None})
    stored = AuditRepository(session).hashes_of(ids)
    last = head(session)
    restores = _restores(session)
    trail = first(session)
    checked, problems = 0, []
    for a in anchors:
        verdict, text = judge(a, stored=stored.get(a.id), last_id=last[0] if last else None, restores=restores,
                              epoch_stored=stored.get(a.epoch[0]) if a.epoch else None, first=trail)
        if verdict is Verdict.OTHER_TIMELINE and not other_timelines:
            continue
        checked += 1
        if verdict in (Verdict.DISAGREES, Verdict.OTHER_TIMELINE):
            problems.append(text)
    return checked, problems


# ----------------------------------------------------------------- the check history

def history_file(ctx: Context) -> Path | None:
    return ctx.db.path.with_name(ctx.db.path.name + ".audit-head") if ctx.db.is_sqlite else None


def _anchor(data: dict, source: str) -> Anchor | None:
    try:
        ep = data.get("epoch")
        trail = data.get("trail")
        return Anchor(int(data["id"]), str(data["hash"]), source, (int(ep[0]), str(ep[1])) if ep else None,
                      str(trail) if trail else None)
    except (ValueError, KeyError, TypeError, IndexError):
        return None


def history(ctx: Context) -> list[Anchor]:
    """The check history's anchors, oldest first. A line that is not an anchor is skipped: the
    file is a witness, not an input the program trusts to be well formed."""
    path = history_file(ctx)
    if path is None or not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict):
            found = _anchor(data, f"检查记录（{data.get('at', '较早')}）")
            if found is not None:
                out.append(found)
    return out


def last_verified(ctx: Context, session: Session) -> Anchor | None:
    """The newest anchor of the check history that the chain still holds, same row, same full
    hash, same trail: a clean check walked the chain up to it, so the daily check walks on from
    there. None (walk it all) when there is none: a rewritten chain matches no older anchor."""
    trail = first(session)
    known = [a for a in history(ctx) if len(a.hash) == len(GENESIS) and a.trail in (None, trail)]
    stored = AuditRepository(session).hashes_of(sorted({a.id for a in known}))
    return next((a for a in reversed(known) if stored.get(a.id) == a.hash), None)


def remember(ctx: Context, session: Session) -> None:
    """Append the chain's head to the check history (after a clean check)."""
    path = history_file(ctx)
    h = head(session)
    if path is None or h is None:
        return
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    known = history(ctx)
    if known and (known[-1].id, known[-1].hash) == h:
        return
    line = json.dumps({"id": h[0], "hash": h[1], "epoch": epoch(session), "trail": first(session),
                       "at": ctx.clock.now().strftime("%Y-%m-%d %H:%M")}, ensure_ascii=False)
    text = old if not old or old.endswith("\n") else old + "\n"
    output_file.write_text(path, text + line + "\n", field="审计锚点文件")


# ----------------------------------------------------------------- backup manifests

def manifest_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def read_manifest(backup: Path) -> dict | None:
    path = manifest_path(backup)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def manifest_anchor(backup: Path) -> Anchor | None:
    data = read_manifest(backup)
    head_ = data.get("audit_head") if data else None
    if not isinstance(head_, dict):
        return None
    return _anchor({**head_, "epoch": data.get("epoch"), "trail": data.get("trail")}, f"备份 {backup.name} 的清单")


def manifests(folder: Path, stem: str, trail: str | None) -> list[Anchor]:
    """The anchors of the backups in `folder` of this database: named after it (stem-kind-…),
    or of the same trail. Another database's backup in a shared folder is none of its business;
    one named after this database but of another trail is kept, and reported (rewritten from
    the first row)."""
    if not folder.is_dir():
        return []
    out = []
    for p in sorted(folder.glob("*.sqlite")):
        a = manifest_anchor(p)
        if a is not None and (a.trail is None or a.trail == trail or p.name.startswith(stem + "-")):
            out.append(a)
    return out
