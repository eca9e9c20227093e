"""`deskapp export receipts --from D --to D [--search T]` and `deskapp export arrears --age A`: the
收据 tab's and the 欠费 tab's filters on the command line, each named in the title row."""
from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import three_handovers  # noqa: E402

from deskapp.cli import main  # noqa: E402


def test_receipts_of_some_days_and_arrears_of_an_age(community, admin, clock, tmp_path, capsys):
    three_handovers(community, admin, clock)
    community.db.dispose()
    db = community.db.url if not community.db.path else str(community.db.path)
    out = tmp_path / "收据.xlsx"
    assert main(["--db", db, "export", "receipts", "--from", "2026-11-25", "--to", "2026-11-26", "-o", str(out)]) == 0
    ws = load_workbook(out)["收据登记表"]
    assert "2026-11-25 至 2026-11-26" in ws["A1"].value and ws.max_row == 2 + 2

    assert main(["--db", db, "export", "receipts", "--search", "重复", "-o", str(out)]) == 0  # payer, number…: none
    ws = load_workbook(out)["收据登记表"]
    assert "全部日期　检索：重复" in ws["A1"].value and ws.max_row == 2

    out = tmp_path / "欠费.xlsx"
    assert main(["--db", db, "export", "arrears", "--as-of", "2026-11-27", "--age", "一年以上", "-o", str(out)]) == 0
    assert "仅列欠费一年以上及更久的房屋" in load_workbook(out)["欠费明细"]["A1"].value
