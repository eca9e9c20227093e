"""业户档案 (the owner and unit files): `files` the community, buildings, units, people,
chronicle and front-desk instructions; `transfer` the change of ownership; `completeness` the
file check; `exports` the Excel registers; `prints` the printed 《业户档案》; `filters` the
register's filter and row types for the GUI."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# chronicle: every area notes its events in the unit's history; completeness: the demo records the past
# quarters' file checks (services/demo/registry_checks.py); people: tenants registered with their lease (occupancy) and who of a unit books a facility (facilities); pinyin: the search keys of a person's name (importing, demo); units: a unit's state changes at move-in and decoration (rounds).
OPEN_TO_OTHER_AREAS = ("chronicle", "completeness", "people", "pinyin", "units")
