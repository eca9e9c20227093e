"""楼宇管家 rules without storage: 物品放行条 (release slips), 楼道巡查 (stairwell rounds)
and 交房 (move-in) checklists."""
from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from deskapp.domain.errors import ValidationError
from deskapp.domain.idcard import IdType, normalise_id_number
from deskapp.domain.people import check_name, normalise_phone

# ----------------------------------------------------------------- 物品放行条


class ReleaseKind(str, enum.Enum):
    DECORATION = "装修物品"
    MOVING_OUT = "搬家迁出"
    TENANT_OUT = "租户搬离"
    OTHER = "其他物品"


class ConfirmerRelation(str, enum.Enum):
    OWNER = "业主"
    AUTHORISED = "授权人"


class ConfirmMethod(str, enum.Enum):
    IN_PERSON = "到场"
    PHONE = "电话"
    WRITTEN = "书面"


@dataclass(frozen=True)
class ReleaseItem:
    name: str
    quantity: int
    unit: str = "件"


@dataclass(frozen=True)
class OwnerConfirmation:
    name: str
    relation: ConfirmerRelation
    method: ConfirmMethod
    at: datetime


@dataclass(frozen=True)
class ReleaseInput:
    unit_id: int
    kind: ReleaseKind
    applicant: str
    company: str
    id_number: str
    phone: str
    plate: str
    items: tuple[ReleaseItem, ...]
    valid_from: datetime
    valid_until: datetime
    confirmation: OwnerConfirmation | None
    note: str = ""


def validate_release(r: ReleaseInput, now: datetime) -> ReleaseInput:
    """Refuse a slip the gate could not trust: no owner's confirmation, no items, a window that
    is over or back to front."""
    applicant = check_name(r.applicant, "申请人")
    if r.confirmation is None or not r.confirmation.name.strip():
        raise ValidationError("业主确认", "未经业主或授权人确认，不能开具放行条")
    if r.confirmation.at > now + timedelta(minutes=5):
        raise ValidationError("确认时间", "不能晚于现在")
    confirmer = check_name(r.confirmation.name, "确认人")
    id_number = normalise_id_number(IdType.RESIDENT, r.id_number, field="身份证号") if r.id_number.strip() else ""
    if not id_number:
        raise ValidationError("身份证号", "申请人须登记身份证号")
    phone = normalise_phone(r.phone, "手机号")
    plate = "".join(r.plate.split()).upper()
    if plate and not 7 <= len(plate) <= 8:
        raise ValidationError("车牌号", f"“{r.plate}”应为 7–8 位，如 浙A12345")
    if not r.items:
        raise ValidationError("物品", "至少登记一件物品")
    items = []
    for it in r.items:
        name = it.name.strip()
        if not name:
            raise ValidationError("物品名称", "不能为空")
        if not isinstance(it.quantity, int) or it.quantity < 1:
            raise ValidationError("数量", f"{name} 的数量应为正整数")
        items.append(ReleaseItem(name, it.quantity, it.unit.strip() or "件"))
    if r.valid_until <= r.valid_from:
        raise ValidationError("通行时间", "结束时间应晚于开始时间")
    if r.valid_until < now:
        raise ValidationError("通行时间", "通行时间已过")
    if r.valid_until - r.valid_from > timedelta(days=3):
        raise ValidationError("通行时间", "放行时段不能超过 3 天")
    conf = OwnerConfirmation(confirmer, r.confirmation.relation, r.confirmation.method, r.confirmation.at)
    return ReleaseInput(r.unit_id, r.kind, applicant, r.company.strip(), id_number, phone, plate, tuple(items),
                        r.valid_from, r.valid_until, conf, r.note.strip())


def slip_number(year: int, seq: int) -> str:
    """FX2026-000123: the same number on 存根 and 放行联, gap-free within a year."""
    return f"FX{year}-{seq:06d}"


def parse_slip_number(number: str) -> tuple[int, int]:
    text = number.strip().upper()
    if not (text.startswith("FX") and len(text) == 13 and text[6] == "-"):
        raise ValidationError("放行条编号", f"“{number}”应为 FX年份-六位序号")
    try:
        return int(text[2:6]), int(text[7:])
    except ValueError:
        raise ValidationError("放行条编号", f"“{number}”应为 FX年份-六位序号") from None


def unreturned_too_long(issued_at: datetime, returned: bool, voided: bool, now: datetime,
                        days: int = 1) -> bool:
    """The gate's copy should come back; one still out after `days` stands out."""
    return not returned and not voided and now - issued_at > timedelta(days=days)


# ----------------------------------------------------------------- 楼道巡查

DEFAULT_ROUND_ITEMS = ("照明", "卫生", "消防通道", "安全隐患", "门窗", "墙面")
DEFAULT_ROUND_WEEKDAYS = (1, 2)  # Monday = 0: Tuesday and Wednesday
WEEKDAY_NAMES = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")


class FollowUp(str, enum.Enum):
    REPAIR = "工程维修"
    CLEANING = "保洁"
    ON_SITE = "现场处理"  # put right there and then (a bulb swapped): no order, what was done noted


ON_SITE_NOTE_MAX = 40  # kept where an order's number is kept


def handed_text(kind: FollowUp, ref: str) -> str:
    """What became of a finding: 已转工程维修（WX…）, 已转保洁（KS…）, or 已现场处理（更换灯泡）."""
    if kind is FollowUp.ON_SITE:
        return f"已现场处理（{ref}）"
    return f"已转{kind.value}（{ref}）"


def check_on_site_note(note: str) -> str:
    """现场处理 says what was done, briefly (it stands where an order's number stands)."""
    text = (note or "").strip()
    if not text:
        raise ValidationError("处理情况", "请填写现场如何处理，如：已更换灯泡")
    if len(text) > ON_SITE_NOTE_MAX:
        raise ValidationError("处理情况", f"不能超过 {ON_SITE_NOTE_MAX} 个字")
    return text


ITEM_FOLLOW_UP = {"照明": FollowUp.REPAIR, "卫生": FollowUp.CLEANING, "门窗": FollowUp.REPAIR,
                  "墙面": FollowUp.REPAIR, "消防通道": FollowUp.CLEANING, "安全隐患": FollowUp.REPAIR}


def suggested_follow_up(item: str) -> FollowUp:
    return ITEM_FOLLOW_UP.get(item, FollowUp.REPAIR)


def parse_weekdays(value: Iterable[int]) -> tuple[int, ...]:
    days = tuple(sorted({int(d) for d in value}))
    if not days or any(not 0 <= d <= 6 for d in days):
        raise ValidationError("巡查日", "请选择周一到周日中的至少一天")
    return days


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def scheduled_days(start: date, end: date, weekdays: Iterable[int]) -> list[date]:
    """Scheduled round days in [start, end] (inclusive)."""
    wd = set(weekdays)
    out, d = [], start
    while d <= end:
        if d.weekday() in wd:
            out.append(d)
        d += timedelta(days=1)
    return out


def missed_rounds(routes: Iterable[int], done: set[tuple[int, date]], start: date, today: date,
                  weekdays: Iterable[int], set_up: Mapping[int, date | None] | None = None) -> list[tuple[int, date]]:
    """(route, day) pairs scheduled before today with no round recorded. Today is not missed yet,
    nor is a day before the route was set up (`set_up`: route → its first day; a route set up today
    owes nothing for the weeks before it). A round walked on a day outside the schedule (补巡:
    Thursday after a missed Tuesday) makes up the latest day of its route missed before it in the
    same week: it is done, not still owed."""
    set_up = set_up or {}
    wd = set(weekdays)
    days = scheduled_days(start, today - timedelta(days=1), wd)
    extra: dict[int, list[date]] = {}
    for r, d in done:
        if d.weekday() not in wd:
            extra.setdefault(r, []).append(d)
    routes = list(routes)
    out = []
    for r in routes:
        first = set_up.get(r)
        missed = [d for d in days if (r, d) not in done and (first is None or d >= first)]
        for e in sorted(extra.get(r, ())):
            earlier = [d for d in missed if d < e and week_start(d) == week_start(e)]
            if earlier:
                missed.remove(earlier[-1])
        out += [(r, d) for d in missed]
    order = {r: i for i, r in enumerate(routes)}
    return sorted(out, key=lambda rd: (rd[1], order[rd[0]]))


def default_points(floors: int, stairwells: Iterable[str]) -> list[str]:
    """A route for a building: each stairwell's entrance hall, every floor's landing, the roof exit."""
    points = []
    for s in list(stairwells) or [""]:
        prefix = f"{s}单元" if s else ""
        points.append(f"{prefix}一楼大堂/电梯厅")
        points.extend(f"{prefix}{f}层楼道" for f in range(2, floors + 1))
        points.append(f"{prefix}屋面出口")
    return points


# ----------------------------------------------------------------- 交房 / 收楼

DEFAULT_MOVE_IN_ITEMS = (
    "购房合同/身份证明已核验", "钥匙已移交", "水电燃气起始读数已确认", "门禁卡/住户卡已发放",
    "物业费已结清或已预交", "《业主手册》已发放", "《业主临时公约》已签署", "房屋验收无异议",
)


def validate_reading(meter: str, value: str) -> str:
    from decimal import Decimal, InvalidOperation

    text = value.strip()
    if not text:
        raise ValidationError(f"{meter}表起始读数", "不能为空")
    try:
        v = Decimal(text)
    except InvalidOperation:
        raise ValidationError(f"{meter}表起始读数", f"“{value}”不是数字") from None
    if not v.is_finite() or v < 0:
        raise ValidationError(f"{meter}表起始读数", "应为不小于 0 的数")
    if v != v.quantize(Decimal("0.01")):
        raise ValidationError(f"{meter}表起始读数", "最多两位小数")
    return str(v.quantize(Decimal("0.01")))


def check_move_in_list(configured: Iterable[str], ticked: Iterable[str]) -> list[str]:
    """Everything on the centre's list must be ticked: 交房 is done completely in one visit."""
    ticked_set = set(ticked)
    missing = [i for i in configured if i not in ticked_set]
    if missing:
        raise ValidationError("交房清单", f"尚未完成：{'、'.join(missing)}")
    return list(configured)
