"""The audit browser shows Chinese names of actions, never a bare code, for every area."""
import pytest

from deskapp.services.accounts.audit_trail import AREA_LABELS, action_label


@pytest.mark.parametrize("name, label", [
    ("accounts.login", "登录"),
    ("meters.create", "抄表·新建"),
    ("billing.print", "收费·打印"),
    ("registry.unit.create", "业户档案·新建"),
])
def test_known_and_derived_labels(name, label):
    assert action_label(name) == label


def test_every_area_prefix_gives_chinese():
    for area in AREA_LABELS:
        label = action_label(f"{area}.something_new")
        assert not label.isascii(), label


def _recorded_actions() -> tuple[set[str], set[str]]:
    """Every action and entity name a service writes into the trail (audit.record / record_event /
    added with a written-out name), read from the source; and the names made from a state machine's
    step (f"reception.request.{action.name.lower()}"), from the steps' enums."""
    import ast
    from pathlib import Path

    import deskapp
    from deskapp.services.accounts import audit_trail

    where = {"record": (3, 4), "record_event": (2, 3), "added": (4, 5)}
    actions, entities = set(), set()
    for path in Path(deskapp.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in where
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "audit"):
                a, e = where[node.func.attr]
                for i, out in ((a, actions), (e, entities)):
                    if len(node.args) > i and isinstance(node.args[i], ast.Constant):
                        out.add(node.args[i].value)
    for prefix, steps in audit_trail._steps().items():
        actions |= {prefix + step.name.lower() for step in steps}
    actions |= {"billing.refund.approve", "billing.refund.refuse", "reception.defect.follow",
                "reception.violation.follow", "rounds.decoration.first_failed", "rounds.decoration.second_failed"}
    return actions, entities


def test_every_action_and_object_the_services_record_reads_in_chinese():
    """The supervisor reads the trail: no action (monthpack.file, community.edit…) or object
    (month_pack, refund…) shows as the code it is stored under."""
    import re

    from deskapp.services import hooks
    from deskapp.services.accounts.audit_trail import entity_label

    hooks.load_all_services()  # every permission defined: their labels are the actions' first names
    actions, entities = _recorded_actions()
    assert {"monthpack.file", "community.edit", "facilities.decide", "reception.request.dispatch"} <= actions
    bare = {a: action_label(a) for a in actions if re.search(r"[a-z_]{3}", action_label(a))}
    assert bare == {}
    assert {e: entity_label(e) for e in entities if re.search(r"[a-z_]{3}", entity_label(e))} == {}


def test_an_export_is_named_by_its_register_not_its_command_line_name():
    """The 对象 column read "导出 vacant-checks", "导出 violations": every register by its paper name."""
    from datetime import datetime, timezone

    from deskapp.contracts.accounts import AuditRow
    from deskapp.services.accounts.audit_trail import object_text
    from deskapp.services.exports import all_exports

    for name, spec in all_exports().items():
        row = AuditRow(1, datetime(2026, 12, 4, tzinfo=timezone.utc), "wanglh", "客服主管", "export", "export", name,
                       None, None, "", None, None)
        assert object_text(row) == f"导出 {spec.title}" and name not in object_text(row), name
    assert "vacant-checks" in all_exports()


def test_every_field_a_service_writes_into_an_entry_reads_in_chinese():
    """An entry's 修改内容 read "files: …", "month: 2026-11", "units_checked: 200": every key of a
    before/after written out in the source has its words (services.accounts.audit_fields)."""
    import ast
    from pathlib import Path

    import deskapp
    from deskapp.services.accounts.audit_fields import FIELD_LABELS

    keys: dict[str, str] = {}
    for path in Path(deskapp.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                for kw in node.keywords:
                    if kw.arg in ("before", "after") and isinstance(kw.value, ast.Dict):
                        keys.update({k.value: path.name for k in kw.value.keys
                                     if isinstance(k, ast.Constant) and isinstance(k.value, str)})
    assert {"files", "month", "units_checked", "cash_counted", "state"} <= set(keys)  # the scan saw them
    assert {k: where for k, where in keys.items() if k not in FIELD_LABELS} == {}
    assert all(not label.isascii() for label in FIELD_LABELS.values())
