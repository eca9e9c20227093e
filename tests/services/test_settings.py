"""Centre-wide settings: each kind takes good values and refuses bad ones naming the setting
(writing nothing), changes and resets are audited, only supervisors change them, and the
catalogue the settings page reads covers every setting the services declare."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import select
from support import heavy_libraries_loaded_by

from deskapp.domain.errors import PermissionDenied, ValidationError
from deskapp.domain.reception import DEFAULT_DUE_HOURS
from deskapp.services import settings
from deskapp.store.models.accounts import AuditEntry
from deskapp.store.models.settings import Setting

settings.catalogue()  # every declaring module loaded


def stored(ctx) -> dict:
    with ctx.reader() as uow:
        return {r.key: json.loads(r.value) for r in uow.session.execute(select(Setting)).scalars()}


def audit_rows(ctx) -> list[dict]:
    with ctx.reader() as uow:
        rows = uow.session.execute(select(AuditEntry).where(AuditEntry.action == "settings.change")
                                   .order_by(AuditEntry.id)).scalars()
        return [{"entity": r.entity, "entity_id": r.entity_id, "summary": r.summary, "actor": r.actor_name,
                 "before": json.loads(r.before)["value"], "after": json.loads(r.after)["value"]} for r in rows]


GOOD = [
    ("billing.late_fee", True, True),
    ("billing.shared_delivered_only", False, False),
    ("accounts.idle_minutes", 0, 0),
    ("billing.vacant_percent", 100, 100),
    ("billing.due_days", 0, 0),
    ("cards.limit_per_unit", 2, 2),
    ("billing.receipt_prefix", " ab12 ", "ab12"),
    ("backup.folder", "", ""),
    ("billing.pay_how", "请到前台缴费。", "请到前台缴费。"),
    ("billing.notice_size", "A5", "A5"),
    ("reception.unsatisfied", "escalate", "escalate"),
    ("billing.late_fee_daily_rate", "0.001", "0.001"),
    ("billing.late_fee_daily_rate", "0", "0"),
    ("keys.closing_time", "17:30", "17:30"),
    ("keys.closing_time", "8:05", "08:05"),
    ("rounds.stairwell.weekdays", [4, 0], [0, 4]),
    ("rounds.stairwell.items", ["照明", " 卫生 "], ["照明", "卫生"]),
    ("reception.due_hours", {**DEFAULT_DUE_HOURS, "咨询": 2}, {**DEFAULT_DUE_HOURS, "咨询": 2}),
    ("reception.urgent_hours", {"紧急": 6, "特急": 2}, {"紧急": 6, "特急": 2}),
]


@pytest.mark.parametrize("key,value,kept", GOOD)
def test_each_kind_takes_a_good_value(ctx, supervisor, key, value, kept):
    settings.set_value(ctx, supervisor, key, value)
    assert settings.get(ctx, key) == kept


BAD = [
    ("billing.late_fee", 1, "应为“是”或“否”"),
    ("billing.late_fee", "true", "应为“是”或“否”"),
    ("accounts.idle_minutes", -1, "不能小于 0"),
    ("accounts.idle_minutes", 481, "不能大于 480"),
    ("accounts.idle_minutes", True, "请填写整数"),
    ("accounts.idle_minutes", 2.5, "请填写整数"),
    ("billing.vacant_percent", 101, "不能大于 100"),
    ("cards.limit_per_unit", 0, "不能小于 1"),
    ("billing.receipt_prefix", "", "不能为空"),
    ("billing.receipt_prefix", "收据", "只能用字母和数字"),
    ("billing.receipt_prefix", "ABCDEFG", "最多 6 个字"),
    ("billing.pay_how", "  ", "不能为空"),
    ("backup.folder", 3, "请填写文字"),
    ("billing.notice_size", "A3", "请在 A4、A5 中选择一项"),
    ("reception.unsatisfied", "ignore", "请在 重新打开、上报主管 中选择一项"),
    ("billing.late_fee_daily_rate", "-0.001", "请填写不小于 0 的数"),
    ("billing.late_fee_daily_rate", "abc", "请填写不小于 0 的数"),
    ("billing.late_fee_daily_rate", 0.001, "请填写不小于 0 的数"),
    ("billing.late_fee_daily_rate", "0.5", "不能大于 0.01"),
    ("keys.closing_time", "25:00", "时:分"),
    ("keys.closing_time", "18.00", "时:分"),
    ("rounds.stairwell.weekdays", [], "请至少选择一天"),
    ("rounds.stairwell.weekdays", [7], "0（周一）到 6（周日）"),
    ("rounds.stairwell.weekdays", [1, 1], "同一天选了两次"),
    ("rounds.stairwell.items", [], "至少要有一项"),
    ("rounds.stairwell.items", ["照明", ""], "第 2 项是空的"),
    ("rounds.stairwell.items", ["照明", "照明 "], "“照明”出现了两次"),
    ("rounds.stairwell.items", "照明", "应为一组文字"),
    ("rounds.decoration.works", ["很" * 41], "太长"),
    ("reception.due_hours", {"咨询": 2}, "缺少 投诉"),
    ("reception.due_hours", {**DEFAULT_DUE_HOURS, "其他": 5}, "没有类别 其他"),
    ("reception.due_hours", {**DEFAULT_DUE_HOURS, "咨询": 0}, "“咨询”的时限应为大于 0 的整数小时"),
    ("reception.due_hours", {**DEFAULT_DUE_HOURS, "咨询": 1.5}, "“咨询”的时限应为大于 0 的整数小时"),
    ("reception.urgent_hours", [4, 1], "应为每个类别的小时数"),
]


def test_the_backup_folder_is_checked_when_it_is_saved(ctx, supervisor, tmp_path):
    # said wrong when it is saved, not the next morning when the daily backup fails
    folder = tmp_path / "物业备份"
    a_file = tmp_path / "备份.txt"
    a_file.write_text("x")
    for value, message in (("物业备份", "请填写完整路径"), (str(folder), "不存在"), (str(a_file), "不是文件夹")):
        with pytest.raises(ValidationError) as err:
            settings.set_value(ctx, supervisor, "backup.folder", value)
        assert err.value.field == "自动备份文件夹（空：数据库旁的 backups 文件夹）" and message in err.value.message
    assert settings.get(ctx, "backup.folder") == ""
    folder.mkdir()
    settings.set_value(ctx, supervisor, "backup.folder", f" {folder} ")
    assert settings.get(ctx, "backup.folder") == str(folder) and list(folder.iterdir()) == []  # its test left nothing


@pytest.mark.parametrize("key,value,message", BAD)
def test_a_bad_value_is_refused_naming_the_setting_and_nothing_is_written(ctx, supervisor, key, value, message):
    with pytest.raises(ValidationError) as err:
        settings.set_value(ctx, supervisor, key, value)
    assert err.value.field == settings.spec(key).label
    assert message in err.value.message
    assert str(err.value).startswith(settings.spec(key).label)
    assert stored(ctx) == {} and audit_rows(ctx) == []
    assert settings.get(ctx, key) == settings.spec(key).default


def test_one_bad_value_among_several_writes_none_of_them(ctx, supervisor):
    with pytest.raises(ValidationError, match="收据编号前缀"):
        settings.set_values(ctx, supervisor, {"billing.due_days": 15, "billing.receipt_prefix": ""})
    assert stored(ctx) == {} and audit_rows(ctx) == []


def test_a_change_is_audited_with_before_and_after(ctx, supervisor):
    settings.set_value(ctx, supervisor, "rounds.decoration.rectify_days", 5)
    settings.set_value(ctx, supervisor, "rounds.decoration.rectify_days", 7)
    rows = audit_rows(ctx)
    assert [(r["before"], r["after"]) for r in rows] == [(3, 5), (5, 7)]
    assert rows[0]["entity"] == "setting" and rows[0]["entity_id"] == "rounds.decoration.rectify_days"
    assert "整改期限" in rows[0]["summary"] and rows[0]["actor"] == "supervisor"


def test_setting_the_value_in_force_writes_nothing(ctx, supervisor):
    assert settings.set_values(ctx, supervisor, {"billing.due_days": 30, "billing.notice_size": "A4"}) == []
    assert stored(ctx) == {} and audit_rows(ctx) == []


def test_reset_goes_back_to_the_default_and_is_audited(ctx, supervisor):
    settings.set_value(ctx, supervisor, "keys.closing_time", "17:00")
    settings.reset(ctx, supervisor, "keys.closing_time")
    assert settings.get(ctx, "keys.closing_time") == "18:00"
    assert "keys.closing_time" not in stored(ctx)
    last = audit_rows(ctx)[-1]
    assert "恢复默认" in last["summary"] and last["before"] == "17:00" and last["after"] == "18:00"
    settings.reset(ctx, supervisor, "keys.closing_time")  # nothing stored: nothing to audit
    assert len(audit_rows(ctx)) == 2


def test_current_tells_stored_values_from_defaults(ctx, supervisor):
    settings.set_value(ctx, supervisor, "billing.late_fee", True)
    now = settings.current(ctx, supervisor)
    assert now["billing.late_fee"] == settings.Current(True, True, 1)  # stored once: version 1
    assert now["billing.due_days"] == settings.Current(30, False, 0)  # nothing stored: version 0
    assert set(now) == {d.key for d in settings.catalogue()}


def test_a_clerk_may_not_change_or_reset_a_setting(ctx, clerk, steward):
    for actor in (clerk, steward):
        with pytest.raises(PermissionDenied):
            settings.set_value(ctx, actor, "billing.due_days", 10)
        with pytest.raises(PermissionDenied):
            settings.reset(ctx, actor, "billing.due_days")
        with pytest.raises(PermissionDenied):
            settings.current(ctx, actor)
    assert stored(ctx) == {}


def test_every_default_fits_its_own_rules():
    for d in settings.catalogue():
        assert settings.check(d.key, d.default) == d.default, d.key


def test_catalogue_groups_follow_the_page_order():
    groups = [d.group for d in settings.catalogue()]
    assert groups == sorted(groups, key=settings.GROUPS.index)
    assert "other" not in groups


def test_the_catalogue_covers_every_setting_any_service_declares():
    """DECLARING_MODULES is an explicit list: importing every service module finds no more."""
    code = ("import importlib, pkgutil, deskapp.services as s\n"
            "from deskapp.services import settings\n"
            "for m in pkgutil.walk_packages(s.__path__, 'deskapp.services.'): importlib.import_module(m.name)\n"
            "everything = set(settings.declared())\n"
            "print(sorted(everything))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == str(sorted(d.key for d in settings.catalogue()))


def test_the_catalogue_loads_no_document_or_migration_library():
    assert heavy_libraries_loaded_by("from deskapp.services import settings\n"
                                     "assert len(settings.catalogue()) > 20\n") == []


def test_every_key_fits_the_audit_entry_that_names_it():
    """A change is audited with the key as its entity id: PostgreSQL refuses a longer one (SQLite
    would not say), so the setting could never be changed on a server."""
    width = AuditEntry.__table__.c.entity_id.type.length
    assert [d.key for d in settings.catalogue() if len(d.key) > width] == []
