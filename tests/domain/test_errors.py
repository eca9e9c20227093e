"""Errors cross process boundaries intact (the demo and the fee notices run in worker processes)."""
from __future__ import annotations

import pickle

from deskapp.domain.errors import Conflict, PermissionDenied, ValidationError


def test_errors_survive_pickling():
    err = pickle.loads(pickle.dumps(ValidationError("建筑面积", "不是数字", location="工作表 房屋 第 5 行 F 列")))
    assert isinstance(err, ValidationError)
    assert (err.field, err.message, err.location) == ("建筑面积", "不是数字", "工作表 房屋 第 5 行 F 列")
    assert str(err) == "工作表 房屋 第 5 行 F 列，建筑面积：不是数字"
    denied = pickle.loads(pickle.dumps(PermissionDenied("前台接待", "作废收据")))
    assert str(denied) == "前台接待无权执行此操作：作废收据"
    assert str(pickle.loads(pickle.dumps(Conflict("钥匙已借出")))) == "钥匙已借出"
