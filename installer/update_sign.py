"""Release keys, manifests and signatures for updates from a folder (issue 20 §5).

    python installer/update_sign.py keygen KEYFILE        # once: private key to KEYFILE (keep it
                                                          # off the repository), public key to
                                                          # resources/update/<name>.pub
    python installer/update_sign.py sign FOLDER --key KEYFILE --version 0.2.0 \\
           --installer deskapp-setup-0.2.0.exe [--notes "…"]

`sign` writes FOLDER/deskapp-update.json (the version, the installer, every file's SHA-256)
and FOLDER/deskapp-update.json.sig (Ed25519 over the manifest's bytes), which the program
checks against the public keys it ships (services/updates.py)."""
from __future__ import annotations

import argparse
import base64
import datetime
import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from deskapp.services.accounts.backup import sha256_of  # the same hash the program checks

ROOT = Path(__file__).resolve().parent.parent


def keygen(keyfile: Path, public_dir: Path = ROOT / "resources" / "update") -> Path:
    key = Ed25519PrivateKey.generate()
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    keyfile.chmod(0o600)
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    public_dir.mkdir(parents=True, exist_ok=True)
    out = public_dir / f"{keyfile.stem}.pub"
    out.write_text(base64.b64encode(public).decode("ascii") + "\n", encoding="ascii")
    return out


def sign(folder: Path, keyfile: Path, version: str, installer: str, notes: str = "",
         released: str | None = None) -> Path:
    key = serialization.load_pem_private_key(keyfile.read_bytes(), password=None)
    manifest = {
        "version": version,
        "installer": installer,
        "released": released or datetime.date.today().isoformat(),
        "notes": notes,
        "files": {installer: sha256_of(folder / installer)},
    }
    data = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    (folder / "deskapp-update.json").write_bytes(data)
    (folder / "deskapp-update.json.sig").write_text(base64.b64encode(key.sign(data)).decode("ascii") + "\n",
                                                    encoding="ascii")
    return folder / "deskapp-update.json"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="action", required=True)
    k = sub.add_parser("keygen")
    k.add_argument("keyfile", type=Path)
    s = sub.add_parser("sign")
    s.add_argument("folder", type=Path)
    s.add_argument("--key", type=Path, required=True)
    s.add_argument("--version", required=True)
    s.add_argument("--installer", required=True)
    s.add_argument("--notes", default="")
    args = p.parse_args(argv)
    if args.action == "keygen":
        print(keygen(args.keyfile))
    else:
        print(sign(args.folder, args.key, args.version, args.installer, args.notes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
