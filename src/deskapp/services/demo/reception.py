"""Demo step 30: a year at the front desk — requests and complaints of every kind, state and
callback result (a few still open, some overdue, a 重大事件 or two), repair orders numbered
per year with their dispatches (派单), checks and callbacks (a few sent back once and done again),
construction defects, mail, notices with their sendings,
violations, the reception log and a handover for every working day listing what was open at that
shift's end. A dispatched request names its 处理人; callers and reporters leave a phone (the owner's
on file, or one they give).

Sizes (``plan.extra`` keys, defaults grow with the units): ``requests`` (1.5 per unit),
``repairs`` (0.75 per unit), ``defects``, ``mail``, ``violations``, ``log`` (reception log
lines), ``notices``; ``deskapp bench`` asks for ``requests=200000, repairs=100000``."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.office_hours import OfficeHours
from deskapp.domain.reception import (
    OPEN_REQUEST_STATES, CallbackResult, CallbackTime, Channel, DefectKind, DefectState, Department, HandoverState, MailKind,
    MailPlace, Notified, NoticeTarget, RepairScope, RepairState, RequestKind, RequestState, Urgency, ViolationKind,
    ViolationState, completion_need, deadline_moment, due_time, for_next_shift, is_overdue, repair_due, repair_number,
    REQUEST_SERIES, request_number,
)
from deskapp.domain.local_time import day_start
from deskapp.domain.reception_dispatch import DispatchEnd
from deskapp.services import settings
from deskapp.services.context import Context
from deskapp.services.demo import (
    CLOSES, CST, OPENS, DemoPlan, DemoUnit, at, bulk, check_cancel, desk_time, next_id, office_time, so_far, staff,
    step_rng, supervisor_set, units,
)
from deskapp.services.demo.names import NameMaker
from deskapp.services.hooks import Place
from deskapp.store.models.reception import (
    Defect, Handover, HandoverItem, ItemEvent, MailItem, Notice, NoticeDelivery, ReceptionLog,
    RepairDispatch, RepairOrder, ServiceRequest, Violation,
)
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.models.registry import ChronicleEntry
from deskapp.store.queries import demo as demo_queries
from deskapp.store.uow import Session

ORDER = 30
DAYS = 365

TEXTS: dict[RequestKind, list[tuple[str, Department, str]]] = {
    RequestKind.COMPLAINT: [
        ("楼上装修噪音太大，中午也在施工", Department.SECURITY, "噪音"),
        ("楼上卫生间漏水到我家吊顶", Department.ENGINEERING, "漏水"),
        ("楼道堆放杂物，影响通行", Department.CLEANING, "公共秩序"),
        ("地下车库有车辆长期占用我的车位", Department.SECURITY, "停车"),
        ("电梯经常停在 10 楼不动", Department.ENGINEERING, "电梯"),
        ("垃圾桶满了没人清理，气味很大", Department.CLEANING, "环境卫生"),
        ("邻居家狗夜里一直叫", Department.SECURITY, "宠物"),
        ("小区门口快递车乱停", Department.SECURITY, "停车"),
        ("保安夜间巡逻不到位", Department.SECURITY, "服务态度"),
    ],
    RequestKind.SERVICE: [
        ("家里下水道堵塞，请派人疏通", Department.ENGINEERING, "维修"),
        ("门禁卡失灵，请帮忙重新授权", Department.SERVICE, "门禁"),
        ("阳台窗户关不上", Department.ENGINEERING, "维修"),
        ("请帮忙修剪楼下遮挡阳光的树枝", Department.GREENING, "绿化"),
        ("需要开具物业费缴费证明", Department.FINANCE, "票据"),
        ("搬家需要预约电梯保护", Department.SERVICE, "搬家"),
        ("楼道灯不亮", Department.ENGINEERING, "照明"),
    ],
    RequestKind.ENQUIRY: [
        ("咨询物业费收费标准", Department.SERVICE, "收费"),
        ("咨询装修申请需要哪些材料", Department.SERVICE, "装修"),
        ("咨询车位租赁价格", Department.SERVICE, "车位"),
        ("咨询水电表读数", Department.FINANCE, "水电"),
    ],
    RequestKind.SUGGESTION: [
        ("建议在儿童乐园增加遮阳棚", Department.SERVICE, "设施"),
        ("建议增加电动车充电桩", Department.ENGINEERING, "设施"),
        ("建议节假日增加垃圾清运次数", Department.CLEANING, "环境卫生"),
    ],
    RequestKind.GAS: [("燃气表显示异常，请联系燃气公司", Department.SERVICE, "燃气"),
                      ("厨房有燃气味", Department.ENGINEERING, "燃气")],
    RequestKind.CABLE_TV: [("有线电视没有信号", Department.SERVICE, "有线电视")],
    RequestKind.TELEPHONE: [("固定电话无拨号音", Department.SERVICE, "电话")],
    RequestKind.BROADBAND: [("宽带断网，请联系运营商", Department.SERVICE, "宽带")],
}
# What is reported about public areas (the rest of TEXTS is about someone's home).
PUBLIC_TEXTS: list[tuple[RequestKind, str, Department, str]] = [
    (RequestKind.COMPLAINT, "楼道堆放杂物，影响通行", Department.CLEANING, "公共秩序"),
    (RequestKind.COMPLAINT, "垃圾桶满了没人清理，气味很大", Department.CLEANING, "环境卫生"),
    (RequestKind.COMPLAINT, "小区门口快递车乱停", Department.SECURITY, "停车"),
    (RequestKind.SERVICE, "楼道灯不亮", Department.ENGINEERING, "照明"),
    (RequestKind.SERVICE, "单元门关不上", Department.ENGINEERING, "维修"),
    (RequestKind.SERVICE, "草坪积水，请疏通", Department.GREENING, "绿化"),
    (RequestKind.SUGGESTION, "建议在儿童乐园增加遮阳棚", Department.SERVICE, "设施"),
]
KIND_WEIGHTS = [(RequestKind.COMPLAINT, 25), (RequestKind.SERVICE, 40), (RequestKind.ENQUIRY, 15),
                (RequestKind.SUGGESTION, 5), (RequestKind.GAS, 4), (RequestKind.CABLE_TV, 4),
                (RequestKind.TELEPHONE, 2), (RequestKind.BROADBAND, 5)]
PUBLIC_PLACES = ["{b} 号楼 {s} 单元楼道", "{b} 号楼大堂", "地下车库 B 区", "北门岗亭", "中心花园", "儿童乐园",
                 "{b} 号楼电梯", "南门人行道", "垃圾分类亭"]
FAULTS_IN = ["卫生间吊顶渗水", "厨房下水堵塞", "热水器不点火", "入户门锁芯损坏", "阳台地漏返水", "插座跳闸",
             "窗户密封条脱落", "马桶水箱漏水", "可视对讲无图像"]
FAULTS_PUBLIC = ["楼道灯不亮", "单元门闭门器损坏", "电梯按钮失灵", "消防栓箱门脱落", "路灯不亮", "车库排水沟堵塞",
                 "健身器材松动", "监控摄像头无画面"]
TECHS = ["王建国", "李师傅", "赵明", "孙立强", "周海"]
# What a finished repair used, by its fault (one or two ways it was mended). The order once drew
# one of five materials whatever the fault (a lock core for a camera); it still draws one of five
# (MATERIAL_DRAWS), so every later draw of the demo stays the same, and the draw picks among the fault's.
MATERIAL_DRAWS = 5
MATERIALS: dict[str, list[tuple[str, Decimal]]] = {
    "卫生间吊顶渗水": [("防水密封胶 1 支", Decimal("35.00")), ("更换吊顶扣板 2 块", Decimal("40.00"))],
    "厨房下水堵塞": [("疏通，无材料", Decimal("0")), ("更换下水软管 1 根", Decimal("25.00"))],
    "热水器不点火": [("更换点火器 1 个", Decimal("45.50")), ("更换电池 2 节", Decimal("6.00"))],
    "入户门锁芯损坏": [("更换锁芯 1 个", Decimal("85.00"))],
    "阳台地漏返水": [("更换防臭地漏 1 个", Decimal("35.00"))],
    "插座跳闸": [("更换插座 1 个", Decimal("18.00")), ("更换漏电开关 1 个", Decimal("65.00"))],
    "窗户密封条脱落": [("更换密封胶条 3 米", Decimal("24.00"))],
    "马桶水箱漏水": [("更换水箱配件 1 套", Decimal("60.00"))],
    "可视对讲无图像": [("更换对讲分机 1 台", Decimal("260.00")), ("重接对讲线路，无材料", Decimal("0"))],
    "楼道灯不亮": [("更换灯泡 2 个", Decimal("0")), ("更换声控开关 1 个", Decimal("0"))],
    "单元门闭门器损坏": [("更换闭门器 1 个", Decimal("0"))],
    "电梯按钮失灵": [("更换电梯按钮 1 个", Decimal("0"))],
    "消防栓箱门脱落": [("更换箱门合页 2 个", Decimal("0"))],
    "路灯不亮": [("更换路灯灯泡 1 个", Decimal("0")), ("更换路灯镇流器 1 个", Decimal("0"))],
    "车库排水沟堵塞": [("清淤，无材料", Decimal("0")), ("更换排水沟盖板 1 块", Decimal("0"))],
    "健身器材松动": [("更换紧固螺栓 4 套", Decimal("0"))],
    "监控摄像头无画面": [("更换摄像头电源 1 个", Decimal("0")), ("更换监控摄像头 1 台", Decimal("0"))],
}
VIOLATION_TEXTS = {
    ViolationKind.BUILDING: "露台私自搭建阳光房", ViolationKind.DECORATION: "装修拆改承重墙",
    ViolationKind.PARKING: "车辆长期停放在消防通道", ViolationKind.OCCUPATION: "楼道堆放旧家具",
    ViolationKind.LITTER: "高空抛物，楼下发现垃圾袋", ViolationKind.PETS: "遛狗不拴绳",
    ViolationKind.NOISE: "夜间装修施工", ViolationKind.OTHER: "私拉电线给电动车充电",
}
COURIERS = ["顺丰速运", "中国邮政", "京东物流", "中通快递", "圆通速递", "韵达快递", "建设银行", "税务局", "社区居委会"]


DEMO_OFFICE = OfficeHours(OPENS, CLOSES)  # 服务中心 上班时间


def _weighted(rng: random.Random, pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _place(rng: random.Random, u: DemoUnit | None) -> str:
    b = u.building if u else rng.choice(["1", "2", "3", "5", "6"])
    return rng.choice(PUBLIC_PLACES).format(b=b, s=rng.randint(1, 2))


# A request's chain of steps may be moved this much earlier so that it ends before now.
LATER = timedelta(days=7)


def _lived_in(rng: random.Random, u: DemoUnit, day: date, today: date) -> date:
    """`day`, or a day from the unit's first lived-in day (交房, its owners' purchase) to today when
    `day` comes before it: nobody writes, reports or is found at fault for a unit nobody has yet."""
    start = u.lived_in_from
    if start is None or day >= start:
        return day
    return start + timedelta(days=rng.randint(0, max(0, (today - start).days)))


def _owners_and_phones(session: Session, all_units: list[DemoUnit]) -> tuple[dict[int, str], dict[int, str]]:
    """Per unit, its first owner's name and the phone on file ("" when none)."""
    people = demo_queries.person_contacts(session, [pid for u in all_units for pid in u.owner_ids[:1]])
    first = {u.id: people.get(u.owner_ids[0], ("", "", "")) if u.owner_ids else ("", "", "") for u in all_units}
    return {uid: p[0] or "" for uid, p in first.items()}, {uid: p[1] or "" for uid, p in first.items()}


class _Ids:
    def __init__(self, session: Session, model) -> None:
        self.next = next_id(session, model)

    def take(self) -> int:
        value = self.next
        self.next += 1
        return value


# Who handles what a request is dispatched to (处理人): the engineering technicians, the stewards for 客服.
HANDLERS = {Department.ENGINEERING: TECHS, Department.CLEANING: ["吴芳", "郑秀英"], Department.SECURITY: ["刘勇", "张伟"],
            Department.GREENING: ["钱国富"], Department.FINANCE: ["吴会计"], Department.OTHER: ["王丽华"]}
STEWARD_PHONE = "13905710218"  # 管家 陈志刚's phone, left when he reports what he found on his rounds


class _Contacts:
    """What the desk writes down about who called: the phone an owner leaves (the one on file, or a new
    one when the file has none), and who a dispatched request is handled by. Drawn from a random stream
    of its own, so the rest of the reception step draws as before."""

    def __init__(self, plan: DemoPlan, phones: dict[int, str]) -> None:
        self.rng = step_rng(plan.seed, "reception.contacts")
        self.names = NameMaker(self.rng, plan.today)
        self.phones = phones
        self.stewards = [staff()["steward"], staff()["steward2"]]

    def phone(self, u: DemoUnit | None, caller: str) -> str | None:
        if u is not None:
            return self.phones.get(u.id) or (self.names.phone() if self.rng.random() < 0.7 else None)
        return STEWARD_PHONE if caller.startswith("管家") else None

    def handler(self, dept: Department) -> str:
        return self.rng.choice(self.stewards if dept is Department.SERVICE else HANDLERS[dept])


ENDED = frozenset({RequestState.CALLED_BACK, RequestState.CLOSED, RepairState.CLOSED, DefectState.FIXED,
                   ViolationState.RECTIFIED, ViolationState.CLOSED})


@dataclass(slots=True)
class _Track:
    """One request or repair order as the desk saw it over time: its steps (state, when) and what a
    handover item says of it, so a past day's handover lists what was open at that shift's end."""

    place: Place
    record: int | str
    ref: str
    start: datetime
    where: str  # unit code or location
    text: str
    steps: list[tuple[object, datetime]] = field(default_factory=list)
    kind: RequestKind | None = None
    caller: str = ""
    major: bool = False
    department: Department | None = None
    due: datetime | None = None
    deferred_until: date | None = None
    scope: RepairScope | None = None
    urgency: Urgency = Urgency.NORMAL
    technician: str = ""
    deadline: date | None = None
    end: datetime = field(init=False)  # when it left the desk's open items for good (its last step), or never

    def __post_init__(self) -> None:
        last_state, last = self.steps[-1]
        self.end = last if last_state in ENDED else datetime.max.replace(tzinfo=self.start.tzinfo)

    def state_at(self, moment: datetime):
        state = None
        for to, when in self.steps:
            if when > moment:
                break
            state = to
        return state

    def done_at(self, moment: datetime, done) -> datetime | None:
        return max((when for to, when in self.steps if to is done and when <= moment), default=None)


def _requests(session: Session, plan: DemoPlan, rng: random.Random, all_units: list[DemoUnit],
              owners: dict[int, str], now: datetime, contacts: _Contacts, tracks: list[_Track]) -> None:
    n = plan.scaled("requests", 1500)
    people = staff()
    clerks = [people["clerk"], people["clerk2"]]
    ids, event_ids = _Ids(session, ServiceRequest), _Ids(session, ItemEvent)
    chron_ids = _Ids(session, ChronicleEntry)

    def backlog(share: float, cap: float, of_all: float) -> float:
        """`share` of an age group left open, but at most about `cap` items (`of_all`: the group's share of n)."""
        return min(share, cap / max(1.0, n * of_all))
    events: list[dict] = []
    chronicle: list[dict] = []

    def rows():
        for k in range(n):
            if k % 2000 == 0:
                check_cancel()
            age = min(int(rng.expovariate(1 / 110)), DAYS - 1)  # more recent than old, like a real desk
            day = plan.today - timedelta(days=age)
            registered = office_time(rng, day, by_desk_now=False)
            if registered > now:  # taken earlier today (its old draw kept: the rest draws as before)
                rng.randint(5, 120)
                registered = so_far(registered, now)
            u = rng.choice(all_units) if all_units and rng.random() < 0.8 else None
            if u is not None and not u.lived_in_on(day - LATER):
                u = None  # nobody lives there yet (未交房, or not yet its owners'): a public area's matter
            if u is not None:
                kind = _weighted(rng, KIND_WEIGHTS)
                text, dept, category = rng.choice(TEXTS[kind])
            else:
                kind, text, dept, category = rng.choice(PUBLIC_TEXTS)
            location = "" if u else _place(rng, None)
            urgency = Urgency.URGENT if rng.random() < 0.06 else Urgency.CRITICAL if rng.random() < 0.005 \
                else Urgency.NORMAL
            major = kind is RequestKind.COMPLAINT and rng.random() < 0.004
            due = due_time(registered, kind, urgency, office=DEMO_OFFICE)
            clerk = rng.choice(clerks)
            rid = ids.take()
            caller = owners.get(u.id, "") if u else rng.choice(["", "管家 " + people["steward"], "保洁员"])
            hist = [("登记", "", RequestState.PENDING, "重大事件，已上报主管" if major else "", registered)]
            # Fate by age: old items are settled, recent ones spread over every state. A desk keeps
            # its backlog to a few hundred items whatever its volume, so open shares shrink as n grows.
            r = rng.random()
            if age > 20:
                fate = "stuck" if r < backlog(0.002, 30, 0.83) else "closed_no_callback" if r < 0.08 \
                    else "called_back"
            elif age > 3:
                p_open = backlog(0.05, 120, 0.13)
                fate = "stuck" if r < p_open else "done" if r < 2 * p_open else "closed_no_callback" if r < 0.16 \
                    else "called_back"
            elif r < backlog(0.67, 300, 0.036):
                fate = ["pending", "dispatched", "working", "done"][int(rng.random() * 4)]
            else:
                fate = "called_back"
            if fate == "stuck":
                fate = rng.choice(["dispatched", "working", "deferred"])
            state = RequestState.PENDING
            t = registered
            department = None
            handler = ""
            dispatched = completed = callback_at = None
            result = callback_note = callback_by = ""
            callback = None
            deferred_until = None
            reopen = 0
            if fate != "pending":
                t = desk_time(t + timedelta(minutes=rng.randint(3, 90)))
                department = dept
                dispatched = t
                handler = contacts.handler(dept)  # as 派单 notes it: 派至工程部（王建国）
                hist.append(("派单", RequestState.PENDING, RequestState.DISPATCHED, f"派至{dept.value}（{handler}）", t))
                state = RequestState.DISPATCHED
            if fate in ("working", "deferred", "done", "called_back", "closed_no_callback"):
                t = desk_time(t + timedelta(hours=rng.randint(1, 20)))
                hist.append(("开始处理", state, RequestState.IN_PROGRESS, "", t))
                state = RequestState.IN_PROGRESS
            if fate == "deferred":
                t = desk_time(t + timedelta(hours=2))
                deferred_until = plan.today + timedelta(days=rng.randint(1, 10))
                hist.append(("暂缓", state, RequestState.DEFERRED, f"暂缓至 {deferred_until:%Y-%m-%d}：等配件", t))
                state = RequestState.DEFERRED
            if fate in ("done", "called_back", "closed_no_callback"):
                t = desk_time(t + timedelta(hours=rng.randint(1, 40)))
                completed = t
                result = "已处理完毕" if kind is not RequestKind.ENQUIRY else "已当面解答"
                hist.append(("完成", state, RequestState.DONE, result, t))
                state = RequestState.DONE
            if fate == "called_back":
                t = desk_time(t + timedelta(hours=rng.randint(2, 30)))
                callback = rng.choices(list(CallbackResult), weights=[70, 24, 6])[0]
                callback_at, callback_by = t, rng.choice(clerks)
                callback_note = {"满意": "业主表示满意", "基本满意": "处理较慢，基本满意",
                                 "不满意": "问题反复，业主不满意"}[callback.value]
                hist.append(("回访", state, RequestState.CALLED_BACK, f"{callback.value}：{callback_note}", t))
                state = RequestState.CALLED_BACK
                if callback is CallbackResult.UNSATISFIED:
                    reopen = 1  # reopened, re-done and called back again
                    hist.append(("重新打开", state, RequestState.PENDING, "回访不满意，重新处理", t))
                    t2 = t + timedelta(days=1)
                    hist.append(("完成", RequestState.PENDING, RequestState.DONE, "二次处理完毕", t2))
                    t3 = desk_time(t2 + timedelta(hours=5))
                    hist.append(("回访", RequestState.DONE, RequestState.CALLED_BACK, "基本满意：二次处理后好转", t3))
                    callback, callback_note, callback_at = CallbackResult.FAIRLY, "二次处理后好转", t3
                if age > 30 and rng.random() < 0.6:
                    hist.append(("关闭", state, RequestState.CLOSED, "归档", callback_at + timedelta(days=1)))
                    state = RequestState.CLOSED
            if fate == "closed_no_callback":
                t = t + timedelta(days=1)
                hist.append(("关闭", state, RequestState.CLOSED, "业主电话无人接听，按规定关闭", t))
                state = RequestState.CLOSED
            late = max(when for *_, when in hist) - now
            if late > timedelta(0):
                # a chain that would end after now happened whole days earlier instead (no completion
                # or callback in the future, each step at its hour of office hours); the due time
                # follows the registration
                shift = timedelta(days=math.ceil(late / timedelta(days=1)))
                hist = [(action, frm, to, note, when - shift) for action, frm, to, note, when in hist]
                registered -= shift
                dispatched, completed, callback_at = (v - shift if v is not None else None
                                                      for v in (dispatched, completed, callback_at))
                due = due_time(registered, kind, urgency, office=DEMO_OFFICE)
            for action, frm, to, note, when in hist:
                by = callback_by if action == "回访" and callback_by else clerk  # who called back signs it
                events.append({"id": event_ids.take(), "entity": "request", "entity_id": rid, "at": when,
                               "actor": by, "action": action, "from_state": frm.value if frm else "",
                               "to_state": to.value, "note": note})
            if u is not None:
                chronicle.append({"id": chron_ids.take(), "unit_id": u.id, "at": registered,
                                  "kind": ChronicleKind.SERVICE, "text": f"登记{kind.value}：{text}",
                                  "automatic": True, "author": clerk})
            tracks.append(_Track(Place.REQUESTS, rid, "", registered, u.code if u else location, text,
                                 [(to, when) for _a, _f, to, _n, when in hist], kind=kind, caller=caller,
                                 major=major, department=department, due=due, deferred_until=deferred_until))
            yield {"id": rid, "unit_id": u.id if u else None, "location": location, "caller": caller,
                   "caller_phone": contacts.phone(u, caller) if caller else None, "channel": _weighted(rng, [(Channel.PHONE, 55), (Channel.VISIT, 35),
                                                                    (Channel.WRITTEN, 3), (Channel.SMS, 4),
                                                                    (Channel.OTHER, 3)]),
                   "kind": kind, "category": category, "text": text, "urgency": urgency, "major": major,
                   "major_acknowledged_by": people["supervisor"] if major and age > 0 else None, "source": "",
                   "state": state, "department": department, "handler": handler, "registered_at": registered,
                   "registered_by": clerk, "due_at": due, "deferred_until": deferred_until,
                   "dispatched_at": dispatched, "completed_at": completed, "result": result,
                   "callback_result": callback, "callback_note": callback_note, "callback_by": callback_by,
                   "callback_at": callback_at, "reopen_count": reopen, "escalated": major, "repair_number": None}
            if len(events) > 20000:
                bulk(session, ItemEvent, events)
                events.clear()
            if len(chronicle) > 20000:
                bulk(session, ChronicleEntry, chronicle)
                chronicle.clear()

    start = len(tracks)
    made = list(rows())
    numbers = _request_numbers(made)
    for t in tracks[start:]:
        t.ref = numbers[t.record]
    bulk(session, ServiceRequest, [r | {"number": numbers[r["id"]]} for r in made])
    bulk(session, ItemEvent, events)
    bulk(session, ChronicleEntry, chronicle)
    last: dict[int, int] = {}
    for number in numbers.values():
        year, seq = int(number[2:6]), int(number[7:])
        last[year] = max(last.get(year, 0), seq)
    bulk(session, NumberCounter, [{"series": REQUEST_SERIES, "year": y, "last": n} for y, n in sorted(last.items())])


def _request_numbers(made: list[dict]) -> dict[int, str]:
    """Each request's 客诉单号 by id, as the desk gives them and migration 2976 gave those on file: in the
    order they were registered within each year of the centre's calendar (the rows are drawn in no
    such order)."""
    seqs: dict[int, int] = {}
    numbers = {}
    for r in sorted(made, key=lambda r: (r["registered_at"], r["id"])):
        year = r["registered_at"].astimezone(CST).year
        seqs[year] = seqs.get(year, 0) + 1
        numbers[r["id"]] = request_number(year, seqs[year])
    return numbers


REWORK_SHARE = 0.05  # of the closed orders, those sent back once (检查不合格 / 回访不满意) and done again
STILL_WRONG = ["修后仍有故障，需重新处理", "问题复现，维修不彻底", "配件未装好，仍有异响"]
SENT_BACK = {"检查": ("检查不合格，返工：", "检查不合格："), "回访": ("回访不满意：", "回访不满意：")}  # history note, reason


def _closing(public: bool, callback: CallbackResult | None, when: datetime) -> tuple:
    """The step that closes an order: its check (public) or its callback (in-unit)."""
    if public:
        return "检查", RepairState.FINISHED, RepairState.CLOSED, "检查合格", when
    return "回访", RepairState.FINISHED, RepairState.CLOSED, f"回访{callback.value}", when


def _sent_back(rng: random.Random, public: bool, tech: str, failed: datetime) -> list[tuple]:
    """An order whose check failed (public) or whose owner was not satisfied at the callback (in-unit)
    at `failed`, and worked again — by the same technician (no 派工: 到场 opens the next dispatch to him)
    or, half the time, dispatched anew to another: the history's steps up to the second finish."""
    said = rng.choice(STILL_WRONG)
    how = "检查" if public else "回访"
    steps = [(how, RepairState.FINISHED, RepairState.DISPATCHED, SENT_BACK[how][0] + said, failed)]
    t = failed
    if rng.random() < 0.5:
        other = rng.choice([x for x in TECHS if x != tech])
        t = desk_time(t + timedelta(minutes=rng.randint(10, 120)))
        steps.append(("派工", RepairState.DISPATCHED, RepairState.DISPATCHED, f"派工：{other}", t))
    t = desk_time(t + timedelta(minutes=rng.randint(30, 300)))
    steps.append(("到场", RepairState.DISPATCHED, RepairState.WORKING, "", t))
    t = desk_time(t + timedelta(minutes=rng.randint(20, 240)))
    steps.append(("完工", RepairState.WORKING, RepairState.FINISHED, "返工后已修复", t))
    return steps


def _dispatches(oid: int, hist: list[tuple], by: str) -> list[dict]:
    """The order's dispatches as 派工 and the steps after it keep them (services/reception/
    repair_dispatches.follow): 派工 opens one, 到场 and 完工 write on it, a failed check or a 不满意
    callback ends it as 返工 with its reason, and work sent back goes to the same technician when no
    new 派工 names another (dispatched when it was sent back, by whoever sent it)."""
    out: list[dict] = []
    for action, _frm, to, note, when in hist:
        last = out[-1] if out else None
        if action == "派工":
            out.append({"repair_id": oid, "seq": len(out) + 1, "technician": note.removeprefix("派工："),
                        "dispatched_at": when, "dispatched_by": by, "arrived_at": None, "finished_at": None,
                        "ended": None, "ended_at": None, "ended_by": "", "reason": ""})
        elif action in ("到场", "完工") and last is not None:
            if last["ended"] is DispatchEnd.REWORK:  # back to the same technician
                last = last | {"seq": len(out) + 1, "dispatched_at": last["ended_at"], "dispatched_by": last["ended_by"],
                               "arrived_at": None, "finished_at": None, "ended": None, "ended_at": None,
                               "ended_by": "", "reason": ""}
                out.append(last)
            last["arrived_at" if action == "到场" else "finished_at"] = when
        elif action in SENT_BACK and to is RepairState.DISPATCHED and last is not None:
            said = note.removeprefix(SENT_BACK[action][0])
            last.update(ended=DispatchEnd.REWORK, ended_at=when, ended_by=by, reason=SENT_BACK[action][1] + said)
    return out


def _last(hist: list[tuple], action: str) -> tuple | None:
    return next((h for h in reversed(hist) if h[0] == action), None)


def _repairs(session: Session, plan: DemoPlan, rng: random.Random, all_units: list[DemoUnit],
             owners: dict[int, str], now: datetime, contacts: _Contacts, tracks: list[_Track]) -> None:
    """The 工程维修单 of the year, each with its history and its dispatches (派单) as the desk's steps
    leave them; a step that would come after now is not yet taken, so the order stays open there."""
    n = plan.scaled("repairs", 750)
    people = staff()
    clerks = [people["clerk"], people["clerk2"], people["steward"]]
    moments = sorted(office_time(rng, plan.today - timedelta(days=min(int(rng.expovariate(1 / 120)), DAYS - 1)))
                     for _ in range(n))
    moments = [m if m <= now else now - timedelta(minutes=5) for m in moments]
    ids, event_ids = _Ids(session, RepairOrder), _Ids(session, ItemEvent)
    seqs: dict[int, int] = {}
    events: list[dict] = []
    dispatches: list[dict] = []
    rework = step_rng(plan.seed, "reception.rework")  # a stream of its own: the orders draw as before

    def rows():
        for k, reported in enumerate(moments):
            if k % 2000 == 0:
                check_cancel()
            year = reported.year
            seqs[year] = seqs.get(year, 0) + 1
            number = repair_number(year, seqs[year])
            public = rng.random() < 0.4 or not all_units
            u = None if public else rng.choice(all_units)
            if u is not None and not u.lived_in_on(reported.date()):
                public, u = True, None  # nobody lives there yet: a repair of a public area instead
            fault = rng.choice(FAULTS_PUBLIC if public else FAULTS_IN)
            age = (plan.today - reported.date()).days
            paid = not public and rng.random() < 0.35
            oid = ids.take()
            clerk = rng.choice(clerks)
            tech = rng.choice(TECHS)
            hist = [("报修", "", RepairState.REPORTED, "", reported)]
            # 0 reported, 1 dispatched, 2 arrived, 3 finished (awaiting check/callback), 4 closed;
            # open ones are recent and few, as in _requests.
            p_open = min(0.8, 120 / max(1, n * 0.02)) if age <= 2 else min(0.08, 80 / max(1, n * 0.08)) \
                if age <= 10 else min(0.005, 20 / max(1, n))
            stage = int(rng.random() * 4) if rng.random() < p_open else 4
            materials, charge, callback, work = "", None, None, ""
            t = reported
            if stage >= 1:
                t = desk_time(t + timedelta(minutes=rng.randint(10, 180)))
                hist.append(("派工", RepairState.REPORTED, RepairState.DISPATCHED, f"派工：{tech}", t))
            if stage >= 2:
                t = desk_time(t + timedelta(minutes=rng.randint(20, 240)))
                hist.append(("到场", RepairState.DISPATCHED, RepairState.WORKING, "", t))
            if stage >= 3:
                t = desk_time(t + timedelta(minutes=rng.randint(20, 300)))
                mended = MATERIALS[fault]
                materials, price = mended[rng.choice(range(MATERIAL_DRAWS)) % len(mended)]
                charge = price if paid else None
                if paid and charge == Decimal("0"):
                    charge = Decimal("30.00")
                work = "已修复" if not public else "已维修，恢复正常"
                hist.append(("完工", RepairState.WORKING, RepairState.FINISHED, work, t))
            if stage >= 4:
                t = desk_time(t + timedelta(hours=rng.randint(2, 48)))
                if not public:
                    callback = rng.choices([CallbackResult.SATISFIED, CallbackResult.FAIRLY], weights=[80, 20])[0]
                if rework.random() < REWORK_SHARE:  # the first check or callback sent it back
                    hist += _sent_back(rework, public, tech, t)
                    t = desk_time(hist[-1][-1] + timedelta(hours=rework.randint(2, 48)))
                hist.append(_closing(public, callback, t))
            # what the desk did by now: a step still to come has not been taken (the order stays open there)
            hist = [h for h in hist if h[-1] <= now]
            state = hist[-1][2]
            sent = _dispatches(oid, hist, clerk)
            dispatches.extend(sent)
            closed = state is RepairState.CLOSED
            finish = _last(hist, "完工")
            reworked = sum(1 for h in hist if h[0] in SENT_BACK and h[2] is RepairState.DISPATCHED)
            if finish is None:
                materials, charge, work = "", None, ""
            else:
                work = finish[3]  # 维修情况: what the last finish said (a second one after 返工)
            if not closed:
                callback = None
            dispatched, arrived = _last(hist, "派工"), _last(hist, "到场")
            for action, frm, to, note, when in hist:
                events.append({"id": event_ids.take(), "entity": "repair", "entity_id": oid, "at": when,
                               "actor": clerk, "action": action, "from_state": frm.value if frm else "",
                               "to_state": to.value, "note": note})
            if len(events) > 20000:
                bulk(session, ItemEvent, events)
                events.clear()
            if len(dispatches) > 20000:
                bulk(session, RepairDispatch, dispatches)
                dispatches.clear()
            location = _place(rng, u) if public else ""  # drawn in the order the row once drew them
            urgency = Urgency.URGENT if rng.random() < 0.08 else Urgency.NORMAL
            reporter = ("管家 " + people["steward"]) if public else (owners.get(u.id) or "业主")
            technician = sent[-1]["technician"] if sent else ""
            tracks.append(_Track(Place.REPAIRS, number, number, reported, u.code if u else location, fault,
                                 [(to, when) for _a, _f, to, _n, when in hist],
                                 scope=RepairScope.PUBLIC if public else RepairScope.IN_UNIT, urgency=urgency,
                                 technician=technician))
            yield {"id": oid, "number": number, "year": year, "seq": seqs[year],
                   "scope": RepairScope.PUBLIC if public else RepairScope.IN_UNIT, "unit_id": u.id if u else None,
                   "request_id": None, "location": location, "fault": fault, "reported_by": reporter,
                   "reporter_phone": contacts.phone(u, reporter), "urgency": urgency,
                   "source": "楼道巡查" if public and rng.random() < 0.5 else "", "paid": paid,
                   "technician": technician, "state": state, "reported_at": reported,
                   "registered_by": clerk, "dispatched_at": dispatched[-1] if dispatched else None,
                   "arrived_at": arrived[-1] if arrived else None,
                   # a finish sent back is no longer the order's (the next one will be)
                   "finished_at": finish[-1] if finish and state in (RepairState.FINISHED, RepairState.CLOSED) else None,
                   "work_done": work, "materials": materials, "charge": charge,
                   "check_ok": True if closed and public else None, "checked_by": clerk if closed else "",
                   "checked_at": hist[-1][-1] if closed else None, "callback_result": callback,
                   "callback_note": "业主表示满意" if callback else "", "rework_count": reworked}

    bulk(session, RepairOrder, rows())
    bulk(session, ItemEvent, events)
    bulk(session, RepairDispatch, dispatches)
    bulk(session, NumberCounter, [{"series": "WX", "year": y, "last": last} for y, last in sorted(seqs.items())])


def _smaller_registers(session: Session, plan: DemoPlan, rng: random.Random, all_units: list[DemoUnit],
                       owners: dict[int, str], now: datetime, tracks: list[_Track]) -> None:
    people = staff()
    clerks = [people["clerk"], people["clerk2"]]
    lived = [u for u in all_units if u.lived_in_from is not None]  # handed over: someone to report, write to
    unit_codes = {u.id: u.code for u in all_units}
    if not lived:
        return
    # 工程遗留问题: mostly from the first months after delivery, some escalated to the developer.
    defects, defect_ids = [], _Ids(session, Defect)
    for k in range(plan.scaled("defects", 50, 3)):
        u = rng.choice(lived)
        kind = rng.choice(list(DefectKind))
        reported = _lived_in(rng, u, plan.today - timedelta(days=rng.randint(0, DAYS - 1)), plan.today)
        state = rng.choices(list(DefectState), weights=[15, 20, 10, 55])[0]
        if k == 0:
            # the desk's long-standing matter: a year ago a defect went to the developer and is still
            # waiting, so every day's handover has at least it to count (the draws stay as they were)
            first_day = plan.today - timedelta(days=DAYS)
            u = next((x for x in lived if x.lived_in_from <= first_day), u)
            reported, state = max(first_day, u.lived_in_from), DefectState.ESCALATED
        defects.append({"id": defect_ids.take(), "unit_id": u.id, "location": "", "kind": kind,
                        "description": {"渗漏": "外墙渗水，雨天卧室墙面潮湿", "墙面开裂": "客厅墙面出现裂缝",
                                        "门窗": "铝合金窗框变形，关不严", "水电管线": "预埋水管漏水",
                                        "地面": "地面空鼓", "其他": "入户门与门框不平"}[kind.value],
                        "reported_on": reported, "reported_by": owners.get(u.id, ""),
                        "responsible": rng.choice(["总包单位", "开发商", "门窗分包单位"]), "state": state,
                        "registered_by": rng.choice(clerks),
                        "fixed_on": reported + timedelta(days=20) if state is DefectState.FIXED else None,
                        "last_followup": {"已登记": "", "处理中": "工程部已安排查看",
                                          "已上报": "工程部无法处理，已上报开发商", "已解决": "已修复，业主确认"}[state.value]})
    for d in defects:  # open from the report (as it stands now) until fixed
        steps = [(d["state"] if d["fixed_on"] is None else DefectState.OPEN, at(d["reported_on"], 10))]
        steps += [(DefectState.FIXED, at(d["fixed_on"], 10))] if d["fixed_on"] else []
        tracks.append(_Track(Place.DEFECTS, d["id"], "", steps[0][1], unit_codes[d["unit_id"]],
                             f"{d['kind'].value}：{d['description'][:50]}", steps))
    bulk(session, Defect, defects)

    # 业户违章
    violations, violation_ids = [], _Ids(session, Violation)
    for _ in range(plan.scaled("violations", 35, 3)):
        u = rng.choice(lived)
        found = _lived_in(rng, u, plan.today - timedelta(days=rng.randint(0, DAYS - 1)), plan.today)
        state = rng.choices(list(ViolationState), weights=[10, 5, 60, 25])[0]
        kind = rng.choice(list(ViolationKind))
        violations.append({"id": violation_ids.take(), "unit_id": u.id, "kind": kind, "found_on": found, "found_by": people["steward"],
                           "description": VIOLATION_TEXTS[kind], "demanded": "限期整改，恢复原状",
                           "deadline": found + timedelta(days=7), "state": state,
                           "outcome": {"待整改": "", "已上报": "业主拒不整改，已上报主管", "已整改": "已按要求整改",
                                       "已关闭": "经协调处理完毕"}[state.value],
                           "registered_by": rng.choice(clerks), "registered_at": at(found, 10),
                           "escalated_at": at(found + timedelta(days=8), 9) if state is ViolationState.ESCALATED
                           else None})
    for v in violations:  # 待整改 from the day found, 已上报 once escalated, put right by the deadline
        steps = [(ViolationState.OPEN, at(v["found_on"], 10))]
        if v["escalated_at"] is not None:
            steps.append((ViolationState.ESCALATED, v["escalated_at"]))
        elif v["state"] is not ViolationState.OPEN:
            steps.append((v["state"], at(v["deadline"], 16)))
        tracks.append(_Track(Place.VIOLATIONS, v["id"], "", steps[0][1], unit_codes[v["unit_id"]],
                             f"{v['kind'].value}：{v['description'][:50]}", steps, deadline=v["deadline"]))
    bulk(session, Violation, violations)

    # 信件登记: most collected or put into the mailbox; a few still waiting (some too long).
    def mail_rows():
        for _ in range(plan.scaled("mail", 1200)):
            u = rng.choice(lived)
            received = office_time(rng, _lived_in(rng, u, plan.today - timedelta(
                days=min(int(rng.expovariate(1 / 90)), DAYS - 1)), plan.today))
            received = min(received, now)
            kind = rng.choices(list(MailKind), weights=[35, 8, 45, 7, 5])[0]
            age = (plan.today - received.date()).days
            place = MailPlace.MAILBOX if kind in (MailKind.LETTER, MailKind.NEWSPAPER) and rng.random() < 0.7 \
                else MailPlace.COLLECTED if age > 6 or rng.random() < 0.6 else MailPlace.DESK
            told = Notified.NONE if place is MailPlace.MAILBOX else rng.choice([Notified.PHONE, Notified.SMS])
            yield {"unit_id": u.id, "kind": kind, "sender": rng.choice(COURIERS),
                   "tracking": f"SF{rng.randint(10**11, 10**12 - 1)}" if kind is MailKind.PARCEL else "",
                   "received_at": received, "registered_by": rng.choice(clerks), "notified": told,
                   "notified_at": min(desk_time(received + timedelta(minutes=15)), now)
                   if told is not Notified.NONE else None,
                   "place": place, "collected_by": owners.get(u.id, "") if place is MailPlace.COLLECTED else "",
                   "collected_at": min(desk_time(received + timedelta(days=rng.randint(0, 5), hours=3)), now)
                   if place is MailPlace.COLLECTED else None,
                   "handed_by": rng.choice(clerks) if place is MailPlace.COLLECTED else ""}

    bulk(session, MailItem, mail_rows())

    # 客服接待记录表
    matters = [("询问快递柜位置", "已指引"), ("访客找业主，业主不在家", "已电话联系业主"), ("咨询停车收费", "已解答"),
               ("居委会来访，了解人口登记", "已配合"), ("城管来电询问违建情况", "已说明情况"),
               ("业主借用梯子", "已登记借出")]

    def log_rows():
        for _ in range(plan.scaled("log", 1000)):
            day = plan.today - timedelta(days=rng.randint(0, DAYS - 1))
            matter, outcome = rng.choice(matters)
            u = rng.choice(all_units) if rng.random() < 0.4 else None
            if u is not None and not u.lived_in_on(day):
                u = None
            yield {"at": min(office_time(rng, day), now), "channel": rng.choice([Channel.VISIT, Channel.PHONE]),
                   "visitor": owners.get(u.id, "") if u else rng.choice(["访客", "快递员", "居委会工作人员"]),
                   "unit_id": u.id if u else None, "matter": matter, "outcome": outcome,
                   "clerk": rng.choice(clerks)}

    bulk(session, ReceptionLog, log_rows())

    # 通知/公告 with their sendings, logged per unit.
    titles = [("停水通知", "因二次供水设备检修，{d} 9:00-17:00 停水，请提前储水。"),
              ("电梯维保通知", "{d} 上午电梯例行维保，请使用另一部电梯。"),
              ("消防演练通知", "{d} 下午 3 点在中心花园举行消防演练，欢迎业主参加。"),
              ("物业费缴纳提醒", "本季度物业费请于 {d} 前缴纳，可到服务中心或线上缴费。"),
              ("垃圾分类宣传", "{d} 起实行定时定点投放，请业主配合。")]
    notice_id = next_id(session, Notice)
    notices, deliveries = [], []
    building_units: dict[str, list[int]] = {}
    for u in all_units:
        building_units.setdefault(u.building, []).append(u.id)
    buildings = sorted(building_units)
    for k in range(plan.size("notices", 20)):
        title, body = rng.choice(titles)
        day = plan.today - timedelta(days=rng.randint(1, DAYS - 1))
        target = NoticeTarget.BUILDINGS if rng.random() < 0.6 and buildings else NoticeTarget.ALL
        codes = [rng.choice(buildings)] if target is NoticeTarget.BUILDINGS else []
        sent = at(day, 16)
        notices.append({"id": notice_id, "title": title,
                        "body": body.format(d=f"{(day + timedelta(days=2)):%m月%d日}"), "target": target,
                        "target_codes": "，".join(codes), "created_at": at(day, 10), "created_by": rng.choice(clerks),
                        "sent_at": sent})
        reached = building_units[codes[0]] if codes else [u.id for u in all_units]
        deliveries.extend({"notice_id": notice_id, "unit_id": uid, "phones": 1, "sent_at": sent} for uid in reached)
        notice_id += 1
    bulk(session, Notice, notices)
    bulk(session, NoticeDelivery, deliveries)


NEVER = math.inf


def _open_item(t: _Track, moment: datetime, hours: int) -> tuple | None:
    """(due, overdue, wording) of what the 交班 draft (services/reception/desk.py) lists for `t` at
    `moment` — the wording a function giving the item's kind, text and place as the draft words them,
    called only for the items the sheet takes — or None when it is not open then. (Letters left at
    the desk, which it also counts, are not followed.)"""
    state = t.state_at(moment)
    if state is None or state in ENDED:
        return None
    callback = CallbackTime(hours, DEMO_OFFICE, CST)  # as the desk reckons it (services/reception/desk.py)
    if t.place is Place.REQUESTS:
        if state is not RequestState.DONE and state not in OPEN_REQUEST_STATES:
            return None
        done = state is RequestState.DONE
        if done:
            completed = t.done_at(moment, RequestState.DONE)
            due, late = callback.due(completed), callback.late(state, completed, moment)
        else:
            due, late = t.due, is_overdue(state, t.due, moment, t.deferred_until)

        def wording() -> tuple[str, str]:
            dispatched = t.done_at(moment, RequestState.DISPATCHED) is not None
            dept = f"（{t.department.value}，{state.value}）" if t.department and dispatched else f"（{state.value}）"
            return (f"{t.kind.value}待回访" if done else t.kind.value,
                    ("【重大】" if t.major else "") + (f"{t.caller}：" if t.caller else "") + t.text[:60] + dept)
    elif t.place is Place.DEFECTS:
        due, late = None, False

        def wording() -> tuple[str, str]:
            return "工程遗留问题", f"{t.text}（{state.value}）"
    elif t.place is Place.VIOLATIONS:
        due, late = deadline_moment(t.deadline, CST), t.deadline < moment.astimezone(CST).date()

        def wording() -> tuple[str, str]:
            return "业户违章", f"{t.text}（{state.value}）"
    else:
        if state is RepairState.FINISHED:
            due = callback.due(t.done_at(moment, state))
        else:
            due = repair_due(t.start.astimezone(CST), t.urgency, DEMO_OFFICE)
        late = due < moment

        def wording() -> tuple[str, str]:
            tech = f"，{t.technician}" if t.technician and state is not RepairState.REPORTED else ""
            kind = f"维修{completion_need(t.scope)}" if state is RepairState.FINISHED \
                else "公共维修" if t.scope is RepairScope.PUBLIC else "户内维修"
            return kind, f"{t.text[:60]}（{state.value}{tech}）"
    return due, late, wording


def _sheet_item(t: _Track, due: datetime | None, late: bool, wording) -> dict:
    kind, text = wording()
    return {"area": "reception", "kind": kind[:24], "ref": t.ref[:24], "unit_code": t.where[:30], "text": text,
            "due": due, "overdue": late, "place": t.place.value,
            "record_id": t.record if isinstance(t.record, int) else None,
            "record_number": t.record if isinstance(t.record, str) else ""}


def _handovers(session: Session, plan: DemoPlan, rng: random.Random, tracks: list[_Track]) -> None:
    """A handover for every day but today, drafted at the shift's end as 交班 drafts it: of the requests,
    repair orders, construction defects and violations open then, what came in during the shift and
    what falls due by the end of the next (domain.reception.for_next_shift), overdue first, each
    overdue one marked 重点, and a line counting the other open items left to the morning list.

    Not through the service's draft_handover: it commits a transaction of its own and reads what is
    open now, while a past shift's sheet needs what was open then (each item's steps, `_Track`)."""
    people = staff()
    pairs = [(people["clerk"], people["clerk2"]), (people["clerk2"], people["clerk"])]
    hours = int(settings.spec("reception.callback_hours").default)  # the demo centre keeps the default
    hid = next_id(session, Handover)
    handovers, items = [], []
    notes = ["前台备用金已核对", "钥匙柜已清点", "明早工程部来修北门道闸", "快递柜满，包裹暂存前台", ""]
    waiting = sorted(tracks, key=lambda t: t.start)
    taken, active = 0, []
    for back in range(DAYS, 0, -1):
        check_cancel()
        day = plan.today - timedelta(days=back)
        by, to = pairs[back % 2]
        drafted, handed = at(day, 17, 10), at(day, 17, 30)
        handovers.append({"id": hid, "shift_date": day, "state": HandoverState.RECEIVED, "drafted_at": drafted,
                          "drafted_by": by, "notes": rng.choice(notes), "handed_at": handed, "received_by": to,
                          "received_at": at(day + timedelta(days=1), 8, 35)})
        while taken < len(waiting) and waiting[taken].start <= drafted:
            active.append(waiting[taken])
            taken += 1
        active = [t for t in active if t.end > drafted]
        shift_start, next_end = day_start(day, CST), day_start(day + timedelta(days=2), CST)
        open_now = [(t, *i) for t in active if (i := _open_item(t, drafted, hours)) is not None]
        chosen = [_sheet_item(t, due, late, wording) for t, due, late, wording in open_now
                  if for_next_shift(due, late, t.start >= shift_start, shift_start, next_end)]
        chosen.sort(key=lambda i: (not i["overdue"], i["due"].timestamp() if i["due"] else NEVER, i["area"], i["kind"]))
        for pos, i in enumerate(chosen):
            items.append(i | {"handover_id": hid, "position": pos, "priority": i["overdue"],
                              "note": "请跟进" if pos == 0 and i["overdue"] else ""})
        left = len(open_now) - len(chosen)
        if left:
            items.append({"handover_id": hid, "position": len(chosen), "area": "reception", "kind": "往日未完成",
                          "ref": "", "unit_code": "", "text": f"另有 {left} 项往日未完成事项未列入，见早班清单",
                          "due": None, "overdue": False, "priority": False, "note": "", "place": "",
                          "record_id": None, "record_number": ""})
        hid += 1
    bulk(session, Handover, handovers)
    bulk(session, HandoverItem, items)


def _office_hours(session: Session, made: datetime) -> None:
    """The supervisor set the centre's office hours when the desk began: an ordinary request due at
    night is due at the next opening (a 咨询 of 17:55 at 08:30, not at 01:55)."""
    from deskapp.services.reception import OFFICE_HOURS

    supervisor_set(session, OFFICE_HOURS, str(DEMO_OFFICE), made)


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    now = plan.now  # nothing happens after the desk's last open moment
    _office_hours(session, now - timedelta(days=DAYS))
    all_units = units(session)
    owners, phones = _owners_and_phones(session, all_units)
    contacts, tracks = _Contacts(plan, phones), []
    _requests(session, plan, rng, all_units, owners, now, contacts, tracks)
    _repairs(session, plan, rng, all_units, owners, now, contacts, tracks)
    _smaller_registers(session, plan, rng, all_units, owners, now, tracks)
    _handovers(session, plan, rng, tracks)

