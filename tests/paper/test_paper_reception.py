"""The reception forms as printed, each on its paper, with no text under 8 pt on A4 or 7 pt
on A5 and no amount broken over two lines (issue 13 §7): 通知, 客服部工作交接表, 工程维修单 (A5 and two to an A4), 整改通知书."""
from __future__ import annotations

import pytest
from paper_page import check_prints
from paper_prints import of_area

pytestmark = pytest.mark.slow


def test_reception_forms_read_at_arms_length(paper_centre):
    found, summary = check_prints(of_area("reception"), *paper_centre)
    print("\n".join(summary))
    assert found == [], "\n".join(found)
