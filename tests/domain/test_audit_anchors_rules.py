"""What a disagreeing anchor means, and when a restore makes it superseded instead."""
from __future__ import annotations

import pytest

from deskapp.domain.audit_anchors import Anchor, Restore, Verdict, judge, parse, printed
from deskapp.domain.errors import ValidationError

H = "abcd1234" + "0" * 56


def test_agreeing_truncated_and_rewritten():
    a = Anchor(10, H, "检查记录（2026-11-27 09:30）")
    assert judge(a, stored=H, last_id=12, restores=[], epoch_stored=None)[0] is Verdict.AGREES
    verdict, text = judge(a, stored=None, last_id=8, restores=[], epoch_stored=None)
    assert verdict is Verdict.DISAGREES and "现在只到第 8 条：末尾的记录被删除" in text
    verdict, text = judge(a, stored="ffff" + H[4:], last_id=12, restores=[], epoch_stored=None)
    assert verdict is Verdict.DISAGREES and "被改写过，哈希链被重新计算" in text


def test_a_restore_supersedes_only_what_came_after_the_restored_end():
    a = Anchor(10, H, "检查记录")
    assert judge(a, stored=None, last_id=9, restores=[Restore(9, 8)], epoch_stored=None)[0] is Verdict.SUPERSEDED
    assert judge(Anchor(7, H, "x"), stored="0" * 64, last_id=9, restores=[Restore(9, 8)],
                 epoch_stored=None)[0] is Verdict.DISAGREES  # before the restored end: must still agree
    later = Anchor(12, H, "x", epoch=(9, "e" * 64))  # taken after that restore: not superseded by it
    assert judge(later, stored=None, last_id=11, restores=[Restore(9, 8)], epoch_stored="e" * 64)[0] is Verdict.DISAGREES
    assert judge(later, stored=H, last_id=12, restores=[], epoch_stored="d" * 64)[0] is Verdict.OTHER_TIMELINE


def test_paper_anchors_are_typed_as_printed():
    line = printed(1234, H)
    assert line == "审计链：第 1234 条 · abcd1234"
    assert parse("1234:ABCD1234") == Anchor(1234, "abcd1234", "纸面锚点")
    assert parse("第 1234 条 · abcd1234").id == 1234
    with pytest.raises(ValidationError, match="锚点"):
        parse("1234:abc")
