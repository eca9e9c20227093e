"""The billing forms as printed, each on its paper, with no text under 8 pt on A4 or 7 pt
on A5 and no amount broken over two lines (issue 13 §7): 收费通知单 (A4, A5), 收据 in every paper setting and voided, 催缴通知单, 费用移交表, 复抄清单."""
from __future__ import annotations

import pytest
from paper_page import check_prints
from paper_prints import of_area

pytestmark = pytest.mark.slow


def test_billing_forms_read_at_arms_length(paper_centre):
    found, summary = check_prints(of_area("billing"), *paper_centre)
    print("\n".join(summary))
    assert found == [], "\n".join(found)
