from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from billing_helpers import SEP, billed_community, read_all, setup_standards, setup_units
from sqlalchemy import func, select

from deskapp.domain.billing import FeeItem, MeterKind
from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError
from deskapp.services.billing import meters
from deskapp.services.billing import run
from deskapp.store.models.billing import Bill, BillLine, ShareAllocation


def _lines(ctx):
    with ctx.reader() as uow:
        return [(x.unit_id, x.key, x.amount) for x in
                uow.session.execute(select(BillLine).order_by(BillLine.id)).scalars()]


def test_preview_writes_nothing_and_post_matches_hand_computation(community, admin):
    ctx = community
    ids, power = billed_community(ctx, admin)
    p = run.preview(ctx, admin, "2026Q3")
    assert not p.missing and not p.problems
    assert _lines(ctx) == []
    by_unit = {u.code: {c.key: c.amount for c in u.lines} for u in p.units}
    # 物业费 50 ㎡ × 2.50 × 3 = 375.00; 30 ㎡ → 225.00; 20 ㎡ (vacant, 100%) → 150.00
    assert by_unit["3-1-101"]["物业费"] == D("375.00")
    assert by_unit["3-1-201"]["物业费"] == D("150.00")
    # 自用水费 (130 − 100) × 4.10 = 123.00; (66 − 50) × 4.10 = 65.60; 0
    assert by_unit["3-1-101"]["自用水费"] == D("123.00")
    assert by_unit["3-1-102"]["自用水费"] == D("65.60")
    assert by_unit["3-1-201"]["自用水费"] == D("0.00")
    # 公摊: (1900.01 − 1000) × 0.60 = 540.006 → 540.01, over 50/30/20 → 270.01/162.00/108.00
    shares = [by_unit[c]["公摊:GD-3-01"] for c in ("3-1-101", "3-1-102", "3-1-201")]
    assert shares == [D("270.01"), D("162.00"), D("108.00")]
    assert sum(shares) == p.allocations[0].amount == D("540.01")
    assert p.totals_by_item["物业费"] == D("750.00")
    result = run.post(ctx, admin, "2026Q3")
    assert result.bills == 3 and result.total == p.total
    lines = _lines(ctx)
    assert sum(line[2] for line in lines) == p.total
    with ctx.reader() as uow:
        s = uow.session
        for b in s.execute(select(Bill)).scalars():
            assert b.total == s.execute(select(func.sum(BillLine.amount)).where(BillLine.bill_id == b.id)).scalar()
        a = s.execute(select(ShareAllocation)).scalar_one()
        assert a.amount == D("540.01") and a.held == 0


def test_run_is_idempotent_and_changes_become_adjustments(community, admin, supervisor):
    ctx = community
    ids, power = billed_community(ctx, admin)
    run.post(ctx, admin, "2026Q3")
    n = len(_lines(ctx))
    again = run.post(ctx, admin, "2026Q3")
    assert again.run_id is None and again.bills == 0
    assert len(_lines(ctx)) == n
    # a billed reading is locked
    grid = meters.reading_grid(ctx, admin, SEP, MeterKind.WATER, "3")
    assert all(r.locked for r in grid)
    with pytest.raises(Conflict):
        meters.enter_reading(ctx, admin, grid[0].meter_id, SEP, "140")
    # the unit's area is corrected: the next run adds an adjustment, never rewrites
    from deskapp.services.registry import units as registry_units
    registry_units.update_unit(ctx, admin, ids[0], {"building_area": "60"})
    p = run.preview(ctx, admin, "2026Q3")
    assert [u.code for u in p.units] == ["3-1-101", "3-1-102", "3-1-201"]  # area shares change for all
    first = next(u for u in p.units if u.code == "3-1-101")
    assert first.adjustment and {c.key: c.amount for c in first.lines}["物业费"] == D("75.00")
    res = run.post(ctx, admin, "2026Q3")
    assert res.adjustments == 3
    with ctx.reader() as uow:
        s = uow.session
        total_shared = s.execute(select(func.sum(BillLine.amount)).where(BillLine.key == "公摊:GD-3-01")).scalar()
        assert total_shared == D("540.01")
    assert run.post(ctx, admin, "2026Q3").bills == 0
    with pytest.raises(PermissionDenied):
        from support import make_actor

        from deskapp.domain.permissions import Role
        run.post(ctx, make_actor(Role.CLERK), "2026Q3")


def test_missing_readings_are_listed_and_refused_unless_billing_the_rest(community, admin):
    ctx = community
    setup_units(ctx, admin)
    setup_standards(ctx, admin)
    read_all(ctx, admin, {"3-1-101": (100, 110, 121, 130), "3-1-102": (50, 55, None, 66),
                          "3-1-201": (10, 10, 10, 10)})
    p = run.preview(ctx, admin, "2026Q3")
    assert p.missing == ["3-1-102 水表 2026-08"]
    with pytest.raises(ValidationError) as e:
        run.post(ctx, admin, "2026Q3")
    assert "3-1-102" in str(e.value)
    assert _lines(ctx) == []
    res = run.post(ctx, admin, "2026Q3", bill_rest=True)
    assert res.bills == 2 and res.left_out == ["3-1-102"]
    # the reading comes in; the next run bills the unit left out
    grid = meters.reading_grid(ctx, admin, date(2026, 8, 1), MeterKind.WATER, "3")
    meters.enter_reading(ctx, admin, next(r for r in grid if r.unit_code == "3-1-102").meter_id,
                         date(2026, 8, 1), "60")
    res2 = run.post(ctx, admin, "2026Q3")
    assert res2.bills == 1 and res2.adjustments == 0


def test_price_change_applies_from_its_date_and_bad_prices_are_refused(community, admin):
    ctx = community
    setup_units(ctx, admin)
    setup_standards(ctx, admin)
    from deskapp.services.billing import standards
    standards.add_standard(ctx, admin, FeeItem.PROPERTY, "3.10", date(2026, 8, 16), unit_kind="住宅")
    with pytest.raises(ValidationError):
        standards.add_standard(ctx, admin, FeeItem.PROPERTY, "0", date(2026, 9, 1))
    with pytest.raises(ValidationError):
        standards.add_standard(ctx, admin, FeeItem.PROPERTY, "-1.5", date(2026, 9, 1))
    read_all(ctx, admin)
    p = run.preview(ctx, admin, "2026Q3")
    u = {c.key: c for c in next(x for x in p.units if x.code == "3-1-101").lines}
    # 2.50 for Jul 1 – Aug 15 (1 + 15/31 months), 3.10 for Aug 16 – Sep 30 (16/31 + 1 months)
    assert u["物业费"].amount == D("185.48")  # 50 × 2.5 × 46/31 = 185.483…
    assert u["物业费@08-16"].amount == D("235.00")  # 50 × 3.1 × 47/31 = 235.0


def test_late_fee_when_switched_on_and_waived_by_a_supervisor(community, admin, supervisor, clerk):
    from deskapp.services import settings
    from deskapp.services.billing import payments
    from deskapp.services.billing.common import DUE_DAYS, LATE_FEE, LATE_GRACE, LATE_RATE

    ctx = community
    ids, power = billed_community(ctx, admin)
    settings.set_value(ctx, admin, DUE_DAYS, 0)  # due on the quarter's last day
    run.post(ctx, admin, "2026Q3")  # 3-1-101 owes 768.01 from 2026-09-30
    settings.set_value(ctx, admin, LATE_FEE, True)
    settings.set_value(ctx, admin, LATE_GRACE, 0)
    settings.set_value(ctx, admin, LATE_RATE, "0.001")
    months = (date(2026, 10, 1), date(2026, 11, 1), date(2026, 12, 1))
    read_all(ctx, admin, {"3-1-101": (131, 132, 133), "3-1-102": (67, 68, 69), "3-1-201": (10, 10, 10)},
             months=months)
    for m, v in zip(months, ("2000", "2100", "2200")):
        meters.enter_reading(ctx, admin, power, m, v)
    p = run.preview(ctx, admin, "2026Q4")
    fees = {u.code: c for u in p.units for c in u.lines if c.item is FeeItem.LATE}
    # 768.01 × 0.001 × 1 day (30 Sep → 1 Oct) = 0.768… → 0.77, shown separately
    assert fees["3-1-101"].amount == D("0.77") and "768.01" in fees["3-1-101"].basis
    run.post(ctx, admin, "2026Q4")
    with ctx.reader() as uow:
        late_line = uow.session.execute(select(BillLine.id).where(BillLine.item == FeeItem.LATE,
                                                                  BillLine.unit_id == ids[0])).scalar()
        first_line = uow.session.execute(select(BillLine.id).order_by(BillLine.id)).scalar()
    with pytest.raises(PermissionDenied):
        payments.waive(ctx, clerk, late_line, "首次逾期")
    with pytest.raises(Conflict):
        payments.waive(ctx, supervisor, first_line, "不是滞纳金")
    with pytest.raises(ValidationError):
        payments.waive(ctx, supervisor, late_line, " ")
    assert payments.waive(ctx, supervisor, late_line, "首次逾期，业主已说明") == D("0.77")
    assert all(o.item != "滞纳金" for o in payments.account(ctx, clerk, ids[0]).lines)
    assert run.post(ctx, admin, "2026Q4").bills == 0  # the waiver does not re-bill the fee


def test_a_meter_first_read_within_the_quarter_starts_there(community, admin):
    """A new centre reads its meters for the first time in the quarter's last month: the first
    reading is where each meter starts (起始读数, no usage, no 确认读数 asked), so the quarter bills
    物业费 and a water line of 0 instead of leaving every metered unit out; a meter first read in
    the quarter's second month bills the third month's usage from it."""
    ctx = community
    setup_units(ctx, admin)
    setup_standards(ctx, admin)
    read_all(ctx, admin, {"3-1-101": (None, None, None, 120), "3-1-102": (None, None, 40, 46)})
    grid = {r.unit_code: r for r in meters.reading_grid(ctx, admin, SEP, MeterKind.WATER, "3")}
    assert grid["3-1-101"].starts and not grid["3-1-101"].waiting
    p = run.preview(ctx, admin, "2026Q3")
    assert p.held == []
    assert p.missing == ["3-1-201 水表 2026-07、2026-08、2026-09"]  # never read at all: still missing
    by_unit = {u.code: {c.key: (c.amount, c.basis) for c in u.lines} for u in p.units}
    assert by_unit["3-1-101"]["物业费"][0] == D("375.00")
    assert by_unit["3-1-101"]["自用水费"] == (D("0.00"), "上期 120.00 → 本期 120.00，用量 0.00 m³（9月起始读数）")
    assert by_unit["3-1-102"]["自用水费"] == (D("24.60"), "上期 40.00 → 本期 46.00，用量 6.00 m³（8月起始读数）")
    result = run.post(ctx, admin, "2026Q3", bill_rest=True)
    assert result.bills == 2
    assert all(r.locked for r in meters.reading_grid(ctx, admin, SEP, MeterKind.WATER, "3") if r.value is not None)


def test_water_set_up_with_the_first_reading_needs_no_price_for_the_months_before(community, admin):
    """The new centre's water standard starts the month its meters are first read: the months
    before have no usage, so no price is asked for them (no 未设置自用水费收费标准)."""
    from deskapp.services.billing import standards

    ctx = community
    setup_units(ctx, admin, states=("自住",))
    standards.add_standard(ctx, admin, FeeItem.PROPERTY, "2.50", date(2026, 7, 1), unit_kind="住宅")
    standards.add_standard(ctx, admin, FeeItem.WATER, "4.10", SEP)
    read_all(ctx, admin, {"3-1-101": (None, None, None, 120)})
    p = run.preview(ctx, admin, "2026Q3")
    assert p.problems == [] and p.missing == []
    lines = {c.key: c.amount for c in p.units[0].lines}
    assert lines == {"物业费": D("375.00"), "自用水费@09": D("0.00")}
