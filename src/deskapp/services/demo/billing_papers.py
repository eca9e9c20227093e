"""Demo step 67: the billing registers a centre fills besides receipts — 发票 (invoice requests
made from receipts, most already issued on the tax platform, one withdrawn) and 减免 (the
supervisor's rules and the stewards' applications on the bills of 空置 units: waiting, approved,
refused). A demo whose 发票 and 减免 tabs stood empty showed nobody how they are used.

Sizes: ``invoice_requests`` (default units ÷ 40, at least 3), ``discounts`` (default units ÷ 50,
at least 3). Everything rests on what the billing step (50) wrote: receipts not voided, and
property-fee lines of vacant units still owed in full."""
from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from deskapp.domain.billing import FeeItem
from deskapp.domain.billing_deposits import ApplicationState
from deskapp.domain.billing_discounts import RuleKind, rule_amount
from deskapp.domain.billing_invoices import InvoiceState, request_number, split_by_class
from deskapp.domain.local_time import local
from deskapp.domain.units import UnitKind, UnitState
from deskapp.services.context import Context
from deskapp.services.demo import DemoPlan, at, bulk, next_id, office_time, staff, units
from deskapp.store.models.billing import Waiver
from deskapp.store.models.billing_discounts import Discount, DiscountRule
from deskapp.store.models.billing_invoices import InvoiceBuyer, InvoiceRequest, InvoiceRequestLine
from deskapp.store.models.numbering import NumberCounter
from deskapp.store.queries import demo as demo_queries
from deskapp.store.repositories.billing import BillingRepository
from deskapp.store.uow import Session

ORDER = 67

VACANT_PERCENT = Decimal("50.00")
# The shops' buyers are companies (a published valid 统一社会信用代码 of the right shape); a flat's
# owner asks for an invoice in their own name, without a tax number.
COMPANIES = (("翠湖便利店有限公司", "91350100M000100Y43"), ("杭州一品餐饮管理有限公司", "91330106MA2AXY8K3F"))


def populate(session: Session, ctx: Context, plan: DemoPlan, rng: random.Random) -> None:
    today = plan.today or ctx.clock.today()
    _invoices(session, rng, plan, today)
    _discounts(session, rng, plan, today)


def _invoices(session: Session, rng: random.Random, plan: DemoPlan, today) -> None:
    """Requests for recent receipts, one unit each: two in three issued a few days later, the
    newest waiting for the platform, one withdrawn (the owner asked for another title)."""
    wanted = plan.size("invoice_requests", max(3, plan.units // 40))
    by_unit = {u.id: u for u in units(session)}
    receipts = demo_queries.recent_receipts(session, at(today - timedelta(days=75), 0), limit=wanted * 40)
    first_of_unit: dict[int, tuple] = {}
    for r in receipts:  # newest first: a unit's newest receipt
        first_of_unit.setdefault(r[2], r)
    shops = [r for u, r in first_of_unit.items() if u in by_unit and by_unit[u].kind is UnitKind.SHOP]
    flats = [r for u, r in first_of_unit.items() if r not in shops]
    take_shops = min(len(shops), max(1, wanted // 3))  # a shop's company asks for invoices most
    chosen = rng.sample(shops, take_shops) + rng.sample(flats, min(len(flats), wanted - take_shops))
    chosen.sort(key=lambda r: (r[3], r[0]))  # numbered in the order requested
    lines = BillingRepository(session).receipt_lines([r[0] for r in chosen])
    names = staff()
    requests, request_lines, buyers, per_year = [], [], [], {}
    first_id = next_id(session, InvoiceRequest)
    for i, (rid, _number, unit_id, issued_at, payer) in enumerate(chosen):
        split = split_by_class((ln.item, ln.amount) for ln in lines[rid])
        if not split:
            continue
        shop = unit_id in by_unit and by_unit[unit_id].kind is UnitKind.SHOP
        title, tax_no = COMPANIES[i % len(COMPANIES)] if shop else (payer.split("、")[0], "")
        asked = office_time(rng, min(today, local(issued_at).date() + timedelta(days=rng.randrange(0, 3))))
        year = asked.year
        per_year[year] = per_year.get(year, 0) + 1
        rid_req = first_id + len(requests)
        issued_on = local(asked).date() + timedelta(days=rng.randrange(1, 4))
        newest = i >= len(chosen) - max(1, len(chosen) // 3)
        state = InvoiceState.PENDING if newest or issued_on > today else InvoiceState.ISSUED
        if i == 1:
            state = InvoiceState.WITHDRAWN
        issued = state is InvoiceState.ISSUED
        withdrawn = state is InvoiceState.WITHDRAWN
        requests.append(dict(
            id=rid_req, number=request_number(year, per_year[year]), unit_id=unit_id, title=title, tax_no=tax_no,
            amount=sum(split.values(), Decimal("0.00")), state=state, requested_at=asked,
            requested_by=names["clerk"] if i % 2 else names["clerk2"],
            invoice_no=f"2633200000{rng.randrange(10**9, 10**10)}" if issued else None,
            issued_on=issued_on if issued else None,
            recorded_at=at(issued_on, 15, rng.randrange(60)) if issued else None,
            recorded_by=names["clerk"] if issued else None,
            withdrawn_at=asked + timedelta(hours=2) if withdrawn else None,
            withdrawn_by=names["clerk"] if withdrawn else None,
            withdraw_reason="业主要求改开单位抬头，重新申请" if withdrawn else None))
        request_lines += [dict(request_id=rid_req, receipt_id=rid, tax_class=cls, amount=amount)
                          for cls, amount in split.items()]
        buyers.append(dict(unit_id=unit_id, title=title, tax_no=tax_no, updated_at=asked,
                           updated_by=requests[-1]["requested_by"]))
    bulk(session, InvoiceRequest, requests)
    bulk(session, InvoiceRequestLine, request_lines)
    bulk(session, InvoiceBuyer, list({b["unit_id"]: b for b in buyers}.values()))  # a unit's last buyer is kept
    bulk(session, NumberCounter, [{"series": "KP", "year": y, "last": n} for y, n in sorted(per_year.items())])


def _discounts(session: Session, rng: random.Random, plan: DemoPlan, today) -> None:
    """The supervisor's rules, then applications on vacant units' 物业费 still owed in full: the
    oldest decided (one approved as a waiver, one refused), the rest waiting for the supervisor."""
    names = staff()
    set_up = at(today - timedelta(days=120), 10)
    bulk(session, DiscountRule, [
        dict(id=1, name="空置房物业费减免", kind=RuleKind.VACANT, value=VACANT_PERCENT, active=True,
             created_at=set_up, created_by=names["supervisor"]),
        dict(id=2, name="其他减免（主管审批）", kind=RuleKind.OTHER, value=Decimal("0.00"), active=True,
             created_at=set_up, created_by=names["supervisor"])])
    vacant = {u.id for u in units(session) if u.state is UnitState.VACANT}
    owed = [ln for ln in demo_queries.open_lines(session, FeeItem.PROPERTY) if ln[1] in vacant]
    wanted = plan.size("discounts", max(3, plan.units // 50))
    picked = sorted(rng.sample(owed, min(wanted, len(owed))), key=lambda ln: ln[0])
    rows, waivers = [], []
    first_waiver = next_id(session, Waiver)
    for i, (line_id, unit_id, quarter, amount) in enumerate(picked):
        value = rule_amount(RuleKind.VACANT, VACANT_PERCENT, amount)
        applied = office_time(rng, today - timedelta(days=rng.randrange(2, 40)))
        state = ApplicationState.APPROVED if i == 0 else ApplicationState.REFUSED if i == 1 else ApplicationState.PENDING
        decided = applied + timedelta(days=1) if state is not ApplicationState.PENDING else None
        waiver_id = None
        reason = f"{quarter} 房屋空置，业主申请空置房物业费减免"
        if state is ApplicationState.APPROVED:
            waiver_id = first_waiver + len(waivers)
            waivers.append(dict(id=waiver_id, line_id=line_id, amount=value, reason=reason, at=decided,
                                by=names["supervisor"]))
        rows.append(dict(line_id=line_id, unit_id=unit_id, rule_id=1, amount=value, reason=reason, state=state,
                         applied_at=applied, applied_by=names["steward"], decided_at=decided,
                         decided_by=names["supervisor"] if decided else None,
                         decision_note="水电表读数显示有人居住，不符合空置条件" if state is ApplicationState.REFUSED
                         else None, waiver_id=waiver_id))
    bulk(session, Waiver, waivers)
    bulk(session, Discount, rows)
