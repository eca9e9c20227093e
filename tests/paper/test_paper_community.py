"""The community area's forms as printed: 活动通知, 活动报名表 and 活动取消通知 on A4, no text under 8 pt."""
from __future__ import annotations

import pytest
from paper_page import check_prints
from paper_prints import of_area

pytestmark = pytest.mark.slow


def test_community_forms_read_at_arms_length(paper_centre):
    found, summary = check_prints(of_area("community"), *paper_centre)
    print("\n".join(summary))
    assert found == [], "\n".join(found)
