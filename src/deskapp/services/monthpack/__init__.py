"""每月汇总归档 (issue 17 §3): the month's registers gathered into one workbook for filing."""

OPEN_TO_OTHER_AREAS = ()
