"""`deskapp billing notices` as a shell runs it: paid-up units only with --include-paid."""
import sys
from pathlib import Path

import pytest
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
    payments.take_payment(community, clerk, ids[0], [x.line_id for x in acc.lines], sum(x.amount for x in acc.lines),
                          PayMethod.CASH)
    community.db.dispose()
    return db_url


def test_notices_from_the_command_line(db, tmp_path, capsys):
    out = tmp_path / "owing.pdf"
    assert main(["--db", str(db), "billing", "notices", "--quarter", "2026Q3", "-o", str(out)]) == 0
    assert "已生成 2 份收费通知单" in capsys.readouterr().out
    assert not any("3-1-101" in p.extract_text() for p in PdfReader(out).pages)
    every = tmp_path / "all.pdf"
    assert main(["--db", str(db), "billing", "notices", "--quarter", "2026Q3", "--size", "A5", "--include-paid",
                 "-o", str(every)]) == 0
    pages = [p.extract_text() for p in PdfReader(every).pages]
    assert len(pages) == 3 and "已缴清" in next(p for p in pages if "3-1-101" in p)
    assert round(float(PdfReader(every).pages[0].mediabox.width)) == 420
