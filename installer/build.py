"""Build the one-folder bundle: `python installer/build.py [--dist DIR] [--work DIR]`.

The same command on Linux (CI, tests/installer) and Windows (installer/windows, the workflow);
on Windows it also writes the version resource shown in the .exe's file properties. Prints the
bundle's folder; exits non-zero when PyInstaller fails."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def version_resource(path: Path, ver: str) -> Path:
    """A PyInstaller version file: 物业客服台 and the version in the .exe's properties."""
    nums = (ver.split(".") + ["0", "0", "0"])[:4]
    tup = ", ".join(n if n.isdigit() else "0" for n in nums)
    path.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({tup}), prodvers=({tup})),
  kids=[StringFileInfo([StringTable('080404b0', [
    StringStruct('CompanyName', '物业服务中心'),
    StringStruct('FileDescription', '物业客服台'),
    StringStruct('FileVersion', '{ver}'),
    StringStruct('ProductName', '物业客服台 deskapp'),
    StringStruct('ProductVersion', '{ver}'),
    StringStruct('OriginalFilename', 'deskapp.exe')])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])]
)
""", encoding="utf-8")
    return path


def build(dist: Path, work: Path) -> Path:
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    env["DESKAPP_VERSION_FILE"] = str(version_resource(work / "version.txt", version()))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(HERE / "deskapp.spec")],
                   check=True, env=env, cwd=work)
    return dist / "deskapp"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--dist", type=Path, default=ROOT / "dist")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = p.parse_args(argv)
    try:
        print(build(args.dist.resolve(), args.work.resolve()))
    except subprocess.CalledProcessError as exc:
        print(f"PyInstaller failed (exit {exc.returncode})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
