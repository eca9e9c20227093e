"""Is a database file on a network share? (issue 18 §7)

SQLite's own documentation advises against a database on a network file system: its locks
(and WAL's shared memory) are not reliable over SMB or NFS, and two PCs writing through them
corrupt the file. A centre with several desks uses a PostgreSQL server instead; a file on a
share is refused with a message that says so.

Three ways a path is on a share: a UNC path (\\\\server\\share\\…), a Windows drive letter mapped to
a share (GetDriveType says DRIVE_REMOTE), a Linux mount of a network file system (/proc/mounts).
The parts that read the machine are thin; the decisions are pure functions of text, so that
they are tested with made-up mount tables and drive types."""
from __future__ import annotations

import os
import sys
from pathlib import PureWindowsPath

# File system types of /proc/mounts that live on another machine.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "ncpfs", "afs", "ceph", "glusterfs", "9p",
    "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs", "fuse.rclone", "davfs", "fuse.davfs2", "lustre", "gpfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a mapped network drive


def is_unc(path: str) -> bool:
    """\\\\server\\share\\… or //server/share/… (but not \\\\?\\C:\\…, a long local path)."""
    if path.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
        return path[4:].upper().startswith("UNC")
    return path.startswith(("\\\\", "//")) and len(path) > 2 and path[2] not in "\\/"


def _unescape(field: str) -> str:
    """/proc/mounts writes a space in a mount point as \\040 (and tab, newline, backslash alike)."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_of(path: str, mounts_text: str) -> tuple[str, str, str] | None:
    """(device, mount point, file system type) of the mount holding an absolute `path`: the
    longest mount point that is a prefix of it, as the kernel resolves it."""
    best: tuple[str, str, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        device, point, fs_type = _unescape(fields[0]), _unescape(fields[1]), fields[2]
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= len(best[1])):
            best = (device, point, fs_type)
    return best


def share_of(path: str, *, mounts_text: str | None = None, drive_type: int | None = None) -> str | None:
    """What names the share `path` is on ("\\\\server\\share", "Z: (网络驱动器)", "server:/export
    (nfs4)"), or None for a local disk. `mounts_text` is /proc/mounts' content and `drive_type`
    the drive letter's GetDriveType, each read from the machine when not given."""
    if is_unc(path):
        parts = PureWindowsPath(path).drive or path
        return parts
    drive = PureWindowsPath(path).drive
    if drive and len(drive) == 2 and drive[1] == ":":
        if drive_type is None:
            drive_type = _windows_drive_type(drive)
        return f"{drive}（网络驱动器）" if drive_type == DRIVE_REMOTE else None
    if not path.startswith("/"):
        return None
    if mounts_text is None:
        mounts_text = _read_mounts()
    found = mount_of(path, mounts_text)
    if found is not None and found[2] in NETWORK_TYPES:
        return f"{found[0]}（{found[2]}）"
    return None


def refusal(path: str, share: str) -> str:
    return (f"数据库 {path} 在网络共享 {share} 上。SQLite 数据库放在网络共享上会损坏（网络上的文件锁不可靠），"
            "客服台不在这里打开它。几台电脑共用一个中心的数据时，请在服务器电脑上安装 PostgreSQL 并运行 "
            "deskapp server setup（见安装说明“服务器电脑”一节），各台电脑再用 deskapp --db postgresql://… 连接；"
            "只有一台电脑时，请把数据库放在本机磁盘上。")


def _windows_drive_type(drive: str) -> int | None:
    if sys.platform != "win32":
        return None
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")


def _read_mounts() -> str:
    try:
        with open("/proc/mounts", encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError:  # not Linux: macOS and the BSDs have no /proc/mounts
        return ""


def where(path: os.PathLike | str) -> str | None:
    """share_of for a real path on this machine (symlinks followed on POSIX)."""
    text = str(path)
    if not is_unc(text) and os.name == "posix":
        text = os.path.realpath(text)
    return share_of(text)
