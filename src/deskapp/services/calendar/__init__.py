"""工作日历 (issue 17 §4): the manual's duties on their cadences, each area answering for its own
through `hooks.Hook.DUTIES`; this package only lays them out by day, marks the holidays and puts
what is due or overdue on each role's morning list."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: only the GUI calls it, and the areas reach it through the DUTIES hook.
OPEN_TO_OTHER_AREAS = ()
