"""文件资料 (the desk's documents: 业主临时公约, 业户手册, 装修管理规定 …): kept files with versions and an
effective date, opened and printed at the desk and from the unit page; the supervisor adds, replaces
and withdraws them; the 文件版本登记表 register."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: only the GUI and the command line call it.
OPEN_TO_OTHER_AREAS = ()
