"""Use cases. Every call takes the acting user, checks the role, runs in one unit of work,
writes the audit trail and returns what changed."""
