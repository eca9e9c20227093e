"""空置房 / 出租单元 (vacant and rented units): what a vacant-unit check must hold, when a vacant unit
is due for its check, and what a tenant's registration and lease must say.

A vacant unit (state 空置) is looked at on a cadence (monthly by default): water and power off,
windows closed, no leaks or smells, keys in custody, mail. An item not OK is a finding with a
note; a finding becomes a repair order or a notice to the owner. A rented unit's tenant is
registered with the lease's start and end; leases ending soon are listed ahead, and a tenant
past the lease end is shown on the unit page. A lease is renewed (续租) to a later end, or ends when
the tenant moves out (退租): the unit, left without a tenant, becomes vacant or owner-occupied."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

from deskapp.domain.errors import ValidationError
from deskapp.domain.people import check_name, normalise_phone

NOTE_MAX = 200
ENDING_DAYS = 30  # ending leases are listed this many days ahead (and those already past)


class CheckItem(str, enum.Enum):
    """The checklist of a vacant unit, in the order it is walked."""
    POWER = "水电已关闭"
    WINDOWS = "门窗已关闭"
    LEAKS = "无渗漏、无异味"
    KEYS = "钥匙托管"
    MAIL = "信件"


class FindingAction(str, enum.Enum):
    """What a finding becomes."""
    NOTE = "仅记录"
    REPAIR = "报修"
    NOTICE = "通知业主"


class Cadence(str, enum.Enum):
    MONTHLY = "每月"
    QUARTERLY = "每季度"


@dataclass(frozen=True)
class CheckLine:
    """One checklist item as ticked: OK, or a finding with a note and what it becomes."""
    item: CheckItem
    ok: bool
    note: str = ""
    action: FindingAction = FindingAction.NOTE


def check_lines(lines: list[CheckLine]) -> list[CheckLine]:
    """Every item once; a finding needs its note (what was found), an OK item becomes nothing."""
    items = [x.item for x in lines]
    missing = [i.value for i in CheckItem if i not in items]
    if missing or len(items) != len(set(items)):
        raise ValidationError("检查项目", f"每项检查各填一次，缺少：{'、'.join(missing) or '无'}")
    out = []
    for x in lines:
        note = x.note.strip()
        if len(note) > NOTE_MAX:
            raise ValidationError(x.item.value, f"说明不能超过 {NOTE_MAX} 个字符")
        if not x.ok and not note:
            raise ValidationError(x.item.value, "有问题的项目请写明发现的情况")
        out.append(CheckLine(x.item, x.ok, note, FindingAction.NOTE if x.ok else x.action))
    return out


def check_date(checked_on: date, today: date) -> date:
    if checked_on > today:
        raise ValidationError("检查日期", f"不能晚于今天 {today:%Y-%m-%d}")
    return checked_on


def period_start(day: date, cadence: Cadence) -> date:
    """The first day of the period `day` is in: its month, or its quarter."""
    if cadence is Cadence.QUARTERLY:
        return date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    return date(day.year, day.month, 1)


def is_due(last_checked: date | None, today: date, cadence: Cadence) -> bool:
    """Not checked yet in this period."""
    return last_checked is None or last_checked < period_start(today, cadence)


@dataclass(frozen=True)
class TenantInput:
    name: str
    phone: str
    lease_start: date | None
    lease_end: date | None


def check_tenant(t: TenantInput) -> TenantInput:
    """A tenant has a name and a phone to reach them; the lease has a start and an end, in order."""
    name = check_name(t.name)
    if not t.phone.strip():
        raise ValidationError("手机号", "租户必须留联系电话")
    phone = normalise_phone(t.phone, "手机号")
    if t.lease_start is None:
        raise ValidationError("租期开始", "不能为空")
    if t.lease_end is None:
        raise ValidationError("租期结束", "不能为空")
    if t.lease_end < t.lease_start:
        raise ValidationError("租期结束", f"不能早于租期开始 {t.lease_start:%Y-%m-%d}")
    return TenantInput(name, phone, t.lease_start, t.lease_end)


def lease_over(lease_end: date | None, today: date) -> bool:
    return lease_end is not None and lease_end < today


def check_renewal(new_end: date | None, lease_end: date | None, today: date) -> date:
    """续租: the new end is given and later than the lease's end (and than today, for a lease without one)."""
    if new_end is None:
        raise ValidationError("新租期结束", "请填写续租后的租期结束日期")
    floor = lease_end or today
    if new_end <= floor:
        raise ValidationError("新租期结束", f"要晚于{'原租期结束' if lease_end else '今天'} {floor:%Y-%m-%d}")
    return new_end


def check_move_out(on: date | None, since: date | None, today: date) -> date:
    """退租: the day the tenant moved out, not before they moved in and not in the future."""
    if on is None:
        raise ValidationError("退租日期", "请填写退租日期")
    if since is not None and on < since:
        raise ValidationError("退租日期", f"不能早于入住日期 {since:%Y-%m-%d}")
    if on > today:
        raise ValidationError("退租日期", "不能晚于今天：租户搬走后再办理退租")
    return on


def owner_notice_text(unit_code: str, tenant: str, lease_end: date) -> tuple[str, str]:
    """The title and body of the notice to the owner of a rented unit whose lease is ending."""
    title = f"{unit_code} 租约到期提醒"
    body = (f"尊敬的业主：您出租的房屋 {unit_code}（租户 {tenant}）租期将于 {lease_end:%Y-%m-%d} 到期。"
            f"如续租请到物业服务中心更新租户登记；如退租请告知，以便办理钥匙、门禁卡等交接。")
    return title, body


def finding_notice_text(unit_code: str, item: CheckItem, note: str) -> tuple[str, str]:
    """The title and body of the notice to the owner of a vacant unit about a check's finding."""
    return (f"{unit_code} 空置房巡查情况告知",
            f"尊敬的业主：我中心巡查您的空置房屋 {unit_code} 时发现：{item.value}——{note}。请与物业服务中心联系。")
