"""减免/优惠 on any bill line: a steward applies (line, amount no more than the line owes, reason,
the rule it rests on), a supervisor approves or refuses, once. An approved discount becomes a
waiver of the line (bill_waivers, as the supervisor's late-fee waiver is), so it reduces what the
line owes wherever that is read — arrears, notices, dunning, the counter — and lands in the
finance report's 减免, apart from revenue. The rules (预交一年优惠一个月, 空置房减免 N%) are the
supervisor's, kept in a small table with an editor. A 预交一年优惠 rule is also the approval when
the counter takes a year's 物业费 together (`year_ahead`): no application waits for a decision."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from deskapp.contracts.billing import DiscountRow, DiscountRuleRow
from deskapp.documents.billing import xlsx as x
from deskapp.documents.xlsx import as_of
from deskapp.domain.billing import FeeItem
from deskapp.domain.billing_deposits import ApplicationState, require_other_approver, require_state
from deskapp.domain.billing_discounts import (
    RuleKind, check_discount_amount, check_rule_value, rule_amount, year_ahead_applies,
)
from deskapp.domain.chronicle import ChronicleKind
from deskapp.domain.errors import Conflict, ValidationError, found
from deskapp.domain.permissions import DESK, SUPERVISORS, define
from deskapp.domain.text import require_text
from deskapp.domain.units import UnitState
from deskapp.domain.money import ZERO
from deskapp.services import audit, exports, hooks
from deskapp.services.billing.common import VIEW
from deskapp.services.billing.payments import owed_lines
from deskapp.services.changes import Change, changes
from deskapp.services.context import Actor, Context
from deskapp.services.exports import ExportOptions, ExportSpec, wall_clock
from deskapp.services.registry import chronicle as registry_chronicle
from deskapp.store.models.billing import BillLine, Waiver
from deskapp.store.models.billing_discounts import Discount, DiscountRule
from deskapp.store.queries import billing_discounts as queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session

APPLY = define("billing.discount.apply", "申请减免", DESK)
DECIDE = define("billing.discount.decide", "审批减免", SUPERVISORS)
RULES = define("billing.discount.rules", "设置减免规则", SUPERVISORS)


# ----------------------------------------------------------------- the rules

@changes(Change.PAYMENTS)
def save_rule(ctx: Context, actor: Actor, rule_id: int | None, name: str, kind: RuleKind, value: str | Decimal,
              active: bool = True) -> DiscountRuleRow:
    """A new rule (rule_id None) or a changed one; a rule no longer offered is made inactive, not
    deleted (the applications that rest on it keep its name)."""
    actor.require(RULES)
    name = require_text(name, "规则名称")[:60]
    value = check_rule_value(kind, value)
    with ctx.uow() as uow:
        repo = uow.billing
        same = repo.discount_rule_named(name)
        if same is not None and same.id != rule_id:
            raise ValidationError("规则名称", f"已有名为“{name}”的减免规则")
        if rule_id is None:
            r = repo.add(DiscountRule(name=name, kind=kind, value=value, active=active, created_at=ctx.clock.now(),
                                      created_by=actor.display_name))
            before = None
        else:
            r = found(repo.get(DiscountRule, rule_id), "减免规则不存在")
            before = {"name": r.name, "kind": r.kind, "value": r.value, "active": r.active}
            r.name, r.kind, r.value, r.active = name, kind, value, active
        repo.flush()
        audit.record(uow.session, ctx, actor, "billing.discount.rule", "discount_rule", r.id,
                     summary=f"减免规则“{name}”（{kind.value} {value}）" + ("" if active else "（停用）"),
                     before=before, after={"name": name, "kind": kind, "value": value, "active": active})
        uow.commit()
        return DiscountRuleRow(r.id, r.name, r.kind.value, r.value, r.active)


def rules(ctx: Context, actor: Actor, *, active_only: bool = False) -> list[DiscountRuleRow]:
    return ctx.read(actor, VIEW, queries.discount_rules, active_only=active_only)


# ----------------------------------------------------------------- applications

def _owed(session: Session, line: BillLine, besides: int | None = None) -> Decimal:
    """What the line still owes, less what other applications awaiting a decision ask."""
    owed = next((o.owed for o in owed_lines(session, line.unit_id) if o.line_id == line.id), ZERO)
    return owed - BillingRepository(session).discounts_pending(line.id, besides=besides)


def _rule_offer(session: Session, line: BillLine, rule: DiscountRule) -> Decimal | None:
    """What the rule gives on the line, or Conflict when it does not apply to it."""
    if not rule.active:
        raise Conflict(f"减免规则“{rule.name}”已停用")
    repo = BillingRepository(session)
    if rule.kind is RuleKind.VACANT and repo.unit(line.unit_id).state is not UnitState.VACANT:
        raise Conflict(f"“{rule.name}”只适用于空置房，该房屋不是空置状态")
    if rule.kind is RuleKind.YEAR_AHEAD:
        full = [o.quarter for o in owed_lines(session, line.unit_id)
                if o.item == FeeItem.PROPERTY.value and o.paid == 0 and o.waived == 0]
        if not year_ahead_applies(line.item, line.quarter, full):
            raise Conflict(f"“{rule.name}”要求该年度四个季度的物业费均已出账、一并缴清")
    return rule_amount(rule.kind, rule.value, line.amount)


def offer(ctx: Context, actor: Actor, line_id: int, rule_id: int) -> Decimal | None:
    """The amount a rule gives on a line (the form fills it in); None when the rule leaves it to the applicant."""
    actor.require(APPLY)
    with ctx.reader() as uow:
        line = found(uow.billing.get(BillLine, line_id), "账单明细不存在")
        rule = found(uow.billing.get(DiscountRule, rule_id), "减免规则不存在")
        amount = _rule_offer(uow.session, line, rule)
        return None if amount is None else min(amount, max(_owed(uow.session, line), ZERO))


@changes(Change.PAYMENTS)
def apply_discount(ctx: Context, actor: Actor, line_id: int, amount: str | Decimal, reason: str,
                   rule_id: int | None = None) -> DiscountRow:
    actor.require(APPLY)
    reason = require_text(reason, "减免原因")[:200]
    with ctx.uow() as uow:
        s = uow.session
        line = found(uow.billing.get(BillLine, line_id), "账单明细不存在")
        rule = found(uow.billing.get(DiscountRule, rule_id), "减免规则不存在") if rule_id is not None else None
        if rule is not None:
            _rule_offer(s, line, rule)
        value = check_discount_amount(amount, _owed(s, line))
        d = uow.billing.add(Discount(line_id=line.id, unit_id=line.unit_id, rule_id=rule_id, amount=value,
                                     reason=reason, state=ApplicationState.PENDING, applied_at=ctx.clock.now(),
                                     applied_by=actor.display_name))
        uow.billing.flush()
        audit.record(s, ctx, actor, "billing.discount.apply", "bill_discount", d.id, unit_id=line.unit_id,
                     summary=f"申请减免 {line.quarter} {line.item.value} {value:,.2f} 元：{reason}",
                     after={"line_id": line.id, "amount": value, "reason": reason, "rule_id": rule_id})
        uow.commit()
        return _row(s, d.id)


@changes(Change.PAYMENTS, Change.CHRONICLE)
def approve_discount(ctx: Context, actor: Actor, discount_id: int) -> DiscountRow:
    """The reduction is written as a waiver of the line, audited as every waiver is (audit_match)."""
    actor.require(DECIDE)
    with ctx.uow() as uow:
        s = uow.session
        d = found(uow.billing.get(Discount, discount_id), "减免申请不存在")
        require_state(d.state, ApplicationState.PENDING, f"减免申请 {d.id}", "批准")
        require_other_approver(d.applied_by, actor.display_name, f"减免申请 {d.id}")
        line = uow.billing.get(BillLine, d.line_id)
        owed = _owed(s, line, besides=d.id)
        if d.amount > owed:
            raise Conflict(f"该明细现只欠 {owed:,.2f} 元，少于申请减免的 {d.amount:,.2f} 元（已有缴费或减免），请驳回后重新申请")
        now = ctx.clock.now()
        w = uow.billing.add(Waiver(line_id=line.id, amount=d.amount, reason=d.reason, at=now, by=actor.display_name))
        uow.billing.flush()
        d.state, d.decided_at, d.decided_by, d.waiver_id = ApplicationState.APPROVED, now, actor.display_name, w.id
        audit.record(s, ctx, actor, "billing.waive", "bill_waiver", w.id, unit_id=line.unit_id,
                     summary=f"减免 {line.quarter} {line.item.value} {d.amount:,.2f} 元（减免申请 {d.id}）：{d.reason}",
                     after={"line_id": line.id, "amount": d.amount, "reason": d.reason, "discount": d.id})
        audit.record(s, ctx, actor, "billing.discount.approve", "bill_discount", d.id, unit_id=line.unit_id,
                     summary=f"批准减免申请 {d.id}：{d.amount:,.2f} 元", after={"state": d.state, "waiver": w.id})
        registry_chronicle.chronicle(s, ctx, actor, line.unit_id, ChronicleKind.BILLING,
                                     f"减免 {line.quarter} {line.item.value} {d.amount:,.2f} 元：{d.reason}")
        uow.commit()
        return _row(s, d.id)


@changes(Change.PAYMENTS)
def refuse_discount(ctx: Context, actor: Actor, discount_id: int, note: str) -> DiscountRow:
    actor.require(DECIDE)
    note = require_text(note, "驳回理由")[:200]
    with ctx.uow() as uow:
        d = found(uow.billing.get(Discount, discount_id), "减免申请不存在")
        require_state(d.state, ApplicationState.PENDING, f"减免申请 {d.id}", "驳回")
        d.state, d.decided_at, d.decided_by, d.decision_note = (ApplicationState.REFUSED, ctx.clock.now(),
                                                                actor.display_name, note)
        audit.record(uow.session, ctx, actor, "billing.discount.refuse", "bill_discount", d.id, unit_id=d.unit_id,
                     summary=f"驳回减免申请 {d.id}：{note}", after={"state": d.state, "note": note})
        uow.commit()
        return _row(uow.session, d.id)


def _row(session: Session, discount_id: int) -> DiscountRow:
    session.flush()
    return queries.discount_rows(session, discount_id=discount_id)[0]


def discounts(ctx: Context, actor: Actor, state: ApplicationState | None = None,
              unit_id: int | None = None) -> list[DiscountRow]:
    """The 减免 register: pending applications first, then the newest."""
    return ctx.read(actor, VIEW, queries.discount_rows, state, unit_id)


@hooks.register(hooks.Hook.CHECKS)
def approved_discounts_are_waived(session: Session, ctx: Context) -> list[hooks.CheckResult]:
    """An approved application has its waiver, of its amount on its line; a refused one has none."""
    problems, rows = [], queries.decided_against_waivers(session)
    for did, state, amount, line_id, w_amount, w_line in rows:
        if state is ApplicationState.APPROVED and (w_amount, w_line) != (amount, line_id):
            problems.append(f"减免申请 {did}：已批准 {amount:,.2f} 元，" + (
                "没有对应的减免记录" if w_amount is None else f"减免记录为明细 {w_line} 的 {w_amount:,.2f} 元"))
        elif state is not ApplicationState.APPROVED and w_amount is not None:
            problems.append(f"减免申请 {did}：{state.value}，却有减免记录 {w_amount:,.2f} 元")
    return [hooks.CheckResult("已批准减免 = 减免记录", len(rows), problems)]


def export_discounts(ctx: Context, actor: Actor, path: Path, options: ExportOptions) -> int:
    """《减免登记》: every application with its decision, and the approved ones summed by item —
    the money reduced, kept apart from what was collected."""
    actor.require(VIEW)
    with ctx.reader() as uow:
        rows = queries.discount_rows(uow.session, limit=1_000_000)
    today = ctx.clock.today()
    counts: dict[str, int] = defaultdict(int)
    sums: dict[str, Decimal] = defaultdict(lambda: ZERO)
    for r in rows:
        if r.state == ApplicationState.APPROVED.value:
            counts[r.item] += 1
            sums[r.item] += r.amount
    summary = [[k, counts[k], sums[k]] for k in sorted(sums)]
    summary.append(["合计", sum(counts.values()), sum(sums.values(), ZERO)])
    detail = [[wall_clock(ctx, r.applied_at), r.unit_code, r.quarter, r.item, r.line_amount, r.amount, r.rule,
               r.reason, r.applied_by, r.state, r.decided_by,
               wall_clock(ctx, r.decided_at), r.decision_note] for r in rows]
    return x.workbook(path, [
        ("减免明细", exports.register_heading(ctx, actor, "减免登记", as_of(today), of_centre=True),
         x.DISCOUNT_COLS, detail),
        ("已批准减免汇总", exports.register_heading(ctx, actor, "已批准减免汇总", as_of(today), of_centre=True),
         x.SUMMARY_COLS, summary),
    ])


exports.register(ExportSpec("discounts", "《减免登记》", None, export_discounts))
