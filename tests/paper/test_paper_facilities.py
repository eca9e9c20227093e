"""The facilities' forms as printed: the 公共设施预约确认单 on A5, no text under 7 pt on A5."""
from __future__ import annotations

import pytest
from paper_page import check_prints
from paper_prints import of_area

pytestmark = pytest.mark.slow


def test_facilities_forms_read_at_arms_length(paper_centre):
    found, summary = check_prints(of_area("facilities"), *paper_centre)
    print("\n".join(summary))
    assert found == [], "\n".join(found)
