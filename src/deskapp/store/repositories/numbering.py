"""The one gap-free numbering service: every numbered paper takes its number here.

Gap-free because the counter row is updated inside the caller's write transaction (SQLite
holds the write lock from BEGIN IMMEDIATE, PostgreSQL a row lock from FOR UPDATE): the number
commits or rolls back with the paper, so numbers have neither gaps nor duplicates."""
from __future__ import annotations

from importlib import import_module

from sqlalchemy import select

from deskapp.store.models.numbering import NumberCounter
from deskapp.store.repositories.base import Repository


class NumberingRepository(Repository):

    def next(self, series: str, year: int) -> int:
        """The next number of a series in a year (year 0: a series with no year)."""
        return self.reserve(series, year, 1)

    def reserve(self, series: str, year: int, count: int) -> int:
        """Take `count` consecutive numbers at once (the bill run numbers a quarter's bills in
        one go) and return the first."""
        if count < 1:
            raise ValueError("reserve at least one number")
        row = self._locked(series, year)
        if row is None:
            # A series' first number: two desks may both find no counter. INSERT … ON CONFLICT
            # DO NOTHING lets the second wait for the first's row (PostgreSQL) instead of failing
            # on the primary key; both then lock the one row.
            # The dialect's own INSERT, imported when first needed: a desk on a SQLite file
            # does not load the PostgreSQL dialect at its start (issue 21 §2).
            insert = import_module(f"sqlalchemy.dialects.{self.s.get_bind().dialect.name}").insert
            self.s.execute(insert(NumberCounter).values(series=series, year=year, last=0).on_conflict_do_nothing())
            row = self._locked(series, year)
        first = row.last + 1
        row.last += count
        self.s.flush()
        return first

    def _locked(self, series: str, year: int) -> NumberCounter | None:
        return self.s.execute(
            select(NumberCounter).where(NumberCounter.series == series, NumberCounter.year == year)
            .with_for_update()
        ).scalar()

    def last_by_year(self, series: str) -> dict[int, int]:
        """The last number handed out in each year of a series: the checks compare it with the
        highest number on file."""
        return dict(self.s.execute(select(NumberCounter.year, NumberCounter.last)
                                   .where(NumberCounter.series == series)).all())
