"""预交一年优惠 at the counter (issue 16 §2): a supervisor's 预交一年优惠 rule is the approval, so a
payment of the four quarters of a year's 物业费 takes the rule's months off in the same transaction,
the discount written approved 按规则; refused, or the payment refused, nothing is written."""
from __future__ import annotations

import io

from datetime import date
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from billing_helpers import setup_units
from sqlalchemy import func, select

from deskapp.domain.billing import FeeItem, PayMethod
from deskapp.domain.billing_discounts import RuleKind
from deskapp.domain.billing_finance import report_period
from deskapp.domain.errors import Conflict, ValidationError
from deskapp.services import hooks
from deskapp.services.billing import discounts, finance_report, payments, prints, run, standards, year_ahead
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.billing import Receipt, Waiver
from deskapp.store.models.billing_discounts import Discount

YEAR = ("2026Q1", "2026Q2", "2026Q3", "2026Q4")


@pytest.fixture
def year_billed(community, admin, supervisor):
    """Three units billed 物业费 (2.50 元/㎡·月 on 50/30/20 ㎡) for the four quarters of 2026, and the
    supervisor's rule: one month off."""
    ids = setup_units(community, admin)
    standards.add_standard(community, admin, FeeItem.PROPERTY, "2.50", date(2020, 1, 1), unit_kind="住宅")
    for q in YEAR:
        run.post(community, admin, q)
    rule = discounts.save_rule(community, supervisor, None, "预交一年物业费优惠一个月", RuleKind.YEAR_AHEAD, "1")
    return community, ids, rule


def _lines(ctx, actor, unit_id):
    return [o for o in payments.account(ctx, actor, unit_id).lines if o.item == FeeItem.PROPERTY.value]


def _written(ctx):
    with ctx.reader() as uow:
        return tuple(uow.session.execute(select(func.count()).select_from(t)).scalar()
                     for t in (Discount, Waiver, Receipt))


def test_the_four_quarters_paid_together_take_the_rules_month_off_approved_by_the_rule(year_billed, clerk, supervisor):
    ctx, ids, rule = year_billed
    lines = _lines(ctx, clerk, ids[0])
    assert [o.quarter for o in lines] == list(YEAR) and {o.owed for o in lines} == {D("375.00")}
    offer = year_ahead.counter_offer(ctx, clerk, ids[0], [o.line_id for o in lines])
    assert (offer.rule_id, offer.rule_name, offer.months, offer.years) == (rule.id, rule.name, D("1.00"), 1)
    assert offer.amount == D("125.00") and offer.parts == ((lines[3].line_id, D("125.00")),)  # a third of Q4
    r = payments.take_payment(ctx, clerk, ids[0], [o.line_id for o in lines], "1375.00", PayMethod.CASH,
                              year_ahead_rule_id=rule.id)
    assert r.total == D("1375.00") and _lines(ctx, clerk, ids[0]) == []
    q4 = next(x for x in r.lines if x.period.startswith("2026.10"))
    assert (q4.amount, q4.basis.billed, q4.basis.waived) == (D("250.00"), D("375.00"), D("125.00"))
    [row] = discounts.discounts(ctx, supervisor)
    assert (row.state, row.amount, row.rule, row.quarter) == ("已批准", D("125.00"), rule.name, "2026Q4")
    assert row.decided_by == f"按规则“{rule.name}”（{supervisor.display_name}）"
    assert row.applied_by == clerk.display_name
    with ctx.reader() as uow:
        said = uow.session.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.summary)
                                   .where(AuditEntry.action.like("billing.%")).order_by(AuditEntry.id)).all()
        problems = [p for res in hooks.collect(hooks.Hook.CHECKS, uow.session, ctx) for p in res.problems]
    assert [(a, e) for a, e, _ in said if a != "billing.pay"][-2:] == [("billing.waive", "bill_waiver"),
                                                                         ("billing.discount.by_rule", "bill_discount")]
    assert supervisor.display_name in said[-2][2] and said[-1][0] == "billing.pay"
    assert problems == []  # the waiver's audit row (audit_match) and 已批准减免 = 减免记录
    report = finance_report.report(ctx, supervisor, report_period(month="2026-11"))
    assert ("物业费", 1, D("125.00")) in report.waivers  # 减免, apart from revenue


def test_months_past_a_quarter_go_to_the_quarter_before_rounded_half_up(community, admin, supervisor, clerk):
    ids = setup_units(community, admin)
    standards.add_standard(community, admin, FeeItem.PROPERTY, "2.51", date(2020, 1, 1), unit_kind="住宅")
    for q in YEAR:
        run.post(community, admin, q)
    rule = discounts.save_rule(community, supervisor, None, "预交一年优惠四个月", RuleKind.YEAR_AHEAD, "4")
    lines = _lines(community, clerk, ids[1])  # 30 ㎡ × 2.51 × 3 = 225.90 a quarter
    assert {o.owed for o in lines} == {D("225.90")}
    offer = year_ahead.counter_offer(community, clerk, ids[1], [o.line_id for o in lines])
    assert offer.parts == ((lines[3].line_id, D("225.90")), (lines[2].line_id, D("75.30")))
    payments.take_payment(community, clerk, ids[1], [o.line_id for o in lines], str(4 * D("225.90") - D("301.20")),
                          PayMethod.WECHAT, pay_ref="4200001234202611270001", year_ahead_rule_id=rule.id)
    assert sorted(r.amount for r in discounts.discounts(community, clerk)) == [D("75.30"), D("225.90")]
    listed = payments.account(community, clerk, ids[1]).receipts[0]
    paid = payments.receipt(community, clerk, listed.id)  # the paper's view, each line with its basis
    assert listed.total == paid.total
    assert [(x.amount, x.basis.waived) for x in paid.lines] == [  # Q4, off whole, is still on the receipt
        (D("225.90"), 0), (D("225.90"), 0), (D("150.60"), D("75.30")), (D("0.00"), D("225.90"))]
    assert paid.total == D("602.40") and _lines(community, clerk, ids[1]) == []
    printed = "".join(page.extract_text() for page in PdfReader(io.BytesIO(
        prints.receipts_pdf(community, clerk, [paid.id]))).pages)
    assert "2026.10.01–2026.12.31" in printed and "75.30" in printed and printed.count("225.90") >= 3
    with community.reader() as uow:
        assert [p for res in hooks.collect(hooks.Hook.CHECKS, uow.session, community) for p in res.problems] == []


def test_no_offer_and_a_refusal_unless_all_four_quarters_owed_in_full_are_chosen(year_billed, clerk):
    ctx, ids, rule = year_billed
    lines = _lines(ctx, clerk, ids[0])
    three = [o.line_id for o in lines[1:]]
    assert year_ahead.counter_offer(ctx, clerk, ids[0], three) is None
    with pytest.raises(Conflict) as refused:
        payments.take_payment(ctx, clerk, ids[0], three, "875.00", PayMethod.CASH, year_ahead_rule_id=rule.id)
    assert "四个季度" in str(refused.value)
    payments.take_payment(ctx, clerk, ids[0], [lines[0].line_id], "100.00", PayMethod.CASH)  # Q1 part paid
    everything = [o.line_id for o in _lines(ctx, clerk, ids[0])]
    assert year_ahead.counter_offer(ctx, clerk, ids[0], everything) is None
    with pytest.raises(Conflict):
        payments.take_payment(ctx, clerk, ids[0], everything, "1400.00", PayMethod.CASH, year_ahead_rule_id=rule.id)
    assert _written(ctx) == (0, 0, 1)


def test_a_stopped_rule_offers_nothing(year_billed, clerk, supervisor):
    ctx, ids, rule = year_billed
    discounts.save_rule(ctx, supervisor, rule.id, rule.name, RuleKind.YEAR_AHEAD, "1", active=False)
    chosen = [o.line_id for o in _lines(ctx, clerk, ids[0])]
    assert year_ahead.counter_offer(ctx, clerk, ids[0], chosen) is None
    with pytest.raises(Conflict) as stopped:
        payments.take_payment(ctx, clerk, ids[0], chosen, "1375.00", PayMethod.CASH, year_ahead_rule_id=rule.id)
    assert "已停用" in str(stopped.value) and _written(ctx) == (0, 0, 0)


def test_a_refused_payment_leaves_no_discount_behind(year_billed, clerk):
    ctx, ids, rule = year_billed
    chosen = [o.line_id for o in _lines(ctx, clerk, ids[0])]
    with pytest.raises(ValidationError) as short:  # the offer is for paying the year, not part of it
        payments.take_payment(ctx, clerk, ids[0], chosen, "1000.00", PayMethod.CASH, year_ahead_rule_id=rule.id)
    assert short.value.field == "实收金额" and "1,375.00" in short.value.message
    with pytest.raises(ValidationError) as full:  # the full price typed while the offer is taken
        payments.take_payment(ctx, clerk, ids[0], chosen, "1500.00", PayMethod.CASH, year_ahead_rule_id=rule.id)
    assert full.value.field == "实收金额"
    assert _written(ctx) == (0, 0, 0)


def test_a_line_paid_meanwhile_at_another_desk_refuses_the_whole_payment(year_billed, clerk):
    """The counter listed the year; another desk then took Q2: the payment with the offer is refused
    and writes nothing, and the offer is gone for what is left."""
    ctx, ids, rule = year_billed
    chosen = [o.line_id for o in _lines(ctx, clerk, ids[0])]
    payments.take_payment(ctx, clerk, ids[0], chosen[1:2], "375.00", PayMethod.CASH)  # the other desk
    with pytest.raises(Conflict) as stale:
        payments.take_payment(ctx, clerk, ids[0], chosen, "1125.00", PayMethod.CASH, year_ahead_rule_id=rule.id)
    assert "已结清或不属于该房屋" in str(stale.value)
    assert _written(ctx) == (0, 0, 1)
    assert year_ahead.counter_offer(ctx, clerk, ids[0], [o.line_id for o in _lines(ctx, clerk, ids[0])]) is None


def test_the_discounts_register_lists_a_counter_discount_approved_by_its_rule(year_billed, clerk, supervisor, tmp_path):
    import openpyxl

    from deskapp.services import exports

    ctx, ids, rule = year_billed
    chosen = [o.line_id for o in _lines(ctx, clerk, ids[1])]  # 30 ㎡: 225.00 a quarter, a month 75.00
    payments.take_payment(ctx, clerk, ids[1], chosen, "825.00", PayMethod.CASH, year_ahead_rule_id=rule.id)
    path = tmp_path / "减免登记.xlsx"
    assert exports.run_export(ctx, supervisor, "discounts", path, exports.ExportOptions()) == 1
    wb = openpyxl.load_workbook(path)
    [detail] = [[c.value for c in row] for row in wb["减免明细"].iter_rows(min_row=3)]
    assert (detail[1], detail[2], detail[5], detail[6], detail[9]) == ("3-1-102", "2026Q4", 75, rule.name, "已批准")
    assert detail[10].startswith("按规则")
    summary = [[c.value for c in row] for row in wb["已批准减免汇总"].iter_rows(min_row=3)]
    assert summary == [["物业费", 1, 75], ["合计", 1, 75]]


def test_a_combined_payment_takes_each_units_offer_or_writes_nothing(year_billed, admin, clerk):
    """合并缴费 (combined.take_combined) grants the rule per unit as the counter does, in the one
    transaction: a unit not qualifying refuses the whole payment and nothing is written."""
    from deskapp.domain.people import Relation
    from deskapp.services.billing import combined
    from deskapp.services.registry import people as registry_people

    ctx, ids, rule = year_billed
    for uid in ids[:2]:
        registry_people.add_person(ctx, admin, uid, registry_people.PersonInput("张三", id_number="11010519491231002X"),
                                   Relation.OWNER)
    picks = {uid: [o.line_id for o in _lines(ctx, clerk, uid)] for uid in ids[:2]}
    short = {ids[0]: picks[ids[0]], ids[1]: picks[ids[1]][1:]}  # 3-1-102 without its Q1: no year
    with pytest.raises(Conflict) as refused:
        combined.take_combined(ctx, clerk, ids[0], short, PayMethod.CASH, year_ahead={u: rule.id for u in ids[:2]})
    assert "四个季度" in str(refused.value) and _written(ctx) == (0, 0, 0)
    receipts = combined.take_combined(ctx, clerk, ids[0], picks, PayMethod.CASH, tendered="2200",
                                      year_ahead={u: rule.id for u in ids[:2]})
    assert [r.total for r in receipts] == [D("1375.00"), D("825.00")] and _written(ctx) == (2, 2, 2)
    assert [o for uid in ids[:2] for o in _lines(ctx, clerk, uid)] == []
    assert [r.lines[-1].amount for r in receipts] == [D("250.00"), D("150.00")]  # each Q4 less its 优惠
    pages = [p.extract_text() for p in PdfReader(io.BytesIO(prints.receipts_pdf(ctx, clerk, [r.id for r in receipts]))).pages]
    assert any("3-1-101" in t and "125.00" in t for t in pages) and any("3-1-102" in t and "75.00" in t for t in pages)
