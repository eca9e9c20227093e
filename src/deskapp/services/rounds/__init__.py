"""楼宇管家 (issue 8): move-in, decoration and its daily site checks, item release slips,
stairwell rounds and satisfaction surveys. One module per duty; `today` feeds the morning
list, `registers` the supervisor's Excel exports."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: other areas ask rounds through hooks.
OPEN_TO_OTHER_AREAS = ()
