"""The 每月汇总 summary PDF filed with the monthly pack, as printed on A4: no text under 8 pt, no amount
broken over two lines."""
from __future__ import annotations

import pytest
from paper_page import check_prints
from paper_prints import of_area

pytestmark = pytest.mark.slow


def test_monthpack_forms_read_at_arms_length(paper_centre):
    found, summary = check_prints(of_area("monthpack"), *paper_centre)
    print("\n".join(summary))
    assert found == [], "\n".join(found)
