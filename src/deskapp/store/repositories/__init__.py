"""Repositories: one per aggregate, select() only, never commit (the unit of work does)."""
