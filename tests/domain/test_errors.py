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


def test_several_problems_are_named_together_and_survive_a_worker_process():
    import pickle

    from deskapp.domain.errors import Problems, ValidationError, ValidationErrors
    from deskapp.domain.rounds import validate_reading

    problems = Problems()
    assert problems.check(int, "12") == 12
    assert problems.check(validate_reading, "水", "") is None
    problems.add(ValidationErrors([ValidationError("业主", "不能为空"), ValidationError("支付方式", "请选择")]))
    try:
        problems.raise_any()
    except ValidationErrors as exc:
        assert [p.field for p in exc.problems] == ["水表起始读数", "业主", "支付方式"]
        assert exc.field == "水表起始读数" and str(exc).count("\n") == 2
        assert str(pickle.loads(pickle.dumps(exc))) == str(exc)
    else:
        raise AssertionError("nothing raised")
    Problems().raise_any()  # nothing found: nothing raised
