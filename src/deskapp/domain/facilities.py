"""公共娱乐休闲设施 (the public leisure facilities): what a facility, a booking, a closure and a
daily check must hold.

A booking is refused, naming its field, when it is in the past, outside the opening hours, during
a closure, or when the facility is already taken: a room (会所, 球场, 会议室, 货梯) holds one booking
at a time; the gym is shared and counts heads against its capacity."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum

from deskapp.domain.errors import ValidationError
from deskapp.domain.text import bounded_text

NAME_MAX = 40
RULES_MAX = 1000
PURPOSE_MAX = 100
NOTE_MAX = 300
REASON_MAX = 200


class FacilityKind(StrEnum):
    CLUBHOUSE = "会所"
    GYM = "健身房"
    COURT = "球场"
    MEETING_ROOM = "会议室"
    LIFT = "货梯"


# The one facility several bookings share at once, counting heads; every other is booked whole.
SHARED = frozenset({FacilityKind.GYM})


class BookingState(StrEnum):
    PENDING = "待审批"
    APPROVED = "已批准"
    REJECTED = "已驳回"
    CANCELLED = "已取消"
    CLOSED_OFF = "因停用取消"


# The bookings that hold their time: a pending one too (the supervisor may still approve it).
HOLDING = (BookingState.PENDING, BookingState.APPROVED)


class CheckKind(StrEnum):
    OPENING = "开馆检查"
    CLOSING = "闭馆检查"


# What the opening and closing round looks at, whatever the facility.
CHECK_ITEMS = ("门锁及门禁", "照明", "空调及通风", "设施设备完好", "卫生", "消防器材及通道", "安全提示标识")


@dataclass(frozen=True)
class FacilityInput:
    name: str
    kind: FacilityKind
    opens: time
    closes: time
    capacity: int
    rules: str = ""
    fee: Decimal = Decimal("0")
    deposit: Decimal = Decimal("0")


@dataclass(frozen=True)
class BookingInput:
    facility_id: int
    unit_id: int
    person_id: int
    starts_at: datetime
    ends_at: datetime
    heads: int = 1
    purpose: str = ""


@dataclass(frozen=True)
class Taken:
    """A booking already holding the facility: its time and heads, and its number for the message."""

    starts_at: datetime
    ends_at: datetime
    heads: int
    number: str


@dataclass(frozen=True)
class CheckLine:
    """One item of a check: OK, or a finding with a note (which becomes a repair order)."""

    item: str
    ok: bool
    note: str = ""


def _money(value: Decimal, field: str) -> Decimal:
    if value < 0:
        raise ValidationError(field, "不能为负数")
    if value != value.quantize(Decimal("0.01")):
        raise ValidationError(field, "最多两位小数")
    return value


def check_facility(data: FacilityInput) -> FacilityInput:
    name = data.name.strip()
    if not name:
        raise ValidationError("设施名称", "请填写设施名称")
    if len(name) > NAME_MAX:
        raise ValidationError("设施名称", f"不能超过 {NAME_MAX} 个字符")
    if not isinstance(data.kind, FacilityKind):
        raise ValidationError("设施类别", "请选择设施类别")
    if data.closes <= data.opens:
        raise ValidationError("闭馆时间", "闭馆时间要晚于开馆时间")
    if not 1 <= data.capacity <= 500:
        raise ValidationError("容纳人数", "请填写 1 到 500 之间的人数")
    if len(data.rules.strip()) > RULES_MAX:
        raise ValidationError("使用须知", f"不能超过 {RULES_MAX} 个字符")
    return FacilityInput(name, data.kind, data.opens, data.closes, data.capacity, data.rules.strip(),
                         _money(data.fee, "收费标准"), _money(data.deposit, "押金"))


def check_times(starts_at: datetime, ends_at: datetime, now: datetime, opens: time, closes: time) -> None:
    """Not in the past, ends after it starts, on one day and within the opening hours."""
    if starts_at < now:
        raise ValidationError("开始时间", "不能预约已经过去的时间")
    if ends_at <= starts_at:
        raise ValidationError("结束时间", "结束时间要晚于开始时间")
    if ends_at.date() != starts_at.date():
        raise ValidationError("结束时间", "一次预约限当天之内")
    if starts_at.time() < opens or ends_at.time() > closes:
        raise ValidationError("开始时间", f"不在开放时间内（{opens:%H:%M}–{closes:%H:%M}）")


def first_free_hour(now: datetime, opens: time, closes: time) -> datetime:
    """The hour a new booking form proposes: the next whole hour, moved to the opening time when
    that is before the facility opens, and to the next day's opening when an hour from it no longer
    fits before closing — so that the form never proposes a time `check_times` refuses."""
    start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
    if start.time() < opens:
        start = start.replace(hour=opens.hour, minute=opens.minute)
    if start.date() != (start + timedelta(hours=1)).date() or (start + timedelta(hours=1)).time() > closes:
        start = (start + timedelta(days=1)).replace(hour=opens.hour, minute=opens.minute)
    return start


def check_heads(heads: int, capacity: int) -> None:
    if heads < 1:
        raise ValidationError("人数", "至少 1 人")
    if heads > capacity:
        raise ValidationError("人数", f"超过设施的容纳人数 {capacity} 人")


def peak_heads(taken: list[Taken], starts_at: datetime, ends_at: datetime) -> int:
    """The most heads the bookings in `taken` hold at any moment of [starts_at, ends_at)."""
    moments = [starts_at] + [t.starts_at for t in taken if starts_at < t.starts_at < ends_at]
    return max((sum(t.heads for t in taken if t.starts_at <= m < t.ends_at) for m in moments), default=0)


def check_free(kind: FacilityKind, capacity: int, heads: int, starts_at: datetime, ends_at: datetime,
               taken: list[Taken]) -> None:
    """`taken`: the holding bookings that overlap [starts_at, ends_at)."""
    if not taken:
        return
    if kind not in SHARED:
        t = taken[0]
        raise ValidationError("开始时间", f"与预约 {t.number}（{t.starts_at:%H:%M}–{t.ends_at:%H:%M}）时间重叠")
    left = capacity - peak_heads(taken, starts_at, ends_at)
    if heads > left:
        raise ValidationError("人数", f"该时段已预约 {capacity - left} 人，只剩 {max(left, 0)} 个名额")


def check_closure(starts_at: datetime, ends_at: datetime, reason: str) -> str:
    if ends_at <= starts_at:
        raise ValidationError("停用结束", "结束时间要晚于开始时间")
    return bounded_text(reason, "停用原因", required=True, limit=REASON_MAX, blank="请填写停用原因")


def check_lines(lines: list[CheckLine]) -> list[CheckLine]:
    """Every item answered; a finding says what was found."""
    if not lines:
        raise ValidationError("检查项目", "请逐项填写检查结果")
    out = []
    for line in lines:
        note = line.note.strip()
        if not line.ok and not note:
            raise ValidationError("检查项目", f"{line.item} 有问题：请写明发现的情况")
        if len(note) > NOTE_MAX:
            raise ValidationError("检查项目", f"{line.item} 的说明不能超过 {NOTE_MAX} 个字符")
        out.append(CheckLine(line.item, line.ok, note))
    return out


def check_purpose(purpose: str) -> str:
    v = purpose.strip()
    if len(v) > PURPOSE_MAX:
        raise ValidationError("用途", f"不能超过 {PURPOSE_MAX} 个字符")
    return v


def lift_paper_warning(release_numbers: list[str], permit_numbers: list[str]) -> str:
    """A moving-day lift booking without the unit's release slip of that day or a decoration
    permit: allowed (the slip is often issued on the morning itself), but the desk is told."""
    if release_numbers or permit_numbers:
        return ""
    return "该房屋当天没有物品放行条，也没有有效的装修许可证：搬运当天请先开具放行条"
