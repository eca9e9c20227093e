"""对外联络 (liaison with the authorities): the contacts book of the bodies and their people, the log of
visits, calls and letters with the follow-up owed on its person's morning list until done, and the
monthly register."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: only the GUI and the command line call it.
OPEN_TO_OTHER_AREAS = ()
