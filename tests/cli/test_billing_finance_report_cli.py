"""`deskapp report finance` as the supervisor runs it at a quarter's end: the PDF and the workbook."""
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from deskapp.cli import main
from deskapp.domain.billing import PayMethod
from deskapp.services.billing import payments, run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from billing_helpers import billed_community  # noqa: E402


@pytest.fixture
def db(community, admin, clerk, db_url):
    ids, _ = billed_community(community, admin)
    run.post(community, admin, "2026Q3")
    acc = payments.account(community, clerk, ids[0])
    payments.take_payment(community, clerk, ids[0], [x.line_id for x in acc.lines], acc.total_owed, PayMethod.CASH)
    community.db.dispose()
    return db_url


def test_finance_report_from_the_command_line(db, tmp_path, capsys):
    out = tmp_path / "季报.pdf"
    assert main(["--db", str(db), "report", "finance", "--quarter", "2026Q4", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    # three units billed 2026-11-27, one paid up: 768.01 of the quarter's bills collected
    assert "收费季报（2026年第四季度）" in said and "户收费率 33.33%" in said
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "户收费率" in text and "33.33%" in text
    assert load_workbook(tmp_path / "季报.xlsx").sheetnames[0] == "比率"
    assert main(["--db", str(db), "report", "finance", "--month", "2026-11", "--day", "2026-11-27",
                 "-o", str(tmp_path / "x.pdf")]) != 0
    assert "报表期间" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
