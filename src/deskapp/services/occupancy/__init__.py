"""空置房 / 出租单元 (vacant and rented units): checks of vacant units on a cadence with their findings
turned into repair orders or owner notices, tenants registered with their lease, ending leases
listed ahead with the owner notified, the morning list, and the two monthly registers."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: other areas ask occupancy through hooks.
OPEN_TO_OTHER_AREAS = ()
