"""`deskapp export vouchers` as finance's clerk runs it: a day in 用友 text, a month in 金蝶 Excel."""
import sys
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.domain.billing import PayMethod
from deskapp.services.billing import handover, payments, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402


@pytest.fixture
def db(community, admin, clerk, db_url):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    payments.take_payment(community, clerk, ids[0], [x.line_id for x in acc.lines], sum(x.amount for x in acc.lines),
                          PayMethod.CASH)
    handover.hand_over(community, clerk, "768.01", "财务 王会计")
    community.db.dispose()
    return db_url


def test_vouchers_from_the_command_line(db, tmp_path, capsys):
    txt = tmp_path / "u8.txt"
    assert main(["--db", str(db), "export", "vouchers", "--day", "2026-11-27", "--format", "u8", "-o", str(txt)]) == 0
    assert "已导出 3 行" in capsys.readouterr().out
    lines = txt.read_bytes().decode("gbk").splitlines()
    assert [line.split(",")[5] for line in lines] == ["1001", "600101", "2241"]  # water and power summed into one 代收 entry
    assert sum(D(line.split(",")[6]) for line in lines) == D("768.01")
    xlsx = tmp_path / "k3.xlsx"
    assert main(["--db", str(db), "export", "vouchers", "--month", "2026-11", "-o", str(xlsx)]) == 0
    rows = list(load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert rows[0][0] == "凭证日期" and len(rows) == 4 and rows[1][10] == 768.01
    capsys.readouterr()
    assert main(["--db", str(db), "export", "vouchers", "-o", str(tmp_path / "none.xlsx")]) != 0
    assert "--day" in capsys.readouterr().err and not (tmp_path / "none.xlsx").exists()
