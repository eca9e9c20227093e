"""The accounts area's paper: the database check's report."""
