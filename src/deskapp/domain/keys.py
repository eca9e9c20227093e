"""Keys in custody, lending, cards, parking and the monthly count: the rules, without storage.

Who may borrow a unit key, when a loan is due and overdue (a day boundary is only a boundary
of the calendar, not of the loan), whether two lease periods overlap, and what a monthly count
differs from the records."""
from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from deskapp.domain.errors import Problems, ValidationError
from deskapp.domain.local_time import local, local_text
from deskapp.domain.people import Relation, authority_in_force
from deskapp.domain.text import bounded_text

TAG_PREFIX = "K"


class KeyKind(str, enum.Enum):
    ENTRANCE = "入户门钥匙"
    STAIRWELL = "单元门钥匙"
    SHUTTER = "店面卷帘门钥匙"
    MAILBOX = "信报箱钥匙"
    OTHER = "其他钥匙"


class HoldReason(str, enum.Enum):
    VACANT = "空置"
    RENTED = "出租"
    DECORATING = "装修"
    SHOP = "店面"
    ENTRUSTED = "业主委托"


class KeyState(str, enum.Enum):
    IN_CUSTODY = "托管中"
    HANDED_OVER = "已交还业主"
    RETIRED = "已注销"


class KeyEventKind(str, enum.Enum):
    REGISTERED = "登记托管"
    LENT = "借出"
    RETURNED = "归还"
    MOVED = "移位"
    COPIES = "份数变更"
    HANDED_OVER = "交还业主"
    RETIRED = "注销"
    NOTE = "逾期说明"


class Purpose(str, enum.Enum):
    DECORATION = "装修"
    REPAIR = "维修"
    VIEWING = "看房"
    METER = "抄表"
    OTHER = "其他"


class BorrowerKind(str, enum.Enum):
    OWNER = "业主本人"
    AUTHORISED = "业主授权人"
    # A family member or tenant on file but not authorised for keys is named as such in the
    # register, not lumped with strangers (issue 12 §3); the loan still needs approval.
    FAMILY = "业主家属（主管批准）"
    TENANT = "租户（主管批准）"
    OTHER = "其他人员（主管批准）"


class ReturnState(str, enum.Enum):
    GOOD = "完好"
    DAMAGED = "损坏"
    INCOMPLETE = "缺少钥匙"


def tag_code(number: int) -> str:
    """K0173: a running number, so that the tag tells a finder nothing about the unit."""
    if number <= 0:
        raise ValueError("tag numbers start at 1")
    return f"{TAG_PREFIX}{number:04d}"


def check_copies(value: int) -> int:
    if value < 1:
        raise ValidationError("份数", "至少 1 把")
    if value > 50:
        raise ValidationError("份数", "不能超过 50 把")
    return value


def check_location(value: str) -> str:
    return bounded_text(value, "存放位置", required=True, limit=30, blank="请填写钥匙柜及挂钩号，例如 A柜-12")


# ----------------------------------------------------------------- borrowers

@dataclass(frozen=True)
class PersonOnFile:
    """One of the unit's people as registered (业户档案)."""

    person_id: int
    name: str
    is_owner: bool
    may_borrow_keys: bool  # Authority.KEYS granted by the owner
    since: date | None
    until: date | None
    id_number: str | None  # as stored (normalised, upper-case)
    authority_until: date | None = None  # the authorisation's last day, if it has one
    lapsed_grantor: str = ""  # the former owner who gave the authorisation, once no longer an owner
    relation: Relation | None = None  # as registered: a tenant is named a tenant even when not authorised


@dataclass(frozen=True)
class BorrowerCheck:
    kind: BorrowerKind
    verified: bool  # owner/authorised person whose ID matched the one on file
    problem: str  # why approval is needed ("" when verified)
    id_matched: bool = False  # the document shown matched the file, whether or not that suffices

    @property
    def needs_approval(self) -> bool:
        return not self.verified


def _tie_valid(p: PersonOnFile, on: date) -> bool:
    return (p.since is None or p.since <= on) and (p.until is None or p.until >= on)


def _same_id(a: str, b: str) -> bool:
    return "".join(a.split()).upper() == "".join(b.split()).upper()


def check_borrower(person: PersonOnFile | None, presented_id: str, on: date) -> BorrowerCheck:
    """Whether the borrower may take the unit's key without a supervisor.

    Only the owner, or a person the owner authorised for keys, whose tie is valid on the day and
    whose identity document matches the one on file, is verified. Everyone else (a stranger,
    a family member or tenant without the authority, an expired authorisation, an authorisation
    given by a former owner, a person with no ID on file, a document that does not match) needs a supervisor's approval with a reason."""
    if person is None:
        return BorrowerCheck(BorrowerKind.OTHER, False, "借用人不是本户登记的业主或授权人")
    matched = bool(person.id_number and presented_id.strip() and _same_id(presented_id, person.id_number))
    unauthorised = _UNAUTHORISED_KIND.get(person.relation, BorrowerKind.OTHER)
    kind = BorrowerKind.OWNER if person.is_owner else (
        BorrowerKind.AUTHORISED if person.may_borrow_keys else unauthorised)
    if kind is unauthorised:
        return BorrowerCheck(kind, False, f"{person.name} 未获业主授权借用钥匙", matched)
    if kind is BorrowerKind.AUTHORISED and person.lapsed_grantor:
        return BorrowerCheck(unauthorised, False,
                             f"{person.name} 的授权是原业主 {person.lapsed_grantor} 给的，"
                             f"{person.lapsed_grantor} 已不是业主（产权已变更），该授权不再有效", matched)
    if not _tie_valid(person, on):
        return BorrowerCheck(unauthorised, False, f"{person.name} 的登记或授权在 {on:%Y-%m-%d} 不在有效期内",
                             matched)
    if kind is BorrowerKind.AUTHORISED and not authority_in_force(person.authority_until, on):
        return BorrowerCheck(unauthorised, False,
                             f"{person.name} 的授权已于 {person.authority_until:%Y-%m-%d} 到期", matched)
    if not presented_id.strip():
        raise ValidationError("证件号码", "请核验并录入借用人出示的证件号码")
    if not person.id_number:
        return BorrowerCheck(kind, False, f"档案中没有 {person.name} 的证件号码，无法核验")
    if not matched:
        return BorrowerCheck(kind, False, "出示的证件号码与档案不符")
    return BorrowerCheck(kind, True, "", True)


_UNAUTHORISED_KIND = {Relation.FAMILY: BorrowerKind.FAMILY, Relation.TENANT: BorrowerKind.TENANT}


def check_approval_reason(reason: str) -> str:
    v = reason.strip()
    if len(v) < 4:
        raise ValidationError("批准理由", "主管批准须写明理由（至少 4 个字）")
    return v


# ----------------------------------------------------------------- due times and overdue

def default_due(now: datetime, closing: time) -> datetime:
    """Expected return by default: today at closing time; lent after closing, the end of today
    (a key lent today is chased back today)."""
    due = datetime.combine(now.date(), closing, tzinfo=now.tzinfo)
    if due <= now:
        due = datetime.combine(now.date(), time(23, 59), tzinfo=now.tzinfo)
    return due


def check_due(lent_at: datetime, due: datetime) -> datetime:
    if due <= lent_at:
        raise ValidationError("预计归还", "应晚于借出时间")
    if due - lent_at > timedelta(days=31):
        raise ValidationError("预计归还", "借用期不能超过 31 天")
    return due


def is_overdue(due: datetime, returned_at: datetime | None, now: datetime) -> bool:
    """Still out after its due time. Aware datetimes compare across midnight and time zones."""
    return returned_at is None and now > due


def overdue_for(due: datetime, returned_at: datetime | None, now: datetime) -> timedelta:
    """How late: for an open loan up to now, for a returned one up to its return."""
    end = returned_at or now
    return max(end - due, timedelta(0))


def out_since_yesterday(lent_at: datetime, returned_at: datetime | None, now: datetime) -> bool:
    """Lent on an earlier calendar day (in the desk's time zone) and still out."""
    return returned_at is None and local(lent_at, now.tzinfo).date() < now.date()


def late_parts(delta: timedelta) -> tuple[int, int, int]:
    """How late in whole days, hours and minutes (the return dialog words them in the desk's language)."""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    return days, hours, mins


def describe_late(delta: timedelta) -> str:
    """"3 天 2 小时", "2 小时 5 分", "40 分钟": the return record's and the register's words."""
    days, hours, mins = late_parts(delta)
    if days:
        return f"{days} 天 {hours} 小时"
    if hours:
        return f"{hours} 小时 {mins} 分"
    return f"{mins} 分钟"


def check_return(lent_at: datetime, returned_at: datetime, now: datetime) -> datetime:
    if returned_at < lent_at:
        raise ValidationError("归还时间", f"不能早于借出时间 {local_text(lent_at, tz=now.tzinfo)}")
    if returned_at > now + timedelta(minutes=5):
        raise ValidationError("归还时间", "不能晚于现在")
    return returned_at


# ----------------------------------------------------------------- cards

class CardKind(str, enum.Enum):
    RESIDENT = "住户卡"
    ACCESS = "门禁卡"
    VEHICLE = "车卡"


class CardState(str, enum.Enum):
    ACTIVE = "有效"
    LOST = "已挂失"
    REPLACED = "已补办"
    CANCELLED = "已注销"


class CardEventKind(str, enum.Enum):
    """A card's history: each step is kept, so a 挂失 reason survives the later 补办."""
    ISSUED = "发放"
    LOST = "挂失"
    REPLACED = "补办"
    CANCELLED = "注销"
    DEPOSIT_MOVED = "押金转入新卡"
    DEPOSIT_REFUNDED = "押金退还"
    FEE = "补卡工本费"


class DepositOutcome(str, enum.Enum):
    """What happened to an ended card's deposit at 补办: it is held by one card only, ever."""
    MOVE = "转入新卡"
    REFUND = "退还持卡人"


EXPIRY_WARNING_DAYS = 30


def check_card_number(value: str) -> str:
    v = "".join(value.split()).upper()
    if not v:
        raise ValidationError("卡号", "不能为空")
    if len(v) > 20 or not v.isalnum():
        raise ValidationError("卡号", "应为不超过 20 位的字母或数字")
    return v


def check_plate(value: str) -> str:
    """A Chinese plate: province character, letter, 5 (fuel) or 6 (new energy) letters/digits."""
    v = "".join(value.split()).upper().replace("·", "")
    if len(v) not in (7, 8) or v[0].isascii() or not v[1].isalpha() or not v[2:].isalnum():
        raise ValidationError("车牌号", f"“{value}”不是有效的车牌号，例如 浙A12345")
    return v


def add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    last = (date(y + (m == 12), m % 12 + 1, 1) - timedelta(days=1)).day
    return date(y, m, min(d.day, last))


def renewal_period(paid_until: date | None, today: date, months: int) -> tuple[date, date]:
    """A renewal continues the day after paid-up-until; a lapsed card starts again today."""
    if months < 1 or months > 36:
        raise ValidationError("续期月数", "应为 1 到 36 个月")
    start = paid_until + timedelta(days=1) if paid_until and paid_until >= today - timedelta(days=1) else today
    return start, add_months(start, months) - timedelta(days=1)


def expiry_status(paid_until: date | None, today: date) -> str:
    if paid_until is None:
        return "未缴费"
    if paid_until < today:
        return "已过期"
    return "即将到期" if (paid_until - today).days <= EXPIRY_WARNING_DAYS else "有效"


# ----------------------------------------------------------------- parking

class SpaceArea(str, enum.Enum):
    GROUND = "地上"
    UNDERGROUND = "地下"


class SpaceState(str, enum.Enum):
    SOLD = "已售"
    LEASED = "已租"
    FREE = "空闲"
    PUBLIC = "公共/临停"


def overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Inclusive date periods; an open end runs for ever."""
    return (a_end is None or b_start <= a_end) and (b_end is None or a_start <= b_end)


@dataclass(frozen=True)
class LeasePeriod:
    number: str
    start: date
    end: date  # actual end (ended early) or agreed end


def check_lease(space_state: SpaceState, start: date, end: date, others: Iterable[LeasePeriod]) -> None:
    """A lease needs a space that is neither sold nor public, and no other lease in the period."""
    if end < start:
        raise ValidationError("租期结束", "不能早于租期开始")
    if (end - start).days > 366 * 5:
        raise ValidationError("租期结束", "租期不能超过 5 年")
    if space_state is SpaceState.SOLD:
        raise ValidationError("车位", "该车位已售出，不能出租")
    if space_state is SpaceState.PUBLIC:
        raise ValidationError("车位", "公共/临停车位不能出租")
    for other in others:
        if overlaps(start, end, other.start, other.end):
            raise ValidationError(
                "租期", f"与租约 {other.number}（{other.start:%Y-%m-%d} 至 {other.end:%Y-%m-%d}）重叠")


def deposit_still_secures(chain: Sequence[LeasePeriod], today: date) -> LeasePeriod | None:
    """The lease a parking deposit still secures, or None once it may be refunded: a deposit secures
    its lease and every renewal of it (a renewal takes no deposit of its own), and comes back once the
    last of them has run to its last day — its agreed end, or the day 退租 ended it; on that day the
    space is handed back. `chain` is the deposit's lease and its renewals in order."""
    return chain[-1] if chain[-1].end > today else None


def months_between(start: date, end: date) -> int:
    """Months a lease spans, a started month counting whole (for the agreement's total rent)."""
    n = 1
    while add_months(start, n) - timedelta(days=1) < end:
        n += 1
    return n


# ----------------------------------------------------------------- monthly inventory

class CountItem(str, enum.Enum):
    KEY = "托管钥匙"
    BLANK_RESIDENT = "空白住户卡"
    BLANK_ACCESS = "空白门禁卡"
    BLANK_VEHICLE = "空白车卡"
    INTERCOM = "未领用可视对讲机"


STOCK_ITEMS = (CountItem.BLANK_RESIDENT, CountItem.BLANK_ACCESS, CountItem.BLANK_VEHICLE, CountItem.INTERCOM)
BLANK_FOR_CARD = {CardKind.RESIDENT: CountItem.BLANK_RESIDENT, CardKind.ACCESS: CountItem.BLANK_ACCESS,
                  CardKind.VEHICLE: CountItem.BLANK_VEHICLE}


class Difference(str, enum.Enum):
    NONE = "相符"
    MISSING = "短缺"
    EXTRA = "多出"
    LENT = "借出未还"


@dataclass(frozen=True)
class Expected:
    item: CountItem
    ref: str  # tag for keys, item name for stock
    label: str
    on_record: int  # copies in custody / stock on record
    lent: int = 0  # copies out on loan (keys)

    @property
    def in_place(self) -> int:
        return self.on_record - self.lent


@dataclass(frozen=True)
class CountLine:
    expected: Expected
    counted: int
    difference: Difference
    amount: int  # how many missing or extra (0 when it agrees)

    @property
    def needs_note(self) -> bool:
        return self.difference is not Difference.NONE


def compare_count(expected: Expected, counted: int) -> CountLine:
    """What the count shows against the records. A key lent out is not missing, but it is
    listed so that the count says where it is."""
    if counted < 0:
        raise ValidationError(f"{expected.label} 实点数", "不能为负数")
    gap = counted - expected.in_place
    if gap < 0:
        return CountLine(expected, counted, Difference.MISSING, -gap)
    if gap > 0:
        return CountLine(expected, counted, Difference.EXTRA, gap)
    if expected.lent:
        return CountLine(expected, counted, Difference.LENT, expected.lent)
    return CountLine(expected, counted, Difference.NONE, 0)


def typed_count(label: str, text: str) -> int | None:
    """What was typed on a count line: blank is not counted yet; otherwise a whole number of
    items ("1.5" or "1,000" is refused, never read as 15 or 1000)."""
    typed = text.strip()
    if not typed:
        return None
    if not typed.isdecimal():
        raise ValidationError(f"{label} 实点数", f"“{typed}”不是整数")
    return int(typed)


def typed_counts(lines: Iterable[tuple[str, str, str]]) -> dict[str, int]:
    """The counted lines of a sheet, from (ref, label, typed text); every line whose count is not
    a whole number is named at once."""
    problems = Problems()
    counted = {ref: problems.check(typed_count, label, text) for ref, label, text in lines}
    problems.raise_any()
    return {ref: value for ref, value in counted.items() if value is not None}


def check_count_notes(lines: Iterable[CountLine], notes: dict[str, str]) -> None:
    """Every difference needs a note before the count is filed; all those still without one are
    named at once, so that the clerk fixes them in one pass instead of one refusal each."""
    undocumented = [f"{line.expected.label}：{line.difference.value} {line.amount}" for line in lines
                    if line.needs_note and not notes.get(line.expected.ref, "").strip()]
    if undocumented:
        raise ValidationError("说明", f"{len(undocumented)} 项差异还没有说明，请填写后再归档：\n"
                              + listing(undocumented))


def listing(entries: list[str], limit: int = 20) -> str:
    """One entry a line, the first `limit` of them, so that a message box stays on the screen."""
    shown = "\n".join(entries[:limit])
    return shown + (f"\n……另有 {len(entries) - limit} 项" if len(entries) > limit else "")


def count_due_alert(last_counted: date | None, today: date, after_day: int = 25) -> bool:
    """No count filed this month and it is after the 25th: the count stands out."""
    done_this_month = last_counted is not None and (last_counted.year, last_counted.month) == (today.year, today.month)
    return not done_this_month and today.day > after_day
