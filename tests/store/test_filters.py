"""`store.queries.filters.filtered_by`: a register's filter bar (states, period, unit) applied as
`narrowed` applies it, for registers with states to choose from (repair orders) and for those
without (key loans)."""
from datetime import datetime, timezone

from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, select

from deskapp.contracts.keys import LoanFilter
from deskapp.contracts.reception import RepairFilter
from deskapp.domain.reception import RepairState
from deskapp.store.queries.filters import filtered_by, narrowed

_T = Table("t", MetaData(), Column("id", Integer), Column("state", String), Column("at", DateTime),
           Column("unit_id", Integer))


def _sql(q) -> str:
    return str(q.compile(compile_kwargs={"literal_binds": True}))


def test_a_filter_bar_is_narrowed_to_its_states_period_and_unit():
    start, end = datetime(2027, 1, 1, tzinfo=timezone.utc), datetime(2027, 2, 1, tzinfo=timezone.utc)
    f = RepairFilter(states=(RepairState.REPORTED, RepairState.DISPATCHED), start=start, end=end, unit_id=7)
    got = filtered_by(select(_T.c.id), f, state=_T.c.state, at=_T.c.at, unit=_T.c.unit_id)
    want = narrowed(select(_T.c.id), state=_T.c.state, states=f.states, at=_T.c.at, start=start, end=end,
                    unit=_T.c.unit_id, unit_id=7)
    assert _sql(got) == _sql(want)
    assert "t.state IN" in _sql(got) and "t.unit_id = 7" in _sql(got)


def test_a_register_without_states_is_narrowed_to_period_and_unit_only():
    got = _sql(filtered_by(select(_T.c.id), LoanFilter(start=datetime(2027, 1, 1, tzinfo=timezone.utc)),
                           at=_T.c.at, unit=_T.c.unit_id))
    assert "t.at >=" in got and "t.at <" not in got.replace("t.at >=", "") and "unit_id" not in got


def test_an_empty_filter_bar_keeps_every_row():
    q = select(_T.c.id)
    assert _sql(filtered_by(q, RepairFilter(), state=_T.c.state, at=_T.c.at, unit=_T.c.unit_id)) == _sql(q)
