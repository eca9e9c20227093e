"""Verifying the audit trail's hash chain: which rows were changed, removed or inserted.

Each row stores `prev_hash` (the hash of the row before it) and `hash` (a digest over its
own content and `prev_hash`). Walking the rows in order:
- a row whose digest no longer matches its stored hash was changed;
- a row whose `prev_hash` is the hash of an earlier row, not of the row just before it,
  follows rows that were inserted in between;
- a row whose `prev_hash` is no hash we have seen either was forged (its own digest is wrong
  too) or follows a row that was removed (or whose hash was rewritten to hide a change).

A plain hash chain has no secret: someone who recomputes every later hash can hide a change,
and removing the newest rows leaves a valid chain. `deskapp check` therefore also compares
the chain with its anchors kept outside the database (domain/audit_anchors.py)."""
from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

GENESIS = "0" * 64
# How far back an inserted run of rows is recognised as such; the walk keeps only this many
# recent hashes so that checking millions of rows needs little memory.
WINDOW = 10_000


class ChainRow(NamedTuple):  # a tuple: a check builds one per audit row ever written
    id: int
    prev_hash: str
    hash: str
    digest: str  # recomputed from the row's content and its prev_hash


@dataclass
class ChainReport:
    checked: int = 0
    changed: list[int] = field(default_factory=list)
    inserted: list[int] = field(default_factory=list)
    removed_before: list[int] = field(default_factory=list)  # ids of rows right after a gap
    last_id: int | None = None
    last_hash: str = GENESIS

    @property
    def ok(self) -> bool:
        return not (self.changed or self.inserted or self.removed_before)

    def problems(self) -> list[str]:
        out = [f"审计日志第 {i} 条的内容被改动过（哈希不符）" for i in self.changed]
        out += [f"审计日志第 {i} 条是事后插入的（不在哈希链上）" for i in self.inserted]
        out += [f"审计日志第 {i} 条之前有记录被删除（或其哈希被改写）" for i in self.removed_before]
        return out


def verify(rows: Iterable[ChainRow], on_row: Callable[[int], None] | None = None,
           start: tuple[str, int] = (GENESIS, 0)) -> ChainReport:
    """Walk `rows` (in id order) on from `start`, the (hash, id) of the row before the first:
    the genesis for the whole chain, or a verified anchor to check only what came after it."""
    report = ChainReport()
    recent: deque[tuple[str, int]] = deque([start], maxlen=WINDOW)  # (hash, id), oldest first
    prev_hash = start[0]
    for row in rows:
        report.checked += 1
        if row.prev_hash == prev_hash:
            if row.digest != row.hash:
                report.changed.append(row.id)
        else:
            skipped = _skipped_since(recent, row.prev_hash)
            if skipped is not None:
                report.inserted.extend(skipped)
                if row.digest != row.hash:
                    report.changed.append(row.id)
            elif row.digest != row.hash:
                # neither its link nor its own digest is right: not a row the program wrote
                report.inserted.append(row.id)
            else:
                report.removed_before.append(row.id)
        recent.append((row.hash, row.id))
        prev_hash = row.hash
        report.last_id, report.last_hash = row.id, row.hash
        if on_row is not None:
            on_row(report.checked)
    inserted = set(report.inserted)
    report.changed = [i for i in report.changed if i not in inserted]
    report.inserted = sorted(inserted)
    return report


def _skipped_since(recent: deque[tuple[str, int]], prev_hash: str) -> list[int] | None:
    """The ids after the recent row whose hash is `prev_hash`, or None if no recent row has it."""
    items = list(recent)
    for k in range(len(items) - 2, -1, -1):
        if items[k][0] == prev_hash:
            return [i for _h, i in items[k + 1:]]
    return None
