"""Meter readings (抄表): usage between readings and the checks made as a reading is typed."""
from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from deskapp.domain.errors import ValidationError


class ReadingEvent(str, enum.Enum):
    NONE = ""
    REPLACED = "换表"  # old meter's final reading and the new meter's start reading are entered
    ROLLOVER = "翻转"  # the meter passed its maximum and started again from zero


class Flag(str, enum.Enum):
    LOWER = "读数小于上期"
    HIGH = "用量异常偏高"
    ZERO = "有人住但用量为零"
    MISSING = "缺抄"
    NO_PREVIOUS = "无上期读数"


HIGH_FACTOR = Decimal("1.5")


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


def check(previous: Decimal | None, r: ReadingInput, recent_usages: Sequence[Decimal], *,
          occupied: bool) -> tuple[Decimal | None, list[Flag]]:
    """Usage and the flags of a reading. A reading lower than the previous without a
    replacement or rollover is an error; the rest are flags for the re-read list."""
    flags: list[Flag] = []
    if previous is not None and r.event is ReadingEvent.NONE and r.value < previous:
        raise ValidationError("本期读数", f"{r.value} 小于上期读数 {previous}；如换表或表计翻转，请先注明")
    used = usage(previous, r)
    if used is None:
        flags.append(Flag.NO_PREVIOUS)
        return None, flags
    recent = [u for u in recent_usages if u is not None][-3:]
    if recent:
        avg = sum(recent, Decimal(0)) / len(recent)
        if avg > 0 and used > avg * HIGH_FACTOR:
            flags.append(Flag.HIGH)
    if occupied and used == 0:
        flags.append(Flag.ZERO)
    return used, flags


def flags_only(previous: Decimal | None, r: ReadingInput, recent_usages: Sequence[Decimal], *,
               occupied: bool) -> tuple[Decimal | None, list[Flag]]:
    """For imported readings: what would be an error at the keyboard becomes a flag."""
    try:
        return check(previous, r, recent_usages, occupied=occupied)
    except ValidationError:
        return None, [Flag.LOWER]


def join_flags(flags: Sequence[Flag]) -> str:
    return ",".join(f.value for f in flags)


def split_flags(text: str) -> list[str]:
    return [f for f in (text or "").split(",") if f]
