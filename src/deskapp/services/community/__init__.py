"""社区文化 (community life): the quarter's bulletin boards (宣传板报), missing ones on the morning list;
the community activities (社区文化活动) — the plan, sign-up by unit with a limit and a waiting list,
attendance, spending against the budget, the printed notice and sign-up sheet; the registers."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: only the GUI and the command line call it.
OPEN_TO_OTHER_AREAS = ()
