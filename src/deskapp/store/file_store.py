"""The folder of files kept by the desk, content-addressed: a file's bytes live under
`<root>/<first two hex digits>/<sha256>`, so a name says what the content must hash to (the
check re-hashes it) and the same content is kept once however often it is taken in.

A file comes in through a hidden temporary file in the store's own folder, hashed while it is
copied, and is renamed into place only when complete: a failed copy leaves nothing behind.
Kept files are never changed or removed (the records naming them are withdrawn, not deleted)."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

BLOCK = 1 << 20


@dataclass(frozen=True)
class TakenIn:
    sha256: str
    size: int


class FileStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def take_in(self, source: Path) -> TakenIn:
        """Copy `source` in; OSError when it cannot be read or the store cannot be written."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest, size = hashlib.sha256(), 0
        fd, tmp = tempfile.mkstemp(prefix=".in-", dir=self.root)
        try:
            with open(source, "rb") as src, os.fdopen(fd, "wb") as out:
                for block in iter(lambda: src.read(BLOCK), b""):
                    digest.update(block)
                    size += len(block)
                    out.write(block)
            sha = digest.hexdigest()
            target = self.path(sha)
            if size and not target.exists():
                target.parent.mkdir(exist_ok=True)
                os.replace(tmp, target)
        finally:
            Path(tmp).unlink(missing_ok=True)
        return TakenIn(sha, size)

    def problem(self, sha256: str) -> str | None:
        """Why the kept file for `sha256` is not what was taken in, or None when it is."""
        path = self.path(sha256)
        if not path.is_file():
            return "文件不见了"
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(BLOCK), b""):
                digest.update(block)
        return None if digest.hexdigest() == sha256 else "文件内容与登记的校验值（SHA-256）不符：被改动过"

    def copy_out(self, sha256: str, name: str) -> Path:
        """A read-only copy under the file's original name, for another program to open: the OS
        picks the program by the name's ending, and an editor saving into it cannot change the
        kept file. One folder per content in the temporary folder, reused while it is there."""
        target = Path(tempfile.gettempdir()) / "deskapp-open" / sha256[:16] / name
        if not (target.is_file() and target.stat().st_size == self.path(sha256).stat().st_size):
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".in-{sha256}")
            shutil.copyfile(self.path(sha256), tmp)
            os.chmod(tmp, 0o444)
            os.replace(tmp, target)
        return target

    def copy_missing(self, other: "FileStore", hashes: set[str]) -> int:
        """Copy into `other` the kept files it lacks among `hashes` (a backup's or a restore's
        share of the files); returns how many were copied."""
        copied = 0
        for sha in sorted(hashes):
            source, target = self.path(sha), other.path(sha)
            if source.is_file() and not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                tmp = target.with_name(f".in-{sha}")
                shutil.copyfile(source, tmp)
                os.replace(tmp, target)
                copied += 1
        return copied
