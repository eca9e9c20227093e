"""`deskapp export community-boards|community-boards-quarter|community-activities` as a shell runs it."""
from __future__ import annotations

from datetime import date

import pytest
from community_support import make_units, plan
from openpyxl import load_workbook
from support import make_actor

from deskapp.cli import main
from deskapp.domain.community import BoardInput
from deskapp.domain.permissions import Role
from deskapp.services.community import boards, signups


@pytest.fixture
def db(community, db_url):
    steward = make_actor(Role.STEWARD, "李强")
    make_units(community)
    boards.add_board(community, steward, BoardInput("国庆游园", "南门宣传栏", date(2026, 10, 8), date(2026, 11, 8), "李强"))
    boards.add_board(community, steward, BoardInput("冬季防火安全", "3号楼大堂", date(2026, 11, 20), None, "李强"))
    signups.sign_up(community, make_actor(Role.CLERK), plan(community), "3-1-101", "张伟", 3)
    community.db.dispose()
    return db_url


@pytest.mark.parametrize("name, period, first", [
    ("community-boards", ["--month", "2026-11"], ["冬季防火安全"]),
    ("community-boards-quarter", ["--quarter", "2026Q4"], ["国庆游园", "冬季防火安全"]),
    ("community-activities", ["--month", "2026-11"], ["重阳节包饺子"]),
])
def test_the_registers_from_the_command_line(db, tmp_path, name, period, first):
    out = tmp_path / f"{name}.xlsx"
    assert main(["--db", str(db), "export", name, *period, "-o", str(out)]) == 0
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "序号")
    assert [r[1] for r in rows[header + 1:] if r[0]] == first


def test_the_quarter_is_asked_for(db, tmp_path):
    assert main(["--db", str(db), "export", "community-boards-quarter", "-o", str(tmp_path / "x.xlsx")]) != 0
