"""`deskapp export move-ins|decorations|inspections|release-slips|rounds|survey --month` from the command line."""
from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.domain.people import Relation
from deskapp.domain.units import UnitState
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.rounds import movein


@pytest.fixture
def db(community, admin, clerk, db_url):
    ctx = community
    uid = registry_units.create_unit(ctx, admin, {"building": "3", "stairwell": "2", "room": "0801", "building_area": "90",
                                            "state": "未交房"})
    registry_people.add_person(ctx, admin, uid, registry_people.PersonInput("赵强", "13600136000"), Relation.OWNER)
    movein.move_in(ctx, clerk, movein.MoveInInput(
        unit_id=uid, handed_over_on=ctx.clock.today() - timedelta(days=1), owner_name="赵强",
        ticked=tuple(movein.checklist(ctx)), keys_count=2, readings={"水": "3", "电": "10.5", "燃气": "0"},
        state_after=UnitState.VACANT))
    ctx.db.dispose()
    return db_url


def test_move_in_register_from_the_command_line(db, tmp_path, capsys):
    out = tmp_path / "交房.xlsx"
    assert main(["--db", db, "export", "move-ins", "--month", "2026-11", "-o", str(out)]) == 0
    assert "已导出 1 行" in capsys.readouterr().out
    ws = load_workbook(out).worksheets[0]
    assert "交房登记表" in ws["A1"].value
    row = [c.value for c in ws[3]]
    assert row[2] == "3-2-0801" and row[3] == "赵强" and row[7] == 3


def test_the_month_is_required(db, tmp_path, capsys):
    assert main(["--db", db, "export", "release-slips", "-o", str(tmp_path / "x.xlsx")]) != 0
    assert "月份" in capsys.readouterr().err


def test_listed(db, capsys):
    assert main(["--db", db, "export", "--list"]) == 0
    listed = capsys.readouterr().out
    for name in ("move-ins", "decorations", "inspections", "release-slips", "rounds", "survey"):
        assert name in listed
