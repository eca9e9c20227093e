"""Writing a file the user asked for (an export, a PDF, a backup): all or nothing.

The content goes to a hidden temporary file in the target's own folder, which replaces the
target only when it is complete — a rename within one folder is atomic, so a cancelled or
failed write never leaves half a file under the user's name, nor a stray `.part` beside it.
A target that cannot be written (a folder, a missing folder, no permission, a full disk, a
file Excel holds open on Windows) is a ValidationError naming the file, never a traceback.

Plain Python at the top of the package (like db_location), so the store, documents and
services layers can all use the one way of writing.
"""
from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from deskapp.domain.errors import ValidationError

FIELD = "输出文件"
_FULL = (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC))


def check_target(path: str | Path, field: str = FIELD) -> Path:
    """The target as an absolute path, or a ValidationError saying why it cannot be written."""
    path = Path(path).expanduser()
    if str(path).strip() == "" or path.name == "":
        raise ValidationError(field, "请给出文件名")
    path = path.absolute()
    if path.is_dir():
        raise ValidationError(field, f"{path} 是一个文件夹，请在其后写上文件名")
    parent = path.parent
    if not parent.exists():
        raise ValidationError(field, f"文件夹 {parent} 不存在，请先建立它或换一个位置")
    if not parent.is_dir():
        raise ValidationError(field, f"{parent} 不是文件夹")
    return path


def message_for(exc: OSError, path: Path) -> str:
    if exc.errno in _FULL:
        return f"磁盘空间不足，{path} 没有写成（原有文件未改动）。请腾出空间或换一个位置"
    if isinstance(exc, PermissionError):
        if path.exists():
            return f"不能覆盖 {path}：没有权限，或文件正被其他程序（如 Excel、PDF 阅读器）打开。请关闭它后再试"
        return f"没有权限在文件夹 {path.parent} 中写入文件，请换一个位置"
    if isinstance(exc, IsADirectoryError):
        return f"{path} 是一个文件夹，请给出文件名"
    if isinstance(exc, FileNotFoundError):
        return f"文件夹 {path.parent} 不存在，请先建立它或换一个位置"
    return f"{path} 没有写成：{exc.strerror or exc}"


@contextmanager
def replacing(path: str | Path, field: str = FIELD) -> Iterator[Path]:
    """`with replacing(out) as tmp: write(tmp)` — `out` appears, complete, only if the block
    finishes; otherwise the temporary file is removed and `out` is left as it was."""
    target = check_target(path, field)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ValidationError(field, message_for(exc, target)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.replace(tmp, target)
    except OSError as exc:
        raise ValidationError(field, message_for(exc, target)) from exc
    finally:
        tmp.unlink(missing_ok=True)


def write_bytes(path: str | Path, data: bytes, field: str = FIELD) -> Path:
    with replacing(path, field) as tmp:
        tmp.write_bytes(data)
    return check_target(path, field)


def write_text(path: str | Path, text: str, field: str = FIELD) -> Path:
    with replacing(path, field) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return check_target(path, field)
