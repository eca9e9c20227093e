"""`deskapp check` on a file whose money was edited behind dropped triggers: exit 1, and it says
which trigger is gone and which receipt no longer matches its audit row."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

from deskapp.cli import main
from deskapp.domain.billing import PayMethod
from deskapp.services.billing import payments, run

sys.path.insert(0, str(Path(__file__).parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402

pytestmark = pytest.mark.sqlite_only  # tampers through SQLite's trigger syntax


def test_check_names_the_dropped_trigger_and_the_lowered_receipt(community, admin, clerk, capsys):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    r = payments.take_payment(community, clerk, ids[0], [acc.lines[0].line_id], "375.00", PayMethod.CASH)
    community.db.dispose()
    path = community.db.path
    assert main(["--db", str(path), "check"]) == 0
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("DROP TRIGGER receipts_no_update")
    con.execute(f"UPDATE receipts SET amount = amount - 10000 WHERE id = {r.id}")
    con.close()
    capsys.readouterr()
    assert main(["--db", str(path), "check"]) == 1
    out = capsys.readouterr().out
    assert "触发器 receipts_no_update 不存在" in out
    assert f"收据 {r.number}：实收 275.00、预存抵扣 0.00，审计记录为 375.00、0.00" in out
