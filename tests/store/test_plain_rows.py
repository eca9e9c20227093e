"""store.plain_rows stores and loads exactly what the column types do: the same stored values
as a Core insert, the same Python values (Decimal exponents included) as a Core select."""
from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, func, insert, select
from sqlalchemy.orm import Session

from deskapp.domain.billing import FeeItem
from deskapp.store.plain_rows import convert_column, decoder, encoder, insert_rows, select_rows
from deskapp.store.types import Money, Scaled

CST = timezone(timedelta(hours=8))
DIALECT = create_engine("sqlite://").dialect


@given(st.integers(min_value=-(10 ** 18), max_value=10 ** 18), st.sampled_from([0, 2, 4]))
@settings(max_examples=300)
def test_scaled_loads_like_the_type(stored, scale):
    t = Scaled(scale)
    want = t.process_result_value(stored, DIALECT)
    got = decoder(t, DIALECT)(stored)
    assert got == want and str(got) == str(want)  # same exponent: 1.50 stays "1.50"


@given(st.decimals(min_value=-(10 ** 12), max_value=10 ** 12, places=4, allow_nan=False, allow_infinity=False),
       st.sampled_from([2, 4]))
@settings(max_examples=300)
def test_scaled_stores_like_the_type(value, scale):
    t = Scaled(scale)
    enc = encoder(t, DIALECT)
    try:
        want = t.process_bind_param(value, DIALECT)
    except ValueError:
        with pytest.raises(ValueError):
            enc(value)
        return
    assert enc(value) == want and type(enc(value)) is int


def test_scaled_edge_values():
    enc, dec = encoder(Money(), DIALECT), decoder(Money(), DIALECT)
    assert enc(None) is None and dec(None) is None
    assert enc(Decimal("1.5")) == enc(Decimal("1.50")) == 150
    assert enc(7) == 700  # an int is taken, as the type takes it
    with pytest.raises(ValueError):
        enc(Decimal("0.005"))  # fractions of a fen are a bug upstream
    with pytest.raises(TypeError):
        enc(1.5)  # never float
    assert str(dec(0)) == "0.00" and str(dec(-5)) == "-0.05"


def test_a_column_is_converted_value_by_value_when_types_mix():
    enc = encoder(Money(), DIALECT)
    assert convert_column(enc, (Decimal("1.5"), None, Decimal("1.50"), Decimal("2"))) == (150, None, 150, 200)
    assert convert_column(enc, (Decimal("1.5"), 3)) == (150, 300)
    with pytest.raises(TypeError):
        convert_column(enc, (Decimal("1.5"), 1.5))  # equal to a Decimal, still a float: refused


def test_rows_written_and_read_are_those_of_core(tmp_path):
    """Bill lines through insert_rows and through a Core insert: the same stored rows; read back
    with select_rows and with a Core select: the same values."""
    from deskapp.store.models import Base
    from deskapp.store.models.billing import BillLine

    engine = create_engine(f"sqlite:///{tmp_path / 'lines.sqlite'}")  # foreign keys off: no bills needed
    Base.metadata.create_all(engine)
    table = BillLine.__table__
    names = ("bill_id", "unit_id", "quarter", "item", "key", "basis", "quantity", "unit_price", "amount",
             "period_start", "period_end", "standard_id", "meter_id", "allocation_id", "note")
    values = [
        (1, 1, "2026Q3", FeeItem.PROPERTY, "物业费", "建筑面积 50.00㎡ × 1 个月", Decimal("50.00"),
         Decimal("2.5000"), Decimal("125.00"), date(2026, 7, 1), date(2026, 7, 31), None, None, None, ""),
        (1, 1, "2026Q3", FeeItem.WATER, "自用水费@08", "上期 1.5 → 本期 3", Decimal("1.5"), Decimal("4.3"),
         Decimal("-6.45"), date(2026, 8, 1), date(2026, 9, 30), None, None, None, "note"),
        (1, 1, "2026Q3", FeeItem.VEHICLE, "车辆:C1", "x", Decimal("0.9677"), Decimal(150), Decimal("0"),
         date(2026, 8, 1), date(2026, 8, 31), None, None, None, ""),
    ]
    with Session(engine) as s:
        insert_rows(s, table, names, values, batch=2)
        s.execute(insert(table), [dict(zip(names, v)) for v in values])
        got_core = s.execute(select(*[table.c[n] for n in names]).order_by(table.c.id)).all()
        got_plain = select_rows(s, select(*[table.c[n] for n in names]).order_by(table.c.id))
        summed = select_rows(s, select(table.c.item, func.sum(table.c.amount)).group_by(table.c.item)
                             .order_by(table.c.item))
        raw = s.connection().exec_driver_sql(f"SELECT {', '.join(names)} FROM bill_lines ORDER BY id").fetchall()
    assert raw[:3] == raw[3:]  # stored the same way
    assert repr([tuple(r) for r in got_core]) == repr(got_plain)
    assert summed == [(FeeItem.PROPERTY, Decimal("250.00")), (FeeItem.VEHICLE, Decimal("0.00")),
                      (FeeItem.WATER, Decimal("-12.90"))]


def test_dates_datetimes_and_booleans_store_like_core(tmp_path):
    from sqlalchemy import Boolean, Column, Date, Integer, MetaData, Table

    from deskapp.store.types import UTCDateTime

    md = MetaData()
    t = Table("t", md, Column("id", Integer, primary_key=True), Column("d", Date), Column("at", UTCDateTime()),
              Column("flag", Boolean), Column("m", Money()))
    engine = create_engine(f"sqlite:///{tmp_path / 't.sqlite'}")
    md.create_all(engine)
    at = datetime(2026, 11, 27, 9, 30, 15, 123456, tzinfo=CST)
    rows = [(date(2026, 9, 30), at, True, Decimal("1.20")), (None, None, None, None)]
    with Session(engine) as s:
        insert_rows(s, t, ("d", "at", "flag", "m"), rows)
        s.execute(insert(t), [dict(zip(("d", "at", "flag", "m"), r)) for r in rows])
        assert select_rows(s, select(t.c.d, t.c.at, t.c.flag, t.c.m).order_by(t.c.id)) == [
            tuple(r) for r in s.execute(select(t.c.d, t.c.at, t.c.flag, t.c.m).order_by(t.c.id))]
        s.commit()
    con = sqlite3.connect(tmp_path / "t.sqlite")
    stored = con.execute("SELECT d, at, flag, m FROM t ORDER BY id").fetchall()
    con.close()
    assert stored[:2] == stored[2:]
    assert stored[0] == ("2026-09-30", "2026-11-27 01:30:15.123456", 1, 120)


def test_many_rows_go_in_whole_statements_and_a_last_short_one(tmp_path):
    """1,234 rows through the multi-row INSERTs (500 a statement, the last one 234) and a wide
    table whose statements hold fewer rows: every row once, in order, as given."""
    from sqlalchemy import Column, Integer, MetaData, String, Table

    md = MetaData()
    narrow = Table("narrow", md, Column("id", Integer, primary_key=True), Column("n", Integer), Column("s", String))
    wide = Table("wide", md, Column("id", Integer, primary_key=True),
                 *[Column(f"c{i}", Integer) for i in range(80)])  # 80 columns: 409 rows a statement (32,766 parameters)
    engine = create_engine(f"sqlite:///{tmp_path / 'many.sqlite'}")
    md.create_all(engine)
    rows = [(i, f"第{i}行") for i in range(1234)]
    wide_rows = [tuple(i * 100 + c for c in range(80)) for i in range(777)]
    with Session(engine) as s:
        assert insert_rows(s, narrow, ("n", "s"), rows, batch=1000) == 1234
        assert insert_rows(s, wide, tuple(f"c{i}" for i in range(80)), wide_rows) == 777
        s.commit()
        assert s.execute(select(narrow.c.n, narrow.c.s).order_by(narrow.c.id)).all() == rows
        assert [tuple(r) for r in s.execute(select(*[wide.c[f"c{i}"] for i in range(80)]).order_by(wide.c.id))] \
            == wide_rows
