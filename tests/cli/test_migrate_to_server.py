"""`deskapp migrate --to postgresql://…` (issue 18 §6): a demo centre's SQLite file copied into an
empty server database and verified — every table's rows, the money, the audit chain, the number
counters — with the SQLite file left as it was; the next receipt on the server takes the next
number. A target with rows is refused; a copy the server refuses part-way leaves it empty."""
import hashlib
import sqlite3

import pytest

from deskapp.cli import main
from deskapp.domain.billing import PayMethod
from deskapp.services.app import open_context
from deskapp.services.billing import payments
from support import PlainSQL, make_actor
from deskapp.domain.permissions import Role

pytestmark = pytest.mark.postgresql_only


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("centre") / "centre.sqlite"
    assert main(["--db", str(path), "demo", "--units", "24", "--quiet"]) == 0
    return path


@pytest.fixture
def centre(demo_file, tmp_path):
    path = tmp_path / "centre.sqlite"
    path.write_bytes(demo_file.read_bytes())
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sqlite(path, sql):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def _server(url, sql, clock=None):
    ctx = open_context(url, clock=clock, upgrade=False)
    con = PlainSQL(ctx)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()
        ctx.db.dispose()


def test_a_demo_centre_moves_with_every_row_and_the_next_receipt_number(centre, pg_cluster, worker_id, capsys, clock):
    before = _digest(centre)
    target = pg_cluster.empty_database(f"moved_{worker_id}")
    assert main(["--db", str(centre), "migrate", "--to", target]) == 0
    out = capsys.readouterr().out
    assert "复制 receipts：" in out and "全部一致" in out and "审计链" in out and "没有改动" in out
    assert _digest(centre) == before  # the SQLite file only read
    for sql in ("SELECT count(*), sum(amount) FROM receipts", "SELECT count(*) FROM units",
                "SELECT count(*) FROM bill_lines", "SELECT series, year, last FROM number_counters ORDER BY 1, 2"):
        assert _server(target, sql) == _sqlite(centre, sql), sql
    assert _server(target, "SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == [("server.move",)]

    ctx = open_context(target, clock=clock)
    try:
        unit = next(u for (u,) in _server(target, "SELECT DISTINCT unit_id FROM bill_lines ORDER BY 1")
                    if payments.account(ctx, make_actor(Role.CLERK), u, receipts=0).lines)
        lines = [o.line_id for o in payments.account(ctx, make_actor(Role.CLERK), unit, receipts=0).lines]
        taken = payments.take_payment(ctx, make_actor(Role.CLERK), unit, lines[:1], "0.01", PayMethod.CASH)
    finally:
        ctx.db.dispose()
    prefix, seq = taken.number.rsplit("-", 1)
    before = [int(n.rsplit("-", 1)[1]) for (n,) in _sqlite(centre, "SELECT number FROM receipts")
              if n.startswith(prefix + "-")]
    assert before and int(seq) == max(before) + 1  # the next of the series: no gap, no number twice


def test_a_target_with_rows_is_refused_and_nothing_is_written(centre, pg_cluster, worker_id, capsys):
    target = pg_cluster.fresh_database(f"filled_{worker_id}")
    pg_cluster.psql("INSERT INTO number_counters (series, year, last) VALUES ('WX', 2026, 3)",
                    database=f"filled_{worker_id}")
    assert main(["--db", str(centre), "migrate", "--to", target]) != 0
    assert "目标数据库不是空的：number_counters（1 行）" in capsys.readouterr().err
    assert _server(target, "SELECT count(*) FROM units") == [(0,)]


def test_a_copy_refused_part_way_leaves_the_target_empty(centre, pg_cluster, worker_id, capsys):
    """SQLite ignores a column's width, the server does not: a room number typed too long long
    ago (written straight into the file) stops the copy at `units`, after the tables before it."""
    con = sqlite3.connect(centre)
    con.execute("UPDATE units SET room = ? WHERE id = (SELECT max(id) FROM units)", ("1" * 300,))
    con.commit()
    con.close()
    target = pg_cluster.empty_database(f"half_{worker_id}")
    assert main(["--db", str(centre), "migrate", "--to", target]) != 0
    err = capsys.readouterr().err
    assert "复制表 units 时服务器拒绝了" in err and "已回滚" in err
    assert _server(target, "SELECT count(*) FROM buildings") == [(0,)]  # copied before units, rolled back too
    assert _server(target, "SELECT count(*) FROM units") == [(0,)]
