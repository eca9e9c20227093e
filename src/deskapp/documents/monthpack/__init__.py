"""每月汇总归档's paper: the summary for the manager."""
