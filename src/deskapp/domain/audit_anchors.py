"""Anchors of the audit chain kept outside the database, and what a disagreeing one means.

An anchor is a row of the chain (its id) with its hash, or the first characters of it as
printed on paper. It is kept where a SQLite file editor does not reach it quietly: the
supervisor's check history, each backup's manifest, the printed 费用移交表 and shift handover
sheet. A chain that still holds the row with that hash agrees; a chain that ends before it
lost its newest rows; a chain with another hash there was rewritten and recomputed.

A restore legitimately ends the trail at the backup's last row, and the rows written after
it are new ones. The restore's own audit row says which row the backup ended at, so an anchor
taken before that restore and beyond that row is superseded, not disagreeing. Each anchor
carries the newest restore row at the time it was taken (its "epoch"): an anchor whose epoch
row is not in a chain belongs to another timeline of the trail."""
from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from deskapp.domain.errors import ValidationError

SHORT = 8  # hex characters printed on paper: 4 billion to one against a forger's guess
_TYPED = re.compile(r"^\s*(?:第\s*)?(\d+)\s*(?:条)?\s*[:：·]\s*([0-9a-fA-F]{8,64})\s*$")


@dataclass(frozen=True)
class Anchor:
    id: int
    hash: str  # the full hash, or its first SHORT characters (paper)
    source: str  # where it was kept, in words: "检查记录（2026-12-04 10:00）"
    epoch: tuple[int, str] | None = None  # (id, hash) of the newest restore row when taken
    trail: str | None = None  # the hash of the trail's first row: which database's trail it is


@dataclass(frozen=True)
class Restore:
    """A backup.restore row of the chain: the trail was put back to end at `restored_head`."""

    row_id: int
    restored_head: int


class Verdict(Enum):
    AGREES = "agrees"
    SUPERSEDED = "superseded"  # taken before a restore, beyond the restored backup's end
    OTHER_TIMELINE = "other"  # its restore row is not in this chain
    DISAGREES = "disagrees"


def short(hash_: str) -> str:
    return hash_[:SHORT]


def printed(row_id: int, hash_: str) -> str:
    """The line printed on handover sheets."""
    return f"审计链：第 {row_id} 条 · {short(hash_)}"


def parse(text: str, source: str = "纸面锚点") -> Anchor:
    """An anchor typed back from paper: "1234:abcd1234" (or "第 1234 条 · abcd1234")."""
    m = _TYPED.match(text or "")
    if not m:
        raise ValidationError("锚点", f"“{text}”不是锚点：请按“条号:哈希前 {SHORT} 位”输入，例如 1234:abcd1234")
    return Anchor(int(m.group(1)), m.group(2).lower(), source)


def judge(anchor: Anchor, *, stored: str | None, last_id: int | None, restores: list[Restore],
          epoch_stored: str | None, first: str | None = None) -> tuple[Verdict, str]:
    """Compare one anchor with a chain. `stored`: the chain's hash at anchor.id (None: no such
    row); `epoch_stored`: the chain's hash at the anchor's epoch row; `first`: its first row's
    hash. Returns the verdict and, when it disagrees, what that means in words."""
    where = f"{anchor.source}记着第 {anchor.id} 条审计记录（{short(anchor.hash)}）"
    if anchor.trail is not None and anchor.trail != first:
        return Verdict.OTHER_TIMELINE, (f"{where}，但它的第 1 条记录与日志的第 1 条不同："
                                        "日志从头被改写，或换成了另一份数据库")
    if anchor.epoch is not None and epoch_stored != anchor.epoch[1]:
        return Verdict.OTHER_TIMELINE, (f"{where}，它之前的恢复记录（第 {anchor.epoch[0]} 条）不在日志中："
                                        "日志被改写，或换成了另一份数据库")
    since = anchor.epoch[0] if anchor.epoch is not None else 0
    if any(r.row_id > since and r.restored_head < anchor.id for r in restores):
        return Verdict.SUPERSEDED, ""
    if stored is None:
        if last_id is None or anchor.id > last_id:
            now = "已没有任何记录" if last_id is None else f"现在只到第 {last_id} 条"
            return Verdict.DISAGREES, f"{where}，日志{now}：末尾的记录被删除"
        return Verdict.DISAGREES, f"{where}，这条记录已不存在：记录被删除"
    if not stored.startswith(anchor.hash):
        return Verdict.DISAGREES, (f"{where}，日志中这条的哈希却是 {short(stored)}："
                                   "这条或它之前的记录被改写过，哈希链被重新计算")
    return Verdict.AGREES, ""
