"""早会 (the morning meeting): the day's record, its assignments on each person's morning list,
and the monthly register."""

OPEN_TO_OTHER_AREAS = ()
