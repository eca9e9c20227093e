"""The demo's desk document (业主临时公约, made by documents.library.sample) as printed: A4, no text under 8 pt."""
from __future__ import annotations

import pytest
from paper_page import check_prints
from paper_prints import of_area

pytestmark = pytest.mark.slow


def test_library_forms_read_at_arms_length(paper_centre):
    found, summary = check_prints(of_area("library"), *paper_centre)
    print("\n".join(summary))
    assert found == [], "\n".join(found)
