"""The disk under the SQLite file in the middle of work (store/disk_trouble.py): a full disk or
a file that can no longer be written is said with what to do, and nothing of the step is saved
— not an internal error. The limits are SQLite's own: max_page_count makes the file's disk "full"
at its present size, query_only makes it unwritable, as a read-only file would."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event

from deskapp.domain.errors import Conflict
from deskapp.services.reception import requests
from deskapp.services.reception.requests import RequestInput

pytestmark = pytest.mark.sqlite_only  # the SQLite file's own disk


def _from_now_on(ctx, pragma: str) -> None:
    """Every connection the program opens from here on gets `pragma`; the open ones are closed."""
    ctx.db.dispose()

    @event.listens_for(ctx.db.engine, "connect")
    def _limit(dbapi_conn, _record):
        if pragma.startswith("max_page_count"):
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")
        else:
            dbapi_conn.execute(f"PRAGMA {pragma}")


def _on_file(path) -> tuple[int, int]:
    """(requests, their audit entries) as the file holds them, read past the program."""
    con = sqlite3.connect(path)
    try:
        return (con.execute("SELECT count(*) FROM rx_requests").fetchone()[0],
                con.execute("SELECT count(*) FROM audit_log WHERE action = 'reception.request.record'").fetchone()[0])
    finally:
        con.close()


@pytest.mark.parametrize("pragma, says", [
    ("max_page_count", "磁盘已满"),
    ("query_only = ON", "不能写入"),
])
def test_a_write_the_disk_refuses_is_said_and_nothing_is_saved(community, clerk, pragma, says):
    requests.record_request(community, clerk, RequestInput(text="大堂灯不亮", location="3 栋大堂"))
    _from_now_on(community, pragma)
    saved = 1
    with pytest.raises(Conflict) as refused:
        for n in range(200):  # enough text to need new pages in the file
            requests.record_request(community, clerk, RequestInput(text=f"电梯异响 {n} " + "很吵" * 400,
                                                                   location="3 栋 2 单元"))
            saved += 1
    assert says in str(refused.value) and "这一步没有保存" in str(refused.value)
    community.db.dispose()
    assert _on_file(community.db.path) == (saved, saved)  # the refused one left nothing, not even its audit entry
