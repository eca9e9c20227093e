"""每月汇总归档 (issue 17 §3): the month's registers gathered into one workbook for filing."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# filing: the demo files its past months through the supervisor's own filing (services/demo/month_packs.py).
OPEN_TO_OTHER_AREAS = ("filing",)
