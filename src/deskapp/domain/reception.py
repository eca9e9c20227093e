"""前台接待: the rules of requests/complaints, repair orders, defects, mail, violations.

Plain Python: state machines, due times, numbering, validation. The services apply them."""
from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.office_hours import OfficeHours, in_office_hours
from deskapp.domain.text import bounded_text


class Channel(str, enum.Enum):
    PHONE = "电话"
    VISIT = "来访"
    WRITTEN = "书面"
    SMS = "短信"
    OTHER = "其他"


class RequestKind(str, enum.Enum):
    COMPLAINT = "投诉"
    SERVICE = "求助/服务需求"
    ENQUIRY = "咨询"
    SUGGESTION = "建议"
    GAS = "天然气"
    CABLE_TV = "有线电视"
    TELEPHONE = "电话"
    BROADBAND = "宽带"


class Department(str, enum.Enum):
    ENGINEERING = "工程部"
    CLEANING = "保洁"
    SECURITY = "保安"
    GREENING = "绿化"
    SERVICE = "客服"
    FINANCE = "财务"
    OTHER = "其他"


class Urgency(str, enum.Enum):
    NORMAL = "普通"
    URGENT = "紧急"
    CRITICAL = "特急"


class RequestState(str, enum.Enum):
    PENDING = "待处理"
    DISPATCHED = "已派单"
    IN_PROGRESS = "处理中"
    DEFERRED = "暂缓"
    DONE = "已完成"
    CALLED_BACK = "已回访"
    CLOSED = "已关闭"


OPEN_REQUEST_STATES = frozenset({RequestState.PENDING, RequestState.DISPATCHED, RequestState.IN_PROGRESS,
                                 RequestState.DEFERRED})
# Done but not yet called back: still on the morning list, as "awaiting callback".
AWAITING_CALLBACK = frozenset({RequestState.DONE})


class RequestAction(str, enum.Enum):
    DISPATCH = "派单"
    START = "开始处理"
    DEFER = "暂缓"
    COMPLETE = "完成"
    CALLBACK = "回访"
    CLOSE = "关闭"
    REOPEN = "重新打开"


_S, _A = RequestState, RequestAction
REQUEST_TRANSITIONS: dict[tuple[RequestState, RequestAction], RequestState] = {
    (_S.PENDING, _A.DISPATCH): _S.DISPATCHED,
    (_S.PENDING, _A.COMPLETE): _S.DONE,  # answered at the desk (咨询)
    (_S.PENDING, _A.CLOSE): _S.CLOSED,
    (_S.DISPATCHED, _A.DISPATCH): _S.DISPATCHED,  # re-dispatch to another department
    (_S.DISPATCHED, _A.START): _S.IN_PROGRESS,
    (_S.DISPATCHED, _A.DEFER): _S.DEFERRED,
    (_S.DISPATCHED, _A.COMPLETE): _S.DONE,
    (_S.DISPATCHED, _A.CLOSE): _S.CLOSED,
    (_S.IN_PROGRESS, _A.DEFER): _S.DEFERRED,
    (_S.IN_PROGRESS, _A.COMPLETE): _S.DONE,
    (_S.IN_PROGRESS, _A.CLOSE): _S.CLOSED,
    (_S.DEFERRED, _A.START): _S.IN_PROGRESS,
    (_S.DEFERRED, _A.COMPLETE): _S.DONE,
    (_S.DEFERRED, _A.CLOSE): _S.CLOSED,
    (_S.DONE, _A.CALLBACK): _S.CALLED_BACK,
    (_S.DONE, _A.CLOSE): _S.CLOSED,
    (_S.DONE, _A.REOPEN): _S.PENDING,
    (_S.CALLED_BACK, _A.CLOSE): _S.CLOSED,
    (_S.CALLED_BACK, _A.REOPEN): _S.PENDING,
    (_S.CLOSED, _A.REOPEN): _S.PENDING,
}


def next_request_state(state: RequestState, action: RequestAction) -> RequestState:
    """The state after `action`, or Conflict naming why not (a callback before completion...)."""
    target = REQUEST_TRANSITIONS.get((state, action))
    if target is None:
        if action is RequestAction.CALLBACK:
            raise ValidationError("回访", f"事项尚未完成（当前：{state.value}），不能回访")
        raise Conflict(f"“{state.value}”的事项不能{action.value}")
    return target


def allowed_request_actions(state: RequestState) -> list[RequestAction]:
    return [a for (s, a) in REQUEST_TRANSITIONS if s is state]


class CallbackResult(str, enum.Enum):
    SATISFIED = "满意"
    FAIRLY = "基本满意"
    UNSATISFIED = "不满意"


class CallbackMethod(str, enum.Enum):
    """回访方式: how the owner was called back, as the 处理单/维修单 records it."""
    PHONE = "电话"
    VISIT = "上门"
    SMS = "短信"
    WECHAT = "微信"


def check_done_at(at: datetime | None, now: datetime, field: str, since: datetime | None = None,
                  since_name: str = "") -> datetime:
    """The time a form says a step was done (完成时间, 完工时间, 回访时间): now when not given; not later
    than now (a few minutes' grace for the clock of the desk), not before the step it follows."""
    if at is None or now.replace(second=0, microsecond=0) <= at <= now:
        return now  # the form shows minutes: its default, this minute, is now
    if at > now + timedelta(minutes=5):
        raise ValidationError(field, "不能晚于现在")
    if since is not None and at < since:
        if at >= since.replace(second=0, microsecond=0):
            return since  # the minute of the step before, as the form shows it
        shown = since.astimezone(now.tzinfo) if now.tzinfo is not None and since.tzinfo is not None else since
        raise ValidationError(field, f"不能早于{since_name} {shown:%Y-%m-%d %H:%M}")
    return at


def sent_back_saying(sent_back: bool, said: str, field: str) -> str:
    """What a 不满意 callback or a failed check (不合格) says is still wrong: the work goes back (to
    be done again, or to the supervisor), and whoever takes it must know what to mend, so it must
    be written in `field` (业主意见, 说明); an accepted one may leave it empty. Returns it stripped."""
    said = said.strip()
    if sent_back and not said:
        raise ValidationError(field, "不满意或不合格时请写明哪里还没有好")
    return said


class UnsatisfiedPolicy(str, enum.Enum):
    REOPEN = "reopen"
    ESCALATE = "escalate"


DEFAULT_DUE_HOURS: dict[str, int] = {
    RequestKind.COMPLAINT.value: 24,
    RequestKind.SERVICE.value: 48,
    RequestKind.ENQUIRY.value: 8,
    RequestKind.SUGGESTION.value: 72,
    RequestKind.GAS.value: 24,
    RequestKind.CABLE_TV.value: 48,
    RequestKind.TELEPHONE.value: 48,
    RequestKind.BROADBAND.value: 48,
}
URGENT_HOURS = {Urgency.URGENT.value: 4, Urgency.CRITICAL.value: 1}


def due_time(start: datetime, kind: RequestKind, urgency: Urgency, table: dict[str, int] | None = None,
             urgent: dict[str, int] | None = None, office: OfficeHours | None = None) -> datetime:
    """By category (configurable per kind); urgent items get the shorter of the two limits. With
    office hours, an ordinary item due at night is due at the next opening instead; an urgent one
    stays due when its hours end (the night duty answers it)."""
    hours = (table or DEFAULT_DUE_HOURS).get(kind.value, DEFAULT_DUE_HOURS.get(kind.value, 48))
    cap = (urgent or URGENT_HOURS).get(urgency.value)
    if cap is not None:
        return start + timedelta(hours=int(min(hours, cap)))
    due = start + timedelta(hours=int(hours))
    return in_office_hours(due, office) if office is not None else due


def check_due(due: datetime, now: datetime, field: str = "完成时限") -> datetime:
    if due <= now:
        raise ValidationError(field, f"{due:%Y-%m-%d %H:%M} 已经过去，请选一个将来的时间")
    return due


def is_overdue(state: RequestState, due: datetime | None, now: datetime, deferred_until: date | None = None) -> bool:
    if state not in OPEN_REQUEST_STATES or due is None:
        return False
    if state is RequestState.DEFERRED and deferred_until is not None:
        return deferred_until < now.date()
    return due < now


def callback_due(completed_at: datetime, hours: int, office: OfficeHours | None = None) -> datetime:
    """完成后及时回访: a finished request or repair is due its callback (a public repair its check)
    within `hours` of the finish (the setting reception.callback_hours). With office hours, a callback
    due at night is due at the next opening, as an ordinary request's 完成时限 is: the call is made by
    the desk, which is closed."""
    due = completed_at + timedelta(hours=hours)
    return in_office_hours(due, office) if office is not None else due


def callback_late(state: RequestState, completed_at: datetime | None, now: datetime, hours: int,
                  office: OfficeHours | None = None) -> bool:
    """A finished request whose callback is past its time."""
    return (state is RequestState.DONE and completed_at is not None
            and callback_due(completed_at, hours, office) < now)


def callbacks_late_before(now: datetime, hours: int, office: OfficeHours | None = None) -> datetime:
    """The finish before which a callback is late at `now` — the register's 逾期 filter asks this of
    the database. A due time kept within office hours only moves later, so the finishes whose callback
    is late are exactly those before one moment: `now` while the office is open; when it is closed, its
    last closing (a callback due overnight is due at the next opening, not yet come)."""
    if office is None:
        return now - timedelta(hours=hours)
    return last_open_moment(now, office) - timedelta(hours=hours)


def last_open_moment(now: datetime, office: OfficeHours) -> datetime:
    """`now` within office hours; outside them, the last closing before it — of a day the centre
    opened (not a holiday, OfficeHours.closed). At the very moment of opening too: a callback moved to
    that opening is due then, not yet late."""
    opens = now.replace(hour=office.opens.hour, minute=office.opens.minute, second=0, microsecond=0)
    closes = now.replace(hour=office.closes.hour, minute=office.closes.minute, second=0, microsecond=0)
    open_today = now.date() not in office.closed
    if open_today and opens < now < closes:
        return now
    last = closes if open_today and now >= closes else closes - timedelta(days=1)
    while last.date() in office.closed:
        last -= timedelta(days=1)
    return last


@dataclass(frozen=True)
class CallbackTime:
    """When a finished item's callback is due: the hours after the finish (reception.callback_hours),
    kept within the office hours when the centre has set them (reception.office_hours)."""
    hours: int
    office: OfficeHours | None = None
    zone: tzinfo | None = None  # the centre's: office hours are its hours (a time read back is in UTC)

    def due(self, finished_at: datetime) -> datetime:
        return callback_due(self._local(finished_at), self.hours, self.office)

    def late(self, state: RequestState, completed_at: datetime | None, now: datetime) -> bool:
        return callback_late(state, completed_at and self._local(completed_at), self._local(now), self.hours,
                             self.office)

    def late_before(self, now: datetime) -> datetime:
        return callbacks_late_before(self._local(now), self.hours, self.office)

    def _local(self, at: datetime) -> datetime:
        return at.astimezone(self.zone) if self.zone is not None else at


REPAIR_HOURS = {Urgency.NORMAL: 48, Urgency.URGENT: 4, Urgency.CRITICAL: 1}


def repair_due(reported_at: datetime, urgency: Urgency, office: OfficeHours | None = None) -> datetime:
    """An open repair order's 期限 on the morning list: 48 hours, 4 when urgent, 1 when critical. With
    office hours an ordinary order due at night is due at the next opening; an urgent one stays due when
    its hours end (the night duty answers it), as for requests. `reported_at` in the centre's time."""
    due = reported_at + timedelta(hours=REPAIR_HOURS.get(urgency, 48))
    if office is None or urgency is not Urgency.NORMAL:
        return due
    return in_office_hours(due, office)


def check_text(value: str, field: str, *, max_len: int = 2000) -> str:
    return bounded_text(value, field, required=True, limit=max_len)


def check_place(unit_id: int | None, location: str) -> str:
    """A request concerns a unit or a named public area; one of them is needed."""
    loc = location.strip()
    if unit_id is None and not loc:
        raise ValidationError("房号/公共区域", "请选择房号，或填写公共区域（如 3 号楼 1 单元楼道）")
    return loc


# ------------------------------------------------------------------ repair orders

class RepairScope(str, enum.Enum):
    PUBLIC = "公共区域"
    IN_UNIT = "户内"


class RepairState(str, enum.Enum):
    REPORTED = "已报修"
    DISPATCHED = "已派工"
    WORKING = "维修中"
    FINISHED = "已完工"  # awaiting the check (public) or the callback (in-unit)
    CLOSED = "已结单"
    CANCELLED = "已取消"


OPEN_REPAIR_STATES = frozenset({RepairState.REPORTED, RepairState.DISPATCHED, RepairState.WORKING,
                                RepairState.FINISHED})


class RepairAction(str, enum.Enum):
    DISPATCH = "派工"
    ARRIVE = "到场"
    FINISH = "完工"
    CHECK = "检查"
    CALLBACK = "回访"
    CANCEL = "取消"


_R, _RA = RepairState, RepairAction
REPAIR_TRANSITIONS: dict[tuple[RepairState, RepairAction], RepairState] = {
    (_R.REPORTED, _RA.DISPATCH): _R.DISPATCHED,
    (_R.REPORTED, _RA.CANCEL): _R.CANCELLED,
    (_R.DISPATCHED, _RA.DISPATCH): _R.DISPATCHED,
    (_R.DISPATCHED, _RA.ARRIVE): _R.WORKING,
    (_R.DISPATCHED, _RA.FINISH): _R.FINISHED,
    (_R.DISPATCHED, _RA.CANCEL): _R.CANCELLED,
    (_R.WORKING, _RA.FINISH): _R.FINISHED,
    (_R.FINISHED, _RA.CHECK): _R.CLOSED,  # 检查不合格 sends it back to 已派工 (rework)
    (_R.FINISHED, _RA.CALLBACK): _R.CLOSED,
}


def next_repair_state(state: RepairState, action: RepairAction, scope: RepairScope) -> RepairState:
    if action is RepairAction.CHECK and scope is not RepairScope.PUBLIC:
        raise ValidationError("检查", "户内维修完工后应回访业主，不做公共区域检查")
    if action is RepairAction.CALLBACK and scope is not RepairScope.IN_UNIT:
        raise ValidationError("回访", "公共区域维修完工后由客服或管家检查，不需回访")
    target = REPAIR_TRANSITIONS.get((state, action))
    if target is None:
        if action in (RepairAction.CHECK, RepairAction.CALLBACK):
            raise ValidationError(action.value, f"维修尚未完工（当前：{state.value}）")
        raise Conflict(f"“{state.value}”的维修单不能{action.value}")
    return target


def allowed_repair_actions(state: RepairState, scope: RepairScope) -> list[RepairAction]:
    """What an order in `state` takes next: a finished public repair is checked, a finished
    in-unit one called back (never both)."""
    other = RepairAction.CALLBACK if scope is RepairScope.PUBLIC else RepairAction.CHECK
    return [a for (s, a) in REPAIR_TRANSITIONS if s is state and a is not other]


def repair_number(year: int, seq: int) -> str:
    return f"WX{year}-{seq:06d}"


REQUEST_SERIES = "KS"  # 客诉单号: every 需求/投诉 (客户诉求), whatever its kind


def request_number(year: int, seq: int) -> str:
    """A 需求/投诉's own number, gap-free in the year it was registered: KS2026-000123."""
    return f"{REQUEST_SERIES}{year}-{seq:06d}"


def parse_repair_number(number: str) -> tuple[int, int]:
    if not (number.startswith("WX") and len(number) == 13 and number[6] == "-"):
        raise ValidationError("维修单号", f"“{number}”应为 WX年份-六位序号，例如 WX2026-000123")
    return int(number[2:6]), int(number[7:])


def completion_need(scope: RepairScope) -> str:
    return "待检查" if scope is RepairScope.PUBLIC else "待回访"


# ------------------------------------------------------------------ defects, violations, mail

class DefectKind(str, enum.Enum):
    LEAK = "渗漏"
    CRACK = "墙面开裂"
    DOOR_WINDOW = "门窗"
    PIPES = "水电管线"
    FLOOR = "地面"
    OTHER = "其他"


class DefectState(str, enum.Enum):
    OPEN = "已登记"
    WORKING = "处理中"
    ESCALATED = "已上报"
    FIXED = "已解决"


OPEN_DEFECT_STATES = frozenset({DefectState.OPEN, DefectState.WORKING, DefectState.ESCALATED})


class ViolationKind(str, enum.Enum):
    BUILDING = "违章搭建"
    DECORATION = "违规装修"
    PARKING = "乱停车"
    OCCUPATION = "占用公共部位"
    LITTER = "乱扔垃圾/杂物"
    PETS = "违规饲养宠物"
    NOISE = "噪音扰民"
    OTHER = "其他"


class ViolationState(str, enum.Enum):
    OPEN = "待整改"
    ESCALATED = "已上报"
    RECTIFIED = "已整改"
    CLOSED = "已关闭"


OPEN_VIOLATION_STATES = frozenset({ViolationState.OPEN, ViolationState.ESCALATED})


class MailKind(str, enum.Enum):
    LETTER = "信件"
    REGISTERED = "挂号信"
    PARCEL = "包裹"
    NEWSPAPER = "报刊"
    OTHER = "其他"


class Notified(str, enum.Enum):
    NONE = "未通知"
    PHONE = "电话"
    SMS = "短信"


class MailPlace(str, enum.Enum):
    DESK = "前台待取"
    MAILBOX = "已投信箱"
    COLLECTED = "已领取"


def mail_waiting(received: datetime, now: datetime, place: MailPlace, days: int) -> bool:
    return place is MailPlace.DESK and (now - received) > timedelta(days=days)


class NoticeTarget(str, enum.Enum):
    ALL = "全体业户"
    BUILDINGS = "指定楼栋"
    UNITS = "指定房屋"


def parse_codes(text: str) -> list[str]:
    """'3, 5；S' -> ['3', '5', 'S']: codes separated by commas, Chinese commas, semicolons or spaces."""
    for sep in "，,；;、\n\t":
        text = text.replace(sep, " ")
    seen: list[str] = []
    for code in text.split():
        if code not in seen:
            seen.append(code)
    return seen


SMS_LIMIT = 500


def sms_text(centre: str, title: str, body: str) -> str:
    """One SMS (the platform splits long ones); signed with the centre's name as the platforms require."""
    flat = " ".join(body.split())
    text = f"【{centre}】{title}：{flat}"
    if len(text) > SMS_LIMIT:
        raise ValidationError("正文", f"短信不能超过 {SMS_LIMIT} 字（现 {len(text)} 字），请精简或只张贴公告")
    return text


# ------------------------------------------------------------------ the shift handover

class HandoverState(str, enum.Enum):
    DRAFT = "草稿"
    HANDED = "已交班"
    RECEIVED = "已接班"


def check_handover_close(state: HandoverState, blockers: list[str]) -> None:
    if state is not HandoverState.DRAFT:
        raise Conflict(f"交接表已{state.value}，不能再次交班")
    if blockers:
        raise ValidationError("交接事项", "不能交班：" + "；".join(blockers))


def check_handover_receive(state: HandoverState, drafted_by: str, receiver: str, handed_to: str = "") -> None:
    if state is HandoverState.DRAFT:
        raise Conflict("交接表尚未交班，不能接班")
    if state is HandoverState.RECEIVED:
        raise Conflict("交接表已接班")
    if drafted_by == receiver:
        raise ValidationError("接班人", "接班人不能是交班人本人")
    if handed_to and receiver != handed_to:
        raise ValidationError("接班人", f"这份交接表交给 {handed_to} 接班")


def check_handover_taker(taker: str, drafted_by: str, takers: list[str]) -> None:
    """交班 names who takes over: an active colleague, not the clerk handing over."""
    if not taker:
        raise ValidationError("接班人", "请选择接班人")
    if taker == drafted_by:
        raise ValidationError("接班人", "接班人不能是交班人本人")
    if taker not in takers:
        raise ValidationError("接班人", f"{taker} 不是可选的客服人员（在用的前台、管家或主管）")


def for_next_shift(due: datetime | None, overdue: bool, new_this_shift: bool, shift_start: datetime,
                   next_shift_end: datetime) -> bool:
    """Whether an open item goes on the handover sheet: what this shift hands over (came in
    during the shift) and what falls due by the end of the next shift (including what turned
    overdue during this one). Items overdue since earlier days stay on the morning list; the
    sheet only counts them, so it is not every open item of the centre."""
    if new_this_shift:
        return True
    if due is None:
        return False
    if overdue and due < shift_start:
        return False
    return due < next_shift_end


def deadline_moment(deadline: date, zone: tzinfo) -> datetime:
    """A deadline day (整改期限) as the moment a list sorts and shows it by: its last minute. The morning
    list showed the next midnight, 12-05 00:00 for a deadline of 12-04, which read as a day later."""
    return datetime.combine(deadline, time(23, 59), zone)
