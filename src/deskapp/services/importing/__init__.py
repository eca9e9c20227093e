"""Importing owner/unit rosters and monthly meter readings from Excel and CSV files.

preview_* reads the file and gives each row its verdict against the database as it is;
import_* does the same inside one write transaction and commits only when no row is in
error (and the warnings were accepted): all or nothing. Buildings and stairwells the file
names but the database lacks are created by the import (the preview says "新建楼栋").

`common` the permissions, options, preview and result; `files` reading the file and its
mapping; `roster` and `roster_write` the owner/unit roster; `readings` the meter readings;
`rejects` the rejected-rows file."""

# The modules another area may import (tests/test_layers.py::test_areas_meet_only_at_their_open_modules):
# nothing: only the GUI and the command line call it.
OPEN_TO_OTHER_AREAS = ()
