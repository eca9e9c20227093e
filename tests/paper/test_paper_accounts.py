"""The accounts area's paper as printed, on its paper, with no text under 8 pt on A4 and no
amount broken over two lines (issue 13 §7): 数据库检查报告."""
from __future__ import annotations

import pytest
from paper_page import check_prints
from paper_prints import of_area

pytestmark = pytest.mark.slow


def test_accounts_forms_read_at_arms_length(paper_centre):
    found, summary = check_prints(of_area("accounts"), *paper_centre)
    print("\n".join(summary))
    assert found == [], "\n".join(found)
