"""What an update folder's manifest says, checked (issue 20 §5). Plain Python.

The manifest is `deskapp-update.json` beside its signature `deskapp-update.json.sig`:
{"version": "0.2.0", "installer": "deskapp-setup-0.2.0.exe", "released": "2027-01-15",
 "notes": "…", "files": {"deskapp-setup-0.2.0.exe": "<sha256 hex>"}}.
The signature (checked in services/updates.py) covers the manifest's bytes; the manifest's
hashes cover the files, so a file swapped on the stick fails as surely as a forged manifest."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

from deskapp.domain.errors import ValidationError

FIELD = "更新清单"
_VERSION = re.compile(r"^\d{1,4}(\.\d{1,4}){1,3}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_SAFE_NAME = re.compile(r"^[^/\\:]{1,200}$")  # a file in the folder itself, never a path elsewhere


def version_key(text: str) -> tuple[int, ...]:
    """0.10.0 after 0.9.3: numbers, not text. Raises ValidationError on anything else."""
    if not isinstance(text, str) or not _VERSION.match(text):
        raise ValidationError(FIELD, f"版本号“{text}”不是 1.2.3 这样的格式")
    parts = tuple(int(p) for p in text.split("."))
    return parts + (0,) * (4 - len(parts))


@dataclass(frozen=True)
class Manifest:
    version: str
    installer: str
    released: str
    notes: str
    files: dict[str, str]


def parse(data: bytes) -> Manifest:
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise ValidationError(FIELD, f"不是有效的 JSON：{exc}") from exc
    if not isinstance(raw, dict):
        raise ValidationError(FIELD, "内容应为一个对象")
    version = raw.get("version")
    version_key(version)
    installer = raw.get("installer")
    files = raw.get("files")
    if not isinstance(files, dict) or not files:
        raise ValidationError(FIELD, "缺少 files（文件名和 SHA-256）")
    for name, digest in files.items():
        if not _SAFE_NAME.match(str(name)) or name in (".", ".."):
            raise ValidationError(FIELD, f"文件名“{name}”不能含路径")
        if not isinstance(digest, str) or not _SHA256.match(digest):
            raise ValidationError(FIELD, f"文件 {name} 的 SHA-256 不是 64 位十六进制")
    if not isinstance(installer, str) or installer not in files:
        raise ValidationError(FIELD, "installer 应为 files 中列出的一个文件")
    return Manifest(version=version, installer=installer, released=str(raw.get("released", "")),
                    notes=str(raw.get("notes", ""))[:2000], files=dict(files))


def refuse_downgrade(offered: str, current: str) -> bool:
    """True when the offered version is newer; False when it is the same; a downgrade is
    refused (an older program would meet a database newer than it knows)."""
    if version_key(offered) < version_key(current):
        raise ValidationError(FIELD, f"更新文件夹中的版本 {offered} 比正在使用的 {current} 旧，不能降级安装")
    return version_key(offered) > version_key(current)
