"""收费通知单 from the database: dated by the issue of the quarter's notices, asking for what is
still owed, tiered water by month and tier."""
from __future__ import annotations

import io
import re
from datetime import date, datetime, timedelta
from decimal import Decimal as D

import pytest
from billing_helpers import billed_community
from pypdf import PdfReader
from support import CST

from deskapp.domain.billing import FeeItem, PayMethod
from deskapp.services import settings
from deskapp.services.accounts import audit_trail
from deskapp.services.billing import notices, payments, run, standards


@pytest.fixture
def billed(community, admin):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    return community, ids


def _pages(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _day(text: str, label: str) -> date:
    m = re.search(label + r"：(\d{4})年(\d{2})月(\d{2})日", text)
    assert m, f"{label} not printed"
    return date(*map(int, m.groups()))


def _money(text: str, label: str) -> D:
    m = re.search(label + r"：¥ ([\d,]+\.\d\d)", text)
    assert m, f"{label} not printed"
    return D(m.group(1).replace(",", ""))


def test_first_print_issues_the_quarter_and_later_prints_are_reprints(billed, admin, clerk, clock):
    ctx, ids = billed
    settings.set_value(ctx, admin, notices.DUE_DAYS, 10)
    assert notices.issue_of(ctx, clerk, "2026Q3") is None
    pdf, count = notices.notices(ctx, clerk, "2026Q3", building="3")
    first = _pages(pdf)
    assert count == len(first) == 3
    issued = notices.issue_of(ctx, clerk, "2026Q3")
    assert issued.issued_on == date(2026, 11, 27) and issued.issued_by == clerk.display_name
    assert _day(first[0], "开具日期") == date(2026, 11, 27)
    assert _day(first[0], "缴费期限") == date(2026, 12, 7)
    assert "补打" not in first[0] and "已逾期" not in first[0]
    entries = audit_trail.browse(ctx, admin, audit_trail.TrailFilter(action="billing.notices.issue")).rows
    assert len(entries) == 1 and "开具日期 2026-11-27" in entries[0].summary

    # Three weeks later the same notice is a reprint, past its deadline, with the late-fee rule.
    clock.set(datetime(2026, 12, 18, 10, 0, tzinfo=CST))
    later = _pages(notices.notices(ctx, clerk, "2026Q3", unit_ids=[ids[0]])[0])[0]
    assert _day(later, "开具日期") == date(2026, 11, 27)
    assert _day(later, "缴费期限") == date(2026, 12, 7)
    assert _day(later, "补打日期") == date(2026, 12, 18)
    assert "补打" in later and "已逾期" in later and "本中心未收取滞纳金" in later
    assert notices.issue_of(ctx, clerk, "2026Q3").issued_on == date(2026, 11, 27)  # recorded once


def test_a_deadline_on_new_years_day_is_the_first_working_day_after_it(billed, admin, clerk, clock):
    """Issued on 12-17 with 15 days the notice was due on 元旦, when the desk is closed: with 元旦 marked
    on the duty calendar it is due on 1-2; with 1-2 and 1-3 a weekend marked too, on 1-4. A 催缴通知单
    issued on 12-25 with 7 days is moved the same way."""
    from deskapp.services.billing import arrears
    from deskapp.services.calendar import holidays

    ctx, ids = billed
    holidays.add_holiday(ctx, admin, date(2027, 1, 1), "元旦")
    clock.set(datetime(2026, 12, 17, 10, 0, tzinfo=CST))
    text = _pages(notices.notices(ctx, clerk, "2026Q3", unit_ids=[ids[0]])[0])[0]
    assert (_day(text, "开具日期"), _day(text, "缴费期限")) == (date(2026, 12, 17), date(2027, 1, 2))
    assert "请于 2027年01月02日 前缴纳" in text
    for day in (2, 3):
        holidays.add_holiday(ctx, admin, date(2027, 1, day), "元旦")
    text = _pages(notices.notices(ctx, clerk, "2026Q3", unit_ids=[ids[0]])[0])[0]
    assert _day(text, "缴费期限") == date(2027, 1, 4)
    clock.set(datetime(2026, 12, 25, 10, 0, tzinfo=CST))
    (letter,) = arrears.issue_dunning(ctx, clerk, ids[:1])
    assert (letter.issued_on, letter.deadline) == (date(2026, 12, 25), date(2027, 1, 4))


def test_overdue_notice_states_the_late_fee_rule_in_force(billed, admin, clerk, clock):
    ctx, ids = billed
    notices.notices(ctx, clerk, "2026Q3", building="3")
    settings.set_value(ctx, admin, "billing.late_fee", True)
    clock.set(clock.now() + timedelta(days=40))
    text = _pages(notices.notices(ctx, clerk, "2026Q3", unit_ids=[ids[1]])[0])[0]
    assert "已逾期" in text and "按每日 0.05% 计收滞纳金" in text and "宽限 30 天" in text
    assert _day(text, "缴费期限") >= _day(text, "开具日期")


def test_notice_asks_for_what_is_still_owed(billed, admin, clerk):
    ctx, ids = billed
    # 3-1-101 pays its quarter in full; 3-1-102 pays its 物业费 only.
    acc = payments.account(ctx, clerk, ids[0])
    payments.take_payment(ctx, clerk, ids[0], [x.line_id for x in acc.lines], sum(x.amount for x in acc.lines),
                          PayMethod.CASH)
    acc = payments.account(ctx, clerk, ids[1])
    prop = next(x for x in acc.lines if x.item == FeeItem.PROPERTY.value)
    payments.take_payment(ctx, clerk, ids[1], [prop.line_id], prop.amount, PayMethod.WECHAT,
        pay_ref="4200002026100112")
    still = sum(x.amount - x.paid - x.waived for x in payments.account(ctx, clerk, ids[1]).lines)

    pdf, count = notices.notices(ctx, clerk, "2026Q3", building="3")
    pages = _pages(pdf)
    assert count == len(pages) == 2  # the paid-up unit gets no notice in the batch
    assert not any("3-1-101" in p for p in pages)
    owing = next(p for p in pages if "3-1-102" in p)
    assert _money(owing, "应缴合计") == still
    assert f"{prop.amount:,.2f}" in owing  # shown as paid against the 物业费 line
    assert "已缴清" not in owing

    # Asked for by name, the paid-up unit gets a notice that says so.
    text = _pages(notices.notices(ctx, clerk, "2026Q3", unit_ids=[ids[0]])[0])[0]
    assert "已缴清" in text and _money(text, "应缴合计") == D("0.00") and "无需缴费" in text
    assert "3-1-101" in text and "768.01" in text  # what was billed and paid stays visible

    # Everyone paid: a batch has nothing to print unless paid-up units are asked for.
    for uid in ids[1:]:
        acc = payments.account(ctx, clerk, uid)
        payments.take_payment(ctx, clerk, uid, [x.line_id for x in acc.lines],
                              sum(x.amount - x.paid - x.waived for x in acc.lines), PayMethod.CASH)
    with pytest.raises(Exception, match="都已缴清"):
        notices.notices(ctx, clerk, "2026Q3", building="3")
    assert notices.notices(ctx, clerk, "2026Q3", building="3", include_paid=True)[1] == 3


def test_property_line_shows_area_price_and_months(billed, clerk):
    ctx, ids = billed
    text = _pages(notices.notices(ctx, clerk, "2026Q3", unit_ids=[ids[0]])[0])[0]
    flat = re.sub(r"\s+", " ", text)
    assert "50㎡ × 2.5 元/㎡·月 × 3 个月" in flat and "375.00" in flat
    assert "10 m³ × 4.1 元/m³" not in flat  # flat water is one line: 30 m³ × 4.1
    assert "30 m³ × 4.1 元/m³" in flat and "123.00" in flat


def test_bank_details_and_qr_come_from_the_settings(billed, admin, clerk):
    ctx, ids = billed
    settings.set_value(ctx, admin, notices.BANK, "户名 翠湖物业 开户行 工行滨江支行 账号 1202021109001234567")
    settings.set_value(ctx, admin, notices.PAY_QR, "https://pay.example.com/cuihu")
    text = _pages(notices.notices(ctx, clerk, "2026Q3", unit_ids=[ids[0]])[0])[0]
    assert "1202021109001234567" in text and "扫码缴费" in text and "房号 3-1-101" in text


def test_tiered_water_prints_by_month_and_tier(community, admin, clerk):
    ids, _ = billed_community(community, admin)
    standards.add_standard(community, admin, FeeItem.WATER, "3.50", date(2026, 7, 1),
                           tiers=[("10", "3.50"), (None, "5.25")], tier_period="month")
    run.post(community, admin, "2026Q3")
    text = _pages(notices.notices(community, clerk, "2026Q3", unit_ids=[ids[0]])[0])[0]
    flat = re.sub(r"\s+", " ", text)
    # 3-1-101 used 10, 11 and 9 m³ in Jul–Sep: August crosses into the second tier.
    products = re.findall(r"(\d[\d.]*) m³ × (\d[\d.]*) 元/m³ = ([\d,]+\.?\d*)", flat)
    assert len(products) == 4
    for qty, price, amount in products:
        assert D(qty) * D(price) == D(amount.replace(",", ""))
    assert "8月 第2阶 >10 m³" in flat and "1 m³ × 5.25 元/m³ = 5.25" in flat
    water = sum(D(qty) * D(price) for qty, price, _ in products)
    assert water == D("106.75") and "106.75" in flat  # the line's amount is its parts' sum


def test_notices_refused_before_billing(community, admin, clerk):
    with pytest.raises(Exception, match="还没有出账"):
        notices.notices(community, clerk, "2026Q3")
    assert notices.issue_of(community, clerk, "2026Q3") is None


def test_write_notices_writes_the_file_whole(billed, admin, tmp_path):
    ctx, _ = billed
    out = tmp_path / "notices.pdf"
    assert notices.write_notices(ctx, admin, "2026Q3", out) == 3
    assert len(PdfReader(out).pages) == 3 and not list(tmp_path.glob("*.part"))


def test_unit_notice_is_for_the_latest_billed_quarter(billed, admin, clerk):
    ctx, ids = billed
    pdf, quarter = notices.unit_notice(ctx, clerk, ids[2])
    text = _pages(pdf)[0]
    assert quarter == "2026Q3" and "3-1-201" in text and "2026年第三季度" in text
    from deskapp.services.registry import units as registry_units

    fresh = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "1", "room": "301", "building_area": "40"})
    with pytest.raises(Exception, match="还没有出过账单"):
        notices.unit_notice(ctx, clerk, fresh)


def test_vacant_unit_shows_its_percentage_in_the_product(community, admin, clerk):
    ids, _ = billed_community(community, admin)
    settings.set_value(community, admin, "billing.vacant_percent", 50)
    run.post(community, admin, "2026Q3")
    text = _pages(notices.notices(community, clerk, "2026Q3", unit_ids=[ids[2]])[0])[0]
    # 3-1-201 is vacant: 20㎡ × 2.5 × 3 × 50% = 75.00 (compared without the line breaks of the cell)
    assert "20㎡×2.5元/㎡·月×3个月×50%（空置）75.00" in re.sub(r"\s+", "", text)



def test_the_batch_on_two_processes_is_the_same_pdf_as_on_one(billed, admin, monkeypatch):
    """Issue 21 §3: two worker processes draw the notices in parts, each with its own font
    subset, and the parts are joined by copying their objects (documents/pdf_join.py): the
    same pages with the same text as the batch drawn in one process, a PDF pypdf reads strictly."""
    ctx, _ = billed
    monkeypatch.setattr(notices, "PARALLEL_FROM", 2)
    monkeypatch.setattr(notices, "CHUNK", 1)  # a part per notice
    one, n = notices.notices(ctx, admin, "2026Q3", include_paid=True, parallel=1)
    two, n2 = notices.notices(ctx, admin, "2026Q3", include_paid=True, parallel=2)
    assert n == n2 == 3
    joined = PdfReader(io.BytesIO(two), strict=True)
    assert [p.extract_text() for p in joined.pages] == _pages(one)
    assert joined.metadata.title == "收费通知单 2026Q3"
