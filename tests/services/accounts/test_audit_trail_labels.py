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
