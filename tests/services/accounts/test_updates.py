"""Updates from a folder (issue 20 §5): a signed, newer version is offered; a missing folder,
a forged or altered manifest, a swapped file and a downgrade each get a clear message."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from support import signing_tool

from deskapp.domain.errors import ValidationError
from deskapp.services.accounts import updates



sign_tool = signing_tool()


@pytest.fixture
def release_key(tmp_path) -> tuple[Path, bytes]:
    keyfile = tmp_path / "release.key"
    pub = sign_tool.keygen(keyfile, tmp_path / "pub")
    return keyfile, base64.b64decode(pub.read_text())


def stick(tmp_path: Path, keyfile: Path, version: str = "9.0.0") -> Path:
    folder = tmp_path / "U盘"
    folder.mkdir(exist_ok=True)
    (folder / f"deskapp-setup-{version}.exe").write_bytes(b"MZ installer " + version.encode())
    sign_tool.sign(folder, keyfile, version, f"deskapp-setup-{version}.exe", notes="修正收据打印")
    return folder


def test_signed_newer_version_is_offered(tmp_path, release_key):
    keyfile, public = release_key
    offer = updates.read_offer(stick(tmp_path, keyfile), "0.1.0", [public])
    assert offer.version == "9.0.0" and offer.current == "0.1.0"
    assert offer.installer.name == "deskapp-setup-9.0.0.exe"
    assert offer.notes == "修正收据打印"


def test_same_version_offers_nothing(tmp_path, release_key):
    keyfile, public = release_key
    assert updates.read_offer(stick(tmp_path, keyfile, "0.1.0"), "0.1.0", [public]) is None


def test_empty_folder_offers_nothing(tmp_path, release_key):
    assert updates.read_offer(tmp_path, "0.1.0", [release_key[1]]) is None


def test_version_compared_as_numbers(tmp_path, release_key):
    keyfile, public = release_key
    assert updates.read_offer(stick(tmp_path, keyfile, "0.10.0"), "0.9.3", [public]).version == "0.10.0"


def test_missing_folder_named(tmp_path, release_key):
    with pytest.raises(ValidationError) as e:
        updates.read_offer(tmp_path / "没有插好的U盘", "0.1.0", [release_key[1]])
    assert e.value.field == "更新文件夹" and "不存在" in str(e.value)


def test_unreadable_manifest_named(tmp_path, release_key):
    folder = tmp_path / "U盘"
    (folder / updates.MANIFEST).mkdir(parents=True)  # there, but unreadable as a file (root reads 000 files)
    with pytest.raises(ValidationError, match="读不了"):
        updates.read_offer(folder, "0.1.0", [release_key[1]])


def test_manifest_signed_by_another_key_refused(tmp_path, release_key):
    keyfile, _ = release_key
    other = Ed25519PrivateKey.generate().public_key().public_bytes(serialization.Encoding.Raw,
                                                                   serialization.PublicFormat.Raw)
    with pytest.raises(ValidationError, match="签名不对"):
        updates.read_offer(stick(tmp_path, keyfile), "0.1.0", [other])


def test_altered_manifest_refused(tmp_path, release_key):
    keyfile, public = release_key
    folder = stick(tmp_path, keyfile)
    manifest = json.loads((folder / updates.MANIFEST).read_text(encoding="utf-8"))
    manifest["version"] = "9.0.1"
    (folder / updates.MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    with pytest.raises(ValidationError, match="签名不对"):
        updates.read_offer(folder, "0.1.0", [public])


def test_missing_signature_refused(tmp_path, release_key):
    keyfile, public = release_key
    folder = stick(tmp_path, keyfile)
    (folder / updates.SIGNATURE).unlink()
    with pytest.raises(ValidationError, match="没有签名文件"):
        updates.read_offer(folder, "0.1.0", [public])


def test_swapped_installer_refused(tmp_path, release_key):
    keyfile, public = release_key
    folder = stick(tmp_path, keyfile)
    (folder / "deskapp-setup-9.0.0.exe").write_bytes(b"MZ something else")
    with pytest.raises(ValidationError, match="与签名清单不符"):
        updates.read_offer(folder, "0.1.0", [public])


def test_downgrade_refused(tmp_path, release_key):
    keyfile, public = release_key
    with pytest.raises(ValidationError, match="不能降级"):
        updates.read_offer(stick(tmp_path, keyfile, "0.0.9"), "0.1.0", [public])


def test_shipped_release_key_is_an_ed25519_public_key():
    keys = updates.trusted_keys()
    assert keys and all(len(k) == 32 for k in keys)
