"""deskapp.output_file: a file the user asked for appears complete or not at all."""
from __future__ import annotations

import errno

import pytest

from deskapp import output_file
from deskapp.domain.errors import ValidationError


def test_the_target_appears_only_when_the_block_finishes(tmp_path):
    out = tmp_path / "报表.xlsx"
    out.write_bytes(b"yesterday's report")
    with pytest.raises(RuntimeError):
        with output_file.replacing(out) as tmp:
            tmp.write_bytes(b"half")
            assert tmp.parent == tmp_path and tmp.name != out.name
            raise RuntimeError("cancelled by the user")
    assert out.read_bytes() == b"yesterday's report"          # left as it was
    assert [p.name for p in tmp_path.iterdir()] == ["报表.xlsx"]  # no .part beside it
    output_file.write_bytes(out, b"today's report")
    assert out.read_bytes() == b"today's report"
    assert [p.name for p in tmp_path.iterdir()] == ["报表.xlsx"]


def test_a_folder_or_a_missing_folder_is_named(tmp_path):
    with pytest.raises(ValidationError, match="是一个文件夹") as e:
        output_file.check_target(tmp_path)
    assert e.value.field == "输出文件"
    with pytest.raises(ValidationError, match="不存在"):
        output_file.write_bytes(tmp_path / "nope" / "a.pdf", b"x")
    with pytest.raises(ValidationError, match="请给出文件名"):
        output_file.check_target("")


@pytest.mark.parametrize(("error", "says"), [
    (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间不足"),
    (PermissionError(errno.EACCES, "Permission denied"), "没有权限"),
])
def test_what_the_operating_system_refuses_is_said_in_words(tmp_path, error, says):
    # A full disk and a denied folder cannot be made here as root on a normal filesystem; the
    # words for them are checked on the error the operating system would raise.
    assert says in output_file.message_for(error, tmp_path / "a.xlsx")
