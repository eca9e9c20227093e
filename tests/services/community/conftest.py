"""The community service tests' units 3-1-101 … 3-1-104 (tests/community_support.py)."""
from __future__ import annotations

import pytest
from community_support import make_units


@pytest.fixture
def units(community):
    return make_units(community)
