"""二次装修: the permit's state machine, the daily site check (二次装修日检表), rectification
deadlines and the deposit refund. Plain rules, no storage."""
from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from deskapp.domain.errors import Conflict, ValidationError
from deskapp.domain.idcard import IdType, normalise_id_number
from deskapp.domain.money import parse_amount
from deskapp.domain.people import check_name, normalise_phone
from deskapp.domain.text import require_text


class DecorationState(str, enum.Enum):
    APPLIED = "待审批"
    REJECTED = "已驳回"
    WORKING = "装修中"
    STOPPED = "停工"
    FIRST_ACCEPTED = "待复验"  # 初验 passed, waiting for 复验
    ACCEPTED = "已验收"  # 复验 passed
    CLOSED = "押金已退"
    TERMINATED = "已终止"  # stopped for good: the deposit refunded or kept (扣除) with the reason


class DecorationEvent(str, enum.Enum):
    APPROVE = "审批通过"
    REJECT = "驳回"
    STOP = "停工"
    RESUME = "复工"
    FIRST_ACCEPT = "初验通过"
    SECOND_ACCEPT = "复验通过"
    REFUND = "退押金"
    EXTEND = "延期"
    TERMINATE = "终止装修"


S, E = DecorationState, DecorationEvent
TRANSITIONS: dict[tuple[DecorationState, DecorationEvent], DecorationState] = {
    (S.APPLIED, E.APPROVE): S.WORKING,
    (S.APPLIED, E.REJECT): S.REJECTED,
    (S.WORKING, E.STOP): S.STOPPED,
    (S.STOPPED, E.RESUME): S.WORKING,
    (S.WORKING, E.FIRST_ACCEPT): S.FIRST_ACCEPTED,
    (S.FIRST_ACCEPTED, E.SECOND_ACCEPT): S.ACCEPTED,
    (S.ACCEPTED, E.REFUND): S.CLOSED,
    (S.STOPPED, E.TERMINATE): S.TERMINATED,  # never resumed: the deposit settled without an acceptance
    (S.WORKING, E.EXTEND): S.WORKING,
    (S.STOPPED, E.EXTEND): S.STOPPED,
}

# The deposit is settled (given back, less deductions, or kept): nothing left for the ledger.
DEPOSIT_SETTLED = frozenset({S.CLOSED, S.TERMINATED})

# A site is "under decoration" (checked every day) while works may go on or are stopped.
UNDER_DECORATION = frozenset({S.WORKING, S.STOPPED})


def next_state(state: DecorationState, event: DecorationEvent) -> DecorationState:
    try:
        return TRANSITIONS[(state, event)]
    except KeyError:
        raise Conflict(f"装修申请当前为“{state.value}”，不能{event.value}") from None


class ItemResult(str, enum.Enum):
    OK = "合格"
    VIOLATION = "违规"
    NA = "不适用"


class CheckOutcome(str, enum.Enum):
    CHECKED = "已检查"
    NOBODY = "无人"
    REFUSED = "拒不开门"


DEFAULT_CHECK_ITEMS = (
    "承重墙", "燃气管道/烟道", "阳台封闭", "防水", "外立面/门窗", "消防", "垃圾清运", "施工时间", "出入证",
)
DEFAULT_WORKS = ("水电改造", "墙体", "防水", "空调", "门窗", "地面", "吊顶", "厨卫", "油漆")


@dataclass(frozen=True)
class CheckInput:
    outcome: CheckOutcome
    results: Mapping[str, ItemResult]  # item -> result; empty unless CHECKED
    notes: str = ""
    violation_text: str = ""  # what was found, for the 整改通知书


def validate_check(data: CheckInput, items: Iterable[str]) -> CheckInput:
    """A checked site needs a result for every configured item; a violation needs a description.
    无人 / 拒不开门 carry no item results."""
    items = list(items)
    if data.outcome is CheckOutcome.CHECKED:
        missing = [i for i in items if i not in data.results]
        if missing:
            raise ValidationError("检查项目", f"未填写：{'、'.join(missing)}")
        unknown = [i for i in data.results if i not in items]
        if unknown:
            raise ValidationError("检查项目", f"不在日检表中：{'、'.join(unknown)}")
        if violations(data.results) and not data.violation_text.strip():
            raise ValidationError("违规情况", "有违规项时须写明违规情况")
        return data
    if data.results and any(r is not ItemResult.NA for r in data.results.values()):
        raise ValidationError("检查结果", f"“{data.outcome.value}”时不能填写检查项目")
    return CheckInput(data.outcome, {}, data.notes, "")


def violations(results: Mapping[str, ItemResult]) -> list[str]:
    return [i for i, r in results.items() if r is ItemResult.VIOLATION]


def rectify_deadline(issued_on: date, days: int) -> date:
    if days < 1:
        raise ValidationError("整改期限", "至少 1 天")
    return issued_on + timedelta(days=days)


def is_overdue(deadline: date, today: date) -> bool:
    """Overdue the day after the deadline: the deadline day itself is still allowed."""
    return today > deadline


@dataclass(frozen=True)
class WorkerInput:
    name: str
    id_number: str
    phone: str = ""


def validate_worker(w: WorkerInput) -> WorkerInput:
    name = check_name(w.name, "工人姓名")
    if not w.id_number.strip():
        raise ValidationError("工人身份证号", f"{name} 未登记身份证号，不能办理出入证")
    try:
        number = normalise_id_number(IdType.RESIDENT, w.id_number)
    except ValidationError as exc:
        raise ValidationError("工人身份证号", f"{name}：{exc.message}") from None
    phone = normalise_phone(w.phone, "工人电话") if w.phone.strip() else ""
    return WorkerInput(name, number, phone)


@dataclass(frozen=True)
class DecorationWorks:
    """Who does the works, what and when: as applied for and as the detail page shows it (both
    are built by keyword)."""
    company: str
    leader: str
    leader_phone: str
    licence: str
    works: tuple[str, ...]
    starts_on: date
    ends_on: date


@dataclass(frozen=True)
class ApplicationInput(DecorationWorks):
    unit_id: int
    owner_name: str
    owner_phone: str
    deposit: Decimal | str
    fees: Decimal | str
    workers: tuple[WorkerInput, ...]
    note: str = ""


def validate_application(a: ApplicationInput, works_allowed: Iterable[str]) -> ApplicationInput:
    owner = check_name(a.owner_name, "业主")
    owner_phone = normalise_phone(a.owner_phone, "业主电话") if a.owner_phone.strip() else ""
    company = a.company.strip()
    if not company:
        raise ValidationError("装修单位", "不能为空")
    leader = check_name(a.leader, "负责人")
    leader_phone = normalise_phone(a.leader_phone, "负责人电话")
    allowed = list(works_allowed)
    if not a.works:
        raise ValidationError("装修项目", "至少选择一项")
    odd = [w for w in a.works if w not in allowed]
    if odd:
        raise ValidationError("装修项目", f"不在项目清单中：{'、'.join(odd)}")
    if a.ends_on < a.starts_on:
        raise ValidationError("装修结束日期", "不能早于开始日期")
    if (a.ends_on - a.starts_on).days > 366:
        raise ValidationError("装修结束日期", "装修期不能超过一年，请分期申请或办理延期")
    deposit = parse_amount(a.deposit, "装修押金")
    fees = parse_amount(a.fees, "装修管理费")
    if not a.workers:
        raise ValidationError("施工人员", "至少登记一名施工人员")
    workers = tuple(validate_worker(w) for w in a.workers)
    ids = [w.id_number for w in workers]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        raise ValidationError("工人身份证号", "同一身份证号登记了两次")
    return ApplicationInput(unit_id=a.unit_id, owner_name=owner, owner_phone=owner_phone, company=company,
                            leader=leader, leader_phone=leader_phone, licence=a.licence.strip(), works=tuple(a.works),
                            starts_on=a.starts_on, ends_on=a.ends_on, deposit=deposit, fees=fees, workers=workers,
                            note=a.note.strip())


def validate_extension(current_end: date, new_end: date, reason: str) -> None:
    if new_end <= current_end:
        raise ValidationError("延期至", f"应晚于现结束日期 {current_end:%Y-%m-%d}")
    require_text(reason, "延期原因")


# 竣工验收单: what the steward and engineering look at on completion (初验 and 复验 alike).
ACCEPTANCE_ITEMS = (
    "承重结构未改动", "防水闭水试验", "给排水管道", "燃气管道/烟道", "电气线路", "外立面/门窗/阳台",
    "消防设施", "空调外机位置", "公共部位无损坏", "装修垃圾清运",
)


def validate_inspection(passed: bool, failed_items: Iterable[str], issues: str) -> tuple[tuple[str, ...], str]:
    """An inspection that passes has no failed item; one that fails names what is wrong."""
    failed = tuple(failed_items)
    odd = [i for i in failed if i not in ACCEPTANCE_ITEMS]
    if odd:
        raise ValidationError("验收项目", f"不在验收单中：{'、'.join(odd)}")
    if passed and failed:
        raise ValidationError("验收项目", f"{'、'.join(failed)} 不合格，不能验收通过")
    if not passed and not failed and not issues.strip():
        raise ValidationError("存在问题", "未通过时须勾出不合格项目或写明存在问题")
    return failed, issues.strip()


def second_inspection_due(first_on: date, days: int) -> date:
    return first_on + timedelta(days=days)


@dataclass(frozen=True)
class Deduction:
    reason: str
    amount: Decimal


def refund(deposit: Decimal, deductions: Iterable[Deduction]) -> Decimal:
    """Deposit less the deductions; each deduction has a reason and the total cannot exceed the deposit."""
    total = Decimal("0.00")
    for d in deductions:
        if not d.reason.strip():
            raise ValidationError("扣款原因", "每笔扣款须写明原因")
        amount = parse_amount(d.amount, "扣款金额", allow_zero=False)
        total += amount
    if total > deposit:
        raise ValidationError("扣款金额", f"扣款合计 {total} 元超过押金 {deposit} 元")
    return deposit - total


def todays_sites(under_decoration: Iterable[int], checked_today: Iterable[int]) -> list[int]:
    """The steward's list for today: every decoration under way not yet checked today, in order."""
    done = set(checked_today)
    return [d for d in under_decoration if d not in done]
