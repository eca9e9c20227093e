"""往日移交表: the handovers made, found by period and cashier, newest day first, and 补打 — a past
sheet printed again as it was handed over, saying 补打 with the time and who printed it."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal as D

import pytest
from billing_helpers import three_handovers
from printed_rows import line_with, printed_pages
from support import CST

from deskapp.contracts.billing import HandoverFilter
from deskapp.domain.errors import ValidationError
from deskapp.services.billing import handover, prints


@pytest.fixture
def days(community, admin, clock):
    return three_handovers(community, admin, clock)


def test_the_list_is_newest_day_first_and_kept_to_a_period_and_a_cashier(community, days, clerk):
    page = handover.handovers_page(community, clerk)
    assert page.total == 3
    assert [(f"{r.day}", r.cashier_name) for r in page.rows] == [
        ("2026-11-26", "clerk"), ("2026-11-25", "周婷"), ("2026-11-24", "clerk")]
    tuesday = page.rows[2]
    assert (tuesday.count, tuesday.total, tuesday.cash_expected, tuesday.cash_counted, tuesday.difference) == (
        3, D("100.50"), D("100.50"), D("100.00"), D("-0.50"))
    assert tuesday.first_no and tuesday.first_no != tuesday.last_no and "补交" in tuesday.explanation
    assert tuesday.receiver == "财务 吴会计" and tuesday.handed_at == datetime(2026, 11, 24, 17, 30, tzinfo=CST)

    week = HandoverFilter(day_from=date(2026, 11, 24), day_to=date(2026, 11, 25))
    assert [f"{r.day}" for r in handover.handovers_page(community, clerk, week).rows] == ["2026-11-25", "2026-11-24"]
    theirs = HandoverFilter(cashier="zhouting")
    assert [r.id for r in handover.handovers_page(community, clerk, theirs).rows] == [days["2026-11-25"]]
    assert handover.handover_cashiers(community, clerk) == [("clerk", "clerk"), ("zhouting", "周婷")]
    by_difference = handover.handovers_page(community, clerk, sort="difference", descending=False)
    assert by_difference.rows[0].id == days["2026-11-24"]


def test_a_period_that_ends_before_it_starts_is_refused_naming_the_end(community, days, clerk):
    with pytest.raises(ValidationError) as e:
        handover.handovers_page(community, clerk, HandoverFilter(day_from=date(2026, 11, 26),
                                                                 day_to=date(2026, 11, 24)))
    assert e.value.field == "截止日期" and "2026-11-24" in e.value.message


def test_a_reprint_keeps_the_sheets_own_day_and_time_and_says_who_reprinted_it_when(community, days, supervisor,
                                                                                    clock):
    clock.set(datetime(2026, 12, 3, 14, 5, tzinfo=CST))
    (text, runs), = printed_pages(prints.handover_reprint_pdf(community, supervisor, days["2026-11-24"]))
    assert "日期：2026-11-24" in text and "收款人：clerk" in text
    assert line_with(text, "财务接收人：财务 吴会计", "移交时间：2026-11-24 17:30", "补打时间：2026-12-03 14:05",
                     "补打人：supervisor")
    assert line_with(text, "收款人：clerk", "日期：2026-11-24")
    head = text.split("收款人：clerk")[0]  # the mark beside the title, above the sheet's own day
    assert line_with(head, "补打 2026-12-03 14:05 supervisor")
    assert line_with(text, "实点现金：100.00", "差额：-0.50") and "短款 0.50 元" in text
    assert line_with(text, "重复收款")  # the void, as on the day
    assert all(y >= 11 for y, _ in runs)
    # the sheet printed as it is handed over says nothing of the kind
    sheet = handover.handover(community, supervisor, days["2026-11-24"])
    assert "补打" not in printed_pages(prints.handover_pdf(community, supervisor, sheet))[0][0]


def test_a_handover_that_does_not_exist_is_not_found(community, days, supervisor):
    """A handover id with no handover behind it (a stale link, a mistyped id) is NotFound, as every
    look-up by id says it — not a Conflict with what is recorded — for the sheet and for its 补打."""
    from deskapp.domain.errors import NotFound

    missing = max(days.values()) + 1
    for look in (handover.handover, prints.handover_reprint_pdf):
        with pytest.raises(NotFound) as e:
            look(community, supervisor, missing)
        assert str(e.value) == "移交记录不存在"
