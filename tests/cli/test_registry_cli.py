"""`deskapp export units|people|completeness` and `deskapp smoke-test`, as a shell runs them."""
import os
import subprocess
import sys
from datetime import date

import pytest
from openpyxl import load_workbook

from deskapp.cli import main
from deskapp.domain.people import Relation
from deskapp.services.registry import instructions as registry_instructions
from deskapp.services.registry import people as registry_people
from deskapp.services.registry import units as registry_units
from deskapp.services.registry.people import PersonInput


@pytest.fixture
def db(community, admin, db_url):
    uid = registry_units.create_unit(community, admin, {"building": "3", "stairwell": "2", "room": "1502",
                                                  "building_area": "98.50", "state": "自住"},
                               delivered_on=date(2020, 1, 1))
    registry_people.add_person(community, admin, uid, PersonInput("张三", "13800138000", id_number="11010519491231002X"),
                        Relation.OWNER)
    registry_instructions.add_instruction(community, admin, uid, "仅限业主本人借用钥匙", date(2026, 1, 1))
    community.db.dispose()
    return db_url


@pytest.mark.parametrize("name, sheet, header", [
    ("units", "业户档案（房屋）", "房号"), ("people", "业户档案（人员）", "房号"),
    ("completeness", "业户档案完整性检查表", "序号")])
def test_export_commands_write_the_registers(db, tmp_path, capsys, name, sheet, header):
    out = tmp_path / f"{name}.xlsx"
    assert main(["--db", str(db), "export", name, "-o", str(out)]) == 0
    assert "已导出" in capsys.readouterr().out
    ws = load_workbook(out).worksheets[0]
    assert ws.title == sheet and ws["A2"].value == header and ws.freeze_panes == "A3"


def test_export_list_names_the_registry_exports(db, capsys):
    assert main(["--db", str(db), "export", "--list"]) == 0
    listed = capsys.readouterr().out
    assert "units" in listed and "people" in listed and "业户档案完整性检查表" in listed


def run_cli(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "deskapp", *args], capture_output=True, text=True, env=env,
                          timeout=240)


@pytest.mark.slow
def test_smoke_test_passes_on_a_database_with_units(db):
    result = run_cli("--db", str(db), "smoke-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "房屋页面 3-2-1502：正常" in result.stdout and "中文字体已嵌入" in result.stdout
    assert "Qt 标准按钮与文件对话框：中文" in result.stdout  # qtbase_zh_CN.qm found
    assert "自检通过" in result.stdout


@pytest.mark.slow
def test_smoke_test_fails_with_a_message_on_a_broken_database(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("this is not a database")
    result = run_cli("--db", str(bad), "smoke-test")
    assert result.returncode == 6   # not SQLite (store/diagnose.py): its own exit status
    assert "不是 SQLite 数据库" in result.stderr and "Traceback" not in result.stderr
