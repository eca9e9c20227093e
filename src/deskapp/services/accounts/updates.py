"""Updates without the internet (issue 20 §5): a folder on the centre's server or a USB stick
holds a newer version with a signed manifest; an administrator is offered it at start.

Why a small manifest check and not tufup: the centre has one publisher and one folder, no
server to keep TUF's role metadata fresh (a stick can sit in a drawer for months, and TUF's
expiring timestamps would refuse it). One Ed25519 signature over a manifest of SHA-256 hashes
gives what matters here — a forged or altered file is refused — with `cryptography`, a
well-kept library. The trusted public keys ship inside the package (resources/update/*.pub);
installer/update_sign.py makes keys, manifests and signatures (installer/README.md)."""
from __future__ import annotations

import base64
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from deskapp import __version__
from deskapp.domain import update_manifest
from deskapp.domain.errors import ValidationError
from deskapp.domain.permissions import Role, allowed, define
from deskapp.resources_path import resource
from deskapp.services import audit, settings
from deskapp.services.accounts import backup
from deskapp.services.context import Actor, Context

INSTALL = define("update.install", "安装程序更新", {Role.ADMIN})
FOLDER = settings.declare("update.folder", "", "更新文件夹（中心服务器或U盘上存放新版本的文件夹；空：不检查更新）",
                          max_length=260)
MANIFEST = "deskapp-update.json"
SIGNATURE = MANIFEST + ".sig"
FIELD = "更新文件夹"


@dataclass(frozen=True)
class UpdateOffer:
    version: str
    current: str
    installer: Path
    released: str
    notes: str


def trusted_keys() -> list[bytes]:
    """The release keys this program trusts: raw Ed25519 public keys, base64, one per file."""
    folder = resource("update")
    return [base64.b64decode(p.read_text(encoding="ascii").strip()) for p in sorted(folder.glob("*.pub"))]


def _signed_by(manifest: bytes, signature: bytes, keys: Sequence[bytes]) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        sig = base64.b64decode(signature.strip(), validate=True)
    except ValueError:
        return False
    for key in keys:
        try:
            Ed25519PublicKey.from_public_bytes(key).verify(sig, manifest)
            return True
        except (InvalidSignature, ValueError):
            continue
    return False


def read_offer(folder: Path | str, current: str = __version__, keys: Sequence[bytes] | None = None) -> UpdateOffer | None:
    """The newer version in `folder`, checked; None when there is none (no manifest, or the
    same version). Raises ValidationError naming what is wrong; reads only, writes nothing."""
    folder = Path(folder)
    keys = trusted_keys() if keys is None else keys
    try:
        if not folder.is_dir():
            raise ValidationError(FIELD, f"{folder} 不存在或不是文件夹（服务器没连上、U盘没插好？）")
        manifest_file = folder / MANIFEST
        if not manifest_file.exists():
            return None
        manifest = manifest_file.read_bytes()
        signature_file = folder / SIGNATURE
        if not signature_file.exists():
            raise ValidationError(FIELD, f"{folder} 中的更新没有签名文件 {SIGNATURE}，不能安装")
        signature = signature_file.read_bytes()
    except PermissionError as exc:
        raise ValidationError(FIELD, f"没有权限读取 {folder}：{exc.strerror or exc}") from exc
    except OSError as exc:
        raise ValidationError(FIELD, f"读不了 {folder}：{exc.strerror or exc}") from exc
    if not keys or not _signed_by(manifest, signature, keys):
        raise ValidationError(FIELD, f"{folder} 中更新清单的签名不对：不是本程序的发布者签的，或清单被改过，不能安装")
    parsed = update_manifest.parse(manifest)
    if not update_manifest.refuse_downgrade(parsed.version, current):
        return None
    for name, digest in parsed.files.items():
        path = folder / name
        try:
            actual = backup.sha256_of(path)
        except OSError as exc:
            raise ValidationError(FIELD, f"更新文件 {name} 读不了：{exc.strerror or exc}") from exc
        if actual != digest:
            raise ValidationError(FIELD, f"更新文件 {name} 与签名清单不符（文件损坏或被替换），不能安装")
    return UpdateOffer(version=parsed.version, current=current, installer=folder / parsed.installer,
                       released=parsed.released, notes=parsed.notes)


def offer_for(ctx: Context, actor: Actor) -> UpdateOffer | None:
    """At start: what to offer this person. Only an administrator installs; others see nothing."""
    if not allowed(actor.role, INSTALL):
        return None
    folder = str(settings.get(ctx, FOLDER) or "").strip()
    if not folder:
        return None
    return read_offer(folder)


def prepare_install(ctx: Context, actor: Actor, offer: UpdateOffer, keys: Sequence[bytes] | None = None) -> Path | None:
    """Before the installer runs: checks the folder again (the stick may have changed since the
    offer), backs the database up, and audits. Returns the backup (None for a non-SQLite store).
    The new version migrates the database at its first start, after its own copy."""
    actor.require(INSTALL)
    again = read_offer(offer.installer.parent, offer.current, keys)
    if again is None or again.version != offer.version:
        raise ValidationError(FIELD, "更新文件夹的内容在询问后变了，请重新检查")
    copy = backup.backup_now(ctx, actor, kind="manual") if ctx.db.is_sqlite else None
    audit.record_event(ctx, actor, "update.install", "program", offer.version,
                       summary=f"安装程序更新 {offer.current} → {offer.version}" + (f"，安装前备份 {copy.name}" if copy else ""),
                       after={"from": offer.current, "to": offer.version, "installer": str(offer.installer),
                              "backup": str(copy) if copy else ""})
    return copy


def installer_command(offer: UpdateOffer) -> list[str]:
    """How the installer is started: Inno Setup's own wizard, closing the running desk."""
    if os.name == "nt":
        return [str(offer.installer), "/SILENT", "/CLOSEAPPLICATIONS", "/NORESTART"]
    return [str(offer.installer)]
