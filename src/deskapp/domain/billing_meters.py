"""Meter readings (抄表): usage between readings and the checks made as a reading is typed."""
from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any
from decimal import Decimal

from deskapp.domain.errors import ValidationError


class ReadingEvent(str, enum.Enum):
    NONE = ""
    REPLACED = "换表"  # old meter's final reading and the new meter's start reading are entered
    ROLLOVER = "翻转"  # the meter passed its maximum and started again from zero
    BASELINE = "起始读数"  # read at move-in (交房): where the meter starts; later readings compare against it


class Flag(str, enum.Enum):
    """The one set of flags of a reading, the same at the grid, the import, move-in and the
    bill run. A flagged reading is confirmed (with a reason) or read again before a bill uses it."""

    LOWER = "读数小于上期"
    HIGH = "用量超过常月3倍"
    VACANT_USE = "空置房有用量"
    NO_PREVIOUS = "无上期读数"


HIGH_FACTOR = Decimal(3)
USUAL_MONTHS = 12  # how far back the usual month looks
USUAL_MIN_MONTHS = 3  # fewer months with usage than this: too little history to call a month unusual


@dataclass(frozen=True)
class ReadingInput:
    value: Decimal
    event: ReadingEvent = ReadingEvent.NONE
    old_final: Decimal | None = None  # 换表: the old meter's last reading
    new_start: Decimal | None = None  # 换表: the new meter's reading when fitted
    rollover_at: Decimal | None = None  # 翻转: the value at which the meter wraps (e.g. 10000)


def usage(previous: Decimal | None, r: ReadingInput) -> Decimal | None:
    """Usage since the previous reading; a replacement or rollover is explicit, never guessed.
    None when there is nothing to measure from (first reading of a meter)."""
    if r.event is ReadingEvent.REPLACED:
        if r.old_final is None or r.new_start is None:
            raise ValidationError("换表读数", "换表需填写旧表止数和新表起数")
        before = Decimal(0) if previous is None else r.old_final - previous
        if before < 0:
            raise ValidationError("旧表止数", f"{r.old_final} 小于上期读数 {previous}")
        if r.value < r.new_start:
            raise ValidationError("本期读数", f"{r.value} 小于新表起数 {r.new_start}")
        return before + (r.value - r.new_start)
    if previous is None:
        return None
    if r.event is ReadingEvent.ROLLOVER:
        if r.rollover_at is None or r.rollover_at <= previous:
            raise ValidationError("翻转值", "表计翻转需填写大于上期读数的最大值（如 10000）")
        return r.rollover_at - previous + r.value
    return r.value - previous


def usual_month(past_usages: Sequence[Decimal | None]) -> Decimal | None:
    """The unit's usual month: the median of the meter's last 12 monthly usages above zero
    (`past_usages` oldest first). None with fewer than 3 such months: a new meter has no usual
    month yet. The median, not the mean, so one leaking month does not raise the bar; months at
    zero (away, empty) are left out so they do not lower it."""
    used = sorted(u for u in list(past_usages)[-USUAL_MONTHS:] if u is not None and u > 0)
    if len(used) < USUAL_MIN_MONTHS:
        return None
    mid = len(used) // 2
    return used[mid] if len(used) % 2 else (used[mid - 1] + used[mid]) / 2


def classify(previous: Decimal | None, current: ReadingInput, usual_month_usage: Decimal | None,
             unit_vacant: bool, is_baseline: bool = False) -> tuple[Decimal | None, list[Flag]]:
    """Usage and flags of one reading: the one check used by the readings grid, the import, the
    move-in start readings and the bill run.

    - 读数小于上期: lower than the previous reading with no 换表/翻转 entered; no usage.
    - 无上期读数: nothing to compare with, unless the reading is the meter's baseline (起始读数,
      usage 0 when the meter had no reading before).
    - 空置房有用量: any usage on a unit that stands vacant.
    - 用量超过常月3倍: usage above 3 × `usual_month_usage` (see `usual_month`).
    A malformed 换表/翻转 entry is a ValidationError (the input is wrong, not the meter)."""
    baseline = is_baseline or current.event is ReadingEvent.BASELINE
    plain = current.event in (ReadingEvent.NONE, ReadingEvent.BASELINE)
    if previous is not None and plain and current.value < previous:
        return None, [Flag.LOWER]
    if previous is None and plain:
        return (Decimal(0), []) if baseline else (None, [Flag.NO_PREVIOUS])
    used = usage(previous, current)
    if used is None:  # 翻转 entered on a meter that has no reading before
        return None, [Flag.NO_PREVIOUS]
    flags: list[Flag] = []
    if unit_vacant and used > 0:
        flags.append(Flag.VACANT_USE)
    if usual_month_usage is not None and used > usual_month_usage * HIGH_FACTOR:
        flags.append(Flag.HIGH)
    return used, flags


def lower_message(previous: Decimal | None, value: Decimal) -> str:
    """What the desk is told about a reading lower than the last one."""
    cents = Decimal("0.01")
    shown = value.quantize(cents)
    before = previous.quantize(cents) if previous is not None else "（无）"
    return f"读数 {shown} 小于上期 {before}：请复抄；如换表或表计翻转，请用“换表/翻转…”登记"


def join_flags(flags: Sequence[Flag]) -> str:
    return ",".join(f.value for f in flags)


def split_flags(text: str) -> list[str]:
    return [f for f in (text or "").split(",") if f]


def from_first_reading(got: Mapping[date, Any], months: Sequence[date]) -> Mapping[date, Any]:
    """A meter's readings of a quarter's `months` as the bill run reads them, when the meter was
    first read within the quarter (a new centre's first reading round, a meter fitted or a unit
    handed over mid-quarter): that first reading — nothing before it, no 换表/翻转 — is where the
    meter starts (起始读数). It bills no usage and waits for no 确认读数 (无上期读数 is all it can
    say), and the months before it have nothing to bill: each is given as usage 0 at the start
    value. Otherwise `got` as it is. The readings are NamedTuples (previous, value, usage, event,
    flags, month)."""
    there = [m for m in months if m in got]
    first = got[there[0]] if there else None
    if first is None or first.previous is not None or first.value is None \
            or first.event not in (ReadingEvent.NONE, ReadingEvent.BASELINE):
        return got
    start = first._replace(previous=first.value, usage=Decimal(0), flags="", event=ReadingEvent.BASELINE)
    before = {m: start._replace(month=m, event=ReadingEvent.NONE) for m in months if m < there[0]}
    return {**got, **before, there[0]: start}
