"""What the disk under a SQLite database can do to a write in the middle of work, said so that
the clerk can act on it: the disk full, the file turned read-only, the file gone with its USB
stick, a read or write error. SQLite rolls the statement back and the unit of work the rest
(store/uow.py), so nothing of the step was saved — which the message says. Before this they
reached the desk as OperationalError, an internal error naming the log file."""
from __future__ import annotations

import sqlite3

from deskapp.domain.errors import Conflict

# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code carries the
# primary one in its low byte (SQLITE_IOERR_WRITE = 778 = 10 | 3 << 8).
SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 8, 10, 11, 13, 14, 26
# Written out whole, each saying that nothing of the step was saved (the English catalogue,
# scripts/service_texts.py, reads this table by its name).
DISK_SAYS = {
    SQLITE_FULL: "数据库所在的磁盘已满：这一步没有保存。请删除不用的文件、把旧备份移到别处，腾出空间后再试一次。",
    SQLITE_READONLY: "数据库文件现在不能写入（文件变成了只读，或所在文件夹的权限改了）：这一步没有保存。"
                     "请取消文件的只读属性后再试一次。",
    SQLITE_CANTOPEN: "打不开数据库文件（文件被移走、改名，或所在的 U 盘、磁盘已断开）：这一步没有保存。"
                     "请把文件放回原处、接好磁盘后再试一次。",
    SQLITE_IOERR: "读写数据库文件时出错（磁盘或 U 盘出了问题）：这一步没有保存。"
                  "请检查磁盘后再试一次；仍不行请关闭程序，运行 deskapp check 检查数据库。",
    SQLITE_CORRUPT: "数据库文件有损坏：这一步没有保存。请关闭程序，运行 deskapp check，按它的提示从备份恢复。",
    SQLITE_NOTADB: "数据库文件有损坏：这一步没有保存。请关闭程序，运行 deskapp check，按它的提示从备份恢复。",
}


def trouble(exc: BaseException) -> Conflict | None:
    """The disk's failure behind a SQLite error, named; None for anything else."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.Error):
        return None
    code = getattr(orig, "sqlite_errorcode", None)
    if code is None:
        return None
    says = DISK_SAYS.get(code & 0xFF)
    return Conflict(says) if says is not None else None
